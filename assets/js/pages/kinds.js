// Commands, subagents and skills: lists, a simple editor for commands and subagents, and for
// skills the file list, upload of a zip/tar or a whole folder, and download as zip. An artifact's
// open change proposals are listed on its page (with a count) and reviewed on the space's
// proposal page (`#/{org}/{space}/proposals/{id}`, in proposals.js).
import { el, field, area, form, show, loading, failure, empty, markdownBlock } from '../dom.js';
import { api, apiIfMatch, enc } from '../api.js';
import { spaceApi, at } from '../routes.js';
import { deleteButton, packagesPanel, takeFlash } from './artifact.js';
import { findingsBox, gatedWrite, savedWithFindings } from './findings.js';

const base = spaceApi;
const TITLES = { commands: 'Commands', subagents: 'Subagents', skills: 'Skills' };

export async function list(ctx, kind) {
  loading();
  const [r, props] = await Promise.all([api('GET', `${base(ctx)}/${kind}?limit=200`), api('GET', `${base(ctx)}/proposals`)]);
  if (!r.ok) return show(el('h1', {}, TITLES[kind]), failure(r));
  const openCount = new Map();
  for (const p of props.data?.proposals ?? []) {
    if (p.status === 'open' && !p.new && `${p.kind}s` === kind) openCount.set(p.slug, (openCount.get(p.slug) ?? 0) + 1);
  }
  const action = kind === 'skills'
    ? el('a', { class: 'button', href: at(ctx, 'skills', 'upload') }, 'Upload a skill')
    : el('a', { class: 'button', href: at(ctx, kind, 'new') }, kind === 'commands' ? 'New command' : 'New subagent');
  show(el('div', { class: 'head' }, el('h1', {}, TITLES[kind]), action),
    r.data.items.length ? el('ul', { class: 'plain' }, r.data.items.map((a) => el('li', { class: 'card row' },
      el('a', { href: at(ctx, kind, a.slug) }, a.name),
      el('span', { class: 'muted' }, `v${a.version}`, openCount.get(a.slug)
        ? el('span', { class: 'badge warn' }, `${openCount.get(a.slug)} open proposal${openCount.get(a.slug) === 1 ? '' : 's'}`) : null))))
      : empty(`No ${kind} yet.`));
}

export async function edit(ctx, kind, slug) {
  loading();
  let c = { name: '', description: '', body: '', tools: [], model: null };
  let etag = null;
  if (slug) {
    const r = await api('GET', `${base(ctx)}/${kind}/${enc(slug)}`);
    if (!r.ok) return show(el('h1', {}, TITLES[kind]), failure(r));
    c = r.data.content;
    etag = r.etag;
  }
  const fields = [
    field('Name', 'name', 'text', { value: c.name }),
    area('Description', 'description', c.description, { rows: 2 }),
  ];
  if (kind === 'subagents') {
    fields.push(field('Tools (comma-separated; empty = all)', 'tools', 'text', { value: (c.tools ?? []).join(', '), required: false }),
      field('Model hint', 'model', 'text', { value: c.model ?? '', required: false }));
  }
  fields.push(area(kind === 'commands' ? 'Procedure (Markdown; $ARGUMENTS is replaced by what follows the command)' : 'Instructions (Markdown)',
    'body', c.body, { class: 'code', rows: 12 }), field('Change message', 'message', 'text', { required: false }));
  const findings = findingsBox();
  fields.push(findings.node);
  show(el('h1', {}, slug ? `Edit ${c.name}` : `New ${kind.slice(0, -1)}`), form(null, fields, slug ? 'Save new version' : 'Create', async (v) => {
    const body = { name: v.name, description: v.description, body: v.body, message: v.message || undefined };
    if (kind === 'subagents') {
      body.tools = v.tools.split(',').map((t) => t.trim()).filter(Boolean);
      body.model = v.model || null;
    }
    const { res: r, error } = await gatedWrite(ctx.org, (q) => (slug
      ? apiIfMatch('PUT', `${base(ctx)}/${kind}/${enc(slug)}${q}`, etag, body)
      : api('POST', `${base(ctx)}/${kind}${q}`, body)), findings);
    if (error) return error;
    savedWithFindings(at(ctx, kind, r.data.slug), r.data.findings);
    location.hash = at(ctx, kind, r.data.slug);
    return null;
  }, 'card editor'));
}

export async function view(ctx, kind, slug) {
  loading();
  const [r, props] = await Promise.all([
    api('GET', `${base(ctx)}/${kind}/${enc(slug)}?render=markdown`),
    api('GET', `${base(ctx)}/${kind}/${enc(slug)}/proposals`),
  ]);
  if (!r.ok) return show(el('h1', {}, TITLES[kind]), failure(r));
  const c = r.data.content;
  const md = r.data.rendered ?? {};
  const status = el('p', { class: 'error', role: 'alert' });
  const open = (props.data?.proposals ?? []).filter((p) => p.status === 'open');
  const proposals = open.length ? el('section', { class: 'proposals', 'aria-labelledby': 'open-proposals' },
    el('h2', { id: 'open-proposals' }, `Open proposals (${open.length})`),
    el('ul', { class: 'plain' }, open.map((p) => el('li', { class: 'card row' },
      el('a', { href: at(ctx, 'proposals', p.id) }, `#${p.id} ${p.message || '(no message)'}`),
      el('span', { class: 'muted' }, `by ${p.author} · ${p.created_at}`, p.conflict ? el('span', { class: 'badge warn' }, 'conflict') : null)))))
    : null;
  const actions = [el('a', { class: 'button secondary', href: at(ctx, kind, slug, 'history') }, 'History')];
  if (kind === 'skills') {
    actions.unshift(el('a', { class: 'button', href: `${base(ctx)}/skills/${enc(slug)}/archive`, download: `${slug}.zip` }, 'Download zip'),
      el('a', { class: 'button secondary', href: at(ctx, 'skills', slug, 'edit') }, 'Edit'));
  } else {
    actions.unshift(el('a', { class: 'button', href: at(ctx, kind, slug, 'edit') }, 'Edit'));
  }
  actions.push(deleteButton(ctx, kind, slug, c.name, status));
  const extra = kind === 'skills'
    ? [el('h2', {}, 'Files'), el('ul', { class: 'tree' }, el('li', {}, el('code', {}, 'SKILL.md')),
      (c.files ?? []).map((f) => el('li', {}, el('code', {}, f.path), f.executable ? ' (executable)' : '', f.base64 ? ' (binary)' : '')))]
    : kind === 'subagents' ? [el('p', { class: 'muted' }, `Tools: ${(c.tools ?? []).join(', ') || 'all'}${c.model ? ` · model ${c.model}` : ''}`)] : [];
  show(el('div', { class: 'head' }, el('h1', {}, c.name), ...actions), takeFlash(), status,
    el('p', { class: 'muted' }, `Version ${r.data.version}`), packagesPanel(ctx, kind.slice(0, -1), slug),
    proposals, markdownBlock(c.description, md.description, 'Description'), ...extra,
    el('h2', {}, kind === 'commands' ? 'Procedure' : 'Instructions'), markdownBlock(c.body, md.body, kind === 'commands' ? 'Procedure' : 'Instructions'));
}

/// Bytes to base64 (for binary files of a folder upload).
function b64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function upload(ctx) {
  const status = el('p', { role: 'status', 'aria-live': 'polite' });
  const findings = findingsBox();
  const done = async (send) => {
    const { res: r, error } = await gatedWrite(ctx.org, send, findings);
    if (error) { status.className = 'error'; status.textContent = error; return; }
    savedWithFindings(at(ctx, 'skills', r.data.slug), r.data.findings);
    location.hash = at(ctx, 'skills', r.data.slug);
  };
  const archive = el('input', { type: 'file', id: 'archive', accept: '.zip,.tar,.tgz,.tar.gz,application/zip,application/gzip' });
  const folder = el('input', { type: 'file', id: 'folder', webkitdirectory: true, multiple: true });
  archive.addEventListener('change', async () => {
    const file = archive.files[0];
    if (!file) return;
    status.className = ''; status.textContent = 'Uploading…';
    const token = (await api('GET', '/api/v1/auth/me')).data?.csrf_token;
    const bytes = await file.arrayBuffer();
    await done(async (q) => {
      const res = await fetch(`${base(ctx)}/skill-uploads${q}`, { method: 'POST', body: bytes, credentials: 'same-origin',
        headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-CSRF-Token': token } });
      return { ok: res.ok, status: res.status, data: await res.json().catch(() => null) };
    });
  });
  folder.addEventListener('change', async () => {
    const files = [...folder.files];
    const skillMd = files.find((f) => f.webkitRelativePath.split('/').slice(1).join('/') === 'SKILL.md');
    if (!skillMd) { status.className = 'error'; status.textContent = 'The folder has no SKILL.md at its top.'; return; }
    const text = await skillMd.text();
    const front = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/);
    const get = (k) => front?.[1].match(new RegExp(`^${k}:\\s*(.*)$`, 'm'))?.[1].replace(/^["']|["']$/g, '') ?? '';
    const out = [];
    for (const f of files) {
      const rel = f.webkitRelativePath.split('/').slice(1).join('/');
      if (rel === 'SKILL.md' || rel.startsWith('__MACOSX/') || rel.endsWith('.DS_Store')) continue;
      const bytes = new Uint8Array(await f.arrayBuffer());
      let content; let base64 = false;
      try { content = new TextDecoder('utf-8', { fatal: true }).decode(bytes); if (content.includes('\0')) throw new Error(); } catch { content = b64(bytes); base64 = true; }
      out.push({ path: rel, content, base64, executable: rel.endsWith('.sh') });
    }
    const body = { name: get('name'), description: get('description'), body: front?.[2] ?? '', files: out };
    await done((q) => api('POST', `${base(ctx)}/skills${q}`, body));
  });
  show(el('h1', {}, 'Upload a skill'),
    el('p', {}, 'A skill is a folder with a SKILL.md (name and description in its frontmatter) and any files it needs.'),
    el('div', { class: 'card' }, el('label', { for: 'archive' }, 'A zip, tar or tar.gz of the skill folder'), archive),
    el('div', { class: 'card' }, el('label', { for: 'folder' }, 'Or the folder itself'), folder),
    status, findings.node);
}

/// The skill's SKILL.md text and its text files, edited in place (binary files are kept).
export async function editSkill(ctx, slug) {
  loading();
  const r = await api('GET', `${base(ctx)}/skills/${enc(slug)}`);
  if (!r.ok) return show(el('h1', {}, 'Skill'), failure(r));
  const c = r.data.content;
  const files = c.files ?? [];
  const fields = [
    area('Description (1-1024 characters)', 'description', c.description, { rows: 2 }),
    area('SKILL.md body (Markdown)', 'body', c.body, { class: 'code', rows: 10 }),
    ...files.map((f, i) => f.base64
      ? el('p', { class: 'muted' }, el('code', {}, f.path), ' (binary, kept as it is)')
      : area(`${f.path}${f.executable ? ' (executable)' : ''}`, `file:${i}`, f.content, { class: 'code', rows: 6 })),
    field('Change message', 'message', 'text', { required: false }),
  ];
  const findings = findingsBox();
  fields.push(findings.node);
  show(el('h1', {}, `Edit skill ${slug}`), form(null, fields, 'Save new version', async (v) => {
    const body = {
      name: c.name, description: v.description, body: v.body, compatibility: c.compatibility ?? undefined,
      extra: c.extra ?? {}, message: v.message || undefined,
      files: files.map((f, i) => ({ path: f.path, content: f.base64 ? f.content : v[`file:${i}`], base64: f.base64, executable: f.executable })),
    };
    const { res, error } = await gatedWrite(ctx.org, (q) => apiIfMatch('PUT', `${base(ctx)}/skills/${enc(slug)}${q}`, r.etag, body), findings);
    if (error) return error;
    savedWithFindings(at(ctx, 'skills', slug), res.data.findings);
    location.hash = at(ctx, 'skills', slug);
    return null;
  }, 'card editor'));
}
