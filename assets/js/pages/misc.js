// Search, API keys, the audit log, packages and the dashboard.
import { el, field, form, show, loading, failure, empty, confirmed, highlighted } from '../dom.js';
import { api, enc } from '../api.js';
import { spaceApi, at, artifactAt } from '../routes.js';

export async function search(ctx, q, kind, space = '') {
  const spaces = await api('GET', `/api/v1/orgs/${enc(ctx.org)}/spaces`);
  const names = new Map((spaces.data?.spaces ?? []).map((s) => [s.slug, s.name]));
  const spaceSel = el('select', { name: 'space', 'aria-label': 'Space' }, el('option', { value: '' }, 'all spaces'),
    (spaces.data?.spaces ?? []).map((s) => el('option', { value: s.slug, selected: s.slug === space }, s.name)));
  const box = el('input', { type: 'search', id: 'q', name: 'q', value: q, 'aria-label': 'Search the playbook', placeholder: 'Search standards, commands, skills…' });
  const kinds = el('select', { name: 'kind', 'aria-label': 'Type' }, ['', 'standard', 'command', 'skill', 'subagent']
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

export async function keys(ctx) {
  loading();
  const r = await api('GET', `/api/v1/orgs/${enc(ctx.org)}/apikeys`);
  if (!r.ok) return show(el('h1', {}, 'API keys'), failure(r));
  const shown = el('div', { 'aria-live': 'polite' });
  const create = form('New API key', [
    field('Name', 'name', 'text', { placeholder: 'ci, laptop…' }),
    el('label', {}, 'Scope', el('select', { name: 'scope' }, ['read', 'write', 'admin', 'mcp:read', 'mcp:write'].map((s) => el('option', { value: s }, s)))),
  ], 'Create key', async (v) => {
    const res = await api('POST', `/api/v1/orgs/${enc(ctx.org)}/apikeys`, { name: v.name, scope: v.scope });
    if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
    await keys(ctx);
    const out = document.querySelector('#newkey');
    const input = el('input', { readonly: true, value: res.data.key, 'aria-label': 'The new key', class: 'code' });
    out.replaceChildren(el('div', { class: 'card notice' }, el('p', {}, 'Copy the key now: it is shown only once.'), input,
      el('button', { type: 'button', class: 'secondary', on: { click: () => { input.select(); navigator.clipboard?.writeText(res.data.key); } } }, 'Copy')));
    return null;
  });
  const rows = r.data.keys.map((k) => el('tr', {}, el('td', {}, k.name), el('td', {}, el('code', {}, k.prefix)), el('td', {}, k.scope),
    el('td', {}, k.revoked ? 'revoked' : (k.expires_at ? `expires ${k.expires_at}` : 'no expiry')),
    el('td', {}, k.revoked ? '' : el('button', { type: 'button', class: 'danger', on: { click: async () => {
      if (!confirmed(`Revoke the key "${k.name}"? Whatever uses it stops working at once.`)) return;
      const res = await api('DELETE', `/api/v1/orgs/${enc(ctx.org)}/apikeys/${k.id}`);
      if (!res.ok) { shown.replaceChildren(failure(res)); return; }
      await keys(ctx);
    } } }, 'Revoke'))));
  show(el('h1', {}, 'API keys'), el('div', { id: 'newkey' }), shown,
    rows.length ? el('table', {}, el('thead', {}, el('tr', {}, ['Name', 'Prefix', 'Scope', 'State', ''].map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows)) : empty('No keys yet.'),
    create);
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
  const rows = r.data.events.map((e) => el('tr', {}, el('td', {}, e.seq), el('td', {}, e.at), el('td', {}, e.actor), el('td', {}, e.action), el('td', {}, e.target), el('td', {}, e.outcome)));
  const filter = el('form', { class: 'searchbar', on: { submit: (ev) => { ev.preventDefault(); location.hash = `#/audit?action=${enc(ev.target.action.value)}`; } } },
    el('input', { name: 'action', value: action, 'aria-label': 'Filter by action', placeholder: 'action, e.g. artifact.updated' }), el('button', { type: 'submit' }, 'Filter'));
  show(el('div', { class: 'head' }, el('h1', {}, 'Audit log'), verify), verdict, filter,
    el('table', {}, el('thead', {}, el('tr', {}, ['#', 'When', 'Who', 'Action', 'Target', 'Outcome'].map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows)));
}

export async function packages(ctx) {
  loading();
  const base = `${spaceApi(ctx)}/packages`;
  const r = await api('GET', base);
  if (!r.ok) return show(el('h1', {}, 'Packages'), failure(r));
  const [details, repos, ...lists] = await Promise.all([
    Promise.all(r.data.packages.map((p) => api('GET', `${base}/${enc(p.slug)}`))),
    api('GET', `/api/v1/orgs/${enc(ctx.org)}/repositories`),
    ...['standards', 'commands', 'skills', 'subagents'].map((k) => api('GET', `${spaceApi(ctx)}/${k}?limit=200`)),
  ]);
  const usedBy = (slug) => (repos.data?.repositories ?? []).flatMap((repo) => repo.installs.flatMap((i) => i.packages
    .filter((p) => p.package === slug || p.package === `${ctx.space}/${slug}`)
    .map((p) => `${repo.url} ${i.path || '/'}: ${p.installed ?? '?'} (${p.status})`)));
  const cards = details.filter((d) => d.ok).map((d) => {
    const p = d.data;
    const msg = el('p', { class: 'error', role: 'alert' });
    return el('li', { class: 'card' }, el('h2', {}, p.name), el('p', { class: 'muted' }, p.description),
      el('p', {}, `${p.items.length} artifact(s): `, p.items.map((i) => `${i.kind} ${i.slug} v${i.version}`).join(', ')),
      el('p', {}, p.releases.length ? `Latest release ${p.releases[0].version} (${p.releases[0].created_at})` : 'No release yet.'),
      usedBy(p.slug).length ? el('ul', {}, usedBy(p.slug).map((u) => el('li', {}, u))) : el('p', { class: 'muted' }, 'No tracked repository reports this package.'),
      el('button', { type: 'button', on: { click: async () => {
        if (!confirmed(`Publish a release of ${p.name} with the current versions?`)) return;
        const res = await api('POST', `${base}/${enc(p.slug)}/releases`, {});
        if (!res.ok) { msg.textContent = res.data?.error?.message ?? 'failed'; return; }
        await packages(ctx);
      } } }, 'Publish release'), msg);
  });
  const kinds = ['standard', 'command', 'skill', 'subagent'];
  const choices = lists.flatMap((l, i) => (l.data?.items ?? []).map((a) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', name: `item:${kinds[i]}:${a.slug}` }), `${kinds[i]} ${a.name}`)));
  const create = form('New package', [field('Name', 'name'), field('Description', 'description', 'text', { required: false }),
    el('fieldset', {}, el('legend', {}, 'Contents'), choices.length ? el('div', { class: 'checks' }, choices) : empty('Create some artifacts first.'))],
  'Create package', async (v) => {
    const items = Object.keys(v).filter((k) => k.startsWith('item:')).map((k) => { const [, kind, slug] = k.split(':'); return { kind, slug }; });
    const res = await api('POST', base, { name: v.name, description: v.description, items });
    if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
    await packages(ctx);
    return null;
  });
  show(el('h1', {}, 'Packages'), cards.length ? el('ul', { class: 'plain' }, cards) : empty('No packages yet.'), create);
}

export async function dashboard(ctx, me) {
  loading();
  const sp = spaceApi(ctx);
  const kinds = ['standards', 'commands', 'skills', 'subagents'];
  const [counts, pk, repos, activity, open] = await Promise.all([
    Promise.all(kinds.map((k) => api('GET', `${sp}/${k}?limit=200`))),
    api('GET', `${sp}/packages`),
    api('GET', `/api/v1/orgs/${enc(ctx.org)}/repositories`),
    me.user.instance_admin ? api('GET', '/api/v1/audit?limit=8') : Promise.resolve(null),
    api('GET', `${sp}/proposals`),
  ]);
  const details = await Promise.all((pk.data?.packages ?? []).map((p) => api('GET', `${sp}/packages/${enc(p.slug)}`)));
  const packageRows = details.filter((d) => d.ok).map((d) => el('li', { class: 'card row' }, el('a', { href: at(ctx, 'packages') }, d.data.name),
    el('span', { class: 'muted' }, d.data.releases.length ? `latest release ${d.data.releases[0].version} · ${d.data.releases[0].created_at}` : 'no release yet')));
  const tiles = kinds.map((k, i) => el('a', { class: 'card tile', href: at(ctx, k) },
    el('strong', {}, counts[i].ok ? `${counts[i].data.items.length}${counts[i].data.next_after ? '+' : ''}` : '–'), el('span', {}, k)));
  const repoRows = (repos.data?.repositories ?? []).flatMap((r) => r.installs.map((i) => el('li', { class: 'card' },
    el('strong', {}, `${r.url} (${r.branch})`), ` ${i.path || '/'} · `,
    i.packages.map((p) => el('span', { class: `badge ${p.status === 'up to date' ? 'ok' : 'warn'}` }, `${p.package} ${p.installed ?? '?'}: ${p.status}`)))));
  tiles.push(el('a', { class: 'card tile', href: at(ctx, 'proposals') },
    el('strong', {}, open.ok ? `${open.data.proposals.length}` : '–'), el('span', {}, 'open proposals')));
  show(el('h1', {}, `${me.orgs.find((o) => o.slug === ctx.org)?.name ?? ctx.org}`),
    el('div', { class: 'grid tiles' }, tiles),
    el('section', {}, el('h2', {}, 'Packages'), packageRows.length
      ? el('ul', { class: 'plain' }, packageRows)
      : empty('No packages yet.')),
    el('section', {}, el('h2', {}, 'Repositories'), repoRows.length ? el('ul', { class: 'plain' }, repoRows) : empty('No tracked repository has reported an install yet.')),
    activity?.ok ? el('section', {}, el('h2', {}, 'Recent activity'), el('ul', { class: 'plain' },
      activity.data.events.map((e) => el('li', {}, `${e.at} · ${e.actor} · ${e.action} · ${e.target}`)))) : null);
}
