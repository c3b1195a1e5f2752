// Search, API keys, the audit log and packages (the dashboard is in dashboard.js).
import { el, field, form, show, showHere, loading, failure, empty, confirmed, highlighted, when, modalForm } from '../dom.js';
import { api, enc } from '../api.js';
import { spaceApi, artifactAt, plural } from '../routes.js';

export async function search(ctx, q, kind, space = '') {
  const spaces = await api('GET', `/api/v1/orgs/${enc(ctx.org)}/spaces`);
  const names = new Map((spaces.data?.spaces ?? []).map((s) => [s.slug, s.name]));
  const spaceSel = el('select', { name: 'space', 'aria-label': 'Space' }, el('option', { value: '' }, 'all spaces'),
    (spaces.data?.spaces ?? []).map((s) => el('option', { value: s.slug, selected: s.slug === space }, s.name)));
  const box = el('input', { type: 'search', id: 'q', name: 'q', value: q, 'aria-label': 'Search the playbook', placeholder: 'Search standards, commands, skills…' });
  const kinds = el('select', { name: 'kind', 'aria-label': 'Type' }, ['', 'standard', 'command', 'skill', 'subagent', 'policy']
    .map((k) => el('option', { value: k, selected: k === kind }, k || 'all types')));
  const results = el('div', { 'aria-live': 'polite' });
  const f = el('form', { class: 'searchbar', role: 'search', on: { submit: (ev) => {
    ev.preventDefault();
    location.hash = `#/search?q=${enc(box.value)}&kind=${enc(kinds.value)}&space=${enc(spaceSel.value)}`;
  } } }, box, kinds, spaceSel, el('button', { type: 'submit' }, 'Search'));
  show(el('h1', {}, 'Search'), f, results);
  box.focus();
  if (!q) return;
  const r = await api('GET', `/api/v1/orgs/${enc(ctx.org)}/search?q=${enc(q)}${kind ? `&kind=${enc(kind)}` : ''}${space ? `&space=${enc(space)}` : ''}`);
  if (!r.ok) return results.replaceChildren(failure(r));
  results.replaceChildren(r.data.hits.length ? el("ul", { class: "plain" }, r.data.hits.map((h) => el('li', { class: 'card' },
    // Titles carry the same ⟦ ⟧ highlight markers as snippets; a hit opens the artifact in
    // its own space (the same slug may exist in several).
    el('a', { href: artifactAt(ctx.org, h.space, h.kind, h.slug) }, highlighted(h.name)),
    el('span', { class: 'muted' }, ` ${h.kind} · ${names.get(h.space) ?? h.space}`), el('p', { class: 'snippet' }, highlighted(h.snippet))))) : empty('No results.'));
}

/// A command line to copy: the text in a <code> and a Copy button that says when it copied.
export function copyLine(text, what) {
  const said = el('span', { class: 'muted', role: 'status' });
  const code = el('code', {}, text);
  return el('div', { class: 'copyline' }, code,
    el('button', { type: 'button', class: 'secondary', 'aria-label': `Copy ${what}`, on: { click: () => {
      const done = () => { said.textContent = 'Copied.'; };
      const select = () => { getSelection()?.selectAllChildren(code); said.textContent = 'Selected: press Ctrl+C to copy.'; };
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(done, select); else select();
    } } }, 'Copy'), said);
}

/// The header of a column of buttons, named for screen readers (axe: empty-table-header).
const actionsHeader = () => el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Actions'));

const EXPIRY = [[30, '30 days'], [90, '90 days'], [365, '1 year'], [0, 'never']];

export async function keys(ctx, created = null) {
  loading();
  const [r, sp] = await Promise.all([api('GET', `/api/v1/orgs/${enc(ctx.org)}/apikeys`), api('GET', `/api/v1/orgs/${enc(ctx.org)}/spaces`)]);
  if (!r.ok) return show(el('h1', {}, 'API keys'), failure(r));
  const spaces = sp.data?.spaces ?? [];
  const spaceName = (slug) => spaces.find((s) => s.slug === slug)?.name ?? slug;
  const shown = el('div', { 'aria-live': 'polite' });
  const create = form('New API key', [
    field('Name', 'name', 'text', { placeholder: 'ci, laptop…' }),
    el('label', {}, 'Scope', el('select', { name: 'scope' }, ['read', 'write', 'admin', 'mcp:read', 'mcp:write'].map((s) => el('option', { value: s }, s)))),
    el('label', {}, 'Expires after', el('select', { name: 'expires' }, EXPIRY.map(([d, l]) => el('option', { value: String(d), selected: d === 90 }, l)))),
    el('fieldset', {}, el('legend', {}, 'Spaces'),
      el('p', { class: 'muted hint' }, 'Leave all unchecked for every space you can reach.'),
      spaces.length ? el('div', { class: 'checks' }, spaces.map((s) => el('label', { class: 'check' },
        el('input', { type: 'checkbox', name: `space:${s.slug}` }), s.name))) : null),
  ], 'Create key', async (v) => {
    const only = Object.keys(v).filter((k) => k.startsWith('space:')).map((k) => k.slice(6));
    const body = { name: v.name, scope: v.scope, expires_in_days: Number(v.expires) };
    if (only.length) body.spaces = only;
    const res = await api('POST', `/api/v1/orgs/${enc(ctx.org)}/apikeys`, body);
    if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
    await keys(ctx, res.data);
    return null;
  });
  const rows = r.data.keys.map((k) => el('tr', {}, el('td', {}, k.name), el('td', {}, el('code', {}, k.prefix)), el('td', {}, k.scope),
    el('td', {}, k.spaces ? k.spaces.map(spaceName).join(', ') : 'all'),
    el('td', {}, k.revoked ? 'revoked' : (k.expires_at ? ['expires ', when(k.expires_at)] : 'no expiry')),
    el('td', {}, k.revoked ? '' : el('button', { type: 'button', class: 'danger', 'aria-label': `Revoke ${k.name}`, on: { click: async () => {
      if (!confirmed(`Revoke the key "${k.name}"? Whatever uses it stops working at once.`)) return;
      const res = await api('DELETE', `/api/v1/orgs/${enc(ctx.org)}/apikeys/${k.id}`);
      if (!res.ok) { shown.replaceChildren(failure(res)); return; }
      await keys(ctx);
    } } }, 'Revoke'))));
  show(el('h1', {}, 'API keys'), created ? newKey(created) : null, shown,
    rows.length ? el('table', {}, el('thead', {}, el('tr', {}, ['Name', 'Prefix', 'Scope', 'Spaces', 'State'].map((h) => el('th', { scope: 'col' }, h)), actionsHeader())), el('tbody', {}, rows)) : empty('No keys yet.'),
    create);
}

/// A key just made: shown once, with the commands that sign the CLI in with it.
function newKey(k) {
  const host = location.origin;
  const input = el('input', { readonly: true, value: k.key, 'aria-label': 'The new key', class: 'code' });
  const said = el('span', { class: 'muted', role: 'status' });
  return el('section', { class: 'card notice', id: 'newkey', 'aria-labelledby': 'newkey-title' },
    el('h2', { id: 'newkey-title' }, 'Your new key'),
    el('p', {}, 'Copy the key now: it is shown only once', k.expires_at ? ` (it expires ${k.expires_at}).` : ' (it does not expire).'),
    input,
    el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', on: { click: () => {
      input.select();
      navigator.clipboard?.writeText(k.key).then(() => { said.textContent = 'Copied.'; }, () => { said.textContent = 'Selected: press Ctrl+C to copy.'; });
    } } }, 'Copy key'), said),
    el('p', {}, 'Sign the CLI in with it: save it to a file and run'),
    copyLine(`rulebook login --host ${host} --api-key-file FILE`, 'the login command with a key file'),
    el('p', {}, 'or run this and paste the key at the hidden prompt:'),
    copyLine(`rulebook login --host ${host}`, 'the login command with a prompt'));
}

export async function audit(action = '') {
  loading();
  const r = await api('GET', `/api/v1/audit?limit=100${action ? `&action=${enc(action)}` : ''}`);
  if (!r.ok) return show(el('h1', {}, 'Audit log'), failure(r));
  const verdict = el('p', { role: 'status', 'aria-live': 'polite' });
  const verify = el('button', { type: 'button', on: { click: async () => {
    verdict.textContent = 'Verifying…';
    const v = await api('POST', '/api/v1/audit/verify', {});
    if (!v.ok) { verdict.textContent = v.data?.error?.message ?? 'failed'; return; }
    verdict.textContent = v.data.status === 'intact' ? `Chain intact: ${v.data.rows} rows verified.` : `Chain broken at row ${v.data.first_bad_seq}: ${v.data.reason}`;
    verdict.className = v.data.status === 'intact' ? 'ok' : 'error';
  } } }, 'Verify chain');
  const rows = r.data.events.map((e) => el('tr', {}, el('td', {}, e.seq), el('td', {}, when(e.at)), el('td', {}, e.actor), el('td', {}, e.action), el('td', {}, e.target), el('td', {}, e.outcome)));
  const filter = el('form', { class: 'searchbar', on: { submit: (ev) => { ev.preventDefault(); location.hash = `#/audit?action=${enc(ev.target.action.value)}`; } } },
    el('input', { name: 'action', value: action, 'aria-label': 'Filter by action', placeholder: 'action, e.g. artifact.updated' }), el('button', { type: 'submit' }, 'Filter'));
  show(el('div', { class: 'head' }, el('h1', {}, 'Audit log'), verify), verdict, filter,
    el('table', {}, el('thead', {}, el('tr', {}, ['#', 'When', 'Who', 'Action', 'Target', 'Outcome'].map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows)));
}

/// The CLI's name for a package: `space/slug`, or `slug` alone in the default space.
export function installName(ctx, slug) {
  const sp = (ctx.spaces ?? []).find((s) => s.slug === ctx.space);
  const isDefault = sp ? sp.visibility === 'default' : ctx.space === 'default';
  return isDefault ? slug : `${ctx.space}/${slug}`;
}

/// The publish dialog: version (empty = the next number) and notes.
function publishDialog(p, url, done) {
  const version = el('input', { name: 'version', id: 'release-version', placeholder: p.releases.length ? 'next number' : '1',
    maxlength: 64, autocomplete: 'off', 'aria-describedby': 'release-version-hint' });
  const notes = el('textarea', { name: 'notes', id: 'release-notes', rows: 5 });
  let published = null;
  modalForm({
    id: 'publish', title: `Publish a release of ${p.name}`, submit: 'Publish', focus: version,
    body: [
      el('p', { class: 'muted' }, `The release pins the current version of each of its ${p.items.length} artifact(s).`),
      el('label', { for: 'release-version' }, 'Version', version),
      el('p', { class: 'muted hint', id: 'release-version-hint' }, 'Letters, digits, ".", "-" and "+"; empty for the next number.'),
      el('label', { for: 'release-notes' }, 'Release notes', notes),
    ],
    onSubmit: async () => {
      const body = { notes: notes.value };
      if (version.value.trim()) body.version = version.value.trim();
      const res = await api('POST', url, body);
      if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
      published = res.data;
      return null;
    },
    onClose: (ok) => { if (ok) done(published); },
  });
}

const KINDS = ['standard', 'command', 'skill', 'subagent', 'policy'];

export async function packages(ctx) {
  loading();
  const here = showHere();
  const base = `${spaceApi(ctx)}/packages`;
  const r = await api('GET', base);
  if (!r.ok) return show(el('h1', {}, 'Packages'), failure(r));
  const [details, repos, ...lists] = await Promise.all([
    Promise.all(r.data.packages.map((p) => api('GET', `${base}/${enc(p.slug)}`))),
    api('GET', `/api/v1/orgs/${enc(ctx.org)}/repositories`),
    ...KINDS.map((k) => api('GET', `${spaceApi(ctx)}/${plural(k)}?limit=200`)),
  ]);
  const artifacts = lists.flatMap((l, i) => (l.data?.items ?? []).map((a) => ({ kind: KINDS[i], slug: a.slug, name: a.name })));
  const usedBy = (slug) => (repos.data?.repositories ?? []).flatMap((repo) => repo.installs.flatMap((i) => i.packages
    .filter((p) => p.package === slug || p.package === `${ctx.space}/${slug}`)
    .map((p) => `${repo.url} ${i.path || '/'}: ${p.installed ?? '?'} (${p.status})`)));
  const cards = details.filter((d) => d.ok).map((d) => {
    const p = d.data;
    const url = `${base}/${enc(p.slug)}`;
    const msg = el('p', { class: 'error', role: 'alert' });
    const titleId = `package-${p.slug}`;
    // The package as PUT wants it, with other items.
    const save = async (items) => {
      const res = await api('PUT', url, { name: p.name, description: p.description, items: items.map(({ kind, slug }) => ({ kind, slug })) });
      if (!res.ok) { msg.textContent = res.data?.error?.message ?? `failed (${res.status})`; return; }
      await packages(ctx);
    };
    const contents = p.items.length ? el('ul', { class: 'plain tight items' }, p.items.map((i) => el('li', { class: 'row' },
      el('span', {}, `${i.kind} `, el('a', { href: artifactAt(ctx.org, ctx.space, i.kind, i.slug) }, i.slug), el('span', { class: 'muted' }, ` v${i.version}`)),
      el('button', { type: 'button', class: 'secondary small', 'aria-label': `Remove ${i.kind} ${i.slug} from ${p.name}`, on: { click: () =>
        save(p.items.filter((o) => !(o.kind === i.kind && o.slug === i.slug))) } }, 'Remove'))))
      : empty('No artifacts in this package.');
    const addable = artifacts.filter((a) => !p.items.some((i) => i.kind === a.kind && i.slug === a.slug));
    const add = el('details', { class: 'add' }, el('summary', {}, 'Add artifacts'), addable.length
      ? form('', [el('fieldset', {}, el('legend', {}, `Artifacts to add to ${p.name}`), el('div', { class: 'checks' }, addable.map((a) => el('label', { class: 'check' },
        el('input', { type: 'checkbox', name: `item:${a.kind}:${a.slug}` }), `${a.kind} ${a.name}`))))], 'Add to package', async (v) => {
        const chosen = Object.keys(v).filter((k) => k.startsWith('item:')).map((k) => { const [, kind, slug] = k.split(':'); return { kind, slug }; });
        if (!chosen.length) return 'Choose at least one artifact.';
        await save([...p.items, ...chosen]);
        return null;
      }, 'compact')
      : empty('Every artifact of this space is in the package.'));
    add.querySelector('form')?.setAttribute('aria-label', `Add artifacts to ${p.name}`);
    const releases = p.releases.length ? el('table', { class: 'releases' },
      el('thead', {}, el('tr', {}, ['Version', 'Published', 'By', 'Notes'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, p.releases.map((rel) => el('tr', {}, el('th', { scope: 'row' }, el('span', { class: 'badge first' }, rel.version)),
        el('td', {}, when(rel.created_at)), el('td', {}, rel.created_by),
        el('td', {}, rel.notes ? el('pre', { class: 'prose' }, rel.notes) : el('span', { class: 'muted' }, 'no notes'))))))
      : null;
    const used = usedBy(p.slug);
    return el('li', { class: 'card package', 'aria-labelledby': titleId },
      el('div', { class: 'row' }, el('h2', { id: titleId }, p.name), el('span', { class: 'muted' }, 'slug ', el('code', {}, p.slug))),
      p.description ? el('p', { class: 'muted' }, p.description) : null,
      el('p', { class: 'label' }, 'Install in a repository:'),
      copyLine(`rulebook install ${installName(ctx, p.slug)}`, `the install command of ${p.name}`),
      el('h3', {}, `Contents (${p.items.length})`), contents, add,
      el('h3', {}, 'Releases'),
      el('p', {}, p.releases.length ? [`Latest release ${p.releases[0].version} (`, when(p.releases[0].created_at), ')'] : 'No release yet.'),
      releases,
      used.length ? el('ul', {}, used.map((u) => el('li', {}, u))) : el('p', { class: 'muted' }, 'No tracked repository reports this package.'),
      el('button', { type: 'button', 'aria-haspopup': 'dialog', on: { click: () => publishDialog(p, `${url}/releases`, () => packages(ctx)) } }, 'Publish release…'), msg);
  });
  const choices = artifacts.map((a) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', name: `item:${a.kind}:${a.slug}` }), `${a.kind} ${a.name}`));
  const create = form('New package', [field('Name', 'name'), field('Description', 'description', 'text', { required: false }),
    el('fieldset', {}, el('legend', {}, 'Contents'), choices.length ? el('div', { class: 'checks' }, choices) : empty('Create some artifacts first.'))],
  'Create package', async (v) => {
    const items = Object.keys(v).filter((k) => k.startsWith('item:')).map((k) => { const [, kind, slug] = k.split(':'); return { kind, slug }; });
    const res = await api('POST', base, { name: v.name, description: v.description, items });
    if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
    await packages(ctx);
    return null;
  });
  here(el('h1', {}, 'Packages'), cards.length ? el('ul', { class: 'plain' }, cards) : empty('No packages yet.'), create);
}
