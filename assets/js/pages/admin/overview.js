// Admin › Overview (`#/admin`): every section this user may open, with what it holds.
import { el } from '../../dom.js';
import { sectionShow, visibleSections, sectionHref } from './frame.js';

export function overview(ctx, me) {
  const show = sectionShow(me, null, 'Administration');
  show(el('ul', { class: 'grid plain admin-index' }, visibleSections(me).map(([key, title, what]) =>
    el('li', { class: 'card' }, el('h2', {}, el('a', { href: sectionHref(key) }, title)), el('p', { class: 'muted' }, what)))));
}
