// Rulebook UI. Talks only to this origin (CSP default-src 'self'); no inline script or style.
// Routes live in the URL fragment, so one-time tokens in links never reach server logs.
import { el, field, form, show } from './js/dom.js';
import { api, setCsrf } from './js/api.js';
import * as standards from './js/pages/standards.js';
import * as history from './js/pages/history.js';
import * as misc from './js/pages/misc.js';
import * as kinds from './js/pages/kinds.js';
import * as admin from './js/pages/admin.js';
import * as network from './js/pages/network.js';
import * as agents from './js/pages/agents.js';
import * as proposals from './js/pages/proposals.js';
import * as distribution from './js/pages/distribution.js';

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

function loginPage() {
  show(el('h1', {}, 'Sign in'),
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
    await api('POST', '/api/v1/auth/logout', {});
    setCsrf(null);
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

function nav(me) {
  const links = [['#/', 'Dashboard'], ['#/standards', 'Standards'], ['#/commands', 'Commands'], ['#/skills', 'Skills'],
    ['#/subagents', 'Subagents'], ['#/packages', 'Packages'], ['#/proposals', 'Proposals'], ['#/search', 'Search'], ['#/keys', 'API keys'], ['#/connect', 'Connect your agent']];
  if (me.orgs.some((o) => o.role === 'admin')) links.push(['#/distribution', 'Distribution'], ['#/admin', 'Admin']);
  if (me.user.instance_admin) links.push(['#/audit', 'Audit log'], ['#/network', 'Network & credentials']);
  document.getElementById('nav').replaceChildren(...links.map(([href, label]) => el('a', { href }, label)));
}

async function route() {
  const hash = location.hash || '#/';
  const setup = hash.match(/^#\/setup\/([0-9a-f]{64})$/);
  if (setup) { renderAccount(null); return setupPage(setup[1]); }
  const invite = hash.match(/^#\/invite\/([0-9a-f]{64})$/);
  if (invite) { renderAccount(null); return admin.invitePage(invite[1], route); }
  const reset = hash.match(/^#\/reset\/([0-9a-f]{64})$/);
  if (reset) { renderAccount(null); return admin.resetPage(reset[1]); }
  const me = await api('GET', '/api/v1/auth/me');
  if (!me.ok) {
    renderAccount(null);
    document.getElementById('nav').replaceChildren();
    const s = await api('GET', '/api/v1/setup');
    if (s.ok && s.data.needed) {
      return show(el('h1', {}, 'Set up Rulebook'),
        el('p', {}, 'Open the one-time setup link that the server printed when it started (see its console or journal).'));
    }
    return loginPage();
  }
  setCsrf(me.data.csrf_token);
  renderAccount(me.data);
  nav(me.data);
  const org = me.data.orgs[0]?.slug;
  if (!org) return show(el('h1', {}, 'No organization'), el('p', {}, 'Ask an administrator to invite you to one.'));
  const ctx = { org, space: 'default' };
  const [path, query = ''] = hash.slice(1).split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case undefined: return misc.dashboard(ctx, me.data);
    case 'device': return devicePage(me.data, params.get('code') ?? '');
    case 'authorize': return agents.authorize(me.data, params);
    case 'connect': return agents.connect();
    case 'proposals': return parts[1] ? proposals.review(ctx, parts[1]) : proposals.list(ctx);
    case 'search': return misc.search(ctx, params.get('q') ?? '', params.get('kind') ?? '', params.get('space') ?? '');
    case 'keys': return misc.keys(ctx);
    case 'audit': return misc.audit(params.get('action') ?? '');
    case 'packages': return misc.packages(ctx);
    case 'distribution': return distribution.page(ctx, me.data);
    case 'account': return admin.account();
    case 'network': return network.network();
    case 'admin': return parts[1] === 'spaces' && parts[2] ? admin.spaceMembers(ctx, parts[2]) : admin.admin(ctx, me.data);
    case 'commands':
    case 'subagents':
    case 'skills':
      if (!parts[1]) return kinds.list(ctx, parts[0]);
      if (parts[0] === 'skills' && parts[1] === 'upload') return kinds.upload(ctx);
      if (parts[1] === 'new' && parts[0] !== 'skills') return kinds.edit(ctx, parts[0], null);
      if (parts[2] === 'edit') return parts[0] === 'skills' ? kinds.editSkill(ctx, parts[1]) : kinds.edit(ctx, parts[0], parts[1]);
      if (parts[2] === 'history') return history.history(ctx, parts[0], parts[1]);
      return kinds.view(ctx, parts[0], parts[1]);
    case 'standards':
      if (!parts[1]) return standards.list(ctx);
      if (parts[1] === 'new') return standards.edit(ctx, null);
      if (parts[2] === 'edit') return standards.edit(ctx, parts[1]);
      if (parts[2] === 'history') return history.history(ctx, 'standards', parts[1]);
      if (parts[2] === 'proposals' && parts[3]) return history.proposal(ctx, 'standards', parts[1], parts[3]);
      return standards.view(ctx, parts[1]);
    default: return show(el('h1', {}, 'Not found'), el('p', {}, el('a', { href: '#/' }, 'Back to the dashboard')));
  }
}

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
let routing = Promise.resolve();
function navigate() {
  routing = routing.then(route, route);
  return routing;
}
window.addEventListener('hashchange', navigate);
navigate();
health();
setInterval(health, 30000);
