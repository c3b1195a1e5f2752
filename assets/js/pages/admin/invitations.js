// Admin › Invitations: a single-use link for someone to join the organization with a role.
// The link is shown once, here; the server keeps only its hash.
import { el, form } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, orgApi, problem, shownOnce } from './frame.js';

export function invitations(ctx, me) {
  const show = sectionShow(me, 'invitations', 'Invitations');
  const out = el('div', { 'aria-live': 'polite' });
  const create = form('Invite someone', [el('label', {}, 'Role', el('select', { name: 'role' }, ['viewer', 'member', 'admin'].map((r) => el('option', { value: r }, r))))],
    'Create invitation link', async (v) => {
      const r = await api('POST', `${orgApi(ctx)}/invites`, { role: v.role });
      if (!r.ok) return problem(r);
      out.replaceChildren(shownOnce('Invitation link', r.data.url, `Send this link to the person (valid until ${r.data.expires_at}, single use):`));
      return null;
    });
  show(el('p', { class: 'muted' }, 'The person opens the link and creates their account; it works once.'), create, out);
}
