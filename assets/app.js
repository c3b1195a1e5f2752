// Rulebook UI. Talks only to this origin (CSP default-src 'self'); no inline script or style.
// Routes live in the URL fragment, so one-time tokens in links never reach server logs.
import { el, field, form, show, loading, drawOnlyWhile } from './js/dom.js';
import { api, enc, setCsrf } from './js/api.js';
import { SECTIONS, at, spaceApi, visibilityLabel } from './js/routes.js';
import * as standards from './js/pages/standards.js';
import * as history from './js/pages/history.js';
import * as misc from './js/pages/misc.js';
import * as dashboardPage from './js/pages/dashboard.js';
import * as trashPage from './js/pages/trash.js';
import * as kinds from './js/pages/kinds.js';
import * as policies from './js/pages/policies.js';
import * as admin from './js/pages/admin.js';
import * as network from './js/pages/network.js';
import * as agents from './js/pages/agents.js';
import * as proposals from './js/pages/proposals.js';
import * as distribution from './js/pages/distribution.js';
import * as lintResults from './js/pages/lint_results.js';
import * as orgsPage from './js/pages/orgs.js';
import * as findingsPage from './js/pages/findings.js';

function setupPage(token) {
  show(el('h1', {}, 'Set up Rulebook'),
    el('p', {}, 'Create the organization and its first administrator. This link works once.'),
    form('First administrator', [
      field('Organization name', 'org_name', 'text', { autocomplete: 'organization' }),
      field('Username', 'username', 'text', { autocomplete: 'username' }),
      field('Password (12 characters or more)', 'password', 'password', { autocomplete: 'new-password', minlength: '12' }),
    ], 'Create', async (v) => {
      const r = await api('POST', '/api/v1/setup', { token, ...v });
      if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
      setCsrf(r.data.csrf_token);
      location.hash = '#/';
      return null;
    }));
}

async function loginPage(params) {
  // The server sends back an id, never text: the message is its own, read once.
  const failed = params?.get('sso_error');
  const sso = await api('GET', `/api/v1/auth/sso${failed !== null && failed !== undefined ? `?error=${encodeURIComponent(failed)}` : ''}`);
  const oidc = sso.ok ? sso.data.oidc : null;
  const ssoError = failed !== null && failed !== undefined ? (sso.data?.error ?? 'the sign-in did not complete; try again') : null;
  show(el('h1', {}, 'Sign in'),
    ssoError ? el('p', { class: 'error', role: 'alert' }, `Single sign-on failed: ${ssoError}`) : null,
    oidc ? el('p', {}, el('a', { class: 'button', href: oidc.start }, oidc.label)) : null,
    form('Sign in', [
      field('Username', 'username', 'text', { autocomplete: 'username' }),
      field('Password', 'password', 'password', { autocomplete: 'current-password' }),
    ], 'Sign in', async (v) => {
      const r = await api('POST', '/api/v1/auth/login', v);
      if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
      setCsrf(r.data.csrf_token);
      await route();
      return null;
    }));
}

function renderAccount(me) {
  const account = document.getElementById('account');
  if (!me) { account.replaceChildren(); return; }
  const out = el('button', { class: 'link', type: 'button', on: { click: async () => {
    const r = await api('POST', '/api/v1/auth/logout', {});
    setCsrf(null);
    if (r.ok && r.data.sso_logout_url) { location.href = r.data.sso_logout_url; return; }
    await route();
  } } }, 'Sign out');
  account.replaceChildren(el('a', { href: '#/account' }, me.user.username), out);
}

// Approving a CLI login (`rulebook login --device`): the code the terminal shows, the
// organization and the access the minted key gets.
function devicePage(me, code) {
  const orgs = me.orgs.map((o) => el('option', { value: o.slug }, o.name));
  show(el('h1', {}, 'Approve a command-line login'),
    el('p', {}, 'Only approve a code that your own terminal shows right now. The key is valid for 90 days and can be revoked under API keys.'),
    form('Approve login', [
      field('Code from the terminal', 'user_code', 'text', { value: code, autocomplete: 'off', pattern: '[A-Za-z]{4}-?[A-Za-z]{4}' }),
      el('label', {}, 'Organization', el('select', { name: 'org', required: '' }, orgs)),
      el('label', {}, 'Access', el('select', { name: 'scope' },
        el('option', { value: 'read' }, 'Read (install, status)'),
        el('option', { value: 'write' }, 'Write (also propose changes)'))),
    ], 'Approve', async (v) => {
      const r = await api('POST', `/api/v1/orgs/${encodeURIComponent(v.org)}/device/approve`, { user_code: v.user_code, scope: v.scope });
      if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
      show(el('h1', {}, 'Login approved'), el('p', {}, 'Return to your terminal: it is signed in.'));
      return null;
    }));
}

const SECTION_TITLES = { standards: 'Standards', commands: 'Commands', skills: 'Skills', subagents: 'Subagents', policies: 'Agent policies',
  packages: 'Packages', proposals: 'Proposals', findings: 'Findings', trash: 'Trash' };
/// Top-level routes that are not an organization (`#/{org}/{space}` never means one of these).
const PAGES = new Set(['setup', 'login', 'invite', 'reset', 'device', 'authorize', 'connect', 'search', 'keys', 'audit',
  'distribution', 'lint', 'account', 'network', 'admin', 'orgs', ...SECTIONS]);

// The last organization, and the last space of each organization (this browser only).
const LAST_ORG = 'rulebook.org';
const lastSpaceKey = (org) => `rulebook.space.${org}`;
function recall(key) { try { return localStorage.getItem(key); } catch { return null; } }
function remember(key, value) { try { localStorage.setItem(key, value); } catch { /* storage off: nothing to keep */ } }

/// What the header shows for the current route: `{ ctx, me, section, dashboard }` (set by `route`).
let current = null;

/// The spaces of an organization the user can read (null if that cannot be known).
async function readableSpaces(org) {
  const r = await api('GET', `/api/v1/orgs/${enc(org)}/spaces`);
  return r.ok ? r.data.spaces : null;
}

/// The space an organization opens in: the last one used there if still readable, else its
/// default space (or its first readable one).
function homeSpace(org, spaces) {
  const last = recall(lastSpaceKey(org));
  return spaces.some((s) => s.slug === last) ? last
    : spaces.some((s) => s.slug === 'default') || !spaces.length ? 'default' : spaces[0].slug;
}

/// Opens an organization's dashboard in its remembered (or default) space, and remembers it.
async function openOrg(org) {
  remember(LAST_ORG, org);
  location.hash = at({ org, space: homeSpace(org, (await readableSpaces(org)) ?? []) });
}

/// The organization switcher: the user's organizations with their role, and "New organization"
/// for those who may create one. Shown only when there is a choice to make. Switching opens the
/// other organization's dashboard in its remembered (or default) space.
function orgSwitcher() {
  const { ctx, me } = current;
  if (me.orgs.length < 2 && !me.can_create_orgs) return [];
  const select = el('select', { id: 'org-switch', 'aria-label': 'Organization', on: { change: () => openOrg(select.value) } },
    me.orgs.map((o) => el('option', { value: o.slug, selected: o.slug === ctx.org }, `${o.name} (${o.role})`)));
  return [el('label', { class: 'org-switch', for: 'org-switch' }, 'Organization', select),
    me.can_create_orgs ? el('a', { href: '#/orgs/new', class: 'new-org', 'aria-current': location.hash === '#/orgs/new' ? 'page' : null }, 'New organization') : null];
}

/// The space switcher: the spaces the user can read, with their visibility. Switching keeps the
/// section (the standards of one space → the standards of the other); on a page outside any
/// space it only changes the space the navigation leads to.
function spaceSwitcher() {
  const { ctx, section, dashboard } = current;
  const list = ctx.spaces.some((s) => s.slug === ctx.space) ? ctx.spaces
    : [...ctx.spaces, { slug: ctx.space, name: ctx.space, visibility: 'not readable' }];
  const select = el('select', { id: 'space-switch', 'aria-label': 'Space', on: { change: () => {
    const next = { org: ctx.org, space: select.value };
    remember(lastSpaceKey(ctx.org), next.space);
    if (section) location.hash = at(next, section);
    else if (dashboard) location.hash = at(next);
    else navigate();
  } } }, list.map((s) => el('option', { value: s.slug, selected: s.slug === ctx.space }, `${s.name} (${visibilityLabel(s.visibility)})`)));
  return el('label', { class: 'space-switch', for: 'space-switch' }, 'Space', select);
}

function nav() {
  const { ctx, me, section, dashboard } = current;
  const links = [[at(ctx), 'Dashboard', dashboard], ...SECTIONS.map((k) => [at(ctx, k), SECTION_TITLES[k], section === k]),
    ['#/search', 'Search'], ['#/lint', 'Lint results'], ['#/keys', 'API keys'], ['#/connect', 'Connect your agent']];
  if (me.orgs.some((o) => o.role === 'admin')) links.push(['#/distribution', 'Distribution'], ['#/admin', 'Admin']);
  if (me.user.instance_admin) links.push(['#/audit', 'Audit log'], ['#/network', 'Network & credentials']);
  const anchors = links.map(([href, label, here]) => el('a', { href, 'aria-current': here ? 'true' : null }, label));
  document.getElementById('nav').replaceChildren(...anchors);
  document.getElementById('orgs').replaceChildren(...orgSwitcher().filter(Boolean));
  document.getElementById('spaces').replaceChildren(spaceSwitcher());
  // The open proposals of this space, counted in the navigation (every kind).
  const link = anchors.find((a) => a.getAttribute('href') === at(ctx, 'proposals'));
  if (link && ctx.spaces.some((s) => s.slug === ctx.space)) {
    api('GET', `${spaceApi(ctx)}/proposals`).then((r) => {
      const n = r.ok ? (r.data?.proposals ?? []).length : 0;
      if (n > 0 && link.isConnected) link.textContent = `${SECTION_TITLES.proposals} (${n})`;
    }).catch(() => {});
  }
}

/// The breadcrumb and the document title: organization › space (visibility) › section.
function crumbs(title) {
  const box = document.getElementById('crumbs');
  if (!current?.section && !current?.dashboard) {
    box.replaceChildren();
    document.title = title ? `${title} · Rulebook` : 'Rulebook';
    return;
  }
  const { ctx, me, section } = current;
  const orgName = me.orgs.find((o) => o.slug === ctx.org)?.name ?? ctx.org;
  const space = ctx.spaces.find((s) => s.slug === ctx.space);
  const spaceName = space?.name ?? ctx.space;
  const items = [el('li', {}, orgName),
    el('li', {}, section ? el('a', { href: at(ctx) }, spaceName) : el('span', { 'aria-current': 'page' }, spaceName),
      space ? el('span', { class: 'badge' }, visibilityLabel(space.visibility)) : null)];
  if (section) items.push(el('li', {}, el('a', { href: at(ctx, section), 'aria-current': current.depth === 1 ? 'page' : null }, SECTION_TITLES[section])));
  box.replaceChildren(el('ol', {}, items));
  document.title = `${section ? `${SECTION_TITLES[section]} · ` : ''}${spaceName} · ${orgName} · Rulebook`;
}

function clearHeader() {
  current = null;
  document.getElementById('nav').replaceChildren();
  document.getElementById('spaces').replaceChildren();
  document.getElementById('orgs').replaceChildren();
  crumbs('');
}

/// A page of a space: `rest` is what follows `#/{org}/{space}/`.
function spacePage(ctx, me, rest) {
  const [section, slug, sub, id] = rest;
  switch (section) {
    case undefined: return dashboardPage.dashboard(ctx, me);
    case 'trash': return slug ? notFound() : trashPage.trash(ctx, me);
    case 'findings': return slug ? notFound() : findingsPage.page(ctx);
    case 'proposals': return slug ? proposals.review(ctx, slug) : proposals.list(ctx);
    case 'packages': return misc.packages(ctx);
    case 'commands':
    case 'subagents':
    case 'skills':
      if (!slug) return kinds.list(ctx, section);
      if (section === 'skills' && slug === 'upload') return kinds.upload(ctx);
      if (slug === 'new' && section !== 'skills') return kinds.edit(ctx, section, null);
      if (sub === 'edit') return section === 'skills' ? kinds.editSkill(ctx, slug) : kinds.edit(ctx, section, slug);
      if (sub === 'history') return history.history(ctx, section, slug);
      return kinds.view(ctx, section, slug);
    case 'policies':
      if (!slug) return policies.list(ctx);
      if (slug === 'new') return policies.edit(ctx, null);
      if (sub === 'edit') return policies.edit(ctx, slug);
      if (sub === 'history') return history.history(ctx, section, slug);
      return policies.view(ctx, slug);
    case 'standards':
      if (!slug) return standards.list(ctx);
      if (slug === 'new') return standards.edit(ctx, null);
      if (sub === 'edit') return standards.edit(ctx, slug);
      if (sub === 'history') return history.history(ctx, 'standards', slug);
      if (sub === 'proposals' && id) return history.proposal(ctx, 'standards', slug, id);
      return standards.view(ctx, slug);
    default: return notFound();
  }
}

function notFound() {
  return show(el('h1', {}, 'Not found'), el('p', {}, el('a', { href: '#/' }, 'Back to the dashboard')));
}

async function route() {
  // This route's pages draw only until the next navigation is asked for.
  const mine = requested;
  drawOnlyWhile(() => mine === requested);
  const hash = location.hash || '#/';
  const setup = hash.match(/^#\/setup\/([0-9a-f]{64})$/);
  if (setup) { clearHeader(); renderAccount(null); return setupPage(setup[1]); }
  const invite = hash.match(/^#\/invite\/([0-9a-f]{64})$/);
  if (invite) { clearHeader(); renderAccount(null); return admin.invitePage(invite[1], joined); }
  const reset = hash.match(/^#\/reset\/([0-9a-f]{64})$/);
  if (reset) { clearHeader(); renderAccount(null); return admin.resetPage(reset[1]); }
  const [path, query = ''] = hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  // The spaces of the organization the route most likely names, asked alongside who is signed in.
  const guess = parts.length >= 2 && !PAGES.has(parts[0]) ? parts[0] : recall(LAST_ORG);
  const [me, guessed] = await Promise.all([api('GET', '/api/v1/auth/me'), guess ? readableSpaces(guess) : null]);
  if (!me.ok) {
    renderAccount(null);
    clearHeader();
    const s = await api('GET', '/api/v1/setup');
    if (s.ok && s.data.needed) {
      return show(el('h1', {}, 'Set up Rulebook'),
        el('p', {}, 'Open the one-time setup link that the server printed when it started (see its console or journal).'));
    }
    return loginPage(params);
  }
  setCsrf(me.data.csrf_token);
  renderAccount(me.data);
  const orgs = me.data.orgs.map((o) => o.slug);
  if (!orgs.length) {
    clearHeader();
    return show(el('h1', {}, 'No organization'), el('p', {}, 'Ask an administrator to invite you to one.'));
  }
  // `#/{org}/{space}[/{section}/…]`: a page of that space. Other routes belong to the last
  // organization used (or the first), and lead to its last space.
  const inSpace = parts.length >= 2 && orgs.includes(parts[0])
    && (parts.length === 2 ? !PAGES.has(parts[0]) : SECTIONS.includes(parts[2]));
  const org = inSpace ? parts[0] : (orgs.includes(recall(LAST_ORG)) ? recall(LAST_ORG) : orgs[0]);
  const spaces = (org === guess && guessed) || (await readableSpaces(org)) || [];
  let space;
  let rest = null;
  if (inSpace) {
    [space, ...rest] = parts.slice(1);
  } else {
    space = homeSpace(org, spaces);
    if (SECTIONS.includes(parts[0])) {
      // An old route (`#/standards/{slug}`, …): the default space of the organization.
      space = 'default';
      rest = parts;
      window.history.replaceState(null, '', `${at({ org, space }, ...parts)}${query ? `?${query}` : ''}`);
    } else if (!parts.length) {
      rest = [];
    }
  }
  remember(LAST_ORG, org);
  if (rest) remember(lastSpaceKey(org), space);
  const ctx = { org, space, spaces };
  current = { ctx, me: me.data, section: rest?.length ? rest[0] : null, dashboard: rest?.length === 0, depth: rest?.length ?? 0 };
  nav();
  if (rest) {
    crumbs();
    return spacePage(ctx, me.data, rest);
  }
  crumbs(parts[0] ? parts[0][0].toUpperCase() + parts[0].slice(1) : '');
  switch (parts[0]) {
    case 'device': return devicePage(me.data, params.get('code') ?? '');
    case 'authorize': return agents.authorize(me.data, params);
    case 'connect': return agents.connect();
    case 'search': return misc.search(ctx, params.get('q') ?? '', params.get('kind') ?? '', params.get('space') ?? '');
    case 'keys': return misc.keys(ctx);
    case 'audit': return misc.audit(params.get('action') ?? '');
    case 'distribution': return distribution.page(ctx, me.data);
    case 'lint': return lintResults.page(ctx);
    case 'account': return admin.account();
    case 'network': return network.network();
    case 'orgs': return parts[1] === 'new' ? orgsPage.newOrg(me.data) : notFound();
    case 'admin': return admin.admin(ctx, me.data, parts[1] ?? '', parts.slice(2));
    default: return notFound();
  }
}

/// After an invitation is accepted: the dashboard of the organization joined (when known: an
/// existing account), else the start (a new account signs in there).
function joined(org) {
  if (org) return openOrg(org);
  location.hash = '#/';
  return null;
}

// A space created (on the admin page) joins the switcher at once.
window.addEventListener('rulebook:spaces', async () => {
  if (!current) return;
  const spaces = await readableSpaces(current.ctx.org);
  if (!current || !spaces) return;
  current.ctx.spaces.splice(0, current.ctx.spaces.length, ...spaces);
  nav();
});

// `/` focuses search from anywhere (except while typing).
document.addEventListener('keydown', (ev) => {
  if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const t = ev.target;
  if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement) return;
  ev.preventDefault();
  const q = document.getElementById('q');
  if (q) q.focus(); else location.hash = '#/search';
});

async function health() {
  const [h, r] = await Promise.all([api('GET', '/healthz'), api('GET', '/readyz')]);
  const s = document.getElementById('status');
  const ok = h.ok && r.ok;
  s.textContent = ok ? 'Server ready' : 'Server has a problem';
  s.className = 'status ' + (ok ? 'ok' : 'bad');
}

// One navigation at a time: a page that is still loading finishes before the next one
// starts, so a slow page can never render over a later one.
// The old page goes at once, so nothing acts on it while the next one loads. In-page anchors
// (the skip link's `#main`) are no route.
let routing = Promise.resolve();
// Navigations asked for: a route still loading when a newer one is asked for draws nothing.
let requested = 0;
function navigate(ev) {
  if (ev && location.hash && !location.hash.startsWith('#/')) return routing;
  requested += 1;
  loading();
  routing = routing.then(route, route);
  return routing;
}
window.addEventListener('hashchange', navigate);
navigate();
health();
setInterval(health, 30000);
