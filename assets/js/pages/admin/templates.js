// Admin › Templates: the starter standards shipped in the binary. Each opens to a preview of
// its rules, and copies into a chosen space as a new standard that is then edited like any other.
import { el, field, form, loading, failure, empty } from '../../dom.js';
import { api, enc } from '../../api.js';
import { at } from '../../routes.js';
import { sectionShow, orgApi, problem } from './frame.js';

/// The template's description and rules, fetched when it is first opened, and the copy form.
function opener(ctx, spaces, t) {
  const box = el('div', {}, el('p', { class: 'muted', role: 'status' }, 'Loading…'));
  let loaded = false;
  const details = el('details', { on: { toggle: async () => {
    if (loaded || !details.open) return;
    loaded = true;
    const r = await api('GET', `/api/v1/templates/${enc(t.slug)}`);
    if (!r.ok) { box.replaceChildren(failure(r)); return; }
    const c = r.data.content;
    box.replaceChildren(el('pre', { class: 'prose' }, c.description),
      el('ol', {}, c.rules.map((rule) => el('li', {}, rule.text))));
  } } }, el('summary', {}, `Preview and use ${t.name}`), box, ...copyForm(ctx, spaces, t));
  return details;
}

/// "Create a standard from this template in space X".
function copyForm(ctx, spaces, t) {
  const done = el('p', { 'aria-live': 'polite' });
  const f = form(`Use ${t.name} in a space`, [
    el('label', {}, 'Space', el('select', { name: 'space' }, spaces.map((s) => el('option', { value: s.slug, selected: s.slug === ctx.space }, s.name)))),
    field('Slug (empty = the template\'s)', 'slug', 'text', { required: false, placeholder: t.slug }),
  ], 'Create standard', async (v) => {
    done.replaceChildren();
    const body = v.slug ? { slug: v.slug } : {};
    const r = await api('POST', `${orgApi(ctx)}/spaces/${enc(v.space)}/templates/${enc(t.slug)}`, body);
    if (!r.ok) return problem(r);
    done.replaceChildren('Created: ', el('a', { href: at({ org: ctx.org, space: v.space }, 'standards', r.data.slug) }, `${r.data.content.name} in ${v.space}`));
    return null;
  }, 'compact');
  return [f, done];
}

export async function templates(ctx, me) {
  loading();
  const show = sectionShow(me, 'templates', 'Templates');
  const [r, s] = await Promise.all([api('GET', '/api/v1/templates'), api('GET', `${orgApi(ctx)}/spaces`)]);
  if (!r.ok) return show(failure(r));
  if (!s.ok) return show(failure(s));
  const items = r.data.items.map((t) => el('li', { class: 'card template' },
    el('h2', {}, t.name, el('span', { class: 'muted' }, ` (${t.slug})`)), el('p', { class: 'muted' }, `${t.rules} rule(s)`, t.scope.length ? ` · applies to ${t.scope.join(', ')}` : ' · applies everywhere',
      t.tags.map((g) => el('span', { class: 'badge' }, g))),
    opener(ctx, s.data.spaces, t)));
  show(el('p', { class: 'muted' }, 'A copy is a new standard of its own: later changes to the template do not reach it.'),
    items.length ? el('ul', { class: 'plain' }, items) : empty('No templates.'));
}
