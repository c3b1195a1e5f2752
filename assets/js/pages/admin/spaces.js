// Admin › Spaces: the organization's spaces with their visibility, a form for a new one, and
// each space's own members (`#/admin/spaces/{slug}`), whose space roles override org roles.
import { el, field, form, loading, failure, empty, confirmed } from '../../dom.js';
import { api, enc } from '../../api.js';
import { at } from '../../routes.js';
import { sectionShow, orgApi, problem, table } from './frame.js';

export async function spaces(ctx, me) {
  loading();
  const show = sectionShow(me, 'spaces', 'Spaces');
  const org = orgApi(ctx);
  const r = await api('GET', `${org}/spaces`);
  if (!r.ok) return show(failure(r));
  const list = r.data.spaces.map((s) => el('li', { class: 'card row' },
    el('a', { href: `#/admin/spaces/${enc(s.slug)}`, title: `Members of the space ${s.name}` }, s.name), el('span', { class: 'muted' }, s.visibility),
    el('a', { href: at({ org: ctx.org, space: s.slug }, 'standards'), title: `Browse the space ${s.name}` }, 'Browse')));
  const create = form('New space', [field('Name', 'name'), el('label', {}, 'Visibility', el('select', { name: 'visibility' },
    ['open', 'restricted', 'private'].map((v) => el('option', { value: v }, v))))], 'Create space', async (v) => {
    const res = await api('POST', `${org}/spaces`, v);
    if (!res.ok) return problem(res);
    window.dispatchEvent(new Event('rulebook:spaces')); // the header's space switcher lists it
    await spaces(ctx, me);
    return null;
  });
  show(el('p', { class: 'muted' }, 'Open a space to manage its members; Browse shows its content.'),
    list.length ? el('ul', { class: 'plain' }, list) : empty('No spaces yet.'), create);
}

/// A space's own members and their space roles (admin or member).
export async function spaceMembers(ctx, me, space) {
  loading();
  const show = sectionShow(me, 'spaces', `Members of space ${space}`);
  const base = `${orgApi(ctx)}/spaces/${enc(space)}/members`;
  const [r, org] = await Promise.all([api('GET', base), api('GET', `${orgApi(ctx)}/members`)]);
  if (!r.ok) return show(failure(r));
  const rows = r.data.members.map((m) => el('tr', {}, el('td', {}, m.username), el('td', {}, m.role),
    el('td', {}, el('button', { type: 'button', class: 'danger', 'aria-label': `Remove ${m.username} from the space`, on: { click: async () => {
      if (!confirmed(`Remove ${m.username} from this space?`)) return;
      const res = await api('DELETE', `${base}/${m.id}`);
      if (!res.ok) window.alert(problem(res));
      await spaceMembers(ctx, me, space);
    } } }, 'Remove'))));
  const add = form('Add a member', [
    el('label', {}, 'Person', el('select', { name: 'id' }, (org.data?.members ?? []).map((m) => el('option', { value: m.id }, m.username)))),
    el('label', {}, 'Space role', el('select', { name: 'role' }, el('option', { value: 'member' }, 'member'), el('option', { value: 'admin' }, 'admin'))),
  ], 'Add to space', async (v) => {
    const res = await api('PUT', `${base}/${enc(v.id)}`, { role: v.role });
    if (!res.ok) return problem(res);
    await spaceMembers(ctx, me, space);
    return null;
  });
  show(el('p', {}, el('a', { href: '#/admin/spaces' }, 'All spaces')),
    rows.length ? table(['User', 'Space role'], rows, { actions: true }) : empty('No space members: org roles apply.'), add);
}
