// The frame every admin section shares: the list of sections (the overview and the
// sub-navigation are both drawn from it, so they cannot disagree), the page layout with the
// sub-navigation, and small helpers the sections have in common (error text, a link shown
// once with a copy button, help text with <code>, raw uploads, times).
import { el, showHere } from '../../dom.js';
import { api, enc } from '../../api.js';

/// `[route, title, what it holds, instance admins only]`; `null` route is the overview.
/// The audit log has its own page (`#/audit`), linked from here.
export const SECTIONS = [
  ['members', 'Members', 'Roles, disabling accounts, unlocking and password reset links.', false],
  ['spaces', 'Spaces', 'Create spaces and manage who belongs to each.', false],
  ['invitations', 'Invitations', 'Single-use links that let someone join the organization.', false],
  ['sign-in', 'Sign-in', 'Single sign-on through the site\'s OpenID provider, and whether passwords are allowed.', false],
  ['rendering', 'Rendering', 'The agents rendered by default and the always-on file cap.', false],
  ['install-policy', 'Install policy', 'What repositories may install: agents, packages, size, findings.', false],
  ['mcp-servers', 'MCP servers', 'Servers the agents reach besides Rulebook, written by install --mcp.', false],
  ['content-policy', 'Content policy', 'What content findings do to a save: block, acknowledge or warn.', false],
  ['ai', 'AI providers', 'The site\'s own model endpoints, what may be sent, the budget and usage.', false],
  ['templates', 'Templates', 'Starter standards: preview one and copy it into a space.', false],
  ['archives', 'Archives', 'Export a space as a file and import one into a space.', false],
  ['repositories', 'Repositories', 'The repositories that reported installs, and what is outdated.', false],
  ['mail', 'Mail', 'The site\'s mail relay for invitation links, and a test message.', true],
  ['limits', 'Content limits', 'Size limits for every organization on this server.', true],
  ['retention', 'Retention', 'How long logs, sessions and old versions are kept.', true],
  ['backups', 'Backups', 'Scheduled backups and their last results.', true],
  ['audit', 'Audit log', 'Who did what, with a verifiable chain.', true],
];

/// The route of a section (`#/admin/members`; the audit log lives at `#/audit`).
export const sectionHref = (key) => (key === 'audit' ? '#/audit' : key ? `#/admin/${key}` : '#/admin');

/// The sections this user may open.
export const visibleSections = (me) => SECTIONS.filter(([, , , instance]) => !instance || me.user.instance_admin);

function subnav(me, active) {
  const links = [[null, 'Overview'], ...visibleSections(me).map(([key, title]) => [key, title])];
  return el('nav', { class: 'subnav', 'aria-label': 'Administration' }, links.map(([key, title]) =>
    el('a', { href: sectionHref(key), 'aria-current': key === active ? 'page' : null }, title)));
}

/// A `show` for a section: the sub-navigation, the heading, then the nodes. Like `showHere`,
/// it draws nothing once the user has moved on (sections re-render after their actions).
export function sectionShow(me, active, title) {
  const here = showHere();
  return (...nodes) => here(subnav(me, active), el('h1', {}, title), ...nodes);
}

/// The server's error message of a failed call.
export const problem = (r) => r.data?.error?.message ?? `failed (${r.status})`;

/// The header of a column of buttons, named for screen readers (axe: empty-table-header).
export const actionsHeader = () => el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Actions'));

/// A table with column headers; `actions` adds a named header for a last column of buttons.
export function table(headers, rows, { actions = false, cls = null } = {}) {
  return el('table', { class: cls }, el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)), actions ? actionsHeader() : null)),
    el('tbody', {}, rows));
}

/// Help text from pieces: strings stay text, `[x]` pieces become <code>x</code>.
export const help = (...pieces) => el('p', { class: 'muted' }, pieces.map((p) => (Array.isArray(p) ? el('code', {}, p[0]) : p)));

/// A link shown once, with a copy button; `label` names the field for screen readers.
export function shownOnce(label, url, note) {
  const input = el('input', { readonly: true, value: url, 'aria-label': label, class: 'code' });
  return el('div', { class: 'card notice' }, el('p', {}, note), input,
    el('button', { type: 'button', class: 'secondary', on: { click: () => { input.select(); navigator.clipboard?.writeText(url); } } }, 'Copy'));
}

/// A Unix time (seconds) as an ISO date and time in UTC.
export const unixTime = (secs) => (secs ? new Date(secs * 1000).toISOString().replace('.000Z', 'Z') : '');

/// Bytes in words (`12.3 KiB`).
export function size(bytes) {
  if (bytes === null || bytes === undefined) return '';
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let n = bytes;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i += 1; }
  return i ? `${n.toFixed(1)} ${units[i]}` : `${n} bytes`;
}

/// POSTs a file as the raw body (the API reads archives as bytes, not JSON), with the CSRF
/// token of the session; answers like `api`.
export async function upload(path, file) {
  const token = (await api('GET', '/api/v1/auth/me')).data?.csrf_token;
  const r = await fetch(path, { method: 'POST', body: await file.arrayBuffer(), credentials: 'same-origin', cache: 'no-store',
    headers: { 'Content-Type': file.type || 'application/octet-stream', Accept: 'application/json', 'X-CSRF-Token': token ?? '' } });
  return { ok: r.ok, status: r.status, data: await r.json().catch(() => null) };
}

/// `/api/v1/orgs/{org}` of the context.
export const orgApi = (ctx) => `/api/v1/orgs/${enc(ctx.org)}`;
