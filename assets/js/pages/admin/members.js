// Admin › Members: each member's role, and what an admin does for them: disable or enable the
// account, release a login lock, issue a password reset link (shown once), remove them from
// the organization. Every action re-reads the list, so the table shows the server's state.
import { el, loading, failure, confirmed } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, orgApi, problem, table, shownOnce } from './frame.js';

const ROLES = ['viewer', 'member', 'admin'];

export async function members(ctx, me, notice = null) {
  loading();
  const show = sectionShow(me, 'members', 'Members');
  const org = orgApi(ctx);
  const r = await api('GET', `${org}/members`);
  if (!r.ok) return show(failure(r));
  const status = el('div', { 'aria-live': 'polite' }, notice);
  const again = (next = null) => members(ctx, me, next);
  /// Runs a member action; a failure is reported in the live region, then the list reloads.
  const act = async (method, path, done) => {
    const res = await api(method, path, method === 'DELETE' ? undefined : {});
    if (!res.ok) return again(el('p', { class: 'error', role: 'alert' }, problem(res)));
    return again(done(res.data));
  };
  const rows = r.data.members.map((m) => {
    const self = m.username === me.user.username;
    const base = `${org}/members/${m.id}`;
    const role = el('select', { 'aria-label': `Role of ${m.username}`, on: { change: async (ev) => {
      const res = await api('PUT', `${base}/role`, { role: ev.target.value });
      await again(res.ok ? el('p', { class: 'ok' }, `${m.username} is now ${ev.target.value}.`) : el('p', { class: 'error', role: 'alert' }, problem(res)));
    } } }, ROLES.map((x) => el('option', { value: x, selected: x === m.role }, x)));
    const buttons = self ? [] : [
      el('button', { type: 'button', class: m.disabled ? 'secondary small' : 'danger small', 'aria-label': `${m.disabled ? 'Enable' : 'Disable'} ${m.username}`, on: { click: async () => {
        if (!m.disabled && !confirmed(`Disable ${m.username}? Their sessions and keys stop working at once.`)) return;
        await act('POST', `${base}/${m.disabled ? 'enable' : 'disable'}`, () => el('p', { class: 'ok' }, `${m.username} is ${m.disabled ? 'enabled' : 'disabled'}.`));
      } } }, m.disabled ? 'Enable' : 'Disable'),
      el('button', { type: 'button', class: 'secondary small', 'aria-label': `Unlock ${m.username}`, on: { click: () =>
        act('POST', `${base}/unlock`, (d) => el('p', { class: 'ok' }, d.released ? `The login lock of ${m.username} is released.` : `${m.username} was not locked.`)) } }, 'Unlock'),
      el('button', { type: 'button', class: 'secondary small', 'aria-label': `Reset link for ${m.username}`, on: { click: () =>
        act('POST', `${base}/reset-link`, (d) => shownOnce(`Password reset link for ${m.username}`, d.url,
          `Give this link to ${m.username} (single use, valid until ${d.expires_at}). It is shown only now.`)) } }, 'Reset link'),
      el('button', { type: 'button', class: 'danger small', 'aria-label': `Remove ${m.username}`, on: { click: async () => {
        if (!confirmed(`Remove ${m.username} from this organization? Their space roles and API keys here end; the account stays.`)) return;
        await act('DELETE', base, () => el('p', { class: 'ok' }, `${m.username} is no longer a member.`));
      } } }, 'Remove'),
    ];
    return el('tr', {}, el('td', {}, `${m.display_name} (${m.username})`), el('td', {}, role),
      el('td', {}, m.disabled ? 'disabled' : 'active'), el('td', {}, el('div', { class: 'actions' }, buttons)));
  });
  show(el('p', {}, 'New people join through ', el('a', { href: '#/admin/invitations' }, 'invitations'), '.'), status,
    table(['User', 'Role', 'State'], rows, { actions: true }));
}
