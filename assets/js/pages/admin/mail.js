// Admin › Mail: the site's own mail relay (instance administrators). Rulebook mails through it
// only what an admin asks for (invitation links, a test message); the relay must be on the
// egress allowlist, TLS is required unless the relay runs on this host, and the password is
// sealed on the server, never shown again.
import { el, field, form, loading, failure } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, problem, help } from './frame.js';

export async function mail(ctx, me) {
  loading();
  const show = sectionShow(me, 'mail', 'Mail');
  const r = await api('GET', '/api/v1/admin/mail');
  if (!r.ok) return show(failure(r));
  const s = r.data.settings ?? {};
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const opt = { required: false };
  const relay = form('Mail relay', [
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'enabled', checked: Boolean(s.enabled) }), 'Send mail through this relay'),
    field('Host', 'host', 'text', { value: s.host ?? '', placeholder: 'smtp.corp.example' }),
    field('Port', 'port', 'number', { value: s.port ?? 587, min: 1, max: 65535 }),
    el('label', {}, 'Security', el('select', { name: 'security' },
      [['starttls', 'STARTTLS (port 587)'], ['tls', 'TLS (port 465)'], ['none', 'None (a relay on this host only)']]
        .map(([v, t]) => el('option', { value: v, selected: (s.security ?? 'starttls') === v }, t)))),
    field('Username (empty: no sign-in)', 'username', 'text', { ...opt, value: s.username ?? '', autocomplete: 'off' }),
    field(r.data.password_set ? 'Password (sealed; leave empty to keep it)' : 'Password', 'password', 'password', { ...opt, autocomplete: 'off' }),
    field('From address', 'from_address', 'email', { value: s.from_address ?? '' }),
    field('From name', 'from_name', 'text', { ...opt, value: s.from_name ?? 'Rulebook' }),
  ], 'Save relay', async (v) => {
    saved.textContent = '';
    const body = { enabled: v.enabled === 'on', host: v.host.trim(), port: Number(v.port), security: v.security,
      from_address: v.from_address.trim(), from_name: v.from_name.trim() || 'Rulebook' };
    if (v.username.trim()) body.username = v.username.trim();
    if (v.password) body.password = v.password;
    const res = await api('PUT', '/api/v1/admin/mail', body);
    if (!res.ok) return problem(res);
    saved.textContent = 'Saved.';
    return null;
  }, 'card wide');
  const result = el('p', { 'aria-live': 'polite' });
  const test = form('Send a test message', [field('To', 'to', 'email', {})], 'Send test message', async (v) => {
    result.textContent = '';
    const res = await api('POST', '/api/v1/admin/mail/test', { to: v.to.trim() });
    if (!res.ok) return problem(res);
    result.textContent = res.data.sent ? `Sent to ${v.to.trim()}.` : `Not sent: ${res.data.error}`;
    return null;
  });
  const o = r.data.outbox;
  const outbox = el('section', { class: 'card wide', 'aria-label': 'Notifications' }, el('h2', {}, 'Notifications'),
    help('Proposals waiting for review go to the organization\'s admins, decisions to their authors, failed distributions to the organization\'s admins and failed backups to instance administrators: to each person\'s own address (Account), unless they opted out. They are sent from an outbox, retried for about an hour.'),
    el('p', {}, `${o.queued} waiting, ${o.sent} sent, ${o.failed} given up.`),
    o.last_error ? el('p', { class: 'muted' }, `Last error: ${o.last_error}`) : null);
  show(help('Without a relay everything works with links to copy. The relay\'s host and port must be on the egress allowlist (Network); TLS uses the site\'s CA bundle.'),
    relay, saved, test, result, outbox);
}
