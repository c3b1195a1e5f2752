// Network & credentials (instance administrators): the outbound allowlist, proxy, CA bundle,
// timeouts and caps; "Test connection" with a report per stage; and sealed secrets, which
// can be set or deleted but never read back.
import { api, enc } from '../api.js';
import { el, form, showHere, loading, failure, empty, confirmed } from '../dom.js';

const lines = (text) => String(text ?? '').split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
const num = (v) => Number.parseInt(v, 10);

function settingsForm(s, reload) {
  const f = form('Outbound connections', [
    el('p', { class: 'muted' }, 'Rulebook connects only to the hosts listed here. An empty list means no outbound connection at all. One entry per line: a host name, a host:port, *.suffix for subdomains, or an IP address.'),
    el('label', {}, 'Allowed hosts', el('textarea', { name: 'allow', rows: 4, value: (s.allow ?? []).join('\n') })),
    el('label', {}, 'Proxy (http://host:port, empty for none)', el('input', { name: 'proxy', value: s.proxy ?? '' })),
    el('label', {}, 'Proxy user (its password is the secret egress.proxy-password)', el('input', { name: 'proxy_username', value: s.proxy_username ?? '' })),
    el('label', {}, 'Hosts reached without the proxy', el('textarea', { name: 'no_proxy', rows: 2, value: (s.no_proxy ?? []).join('\n') })),
    el('label', {}, 'CA bundle for https (absolute path of a PEM file on the server)', el('input', { name: 'ca_file', value: s.ca_file ?? '' })),
    el('label', {}, 'Connect timeout (seconds)', el('input', { name: 'connect_timeout_secs', type: 'number', min: 1, max: 300, value: s.connect_timeout_secs })),
    el('label', {}, 'Read timeout (seconds)', el('input', { name: 'read_timeout_secs', type: 'number', min: 1, max: 3600, value: s.read_timeout_secs })),
    el('label', {}, 'Largest response (bytes)', el('input', { name: 'max_response_bytes', type: 'number', min: 1024, value: s.max_response_bytes })),
    el('label', {}, 'Requests at once per host', el('input', { name: 'per_host_concurrency', type: 'number', min: 1, max: 256, value: s.per_host_concurrency })),
  ], 'Save', async (v) => {
    const body = {
      allow: lines(v.allow),
      proxy: v.proxy.trim() || null,
      proxy_username: v.proxy_username.trim() || null,
      no_proxy: lines(v.no_proxy),
      ca_file: v.ca_file.trim() || null,
      connect_timeout_secs: num(v.connect_timeout_secs),
      read_timeout_secs: num(v.read_timeout_secs),
      max_response_bytes: num(v.max_response_bytes),
      per_host_concurrency: num(v.per_host_concurrency),
    };
    const r = await api('PUT', '/api/v1/admin/egress', body);
    if (!r.ok) return r.data?.error?.message ?? `The server answered ${r.status}.`;
    await reload();
    return null;
  });
  return f;
}

function testForm() {
  const result = el('div', { 'aria-live': 'polite' });
  const f = form('Test connection', [
    el('p', { class: 'muted' }, 'Checks one URL stage by stage (policy, DNS, TCP, proxy, TLS, HTTP) from the server, under the settings above, so a firewall, a proxy and a certificate problem look different.'),
    el('label', {}, 'URL', el('input', { name: 'url', type: 'url', required: true, placeholder: 'https://git.example.internal/api/v4/version' })),
  ], 'Test', async (v) => {
    result.replaceChildren(el('p', { class: 'muted', role: 'status' }, 'Testing…'));
    const r = await api('POST', '/api/v1/admin/egress/test', { url: v.url });
    if (!r.ok) { result.replaceChildren(failure(r)); return null; }
    const rows = r.data.stages.map((s) => el('tr', {},
      el('th', { scope: 'row' }, s.stage), el('td', {}, s.ok ? 'ok' : 'failed'), el('td', {}, s.detail), el('td', {}, `${s.ms} ms`)));
    result.replaceChildren(
      el('p', { class: r.data.ok ? 'ok' : 'error' }, r.data.ok ? `${r.data.url} is reachable.` : `${r.data.url} is not reachable.`),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Stage'), el('th', { scope: 'col' }, 'Result'),
        el('th', { scope: 'col' }, 'Detail'), el('th', { scope: 'col' }, 'Time'))), el('tbody', {}, rows)));
    return null;
  });
  return el('section', {}, f, result);
}

function secretsSection(list, reload) {
  const rows = list.map((s) => el('tr', {},
    el('th', { scope: 'row' }, s.name),
    el('td', {}, s.hint || '(set)'),
    el('td', {}, `${s.updated_at} by ${s.updated_by}`),
    el('td', {}, s.usable ? 'usable' : `unusable: ${s.problem}`),
    el('td', {}, el('button', { type: 'button', class: 'danger', on: { click: async () => {
      if (!confirmed(`Delete the secret ${s.name}? Features that use it stop working.`)) return;
      const r = await api('DELETE', `/api/v1/admin/secrets/${enc(s.name)}`);
      if (r.ok) await reload();
    } } }, 'Delete'))));
  const table = list.length === 0 ? empty('No secrets yet.') :
    el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Hint'),
      el('th', { scope: 'col' }, 'Set'), el('th', { scope: 'col' }, 'State'), el('th', { scope: 'col' }, 'Actions'))),
    el('tbody', {}, rows));
  const setForm = form('Set a secret', [
    el('p', { class: 'muted' }, 'Secrets are sealed with the instance\'s secrets key and are never shown again, not even to administrators. Setting an existing name replaces its value.'),
    el('label', {}, 'Name', el('input', { name: 'name', required: true, pattern: '[a-z0-9][a-z0-9._\\-]{0,127}', placeholder: 'egress.proxy-password' })),
    el('label', {}, 'Value', el('input', { name: 'value', type: 'password', required: true, autocomplete: 'off' })),
  ], 'Save secret', async (v, f) => {
    const r = await api('PUT', `/api/v1/admin/secrets/${enc(v.name)}`, { value: v.value });
    if (!r.ok) return r.data?.error?.message ?? `The server answered ${r.status}.`;
    f.reset();
    await reload();
    return null;
  });
  return el('section', { class: 'card' }, el('h2', {}, 'Credentials'), table, setForm);
}

export async function network() {
  loading();
  // Saves re-render this page; by then the user may have moved on.
  const show = showHere();
  const reload = async () => {
    const [s, k] = await Promise.all([api('GET', '/api/v1/admin/egress'), api('GET', '/api/v1/admin/secrets')]);
    if (!s.ok) return show(el('h1', {}, 'Network & credentials'), failure(s));
    if (!k.ok) return show(el('h1', {}, 'Network & credentials'), failure(k));
    const c = s.data.counters ?? { denied: 0, requests: [] };
    show(
      el('h1', {}, 'Network & credentials'),
      el('p', { class: 'muted' }, `Refused outbound requests since start: ${c.denied}. Sent: ${c.requests.reduce((a, r) => a + r.count, 0)}.`),
      settingsForm(s.data, reload),
      testForm(),
      secretsSection(k.data.secrets, reload),
    );
  };
  await reload();
}
