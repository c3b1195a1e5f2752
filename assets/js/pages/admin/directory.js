// Admin › Sign-in, for instance administrators: the site's directory (LDAP or Active
// Directory) that the sign-in form asks: where it is, the service account (its password
// sealed on the server, never shown again), how people and their groups are found, and which
// group grants which role. "Test" binds the service account and shows one person's entry.
import { el, field, area, form } from '../../dom.js';
import { api } from '../../api.js';
import { problem, help } from './frame.js';
import { check, rulesText, parseRules } from './group_rules.js';

export function directoryForm(data, redraw) {
  const s = data.settings ?? {};
  const a = s.attributes ?? {};
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const opt = { required: false };
  const f = form('Directory, LDAP or Active Directory (this server)', [
    help('People sign in on the ordinary form with their directory username and password. The directory\'s host:port must be on the egress allowlist with the site\'s CA (Admin › Network). Use ',
      ['ldaps://'], ', or ', ['ldap://'], ' with StartTLS.'),
    check('enabled', 'Let the directory\'s people sign in', s.enabled),
    field('URL', 'url', 'text', { value: s.url ?? '', placeholder: 'ldaps://ldap.corp.example' }),
    check('starttls', 'Upgrade ldap:// with StartTLS', s.starttls),
    field('Service account DN', 'bind_dn', 'text', { value: s.bind_dn ?? '', placeholder: 'cn=rulebook,ou=services,dc=corp,dc=example' }),
    field(data.bind_password_set ? 'Service account password (sealed; leave empty to keep it)' : 'Service account password', 'bind_password', 'password', { ...opt, autocomplete: 'off' }),
    field('People are under', 'user_base', 'text', { value: s.user_base ?? '', placeholder: 'ou=people,dc=corp,dc=example' }),
    field('User filter ({username} is escaped)', 'user_filter', 'text', { value: s.user_filter ?? '(&(objectClass=inetOrgPerson)(uid={username}))' }),
    field('Username attribute', 'attr_username', 'text', { value: a.username ?? 'uid' }),
    field('Display name attribute', 'attr_display_name', 'text', { value: a.display_name ?? 'cn' }),
    field('Email attribute', 'attr_email', 'text', { value: a.email ?? 'mail' }),
    field('Lasting id attribute (entryUUID, objectGUID)', 'attr_id', 'text', { value: a.id ?? 'entryUUID' }),
    field('Groups are under (empty: roles are not read from groups)', 'group_base', 'text', { ...opt, value: s.group_base ?? '' }),
    field('Group filter ({dn} is the person\'s DN)', 'group_filter', 'text', { value: s.group_filter ?? '(&(objectClass=groupOfNames)(member={dn}))' }),
    field('Group name attribute', 'group_name_attribute', 'text', { value: s.group_name_attribute ?? 'cn' }),
    area('Group rules, one per line: group org role [space space-role]', 'rules', rulesText(s.groups), { rows: 4 }),
    check('link_existing_by_username', 'Let a first directory sign-in take over a local account of the same username', s.link_existing_by_username),
    field('Timeout (seconds)', 'timeout_secs', 'number', { value: String(s.timeout_secs ?? 10), min: '1', max: '60' }),
  ], 'Save directory', async (v) => {
    saved.textContent = '';
    let groups;
    try { groups = parseRules(v.rules); } catch (e) { return e.message; }
    const body = {
      enabled: v.enabled === 'on', url: v.url.trim(), starttls: v.starttls === 'on', bind_dn: v.bind_dn.trim(),
      user_base: v.user_base.trim(), user_filter: v.user_filter.trim(),
      attributes: { username: v.attr_username.trim(), display_name: v.attr_display_name.trim(), email: v.attr_email.trim(), id: v.attr_id.trim() },
      group_filter: v.group_filter.trim(), group_name_attribute: v.group_name_attribute.trim(), groups,
      link_existing_by_username: v.link_existing_by_username === 'on', timeout_secs: Number(v.timeout_secs),
    };
    if (v.group_base?.trim()) body.group_base = v.group_base.trim();
    if (v.bind_password) body.bind_password = v.bind_password;
    const res = await api('PUT', '/api/v1/admin/sso/ldap', body);
    if (!res.ok) return problem(res);
    saved.textContent = 'Saved.';
    redraw();
    return null;
  }, 'card wide');
  const who = el('input', { type: 'text', name: 'probe_username', 'aria-label': 'Username to look up', placeholder: 'a username (optional)' });
  const tested = el('p', { 'aria-live': 'polite' });
  const test = el('button', { type: 'button', class: 'secondary', on: { click: async () => {
    tested.textContent = 'Testing…';
    const body = who.value.trim() ? { username: who.value.trim() } : {};
    const r = await api('POST', '/api/v1/admin/sso/ldap/test', body);
    if (!r.ok) { tested.textContent = problem(r); return; }
    if (!r.data.ok) { tested.textContent = `Failed: ${r.data.error}`; return; }
    tested.textContent = r.data.dn
      ? `The service account works. Found ${r.data.dn}; groups: ${r.data.groups.join(', ') || 'none'}.`
      : `The service account works.${r.data.error ? ` ${r.data.error}.` : ''}`;
  } } }, 'Test directory');
  return [f, saved, data.settings ? el('div', { class: 'card wide' }, who, test, tested) : null];
}
