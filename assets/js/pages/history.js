// History of an artifact: every version, a diff between any two (unified text per field and
// rule-level added/removed/changed, an edited rule shown once with its words struck and
// inserted), restore of an old version as a new one; and the review of a change proposal
// (accept, or reject with a comment), with its advisory AI reviews.
import { el, form, area, show, loading, failure, empty, confirmDialog } from '../dom.js';
import { api, enc } from '../api.js';
import { spaceApi, at } from '../routes.js';
import { ruleRow, rulesBox, collect } from './standards.js';
import { flashAt } from './artifact.js';
import { findingsBox, gatedWrite } from './findings.js';
import { aiAvailable, reviewsBox } from './ai_help.js';

const base = (ctx, kind, slug) => `${spaceApi(ctx)}/${kind}/${enc(slug)}`;

export function diffView(d) {
  const parts = [];
  const list = (title, items, cls) => items.length ? el('section', {}, el('h3', {}, title),
    el('ul', { class: cls }, items.map((t) => el('li', {}, t)))) : null;
  // An edited rule: its words, removed ones struck (<del>) and added ones marked (<ins>).
  const edited = (d.rules_edited ?? []).map((e) => el('span', { class: 'words', 'aria-label': `${e.before} → ${e.after}` },
    e.words.map((w) => (w.op === 'insert' ? el('ins', {}, w.text) : w.op === 'delete' ? el('del', {}, w.text) : w.text))));
  parts.push(list('Rules added', d.rules_added, 'added'), list('Rules removed', d.rules_removed, 'removed'),
    list('Rules changed', [...edited, ...d.rules_changed], 'changed'));
  for (const f of d.fields) {
    const lines = f.unified.split('\n').map((l) => el('span', {
      class: l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : 'ctx' }, l + '\n'));
    parts.push(el('section', {}, el('h3', {}, f.field), el('pre', { class: 'diff' }, lines)));
  }
  const shown = parts.filter(Boolean);
  return shown.length ? shown : [empty('No differences.')];
}

export async function history(ctx, kind, slug) {
  loading();
  const r = await api('GET', `${base(ctx, kind, slug)}/versions`);
  if (!r.ok) return show(el('h1', {}, 'History'), failure(r));
  const versions = r.data.versions;
  const out = el('div', { class: 'diffout', 'aria-live': 'polite' });
  const pick = (name, checkedIndex) => versions.map((v, i) => el('input', {
    type: 'radio', name, value: v.version, checked: i === checkedIndex, 'aria-label': `${name} version ${v.version}` }));
  const fromRadios = pick('from', Math.min(1, versions.length - 1));
  const toRadios = pick('to', 0);
  const rows = versions.map((v, i) => el('tr', {},
    el('td', {}, fromRadios[i]), el('td', {}, toRadios[i]),
    el('td', {}, `v${v.version}`), el('td', {}, v.author), el('td', {}, v.created_at), el('td', {}, v.message || ''),
    el('td', {}, i === 0 ? '' : el('button', { type: 'button', class: 'secondary', on: { click: async () => {
      if (!await confirmDialog(`Restore version ${v.version}?`, 'Its content becomes a new version; no version is lost.', 'Restore')) return;
      const { error } = await gatedWrite(ctx.org, (q) => api('POST', `${base(ctx, kind, slug)}/versions/${v.version}/restore${q}`, {}));
      if (error) { out.replaceChildren(el('p', { class: 'error', role: 'alert' }, error)); return; }
      await history(ctx, kind, slug);
    } } }, 'Restore'))));
  const compare = async () => {
    const from = document.querySelector('input[name=from]:checked')?.value;
    const to = document.querySelector('input[name=to]:checked')?.value;
    const d = await api('GET', `${base(ctx, kind, slug)}/diff?from=${from}&to=${to}`);
    out.replaceChildren(...(d.ok ? [el('h2', {}, `Changes from v${from} to v${to}`), ...diffView(d.data.diff)] : [failure(d)]));
  };
  show(el('h1', {}, `History of ${slug}`),
    el('table', { class: 'versions' }, el('thead', {}, el('tr', {},
      ['From', 'To', 'Version', 'Author', 'When', 'Message', ''].map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, rows)),
    el('button', { type: 'button', on: { click: compare } }, 'Compare'), out);
  if (versions.length > 1) await compare();
}

/// After an accept: the packages holding the artifact whose latest release lacks the accepted
/// version (`packages_to_release` of the accept answer; absent on older servers → nothing).
export function releaseNotice(ctx, answer) {
  const list = Array.isArray(answer?.packages_to_release) ? answer.packages_to_release : [];
  if (!list.length) return null;
  return el('div', { class: 'notice card', role: 'status' }, el('h2', {}, 'Accepted. Publish a release to ship it'),
    el('ul', {}, list.map((p) => el('li', {}, `Repositories that follow `, el('code', {}, 'latest'), ` of ${p.name ?? p.slug} get this change after a release is published`,
      p.latest_version ? ` (latest release: ${p.latest_version}).` : '.'))),
    el('p', {}, el('a', { href: at(ctx, 'packages') }, 'Open the packages of this space')));
}

/// After an accept: on to the artifact (`target`), which shows the release notice if any.
export function afterAccept(ctx, answer, target) {
  const notice = releaseNotice(ctx, answer);
  if (notice) flashAt(target, notice);
  location.hash = target;
}

export async function proposal(ctx, kind, slug, id) {
  loading();
  const r = await api('GET', `${base(ctx, kind, slug)}/proposals/${enc(id)}`);
  if (!r.ok) return show(el('h1', {}, 'Proposal'), failure(r));
  const p = r.data;
  const decided = p.status !== 'open';
  const findings = findingsBox();
  findings.set(p.findings);
  const accept = el('button', { type: 'button', on: { click: async () => {
    const { res, error } = await gatedWrite(ctx.org, (q) => api('POST', `${base(ctx, kind, slug)}/proposals/${enc(id)}/accept${q}`, {}), findings);
    if (error) { msg.textContent = error; return; }
    afterAccept(ctx, res.data, at(ctx, kind, slug));
  } } }, 'Accept');
  const msg = el('p', { class: 'error', role: 'alert' });
  const reject = form('Reject with a comment', [area('Comment', 'comment', '', { required: true })], 'Reject', async (v) => {
    const res = await api('POST', `${base(ctx, kind, slug)}/proposals/${enc(id)}/reject`, { comment: v.comment });
    if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
    location.hash = at(ctx, kind, slug);
    return null;
  });
  const editAccept = kind !== 'standards' || decided ? null : el('details', {}, el('summary', {}, 'Edit, then accept'), (() => {
    const c = p.content;
    const rules = rulesBox(c.rules);
    return form(null, [
      el('label', {}, 'Name', el('input', { name: 'name', value: c.name, required: true })),
      el('label', {}, 'Description (Markdown)', el('textarea', { name: 'description', value: c.description, rows: 4 })),
      el('label', {}, 'Scope: one glob per line', el('textarea', { name: 'scope', value: c.scope.join('\n'), rows: 2, class: 'code' })),
      rules, el('button', { type: 'button', class: 'secondary', on: { click: () => rules.append(ruleRow()) } }, 'Add rule'),
      el('label', {}, 'Comment', el('input', { name: 'message', required: false })),
    ], 'Accept with my edits', async (_, formEl) => {
      const body = collect(formEl);
      const comment = body.message ?? '';
      delete body.message;
      const { res, error } = await gatedWrite(ctx.org, (q) => api('POST', `${base(ctx, kind, slug)}/proposals/${enc(id)}/accept${q}`, { resolution: body, comment }), findings);
      if (error) return error;
      afterAccept(ctx, res.data, at(ctx, kind, slug));
      return null;
    }, 'card editor');
  })());
  const aiReviews = kind === 'standards' ? await reviewsBox(ctx, slug, p.id, !decided && await aiAvailable(ctx)) : null;
  show(el('h1', {}, `Proposal #${p.id} for ${slug}`),
    el('p', {}, `${p.message || '(no message)'} · by ${p.author} · on version ${p.base_version} · ${p.status}`),
    p.conflict ? el('p', { class: 'error' }, `Conflict: the standard moved on to version ${p.current_version} since this was proposed. Review the changes against the current version below.`) : null,
    el('h2', {}, p.conflict ? 'Changes against the current version' : 'Proposed changes'),
    ...diffView(p.conflict ? p.diff_from_current : p.diff_from_base),
    findings.node, aiReviews,
    decided ? el('p', { class: 'muted' }, `Decided by ${p.decided_by}${p.comment ? `: ${p.comment}` : ''}`)
      : el('div', { class: 'actions' }, accept, msg, reject), editAccept);
}
