// Organizations from the user's side: creating one (`#/orgs/new`, reached from the header's
// organization switcher). Instance admins always may; other users when the instance setting
// allows it (`can_create_orgs` in /auth/me), and instance admins turn that setting on here.
import { el, field, form, show, failure } from '../dom.js';
import { api } from '../api.js';

/// The instance setting `users_can_create_orgs`, as a checkbox that saves on change.
async function creationSetting() {
  const r = await api('GET', '/api/v1/admin/settings');
  if (!r.ok) return failure(r);
  const status = el('p', { class: 'muted', role: 'status' });
  const box = el('input', { type: 'checkbox', name: 'users_can_create_orgs', checked: r.data.users_can_create_orgs, on: { change: async () => {
    box.disabled = true;
    status.textContent = '';
    const s = await api('PUT', '/api/v1/admin/settings', { users_can_create_orgs: box.checked });
    box.disabled = false;
    if (s.ok) {
      box.checked = s.data.users_can_create_orgs;
      status.textContent = box.checked ? 'Saved: every signed-in user may create organizations.'
        : 'Saved: only instance administrators may create organizations.';
    } else {
      box.checked = !box.checked;
      status.textContent = s.data?.error?.message ?? `failed (${s.status})`;
    }
  } } });
  return el('section', { class: 'card', 'aria-label': 'Who may create organizations' },
    el('h2', {}, 'Who may create organizations'),
    el('label', { class: 'check' }, box, 'Let every signed-in user create organizations (they become its administrator)'),
    el('p', { class: 'muted' }, 'Instance administrators always may. The change is recorded in the audit log.'),
    status);
}

/// `#/orgs/new`: a new organization with its default space; the creator becomes its admin.
export async function newOrg(me) {
  const intro = el('p', {}, 'An organization has its own spaces, members, packages and API keys. You become its administrator; it starts with a default space.');
  const parts = [el('h1', {}, 'New organization')];
  if (me.can_create_orgs) {
    parts.push(intro, form('Create an organization', [
      field('Name', 'name', 'text', { autocomplete: 'organization', maxlength: '100' }),
      field('Slug (optional: derived from the name)', 'slug', 'text', { required: false, autocomplete: 'off' }),
    ], 'Create organization', async (v) => {
      const r = await api('POST', '/api/v1/orgs', { name: v.name, slug: v.slug || undefined });
      if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
      location.hash = `#/${encodeURIComponent(r.data.slug)}/default`;
      return null;
    }));
  } else {
    parts.push(el('p', {}, 'On this instance only instance administrators create organizations. Ask one to create it, or to invite you to an existing one.'));
  }
  if (me.user.instance_admin) parts.push(await creationSetting());
  show(...parts);
}
