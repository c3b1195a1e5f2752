// Agents and MCP: the consent page an MCP client's browser sign-in lands on (`#/authorize`,
// from /oauth/authorize), and "Connect your agent" (`#/connect`): the client configuration
// for each coding agent, with the key referenced by environment variable only.
import { el, show, loading, failure } from '../dom.js';
import { api, enc } from '../api.js';

export async function authorize(me, params) {
  loading();
  const clientId = params.get('client_id') ?? '';
  const r = await api('GET', `/api/v1/oauth/clients/${enc(clientId)}`);
  if (!r.ok) return failure(r);
  const scope = (params.get('scope') ?? '').split(/\s+/).includes('mcp:write') ? 'mcp:write' : 'mcp:read';
  const redirect = params.get('redirect_uri') ?? '';
  let host = redirect;
  try { host = new URL(redirect).host; } catch { /* shown as given */ }
  const orgs = me.orgs.map((o) => el('option', { value: o.slug }, o.name));
  const error = el('p', { class: 'error', role: 'alert' });
  const answer = async (approve) => {
    error.textContent = '';
    const res = await api('POST', '/api/v1/oauth/authorize', {
      client_id: clientId, redirect_uri: redirect, code_challenge: params.get('code_challenge') ?? '',
      state: params.get('state') ?? '', scope, org: select.value, approve,
    });
    if (!res.ok) { error.textContent = res.data?.error?.message ?? `failed (${res.status})`; return; }
    location.href = res.data.redirect;
  };
  const select = el('select', { name: 'org', required: true }, orgs);
  show(el('h1', {}, 'Connect an agent'),
    el('section', { class: 'card' },
      el('p', {}, 'The MCP client ', el('strong', {}, r.data.client_name), ' asks to read your playbook',
        scope === 'mcp:write' ? ' and to propose changes and new standards for review' : '', '.'),
      el('p', {}, 'It will receive a key (', el('code', {}, scope), ', 90 days, listed under API keys, revocable) and return to ', el('code', {}, host), '.'),
      el('label', {}, 'Organization', select),
      error,
      el('div', { class: 'row' },
        el('button', { type: 'button', on: { click: () => answer(true) } }, 'Allow'),
        el('button', { type: 'button', class: 'secondary', on: { click: () => answer(false) } }, 'Deny'))));
}

const AGENTS = ['claude', 'cursor', 'copilot', 'windsurf', 'gemini', 'codex', 'kiro', 'opencode', 'zed', 'junie',
  'amazonq', 'cline', 'roo', 'continue', 'devin', 'qwen', 'augment', 'warp', 'antigravity', 'gitlab-duo'];

export async function connect() {
  loading();
  const select = el('select', { name: 'agent' }, AGENTS.map((a) => el('option', { value: a }, a)));
  const out = el('pre', { class: 'card' });
  const where = el('p', {});
  const refresh = async () => {
    const r = await api('GET', `/api/v1/mcp/config?agent=${enc(select.value)}`);
    if (!r.ok) { where.textContent = r.data?.error?.message ?? `failed (${r.status})`; out.textContent = ''; return; }
    where.textContent = r.data.path ? `Put this in ${r.data.path} in the repository.` : `Put this in ${r.data.user_path} (your user settings).`;
    out.textContent = r.data.text;
  };
  select.addEventListener('change', refresh);
  show(el('h1', {}, 'Connect your agent'),
    el('p', {}, 'Agents reach the playbook live over MCP at ', el('code', {}, `${location.origin}/mcp`),
      '. Create a key with scope mcp:read (or mcp:write to let the agent propose changes) under ',
      el('a', { href: '#/keys' }, 'API keys'), ', and put it in the agent\'s environment as ',
      el('code', {}, 'RULEBOOK_API_KEY'), '. The configuration below refers to that variable; the key is never written into a file.'),
    el('label', {}, 'Agent', select), where, out,
    el('p', {}, 'The same from a terminal: ', el('code', {}, 'rulebook mcp config --agent <agent> --server ' + location.origin)));
  await refresh();
}
