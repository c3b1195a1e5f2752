// Git distribution (`#/distribution`): what each target repository has received, the jobs that
// push releases there (refreshed every 2 s while one is queued or running), and, for org
// admins, the connections to Git servers (the token is write-only: a password field, then
// only its hint) and the form for a new target. Installs reported by `rulebook install` in
// tracked repositories follow in a second section.
import { el, field, form, showHere, loading, failure, empty, confirmed } from '../dom.js';
import { api, enc } from '../api.js';
import { AGENTS } from './standards.js';

const ACTIVE = new Set(['queued', 'running']);
const STATUS_CLASS = { 'up to date': 'ok', outdated: 'warn', 'never distributed': 'warn', removed: 'warn', 'no release': '' };
const JOB_CLASS = { done: 'ok', no_changes: 'ok', failed: 'error', cancelled: 'warn', queued: 'warning', running: 'warning' };
const POLL_MS = 2000;

/// Every render of the page takes a new number; a refresh timer of an older render stops.
let generation = 0;
let timer = null;

const where = (t) => `${t.repo}@${t.branch}${t.path ? `/${t.path}` : ''}`;
const when = (t) => (t ? el('time', { datetime: t }, t.replace('T', ' ').replace('Z', ' UTC')) : '–');
const message = (r) => r.data?.error?.message ?? `The server answered ${r.status}.`;
const safeUrl = (u) => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);

/// `[RB-CODE] text` (a job's detail) as the text with its code apart.
function detailView(detail) {
  if (!detail) return null;
  const m = String(detail).match(/^\[([A-Z0-9-]+)\]\s*(.*)$/s);
  return el('p', { class: 'detail' }, m ? [m[2], ' ', el('code', {}, m[1])] : detail);
}

function jobState(j) {
  const label = ACTIVE.has(j.state) && j.cancel_requested ? `${j.state}, cancelling` : j.state.replace('_', ' ');
  return el('span', { class: `badge ${JOB_CLASS[j.state] ?? ''}` }, label);
}

function jobResult(j) {
  if (j.pull_request) {
    const href = safeUrl(j.pull_request.url);
    const label = `pull request #${j.pull_request.number}`;
    return [href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, label) : label,
      j.pull_request.state ? ` (${j.pull_request.state})` : ''];
  }
  if (j.commit) return ['commit ', el('code', { title: j.commit }, j.commit.slice(0, 12))];
  return null;
}

function packageStatus(p) {
  const versions = p.installed || p.latest ? ` ${p.installed ?? 'none'} → ${p.latest ?? 'none'}` : '';
  return el('li', {}, el('span', { class: `badge first ${STATUS_CLASS[p.status] ?? ''}` }, `${p.package}: ${p.status}`),
    el('span', { class: 'muted' }, versions),
    p.changed.length ? el('ul', { class: 'changed', 'aria-label': `Changed in ${p.package}` },
      p.changed.map((c) => el('li', {}, `${c.kind} ${c.slug} v${c.version}`))) : null);
}

/// The packages a target receives, as checkboxes (keys `space/slug`, or `slug` in the default space).
function packageChecks(choices, selected) {
  if (!choices.length) return empty('No packages yet: create one under Packages.');
  return el('div', { class: 'checks' }, choices.map((c) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', name: `package:${c.key}`, checked: selected.includes(c.key) }), c.label)));
}

const checked = (v, prefix) => Object.keys(v).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));

function overviewTable(ov, admin, choices, act) {
  if (!ov.targets.length) return empty(admin ? 'No targets yet: add one below.' : 'No targets yet.');
  const rows = ov.targets.map((t) => {
    const j = t.last_job;
    const last = j ? [jobState(j), ' ', jobResult(j), el('div', { class: 'muted' }, when(j.finished_at ?? j.started_at ?? j.created_at), ` · ${j.requested_by}`),
      j.state === 'failed' ? detailView(j.detail) : null] : el('span', { class: 'muted' }, 'never run');
    const actions = admin ? el('td', { class: 'actions-cell' },
      el('button', { type: 'button', 'aria-label': `Distribute to ${where(t)}`, on: { click: () => act.distribute({ targets: [t.id] }) } }, 'Distribute'),
      el('details', {}, el('summary', {}, 'Packages…'), form(null, [
        el('fieldset', {}, el('legend', {}, `Packages for ${where(t)}`), packageChecks(choices, t.packages.map((p) => p.package))),
      ], 'Save packages', async (v) => {
        const r = await api('PUT', `${act.base}/git/targets/${t.id}/packages`, { packages: checked(v, 'package:') });
        if (!r.ok) return message(r);
        await act.refresh(true);
        return null;
      }, 'compact')),
      el('button', { type: 'button', class: 'danger', 'aria-label': `Delete target ${where(t)}`, on: { click: async () => {
        if (!confirmed(`Delete the target ${where(t)}? Files already pushed there stay.`)) return;
        const r = await api('DELETE', `${act.base}/git/targets/${t.id}`);
        if (!r.ok) return act.say(message(r), true);
        act.say(`Deleted the target ${where(t)}.`);
        return act.refresh(true);
      } } }, 'Delete')) : null;
    return el('tr', {},
      el('th', { scope: 'row' }, el('strong', {}, where(t)), el('div', { class: 'muted' }, `via ${t.connection} · ${t.agents.join(', ')}`)),
      el('td', {}, t.mode === 'pull_request' ? 'pull request' : 'commit'),
      el('td', {}, t.packages.length ? el('ul', { class: 'plain tight' }, t.packages.map(packageStatus)) : el('span', { class: 'muted' }, 'no packages')),
      el('td', {}, last),
      actions);
  });
  const heads = ['Target', 'Mode', 'Packages', 'Last job', admin ? 'Actions' : null].filter(Boolean);
  return el('table', { class: 'distribution' }, el('caption', { class: 'visually-hidden' }, 'Targets and what they received'),
    el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows));
}

function artifactsList(ov) {
  if (!ov.artifacts.length) return empty('Nothing has landed in a target yet.');
  return el('table', {}, el('thead', {}, el('tr', {}, ['Artifact', 'Live in'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ov.artifacts.map((a) => el('tr', {}, el('th', { scope: 'row' }, `${a.kind} ${a.slug}`),
      el('td', {}, el('ul', { class: 'plain tight' }, a.live.map((l) => el('li', {}, `${where(l)} v${l.version}`,
        el('span', { class: 'muted' }, ` (${l.package})`)))))))));
}

function jobsTable(jobs, targets, admin, act) {
  if (!jobs.length) return empty('No distribution has run yet.');
  const name = (id) => { const t = targets.find((x) => x.id === id); return t ? where(t) : `target ${id} (deleted)`; };
  return el('table', {}, el('thead', {}, el('tr', {}, ['Job', 'Target', 'State', 'Result', 'Requested', ''].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, jobs.map((j) => el('tr', {},
      el('th', { scope: 'row' }, `#${j.id}`),
      el('td', {}, name(j.target)),
      el('td', {}, jobState(j), j.attempts > 1 ? el('div', { class: 'muted' }, `attempt ${j.attempts}`) : null),
      el('td', {}, jobResult(j), j.state === 'failed' || j.state === 'cancelled' ? detailView(j.detail) : null,
        j.state === 'no_changes' ? el('span', { class: 'muted' }, 'already up to date') : null),
      el('td', {}, j.requested_by, el('div', { class: 'muted' }, when(j.created_at)),
        j.finished_at ? el('div', { class: 'muted' }, 'finished ', when(j.finished_at)) : null),
      el('td', {}, admin && ACTIVE.has(j.state) && !j.cancel_requested
        ? el('button', { type: 'button', class: 'secondary', 'aria-label': `Cancel job ${j.id}`, on: { click: async () => {
          const r = await api('POST', `${act.base}/git/jobs/${j.id}/cancel`, {});
          if (!r.ok) act.say(message(r), true);
          await act.refresh(true);
        } } }, 'Cancel') : null)))));
}

function reportedView(repos) {
  const rows = repos.flatMap((r) => r.installs.map((i) => el('li', { class: 'card' },
    el('strong', {}, `${r.url} (${r.branch})`), ` ${i.path || '/'}`,
    el('div', { class: 'muted' }, i.commit ? ['commit ', el('code', {}, String(i.commit).slice(0, 12)), ' · '] : null,
      `reported by ${i.reported_by} · `, when(i.reported_at)),
    el('div', {}, i.packages.map((p) => el('span', { class: `badge first ${STATUS_CLASS[p.status] ?? 'warn'}` }, `${p.package} ${p.installed ?? '?'}: ${p.status}`))))));
  return rows.length ? el('ul', { class: 'plain' }, rows) : empty('No tracked repository has reported an install yet.');
}

function probeView(r) {
  if (!r.ok) return failure(r);
  const d = r.data;
  if (!d.ok) {
    return el('div', { class: 'card notice bad' }, el('p', { class: 'error', role: 'alert' }, `Connection failed (${d.ms} ms): ${d.error.message}`),
      el('p', { class: 'muted' }, 'Code ', el('code', {}, d.error.code),
        /EGRESS/.test(d.error.code) ? '. An instance administrator allows the host under Network & credentials.' : ''));
  }
  const p = d.probe;
  const yesNo = (b) => (b === true ? 'yes' : b === false ? 'no' : 'unknown');
  return el('div', { class: 'card notice' }, el('p', { class: 'ok', role: 'status' }, `Connection works (${d.ms} ms).`),
    el('dl', {}, el('dt', {}, 'Signed in as'), el('dd', {}, p.user ?? 'unknown'),
      el('dt', {}, 'Permissions'), el('dd', {}, p.permissions.length ? p.permissions.join(', ') : 'none reported'),
      el('dt', {}, 'Can push'), el('dd', {}, yesNo(p.can_push)),
      el('dt', {}, 'Default branch'), el('dd', {}, p.default_branch ?? 'unknown'),
      el('dt', {}, 'Rate limit'), el('dd', {}, p.rate_remaining != null ? `${p.rate_remaining} of ${p.rate_limit ?? '?'} requests left` : 'not reported')),
    p.notes.length ? el('ul', {}, p.notes.map((n) => el('li', {}, n))) : null);
}

function connectionCard(base, c, providers, rerender) {
  const provider = providers.find((p) => p.id === c.provider)?.name ?? c.provider;
  const result = el('div', { 'aria-live': 'polite' });
  const error = el('p', { class: 'error', role: 'alert' });
  const token = c.token
    ? [el('code', {}, c.token.hint), ' set ', when(c.token.updated_at), c.token.usable ? '' : el('span', { class: 'error' }, ` · unusable: ${c.token.problem ?? 'unknown problem'}`)]
    : el('span', { class: 'error' }, 'no token stored');
  const test = form(null, [field('Repository to test (owner/name)', 'repo', 'text', { autocomplete: 'off', placeholder: 'team/service' })],
    'Test connection', async (v) => {
      result.replaceChildren(el('p', { class: 'muted', role: 'status' }, 'Testing…'));
      result.replaceChildren(probeView(await api('POST', `${base}/git/connections/${enc(c.name)}/test`, { repo: v.repo.trim() })));
      return null;
    }, 'compact');
  test.setAttribute('aria-label', `Test connection ${c.name}`);
  const app = Boolean(c.app_id);
  const secret = app
    ? el('label', {}, 'New private key (PEM)', el('textarea', { name: 'token', rows: 3, required: true, autocomplete: 'off', spellcheck: 'false', class: 'code' }))
    : field('New token', 'token', 'password', { autocomplete: 'new-password' });
  const rotate = form(null, [secret], app ? 'Replace private key' : 'Rotate token', async (v, f) => {
    const r = await api('PUT', `${base}/git/connections/${enc(c.name)}/token`, { token: v.token });
    if (!r.ok) return message(r);
    f.reset();
    await rerender(`The token of ${c.name} was replaced.`);
    return null;
  }, 'compact');
  rotate.setAttribute('aria-label', `Rotate the token of ${c.name}`);
  return el('li', { class: 'card' }, el('div', { class: 'row' }, el('h3', {}, c.name),
    el('button', { type: 'button', class: 'danger', 'aria-label': `Delete connection ${c.name}`, on: { click: async () => {
      if (!confirmed(`Delete the connection ${c.name} and its stored token?`)) return;
      const r = await api('DELETE', `${base}/git/connections/${enc(c.name)}`);
      if (!r.ok) { error.textContent = r.status === 409 ? `${message(r)} Delete its targets first.` : message(r); return; }
      await rerender(`Deleted the connection ${c.name}.`);
    } } }, 'Delete')), error,
    el('dl', {}, el('dt', {}, 'Provider'), el('dd', {}, provider),
      el('dt', {}, 'Base URL'), el('dd', {}, el('code', {}, c.base_url)),
      el('dt', {}, 'Username'), el('dd', {}, c.username || '–'),
      el('dt', {}, 'Commits as'), el('dd', {}, c.author_name || c.author_email ? `${c.author_name} <${c.author_email}>` : 'server default'),
      el('dt', {}, 'Jobs at once'), el('dd', {}, String(c.max_concurrency)),
      app ? [el('dt', {}, 'GitHub App'), el('dd', {}, `app ${c.app_id}, installation ${c.installation_id}`)] : null,
      el('dt', {}, app ? 'Private key' : 'Token'), el('dd', {}, token)),
    el('div', { class: 'pair' }, test, rotate), result);
}

function connectionForm(base, providers, rerender) {
  const hint = el('p', { class: 'muted', 'aria-live': 'polite' });
  const url = el('input', { name: 'base_url', type: 'url', required: true, autocomplete: 'off' });
  const pick = (id) => {
    const p = providers.find((x) => x.id === id);
    url.placeholder = p?.example ?? '';
    hint.textContent = p ? `For example ${p.example}${p.pull_requests ? '' : ' (commits only: no pull requests)'}.` : '';
  };
  // A GitHub App signs in with its private key (PEM, several lines) instead of a token. Fields
  // that do not apply are hidden and disabled, so they neither block the form nor are sent.
  const tokenInput = el('input', { name: 'token', type: 'password', required: true, autocomplete: 'new-password' });
  const tokenLabel = el('label', {}, 'Token (stored sealed; never shown again)', tokenInput);
  const appInputs = [
    el('input', { name: 'app_id', inputmode: 'numeric', pattern: '[0-9]{1,20}', required: true, autocomplete: 'off' }),
    el('input', { name: 'installation_id', inputmode: 'numeric', pattern: '[0-9]{1,20}', required: true, autocomplete: 'off' }),
    el('textarea', { name: 'token', rows: 4, required: true, autocomplete: 'off', spellcheck: 'false', class: 'code' }),
  ];
  const appBox = el('div', { class: 'app-fields' }, el('label', {}, 'GitHub App ID', appInputs[0]),
    el('label', {}, 'Installation ID', appInputs[1]), el('label', {}, 'App private key (PEM; stored sealed, never shown again)', appInputs[2]));
  const auth = el('select', { name: 'auth', on: { change: () => sync() } },
    el('option', { value: 'token' }, 'A token'), el('option', { value: 'app' }, 'A GitHub App'));
  const authLabel = el('label', {}, 'Signs in with', auth);
  const select = el('select', { name: 'provider', required: true, on: { change: (ev) => { pick(ev.target.value); sync(); } } },
    providers.map((p) => el('option', { value: p.id }, p.name)));
  const sync = () => {
    const github = select.value === 'github';
    const app = github && auth.value === 'app';
    authLabel.hidden = !github;
    auth.disabled = !github;
    appBox.hidden = !app;
    for (const i of appInputs) i.disabled = !app;
    tokenLabel.hidden = app;
    tokenInput.disabled = app;
  };
  pick(providers[0]?.id);
  sync();
  return form('New connection', [
    field('Name (lower-case letters, digits, hyphens)', 'name', 'text', { autocomplete: 'off', pattern: '[a-z0-9]+(-[a-z0-9]+)*', maxlength: 64 }),
    el('label', {}, 'Provider', select),
    el('label', {}, 'Base URL', url), hint,
    field('Username (optional)', 'username', 'text', { required: false, autocomplete: 'off' }),
    authLabel, tokenLabel, appBox,
    field('Jobs at once', 'max_concurrency', 'number', { value: 4, min: 1, max: 64 }),
    field('Commit author name (optional)', 'author_name', 'text', { required: false }),
    field('Commit author email (optional)', 'author_email', 'email', { required: false }),
  ], 'Save connection', async (v, f) => {
    const body = {
      name: v.name.trim(), provider: v.provider, base_url: v.base_url.trim(), username: v.username.trim(), token: v.token,
      max_concurrency: Number(v.max_concurrency) || 4, author_name: v.author_name.trim(), author_email: v.author_email.trim(),
    };
    if (v.auth === 'app') Object.assign(body, { app_id: v.app_id.trim(), installation_id: v.installation_id.trim() });
    const r = await api('POST', `${base}/git/connections`, body);
    if (!r.ok) return message(r);
    f.reset();
    await rerender(`Saved the connection ${r.data.name}; its ${v.auth === 'app' ? 'private key' : 'token'} is stored sealed (${r.data.token?.hint ?? 'hint unavailable'}).`);
    return null;
  });
}

function targetForm(base, connections, providers, defaults, choices, rerender) {
  if (!connections.length) return el('div', {}, el('h2', {}, 'New target'), empty('Add a connection above first.'));
  const pr = el('option', { value: 'pull_request' }, 'Pull request');
  const connSel = el('select', { name: 'connection', required: true, on: { change: (ev) => allow(ev.target.value) } },
    connections.map((c) => el('option', { value: c.name }, `${c.name} (${c.base_url})`)));
  const mode = el('select', { name: 'mode' }, el('option', { value: 'commit' }, 'Commit to the branch'), pr);
  const allow = (name) => {
    const c = connections.find((x) => x.name === name);
    const ok = providers.find((p) => p.id === c?.provider)?.pull_requests ?? true;
    pr.disabled = !ok;
    pr.textContent = ok ? 'Pull request' : 'Pull request (not offered by this provider)';
    if (!ok && mode.value === 'pull_request') mode.value = 'commit';
  };
  allow(connections[0].name);
  const agents = defaults.length ? defaults : ['claude'];
  return form('New target', [
    el('label', {}, 'Connection', connSel),
    field('Repository (owner/name)', 'repo', 'text', { autocomplete: 'off', placeholder: 'team/service' }),
    field('Branch', 'branch', 'text', { value: 'main', autocomplete: 'off' }),
    field('Folder in the repository (optional, empty = root)', 'path', 'text', { required: false, autocomplete: 'off' }),
    el('label', {}, 'Mode', mode),
    el('fieldset', {}, el('legend', {}, 'Agents to render for'), el('div', { class: 'checks' }, AGENTS.map((a) => el('label', { class: 'check' },
      el('input', { type: 'checkbox', name: `agent:${a}`, checked: agents.includes(a) }), a)))),
    el('fieldset', {}, el('legend', {}, 'Packages'), packageChecks(choices, [])),
  ], 'Create target', async (v, f) => {
    const r = await api('POST', `${base}/git/targets`, {
      connection: v.connection, repo: v.repo.trim(), branch: v.branch.trim(), path: v.path.trim(), mode: v.mode,
      agents: checked(v, 'agent:'), packages: checked(v, 'package:'),
    });
    if (!r.ok) return message(r);
    f.reset();
    await rerender(`Created the target ${where(r.data)}.`);
    return null;
  });
}

/// Packages of every space the user sees, as target package keys.
async function packageChoices(base) {
  const spaces = await api('GET', `${base}/spaces`);
  const list = spaces.ok ? spaces.data.spaces : [{ slug: 'default', name: 'Default' }];
  const per = await Promise.all(list.map((s) => api('GET', `${base}/spaces/${enc(s.slug)}/packages`)));
  return list.flatMap((s, i) => (per[i].data?.packages ?? []).map((p) => ({
    key: s.slug === 'default' ? p.slug : `${s.slug}/${p.slug}`,
    label: s.slug === 'default' ? p.name : `${p.name} (${s.name})`,
  })));
}

export async function page(ctx, me, notice = '') {
  loading();
  const show = showHere();
  const gen = ++generation;
  clearTimeout(timer);
  const base = `/api/v1/orgs/${enc(ctx.org)}`;
  const admin = me.orgs.find((o) => o.slug === ctx.org)?.role === 'admin';
  const [ov, jobs, repos, providers, connections, render, choices] = await Promise.all([
    api('GET', `${base}/git/overview`), api('GET', `${base}/git/jobs?limit=50`), api('GET', `${base}/repositories`),
    admin ? api('GET', `${base}/git/providers`) : null, admin ? api('GET', `${base}/git/connections`) : null,
    admin ? api('GET', `${base}/settings/render`) : null, admin ? packageChoices(base) : [],
  ]);
  if (!ov.ok) return show(el('h1', {}, 'Distribution'), failure(ov));
  const rerender = (text) => page(ctx, me, text);

  const status = el('p', { role: 'status', class: notice ? 'ok' : 'muted' }, notice);
  const overviewBox = el('div');
  const artifactsBox = el('div');
  const jobsBox = el('div');
  const polling = el('p', { class: 'muted', role: 'status' });
  const seen = { ov: null, jobs: null };
  let targets = ov.data.targets;

  const act = {
    base,
    say(text, bad = false) { status.textContent = text; status.className = bad ? 'error' : 'ok'; },
    async distribute(body) {
      const r = await api('POST', `${base}/git/distribute`, body);
      if (!r.ok) { act.say(message(r), true); return; }
      const queued = r.data.jobs.filter((j) => j.queued).length;
      const waiting = r.data.jobs.length - queued;
      act.say(r.data.jobs.length === 0 ? 'Nothing to distribute: no target is outdated.'
        : `Queued ${queued} job(s)${waiting ? `; ${waiting} target(s) already had one waiting` : ''}.`);
      await act.refresh(true);
    },
    async refresh(now = false) { await update(now); },
  };

  const draw = (o, j) => {
    const oKey = JSON.stringify(o);
    if (oKey !== seen.ov) {
      seen.ov = oKey;
      targets = o.targets;
      overviewBox.replaceChildren(overviewTable(o, admin, choices, act));
      artifactsBox.replaceChildren(artifactsList(o));
    }
    const jKey = JSON.stringify(j);
    if (jKey !== seen.jobs) {
      seen.jobs = jKey;
      jobsBox.replaceChildren(jobsTable(j, targets, admin, act));
    }
  };

  async function update() {
    clearTimeout(timer);
    const [o, j] = await Promise.all([api('GET', `${base}/git/overview`), api('GET', `${base}/git/jobs?limit=50`)]);
    if (gen !== generation || !document.contains(jobsBox)) return;
    if (!o.ok || !j.ok) { polling.textContent = 'Refreshing failed; reload the page to try again.'; return; }
    draw(o.data, j.data.jobs);
    // The two answers may straddle a job's end: keep polling while either shows it active.
    poll([...j.data.jobs, ...(o.data.targets ?? []).map((t) => t.last_job).filter(Boolean)]);
  }

  function poll(list) {
    const active = list.filter((x) => ACTIVE.has(x.state)).length;
    polling.textContent = active ? `${active} job(s) queued or running; refreshing every 2 seconds.` : '';
    clearTimeout(timer);
    if (active) timer = setTimeout(() => { if (gen === generation && document.contains(jobsBox)) update(); }, POLL_MS);
  }

  draw(ov.data, jobs.ok ? jobs.data.jobs : []);

  const head = el('div', { class: 'head' }, el('h1', {}, 'Distribution'),
    admin ? el('button', { type: 'button', on: { click: () => act.distribute({ outdated: true }) } }, 'Distribute all outdated') : null);
  const sections = [
    head,
    el('p', { class: 'muted' }, admin
      ? 'Rulebook renders package releases for each target repository and pushes them as a commit or a pull request.'
      : 'What each target repository has received from Rulebook. Organization admins manage targets and connections.'),
    status,
    el('section', { class: 'dist', 'aria-labelledby': 'dist-overview' }, el('h2', { id: 'dist-overview' }, 'Targets'), overviewBox),
    el('section', { class: 'dist', 'aria-labelledby': 'dist-jobs' }, el('h2', { id: 'dist-jobs' }, 'Jobs'), polling,
      jobs.ok ? jobsBox : failure(jobs)),
  ];
  if (admin) {
    const conns = connections?.ok ? connections.data.connections : [];
    const provs = providers?.ok ? providers.data.providers : [];
    sections.push(
      el('section', { class: 'dist', 'aria-labelledby': 'dist-connections' }, el('h2', { id: 'dist-connections' }, 'Connections'),
        connections?.ok ? (conns.length ? el('ul', { class: 'plain' }, conns.map((c) => connectionCard(base, c, provs, rerender)))
          : empty('No connections yet.')) : failure(connections),
        providers?.ok ? connectionForm(base, provs, rerender) : failure(providers)),
      el('section', { class: 'dist' }, targetForm(base, conns, provs, render?.data?.agents ?? [], choices, rerender)));
  }
  sections.push(
    el('section', { class: 'dist', 'aria-labelledby': 'dist-live' }, el('h2', { id: 'dist-live' }, 'Where each artifact is live'), artifactsBox),
    el('section', { class: 'dist', 'aria-labelledby': 'dist-reported' }, el('h2', { id: 'dist-reported' }, 'Reported by installs'),
      el('p', { class: 'muted' }, 'Repositories that ran `rulebook install` and reported what they have.'),
      repos.ok ? reportedView(repos.data.repositories) : failure(repos)));
  show(...sections);
  if (jobs.ok) poll(jobs.data.jobs);
}
