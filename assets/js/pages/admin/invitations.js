// Admin › Invitations: a single-use link for someone to join the organization with a role.
// The link is shown once, here; the server keeps only its hash. With the site's mail relay set
// up, the link can also be mailed to the person.
import { el, field, form } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, orgApi, problem, shownOnce } from './frame.js';

export function invitations(ctx, me) {
  const show = sectionShow(me, 'invitations', 'Invitations');
  const out = el('div', { 'aria-live': 'polite' });
  const create = form('Invite someone', [
    el('label', {}, 'Role', el('select', { name: 'role' }, ['viewer', 'member', 'admin'].map((r) => el('option', { value: r }, r)))),
    field('E-mail the link to (optional; needs the mail relay)', 'email', 'email', { required: false, autocomplete: 'off' }),
  ], 'Create invitation link', async (v) => {
    const body = { role: v.role };
    if (v.email?.trim()) body.email = v.email.trim();
    const r = await api('POST', `${orgApi(ctx)}/invites`, body);
    if (!r.ok) return problem(r);
    const mailed = r.data.mailed === true ? el('p', { class: 'ok' }, `Mailed to ${body.email}.`)
      : r.data.mailed === false ? el('p', { class: 'error', role: 'alert' }, `Not mailed: ${r.data.mail_error}. Send the link yourself.`) : null;
    out.replaceChildren(mailed ?? '', shownOnce('Invitation link', r.data.url, `Send this link to the person (valid until ${r.data.expires_at}, single use):`));
    return null;
  });
  show(el('p', { class: 'muted' }, 'The person opens the link and creates their account; it works once.'), create, out);
}
