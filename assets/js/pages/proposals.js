// A space's open change proposals, of every kind (`#/{org}/{space}/proposals`), and the review of a
// proposal for an artifact that does not exist yet (`#/{org}/{space}/proposals/{id}`: an agent's create_standard, say):
// accept creates it, reject needs a comment. Edits of existing standards are reviewed on their
// own page, with the diff.
import { el, area, form, show, loading, failure, empty } from '../dom.js';
import { api, enc } from '../api.js';
import { spaceApi, at } from '../routes.js';

const sp = spaceApi;

function link(ctx, p) {
  if (p.new) return at(ctx, 'proposals', p.id);
  if (p.kind === 'standard') return at(ctx, 'standards', p.slug, 'proposals', p.id);
  return at(ctx, `${p.kind}s`, p.slug);
}

export async function list(ctx) {
  loading();
  const r = await api('GET', `${sp(ctx)}/proposals`);
  if (!r.ok) return show(el('h1', {}, 'Proposals'), failure(r));
  const rows = r.data.proposals.map((p) => el('li', { class: 'card row' },
    el('a', { href: link(ctx, p) }, `#${p.id} ${p.new ? 'new ' : ''}${p.kind} ${p.slug}`),
    el('span', { class: 'muted' }, `${p.message || '(no message)'} · by ${p.author} · ${p.created_at}`),
    p.new ? el('span', { class: 'badge warn' }, 'new') : null,
    p.conflict ? el('span', { class: 'badge warn' }, 'conflict') : null));
  show(el('h1', {}, 'Open proposals'),
    el('p', {}, 'Changes proposed by people and agents (over MCP) wait here for a reviewer.'),
    rows.length ? el('ul', { class: 'plain' }, rows) : empty('No open proposals.'));
}

function contentView(kind, c) {
  const parts = [el('p', {}, c.description)];
  if (kind === 'standard') {
    parts.push(el('p', { class: 'muted' }, c.scope.length ? `Applies to ${c.scope.join(', ')}` : 'Applies to all files'));
    parts.push(el('ol', {}, c.rules.map((r) => el('li', {}, r.text, r.severity ? ` (${r.severity})` : '',
      r.examples.map((e) => el('div', {}, el('span', { class: 'muted' }, `${e.language}: `),
        e.good ? el('pre', { class: 'good' }, e.good) : null, e.bad ? el('pre', { class: 'bad' }, e.bad) : null))))));
  } else if (c.body !== undefined) {
    parts.push(el('pre', {}, c.body));
  }
  return parts;
}

export async function review(ctx, id) {
  loading();
  const r = await api('GET', `${sp(ctx)}/proposals/${enc(id)}`);
  if (!r.ok) return show(el('h1', {}, 'Proposal'), failure(r));
  const p = r.data;
  const msg = el('p', { class: 'error', role: 'alert' });
  const target = at(ctx, `${p.kind}s`, p.slug);
  const accept = el('button', { type: 'button', on: { click: async () => {
    const res = await api('POST', `${sp(ctx)}/proposals/${enc(id)}/accept`, {});
    if (!res.ok) { msg.textContent = res.data?.error?.message ?? `failed (${res.status})`; return; }
    location.hash = target;
  } } }, `Accept: create this ${p.kind}`);
  const reject = form('Reject with a comment', [area('Comment', 'comment', '', { required: true })], 'Reject', async (v) => {
    const res = await api('POST', `${sp(ctx)}/proposals/${enc(id)}/reject`, { comment: v.comment });
    if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
    location.hash = at(ctx, 'proposals');
    return null;
  });
  show(el('h1', {}, `Proposal #${p.id}: new ${p.kind} ${p.slug}`),
    el('p', {}, `${p.message || '(no message)'} · by ${p.author} · ${p.created_at} · ${p.status}`),
    el('h2', {}, p.content.name), ...contentView(p.kind, p.content),
    p.status !== 'open' ? el('p', { class: 'muted' }, `Decided by ${p.decided_by}${p.comment ? `: ${p.comment}` : ''}`)
      : el('div', { class: 'actions' }, accept, msg, reject));
}
