// Agent policies: what coding agents may do without asking (permission rules: allow, ask or
// deny a shell command prefix, a path to read or edit, a web domain, an MCP tool) and the
// repository scripts they run at points of their loop (hooks). The editor is a table of rows
// per part; the server checks every pattern and command (422 names the field).
import { el, field, area, form, show, loading, failure, empty } from '../dom.js';
import { api, apiIfMatch, enc } from '../api.js';
import { spaceApi, at } from '../routes.js';
import { deleteButton, packagesPanel, takeFlash } from './artifact.js';
import { findingsBox, gatedWrite, savedWithFindings } from './findings.js';

const EFFECTS = ['allow', 'ask', 'deny'];
const TOOLS = { shell: 'Shell command (prefix)', read: 'Read files (gitignore pattern)', edit: 'Edit files (gitignore pattern)', web: 'Web domain', mcp: 'MCP tool (server/tool)' };
const EVENTS = ['session_start', 'prompt_submit', 'before_tool', 'after_tool', 'before_shell', 'before_read',
  'after_edit', 'before_mcp', 'stop', 'subagent_stop', 'pre_compact', 'session_end'];

const base = (ctx) => `${spaceApi(ctx)}/policies`;

function select(name, options, value, label) {
  return el('select', { name, 'aria-label': label }, Object.entries(options).map(([v, text]) =>
    el('option', { value: v, selected: v === value }, text)));
}

const asMap = (list) => Object.fromEntries(list.map((x) => [x, x]));

/// One permission row: effect, tool, pattern, remove.
function ruleRow(r = { effect: 'deny', on: 'shell', match: '' }) {
  const row = el('li', { class: 'policy-rule' },
    select('effect', asMap(EFFECTS), r.effect, 'Effect'),
    select('on', TOOLS, r.on, 'Applies to'),
    el('input', { name: 'match', value: r.match, 'aria-label': 'Pattern', placeholder: 'git push', required: true }),
    el('button', { type: 'button', class: 'secondary', on: { click: () => row.remove() } }, 'Remove'));
  return row;
}

/// One hook row: event, command, timeout, remove.
function hookRow(h = { event: 'before_shell', command: '', timeout_s: null }) {
  const row = el('li', { class: 'policy-hook' },
    select('event', asMap(EVENTS), h.event, 'Event'),
    el('input', { name: 'command', value: h.command, 'aria-label': 'Script and arguments', placeholder: 'scripts/agent/guard.sh', required: true }),
    el('input', { name: 'timeout_s', type: 'number', min: 1, max: 3600, value: h.timeout_s ?? '', 'aria-label': 'Timeout in seconds', placeholder: 'timeout (s)' }),
    el('button', { type: 'button', class: 'secondary', on: { click: () => row.remove() } }, 'Remove'));
  return row;
}

function collect(list, cls, read) {
  return [...list.querySelectorAll(`li.${cls}`)].map(read);
}

export async function list(ctx) {
  loading();
  const r = await api('GET', `${base(ctx)}?limit=200`);
  if (!r.ok) return show(el('h1', {}, 'Agent policies'), failure(r));
  show(el('div', { class: 'head' }, el('h1', {}, 'Agent policies'), el('a', { class: 'button', href: at(ctx, 'policies', 'new') }, 'New policy')),
    el('p', { class: 'muted' }, 'Permission rules and hooks, written into each agent\'s own settings (Claude Code, Cursor, Codex, Copilot) when a package holding them is installed. Hooks run scripts on developers\' machines: a repository writes them only with "hooks": true in its rulebook.json policy.'),
    r.data.items.length ? el('ul', { class: 'plain' }, r.data.items.map((a) => el('li', { class: 'card row' },
      el('a', { href: at(ctx, 'policies', a.slug) }, a.name), el('span', { class: 'muted' }, `v${a.version}`))))
      : empty('No agent policies yet.'));
}

export async function edit(ctx, slug) {
  loading();
  let c = { name: '', description: '', permissions: [], hooks: [] };
  let etag = null;
  if (slug) {
    const r = await api('GET', `${base(ctx)}/${enc(slug)}`);
    if (!r.ok) return show(el('h1', {}, 'Agent policy'), failure(r));
    c = r.data.content;
    etag = r.etag;
  }
  const rules = el('ul', { class: 'plain', 'aria-label': 'Permission rules' }, c.permissions.map((p) => ruleRow(p)));
  const hooks = el('ul', { class: 'plain', 'aria-label': 'Hooks' }, c.hooks.map((h) => hookRow(h)));
  const findings = findingsBox();
  const fields = [
    field('Name', 'name', 'text', { value: c.name }),
    area('Description', 'description', c.description, { rows: 2 }),
    el('h2', {}, 'Permission rules'),
    el('p', { class: 'muted' }, 'The strictest matching rule wins: deny, then ask, then allow. A shell rule covers the command and every longer one (git push covers git push origin main).'),
    rules, el('button', { type: 'button', class: 'secondary', on: { click: () => rules.append(ruleRow()) } }, 'Add a rule'),
    el('h2', {}, 'Hooks'),
    el('p', { class: 'muted' }, 'A script of the repository, relative to its root, then its arguments.'),
    hooks, el('button', { type: 'button', class: 'secondary', on: { click: () => hooks.append(hookRow()) } }, 'Add a hook'),
    field('Change message', 'message', 'text', { required: false }),
    findings.node,
  ];
  show(el('h1', {}, slug ? `Edit ${c.name}` : 'New agent policy'), form(null, fields, slug ? 'Save new version' : 'Create', async (v) => {
    const body = {
      name: v.name, description: v.description, message: v.message || undefined,
      permissions: collect(rules, 'policy-rule', (li) => ({
        effect: li.querySelector('[name=effect]').value, on: li.querySelector('[name=on]').value, match: li.querySelector('[name=match]').value,
      })),
      hooks: collect(hooks, 'policy-hook', (li) => {
        const t = li.querySelector('[name=timeout_s]').value;
        return { event: li.querySelector('[name=event]').value, command: li.querySelector('[name=command]').value, ...(t ? { timeout_s: Number(t) } : {}) };
      }),
    };
    const { res: r, error } = await gatedWrite(ctx.org, (q) => (slug
      ? apiIfMatch('PUT', `${base(ctx)}/${enc(slug)}${q}`, etag, body)
      : api('POST', `${base(ctx)}${q}`, body)), findings);
    if (error) return error;
    savedWithFindings(at(ctx, 'policies', r.data.slug), r.data.findings);
    location.hash = at(ctx, 'policies', r.data.slug);
    return null;
  }, 'card editor'));
}

/// A policy's rules and hooks as two tables (its page, and proposals of it).
export function policyTables(c) {
  const table = (head, rows) => el('table', {}, el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((x) => el('td', {}, x))))));
  const permissions = c.permissions ?? [];
  const hooks = c.hooks ?? [];
  return [
    el('h2', {}, 'Permission rules'),
    permissions.length ? table(['Effect', 'Applies to', 'Pattern'], permissions.map((p) => [p.effect, p.on, el('code', {}, p.match)])) : empty('No permission rules.'),
    el('h2', {}, 'Hooks'),
    hooks.length ? table(['Event', 'Script', 'Timeout'], hooks.map((h) => [h.event, el('code', {}, h.command), h.timeout_s ? `${h.timeout_s} s` : 'agent default'])) : empty('No hooks.'),
  ];
}

export async function view(ctx, slug) {
  loading();
  const r = await api('GET', `${base(ctx)}/${enc(slug)}`);
  if (!r.ok) return show(el('h1', {}, 'Agent policy'), failure(r));
  const c = r.data.content;
  const status = el('p', { class: 'error', role: 'alert' });
  show(el('div', { class: 'head' }, el('h1', {}, c.name),
    el('a', { class: 'button', href: at(ctx, 'policies', slug, 'edit') }, 'Edit'),
    el('a', { class: 'button secondary', href: at(ctx, 'policies', slug, 'history') }, 'History'),
    deleteButton(ctx, 'policies', slug, c.name, status)),
  takeFlash(), status, el('p', { class: 'muted' }, `Version ${r.data.version}`), packagesPanel(ctx, 'policy', slug),
  c.description ? el('p', {}, c.description) : null, ...policyTables(c));
}
