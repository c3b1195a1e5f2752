// Change proposals of every kind (standards, commands, skills, subagents).
// - `#/{org}/{space}/proposals`: a space's open proposals, each named by its artifact's name.
// - `#/{org}/{space}/proposals/{id}`: the review of one proposal. An edit of an existing artifact
//   shows the API's diff (against the version it was proposed on, or against the current
//   version when that moved on) and is decided on the artifact's routes; a proposed new
//   artifact shows its content and is decided on the space's routes. Either way: Accept,
//   Edit-then-accept (an editor prefilled with the proposed content) or Reject with a comment.
// Edits of standards are also reviewed on `#/{org}/{space}/standards/{slug}/proposals/{id}`.
import { el, field, area, form, show, loading, failure, empty, markdown, markdownBlock } from '../dom.js';
import { api, enc } from '../api.js';
import { spaceApi, at, plural } from '../routes.js';
import { ruleRow, rulesBox, collect } from './standards.js';
import { diffView, afterAccept } from './history.js';
import { renderedOf } from './artifact.js';
import { findingsBox, gatedWrite } from './findings.js';
import { aiAvailable, reviewsBox } from './ai_help.js';
import { policyTables } from './policies.js';

const sp = spaceApi;
const KIND_LABEL = { standard: 'standard', command: 'command', skill: 'skill', subagent: 'subagent', policy: 'agent policy' };

/// Where a proposal is reviewed.
export function reviewAt(ctx, p) {
  if (!p.new && p.kind === 'standard') return at(ctx, 'standards', p.slug, 'proposals', p.id);
  return at(ctx, 'proposals', p.id);
}

/// The names of the artifacts the proposals are about: `kind/slug` → name. Existing artifacts
/// get their current name (from the lists of their kinds), proposed new ones the proposed name.
export async function proposalNames(ctx, proposals) {
  const names = new Map();
  const kinds = [...new Set(proposals.filter((p) => !p.new).map((p) => p.kind))];
  const lists = await Promise.all(kinds.map((k) => api('GET', `${sp(ctx)}/${k}s?limit=200`)));
  kinds.forEach((k, i) => (lists[i].data?.items ?? []).forEach((a) => names.set(`${k}/${a.slug}`, a.name)));
  const missing = proposals.filter((p) => !names.has(`${p.kind}/${p.slug}`));
  const shown = await Promise.all(missing.map((p) => api('GET', `${sp(ctx)}/proposals/${enc(p.id)}`)));
  missing.forEach((p, i) => { if (shown[i].ok && !names.has(`${p.kind}/${p.slug}`)) names.set(`${p.kind}/${p.slug}`, shown[i].data.content.name); });
  return names;
}

export async function list(ctx) {
  loading();
  const r = await api('GET', `${sp(ctx)}/proposals`);
  if (!r.ok) return show(el('h1', {}, 'Proposals'), failure(r));
  const open = r.data.proposals.filter((p) => p.status === 'open');
  const names = await proposalNames(ctx, open);
  const rows = open.map((p) => el('li', { class: 'card row proposal' },
    el('a', { href: reviewAt(ctx, p) }, el('strong', {}, names.get(`${p.kind}/${p.slug}`) ?? p.slug), ' ',
      el('span', { class: 'muted' }, `${p.new ? 'new ' : ''}${KIND_LABEL[p.kind] ?? p.kind} ${p.slug} · #${p.id}`)),
    el('span', { class: 'muted' }, `${p.message || '(no message)'} · by ${p.author} · ${p.created_at}`),
    p.new || p.conflict ? el('span', {}, p.new ? el('span', { class: 'badge warn' }, 'new') : null,
      p.conflict ? el('span', { class: 'badge warn' }, 'conflict') : null) : null));
  show(el('h1', {}, `Open proposals (${open.length})`),
    el('p', {}, 'Changes proposed by people and agents (over MCP) wait here for a reviewer.'),
    rows.length ? el('ul', { class: 'plain' }, rows) : empty('No open proposals.'));
}

/// The content of a proposed new artifact, as it would be created.
/// `md` holds its Markdown fields as trees (`renderedOf`), or is null (then shown as source).
function contentView(kind, c, md) {
  const parts = [markdownBlock(c.description, md?.description, 'Description')];
  if (kind === 'standard') {
    parts.push(el('p', { class: 'muted' }, c.scope.length ? `Applies to ${c.scope.join(', ')}` : 'Applies to all files'));
    parts.push(el('ol', {}, c.rules.map((r, i) => el('li', {}, md?.rules?.[i] ? markdown(md.rules[i]) : r.text, r.severity ? ` (${r.severity})` : '',
      r.examples.map((e) => el('div', {}, el('span', { class: 'muted' }, `${e.language}: `),
        e.good ? el('pre', { class: 'good' }, e.good) : null, e.bad ? el('pre', { class: 'bad' }, e.bad) : null))))));
    return parts;
  }
  if (kind === 'policy') return [...parts, ...policyTables(c)];
  if (kind === 'subagent') parts.push(el('p', { class: 'muted' }, `Tools: ${(c.tools ?? []).join(', ') || 'all'}${c.model ? ` · model ${c.model}` : ''}`));
  const title = kind === 'command' ? 'Procedure' : 'Instructions';
  if (c.body !== undefined) parts.push(el('h3', {}, title), markdownBlock(c.body, md?.body, title));
  if (kind === 'skill' && c.files?.length) {
    parts.push(el('h3', {}, 'Files'), el('ul', { class: 'tree' }, c.files.map((f) => el('li', {}, el('code', {}, f.path),
      f.executable ? ' (executable)' : '', f.base64 ? ' (binary)' : ''))));
  }
  return parts;
}

/// The fields of an editor prefilled with content `c` of `kind`, and how to read them back
/// into a resolution (the artifact's wire shape).
function editorFields(kind, c) {
  if (kind === 'standard') {
    const rules = rulesBox(c.rules);
    return {
      fields: [
        field('Name', 'name', 'text', { value: c.name }),
        area('Description (Markdown)', 'description', c.description),
        area('Scope: one glob per line', 'scope', c.scope.join('\n'), { class: 'code', rows: 2 }),
        el('h3', {}, 'Rules'), rules,
        el('button', { type: 'button', class: 'secondary', on: { click: () => rules.append(ruleRow()) } }, 'Add rule'),
      ],
      read: (_, f) => { const b = collect(f); delete b.message; return b; },
    };
  }
  if (kind === 'policy') {
    return {
      fields: [field('Name', 'name', 'text', { value: c.name }), area('Description', 'description', c.description, { rows: 2 }),
        el('p', { class: 'muted' }, 'Rules and hooks are kept as proposed; edit them on the policy\'s page after accepting.')],
      read: (v) => ({ name: v.name, description: v.description, permissions: c.permissions ?? [], hooks: c.hooks ?? [] }),
    };
  }
  const fields = [];
  if (kind === 'skill') {
    fields.push(el('p', { class: 'muted' }, 'Name ', el('code', {}, c.name), ' (a skill keeps its name)'));
  } else {
    fields.push(field('Name', 'name', 'text', { value: c.name }));
  }
  fields.push(area('Description', 'description', c.description, { rows: 2 }));
  if (kind === 'subagent') {
    fields.push(field('Tools (comma-separated; empty = all)', 'tools', 'text', { value: (c.tools ?? []).join(', '), required: false }),
      field('Model hint', 'model', 'text', { value: c.model ?? '', required: false }));
  }
  fields.push(area(kind === 'command' ? 'Procedure (Markdown)' : kind === 'skill' ? 'SKILL.md body (Markdown)' : 'Instructions (Markdown)',
    'body', c.body ?? '', { class: 'code', rows: 10 }));
  const files = kind === 'skill' ? c.files ?? [] : [];
  files.forEach((f, i) => fields.push(f.base64
    ? el('p', { class: 'muted' }, el('code', {}, f.path), ' (binary, kept as proposed)')
    : area(`File ${f.path}${f.executable ? ' (executable)' : ''}`, `file:${i}`, f.content, { class: 'code', rows: 6 })));
  return {
    fields,
    read: (v) => {
      const b = { name: kind === 'skill' ? c.name : v.name, description: v.description, body: v.body };
      if (kind === 'subagent') {
        b.tools = v.tools.split(',').map((t) => t.trim()).filter(Boolean);
        b.model = v.model || null;
      }
      if (kind === 'skill') {
        b.compatibility = c.compatibility ?? undefined;
        b.extra = c.extra ?? {};
        b.files = files.map((f, i) => ({ path: f.path, content: f.base64 ? f.content : v[`file:${i}`], base64: f.base64, executable: f.executable }));
      }
      return b;
    },
  };
}

const failed = (res) => res.data?.error?.message ?? `failed (${res.status})`;

export async function review(ctx, id) {
  loading();
  const r = await api('GET', `${sp(ctx)}/proposals/${enc(id)}`);
  if (!r.ok) return show(el('h1', {}, 'Proposal'), failure(r));
  let p = r.data;
  const kind = p.kind;
  const label = KIND_LABEL[kind] ?? kind;
  // Decisions go to the artifact's routes for edits, to the space's for new artifacts.
  const decide = p.new ? `${sp(ctx)}/proposals/${enc(id)}` : `${sp(ctx)}/${plural(kind)}/${enc(p.slug)}/proposals/${enc(id)}`;
  let name = p.content.name;
  let current = null;
  if (!p.new) {
    const [detail, artifact] = await Promise.all([api('GET', decide), api('GET', `${sp(ctx)}/${plural(kind)}/${enc(p.slug)}`)]);
    if (!detail.ok) return show(el('h1', {}, 'Proposal'), failure(detail));
    p = detail.data;
    if (artifact.ok) { current = artifact.data; name = current.content.name; }
  }
  const target = at(ctx, plural(kind), p.slug);
  const decided = p.status !== 'open';

  const msg = el('p', { class: 'error', role: 'alert' });
  // What the content gate finds in the proposed content; accepting may need an acknowledgement.
  const findings = findingsBox();
  findings.set(p.findings);
  const accept = el('button', { type: 'button', class: 'primary', on: { click: async () => {
    msg.textContent = '';
    const { res, error } = await gatedWrite(ctx.org, (q) => api('POST', `${decide}/accept${q}`, {}), findings);
    if (error) { msg.textContent = error; return; }
    afterAccept(ctx, res.data, target);
  } } }, p.new ? `Accept: create this ${label}` : 'Accept');

  const editor = editorFields(kind, p.content);
  const editAccept = el('details', { class: 'card edit-accept' }, el('summary', {}, 'Edit, then accept'),
    form(null, [
      el('p', { class: 'muted' }, `The proposed ${label}, to adjust before accepting it.`),
      ...editor.fields,
      field('Note for the record (optional)', 'review_note', 'text', { required: false }),
    ], 'Accept with my edits', async (v, f) => {
      const body = { resolution: editor.read(v, f), comment: v.review_note ?? '' };
      const { res, error } = await gatedWrite(ctx.org, (q) => api('POST', `${decide}/accept${q}`, body), findings);
      if (error) return error;
      afterAccept(ctx, res.data, target);
      return null;
    }, 'card editor'));

  const reject = form('Reject with a comment', [area('Why it is rejected (the author sees this)', 'comment', '', { required: true, rows: 3 })],
    'Reject', async (v) => {
      const res = await api('POST', `${decide}/reject`, { comment: v.comment });
      if (!res.ok) return failed(res);
      location.hash = p.new ? at(ctx, 'proposals') : target;
      return null;
    }, 'card reject');
  reject.querySelector('button[type=submit]').className = 'secondary danger';

  const heading = p.new ? `Proposal #${p.id}: new ${label} ${name}` : `Proposal #${p.id} for ${label} ${name}`;
  const meta = el('p', {}, `${p.message || '(no message)'} · by ${p.author} · ${p.created_at}`,
    p.new ? '' : ` · on version ${p.base_version}`, ' · ', el('span', { class: `badge first ${decided ? '' : 'warn'}` }, p.status));
  const body = [];
  if (p.new) {
    body.push(el('h2', {}, `The proposed ${label}`), ...contentView(kind, p.content, await renderedOf(p.content)));
  } else {
    body.push(current ? el('p', {}, el('a', { href: target }, `${name} (version ${current.version})`)) : null);
    if (p.conflict && !decided) {
      body.push(el('p', { class: 'error' }, `Conflict: the ${label} moved on to version ${p.current_version} since this was proposed. The changes below are against the current version; accepting replaces it.`));
    }
    const againstCurrent = p.conflict && !decided;
    body.push(el('h2', {}, againstCurrent ? 'Changes against the current version' : 'Proposed changes'),
      ...diffView(againstCurrent ? p.diff_from_current : p.diff_from_base));
  }
  const outcome = decided
    ? el('p', { class: 'muted' }, `${p.status === 'accepted' ? 'Accepted' : 'Rejected'} by ${p.decided_by}`,
      p.accepted_version ? ` as version ${p.accepted_version}` : '', p.comment ? `: ${p.comment}` : '')
    : el('section', { class: 'decide' }, el('h2', {}, 'Decide'), el('div', { class: 'actions' }, accept, msg), editAccept, reject);
  const aiReviews = kind === 'standard' && !p.new ? await reviewsBox(ctx, p.slug, p.id, !decided && await aiAvailable(ctx)) : null;
  show(el('h1', {}, heading), meta, ...body, findings.node, aiReviews, outcome,
    el('p', {}, el('a', { href: at(ctx, 'proposals') }, 'All open proposals of this space')));
}
