// Rulebook UI. Talks only to this origin (CSP default-src 'self'); no inline script or style.
// Routes live in the URL fragment, so one-time tokens in links never reach server logs.
const main = document.getElementById('main');
let csrf = null;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
    else if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  for (const c of children.flat()) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrf && method !== 'GET') headers['X-CSRF-Token'] = csrf;
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
                                credentials: 'same-origin', cache: 'no-store' });
  let data = null;
  try { data = await r.json(); } catch { data = null; }
  return { ok: r.ok, status: r.status, data };
}

function field(label, name, type = 'text', extra = {}) {
  return el('label', {}, label, el('input', { name, type, required: '', ...extra }));
}

function form(title, fields, submitLabel, onSubmit) {
  const error = el('p', { class: 'error', role: 'alert' });
  const f = el('form', { class: 'card', 'aria-label': title }, el('h2', {}, title), ...fields, error,
               el('button', { type: 'submit' }, submitLabel));
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    const values = Object.fromEntries(new FormData(f).entries());
    const msg = await onSubmit(values);
    if (msg) error.textContent = msg;   // input is kept on failure
  });
  return f;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
  main.focus();
}

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
      csrf = r.data.csrf_token;
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
      csrf = r.data.csrf_token;
      await route();
      return null;
    }));
}

async function home(me) {
  const orgs = me.orgs.map((o) => el('li', { class: 'card' }, el('strong', {}, o.name), ' ', el('span', { class: 'muted' }, `(${o.role})`)));
  show(el('h1', {}, `Welcome, ${me.user.display_name}`),
    el('section', { 'aria-labelledby': 'orgs-h' }, el('h2', { id: 'orgs-h' }, 'Your organizations'),
      orgs.length ? el('ul', { class: 'plain' }, orgs) : el('p', { class: 'muted' }, 'No organization yet.')));
}

function renderAccount(me) {
  const account = document.getElementById('account');
  if (!me) { account.replaceChildren(); return; }
  const out = el('button', { class: 'link', type: 'button', on: { click: async () => {
    await api('POST', '/api/v1/auth/logout', {});
    csrf = null;
    await route();
  } } }, 'Sign out');
  account.replaceChildren(el('span', {}, me.user.username), out);
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

async function route() {
  const hash = location.hash || '#/';
  const setup = hash.match(/^#\/setup\/([0-9a-f]{64})$/);
  if (setup) { renderAccount(null); return setupPage(setup[1]); }
  const me = await api('GET', '/api/v1/auth/me');
  if (!me.ok) {
    renderAccount(null);
    const s = await api('GET', '/api/v1/setup');
    if (s.ok && s.data.needed) {
      return show(el('h1', {}, 'Set up Rulebook'),
        el('p', {}, 'Open the one-time setup link that the server printed when it started (see its console or journal).'));
    }
    return loginPage();
  }
  csrf = me.data.csrf_token;
  renderAccount(me.data);
  const device = hash.match(/^#\/device(?:\?code=([A-Za-z-]{0,9}))?$/);
  if (device) return devicePage(me.data, device[1] ?? '');
  return home(me.data);
}

async function health() {
  const [h, r] = await Promise.all([api('GET', '/healthz'), api('GET', '/readyz')]);
  const s = document.getElementById('status');
  const ok = h.ok && r.ok;
  s.textContent = ok ? 'Server ready' : 'Server has a problem';
  s.className = 'status ' + (ok ? 'ok' : 'bad');
}

window.addEventListener('hashchange', route);
route();
health();
setInterval(health, 30000);
