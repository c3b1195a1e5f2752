// Admin › MCP servers: the servers the organization's agents should reach besides Rulebook (an
// internal issue tracker, a read-only database). `rulebook install --mcp` writes them into each
// agent's MCP file next to Rulebook's own entry; a token is named by its environment variable,
// never typed here, and the server refuses a definition that holds one.
import { el, field, area, form, loading, failure } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, orgApi, problem, help } from './frame.js';

const lines = (s) => (s ?? '').split('\n').map((x) => x.trim()).filter(Boolean);
const words = (s) => (s ?? '').split(/[\s,]+/).filter(Boolean);

function serverFields(s, i, remove) {
  const opt = { required: false };
  return el('fieldset', { class: 'mcp-server' }, el('legend', {}, s.name ? `Server ${s.name}` : 'New server'),
    field('Name (lower-case letters, digits, - and _)', `name:${i}`, 'text', { value: s.name ?? '', maxlength: 63 }),
    field('URL of its MCP endpoint (a server reached over HTTP)', `url:${i}`, 'text', { ...opt, value: s.url ?? '', placeholder: 'https://jira.example.internal/mcp' }),
    field('Environment variable holding its bearer token', `bearer_env:${i}`, 'text', { ...opt, value: s.bearer_env ?? '', placeholder: 'JIRA_TOKEN' }),
    field('Command (a server run over stdio, instead of a URL)', `command:${i}`, 'text', { ...opt, value: s.command ?? '' }),
    area('Arguments, one per line', `args:${i}`, (s.args ?? []).join('\n'), { rows: 2 }),
    field('Environment variables the command needs, by name', `env:${i}`, 'text', { ...opt, value: (s.env ?? []).join(' '), placeholder: 'DB_URL' }),
    el('button', { type: 'button', class: 'secondary', on: { click: remove } }, s.name ? `Remove ${s.name}` : 'Remove this server'));
}

/// The definition of server `i` from the form's values: only what was filled in.
function definition(v, i) {
  const s = { name: (v[`name:${i}`] ?? '').trim() };
  const url = (v[`url:${i}`] ?? '').trim();
  const command = (v[`command:${i}`] ?? '').trim();
  if (url) s.url = url;
  const token = (v[`bearer_env:${i}`] ?? '').trim();
  if (token) s.bearer_env = token;
  if (command) s.command = command;
  const args = lines(v[`args:${i}`]);
  if (args.length) s.args = args;
  const env = words(v[`env:${i}`]);
  if (env.length) s.env = env;
  return s;
}

export async function mcpServers(ctx, me) {
  loading();
  const show = sectionShow(me, 'mcp-servers', 'MCP servers');
  const r = await api('GET', `${orgApi(ctx)}/settings/mcp-servers`);
  if (!r.ok) return show(failure(r));
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const list = el('div', {});
  let n = 0;
  const add = (s) => {
    const fs = serverFields(s, n++, () => fs.remove());
    list.append(fs);
    return fs;
  };
  r.data.servers.forEach(add);
  const more = el('button', { type: 'button', class: 'secondary', on: { click: () => add({}).querySelector('input')?.focus() } }, 'Add a server');
  const settings = form(null, [list, more], 'Save MCP servers', async (v) => {
    saved.textContent = '';
    const ids = Object.keys(v).filter((k) => k.startsWith('name:')).map((k) => k.slice(5));
    const res = await api('PUT', `${orgApi(ctx)}/settings/mcp-servers`, { servers: ids.map((i) => definition(v, i)) });
    if (!res.ok) return problem(res);
    saved.textContent = 'Saved.';
    return null;
  }, 'card wide');
  show(help(['rulebook install --mcp'], ' writes these into each agent\'s MCP file (', ['.mcp.json'], ', ', ['.cursor/mcp.json'],
    ', ', ['.codex/config.toml'], ', ...) next to Rulebook\'s own entry, and removes a server dropped here. A token is named by its environment variable (',
    ['${JIRA_TOKEN}'], ' in the file), never written; a definition holding a credential is refused. Agents that cannot take a token from the environment get only servers run as a command.'),
  settings, saved);
}
