// Standards: a filterable list, and an editor for description, scope globs and rules with
// per-language good/bad examples. Saves use If-Match, so a concurrent edit is refused with
// the server's message instead of being overwritten.
import { el, field, area, form, show, loading, failure, empty, markdown, markdownBlock } from '../dom.js';
import { api, apiIfMatch, enc } from '../api.js';
import { spaceApi, at } from '../routes.js';
import { deleteButton, packagesPanel, takeFlash, flashAt } from './artifact.js';
import { detectorRow, collectDetectors, liveValidation, detectorsView, demotedNotice } from './detectors.js';
import { aiAvailable, draftBox, ruleAiBox, condenseBox } from './ai_help.js';
import { findingsBox, gatedWrite, savedWithFindings } from './findings.js';

export const LANGUAGES = ['bash', 'c', 'cpp', 'csharp', 'css', 'dart', 'dockerfile', 'elixir', 'go', 'groovy',
  'haskell', 'html', 'java', 'javascript', 'json', 'kotlin', 'lua', 'markdown', 'php', 'powershell', 'python',
  'ruby', 'rust', 'scala', 'sql', 'swift', 'terraform', 'typescript', 'vue', 'yaml'];

/// Agent ids, as `rulebook render --agents` knows them.
export const AGENTS = ['agentsmd', 'agentskills', 'amazonq', 'antigravity', 'augment', 'claude', 'cline', 'codex', 'continue',
  'copilot', 'cursor', 'devin', 'gemini', 'gitlab-duo', 'junie', 'kiro', 'opencode', 'qwen', 'roo', 'warp', 'windsurf', 'zed'];

const base = spaceApi;

export async function list(ctx) {
  loading();
  const r = await api('GET', `${base(ctx)}/standards?limit=200`);
  if (!r.ok) return show(el('h1', {}, 'Standards'), failure(r));
  const filter = el('input', { type: 'search', 'aria-label': 'Filter standards', placeholder: 'Filter by name' });
  const rows = el('ul', { class: 'plain' });
  const draw = () => {
    const q = filter.value.toLowerCase();
    const items = r.data.items.filter((s) => !q || s.name.toLowerCase().includes(q) || s.slug.includes(q));
    rows.replaceChildren(...(items.length ? items.map((s) => el('li', { class: 'card row' },
      el('a', { href: at(ctx, 'standards', s.slug) }, s.name), el('span', { class: 'muted' }, `v${s.version}`))) : [empty('No standards yet.')]));
  };
  filter.addEventListener('input', draw);
  draw();
  show(el('div', { class: 'head' }, el('h1', {}, 'Standards'), el('a', { class: 'button', href: at(ctx, 'standards', 'new') }, 'New standard')),
    filter, rows);
}

function exampleRow(ex = { language: 'rust', good: '', bad: '' }) {
  const langs = el('select', { name: 'language', 'aria-label': 'Language' },
    LANGUAGES.map((l) => el('option', { value: l, selected: l === ex.language }, l)));
  const row = el('fieldset', { class: 'example' }, el('legend', {}, 'Example'), el('label', {}, 'Language', langs),
    el('label', {}, 'Good', el('textarea', { class: 'code', name: 'good', rows: 3, value: ex.good, spellcheck: 'false' })),
    el('label', {}, 'Bad', el('textarea', { class: 'code', name: 'bad', rows: 3, value: ex.bad, spellcheck: 'false' })),
    el('button', { type: 'button', class: 'link', on: { click: () => row.remove() } }, 'Remove example'));
  return row;
}

export function ruleRow(rule = { text: '', severity: null, examples: [] }) {
  const examples = el('div', { class: 'examples' }, rule.examples.map(exampleRow));
  const detectors = el('div', { class: 'detectors' }, (rule.detectors ?? []).map((d) => detectorRow(d)));
  const row = el('fieldset', { class: 'rule card' }, el('legend', {}, 'Rule'),
    el('label', {}, 'Rule (one imperative sentence)', el('input', { name: 'rule', value: rule.text, required: true })),
    el('label', {}, 'Severity', el('select', { name: 'severity' },
      el('option', { value: '' }, 'none'), el('option', { value: 'error', selected: rule.severity === 'error' }, 'error'),
      el('option', { value: 'warning', selected: rule.severity === 'warning' }, 'warning'))),
    examples, detectors,
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'secondary', on: { click: () => examples.append(exampleRow()) } }, 'Add example'),
      el('button', { type: 'button', class: 'secondary', on: { click: () => detectors.append(detectorRow()) } }, 'Add detector'),
      el('button', { type: 'button', class: 'link', on: { click: () => row.remove() } }, 'Remove rule')));
  return row;
}

/// Numbers the rule and example cards of an editor ("Rule 1", "Example 2" within its rule).
/// (Only changed labels are written: a write is a mutation, and the observer would loop.)
function renumber(box) {
  const label = (fs, text) => {
    const legend = fs.querySelector(':scope > legend');
    if (legend && legend.textContent !== text) legend.textContent = text;
  };
  [...box.querySelectorAll('fieldset.rule')].forEach((r, i) => {
    label(r, `Rule ${i + 1}`);
    [...r.querySelectorAll('fieldset.example')].forEach((e, j) => label(e, `Example ${j + 1}`));
    [...r.querySelectorAll('fieldset.detector')].forEach((d, j) => label(d, `Detector ${j + 1}`));
  });
}

/// The rule cards of an editor, kept numbered as rules and examples are added or removed.
export function rulesBox(rules) {
  const box = el('div', { class: 'rules' }, rules.map(ruleRow));
  renumber(box);
  new MutationObserver(() => renumber(box)).observe(box, { childList: true, subtree: true });
  return box;
}

export function collect(f) {
  const rules = [...f.querySelectorAll('fieldset.rule')].map((r) => ({
    text: r.querySelector('[name=rule]').value,
    severity: r.querySelector('[name=severity]').value || null,
    examples: [...r.querySelectorAll('fieldset.example')].map((e) => ({
      language: e.querySelector('[name=language]').value,
      good: e.querySelector('[name=good]').value,
      bad: e.querySelector('[name=bad]').value,
    })),
    detectors: collectDetectors(r),
  }));
  const v = Object.fromEntries(new FormData(f).entries());
  return {
    name: v.name, description: v.description,
    scope: v.scope.split('\n').map((s) => s.trim()).filter(Boolean),
    rules, message: v.message || undefined,
  };
}

/// The editor of a new (`slug` null) or saved standard; `initial` fills a new one (an AI draft).
export async function edit(ctx, slug, initial = null) {
  loading();
  let current = initial ?? { name: '', description: '', scope: [], rules: [{ text: '', severity: null, examples: [] }] };
  let etag = null;
  if (slug) {
    const r = await api('GET', `${base(ctx)}/standards/${enc(slug)}`);
    if (!r.ok) return show(el('h1', {}, 'Standard'), failure(r));
    current = r.data.content;
    etag = r.etag;
  }
  const rules = rulesBox(current.rules);
  const preview = el('div', { class: 'preview', 'aria-live': 'polite' });
  const findings = findingsBox();
  const agent = el('select', { 'aria-label': 'Agent to preview' }, AGENTS.map((a) => el('option', { value: a, selected: a === 'claude' }, a)));
  const previewButton = el('button', { type: 'button', class: 'secondary', on: { click: async () => {
    const body = collect(f);
    delete body.message;
    const r = await api('POST', `/api/v1/orgs/${enc(ctx.org)}/preview`, { kind: 'standard', agents: [agent.value], slug: slug ?? undefined, content: body });
    if (!r.ok) { preview.replaceChildren(failure(r)); return; }
    findings.set(r.data.findings);
    preview.replaceChildren(...r.data.files.map((file) => el('section', {}, el('h3', {}, el('code', {}, file.path), el('span', { class: 'muted' },
      ` ${file.bytes} bytes, ~${file.tokens} tokens${file.section ? ', Rulebook\'s section of a shared file' : ''}`)), el('pre', {}, file.text))),
    ...r.data.notes.map((n) => el('p', { class: 'muted' }, n)));
  } } }, 'Preview');
  const f = form(null, [
    field('Name', 'name', 'text', { value: current.name }),
    area('Description (Markdown)', 'description', current.description),
    area('Scope: one glob per line (empty = all files)', 'scope', current.scope.join('\n'), { class: 'code', rows: 3 }),
    el('h2', {}, 'Rules'), rules,
    el('button', { type: 'button', class: 'secondary', on: { click: () => rules.append(ruleRow()) } }, 'Add rule'),
    field('Change message', 'message', 'text', { required: false, placeholder: 'What changed and why' }),
    findings.node,
    // The preview sits above the buttons, so the primary action is the last thing of the page.
    el('section', { class: 'card preview-box' }, el('h2', {}, 'What an agent receives'), el('div', { class: 'actions' }, agent, previewButton), preview),
  ], slug ? 'Save new version' : 'Create standard', async (_, formEl) => {
    const body = collect(formEl);
    const { res: r, error } = await gatedWrite(ctx.org, (q) => (slug
      ? apiIfMatch('PUT', `${base(ctx)}/standards/${enc(slug)}${q}`, etag, body)
      : api('POST', `${base(ctx)}/standards${q}`, body)), findings);
    if (error) return error;
    savedWithFindings(at(ctx, 'standards', r.data.slug), r.data.findings);
    const demoted = demotedNotice(r.data.demoted);
    if (demoted) flashAt(at(ctx, 'standards', r.data.slug), demoted);
    location.hash = at(ctx, 'standards', r.data.slug);
    return null;
  }, 'card editor');
  liveValidation(ctx, f, () => collect(f)).run();
  const withAi = await aiAvailable(ctx);
  if (withAi && slug) {
    const ruleSets = () => [...f.querySelectorAll('fieldset.rule')];
    ruleSets().forEach((rf) => rf.querySelector(':scope > .actions').before(ruleAiBox(ctx, slug, () => ruleSets().indexOf(rf) + 1,
      (e) => rf.querySelector('.examples').append(exampleRow({ language: e.language, good: e.good, bad: e.bad })),
      (d) => { rf.querySelector('.detectors').append(detectorRow(d)); f.dispatchEvent(new Event('input')); },
      LANGUAGES)));
  }
  const draft = withAi && !slug && !initial ? draftBox(ctx, (d) => edit(ctx, null, { name: d.name, description: d.description, scope: d.scope ?? [],
    rules: (d.rules ?? []).map((r) => ({ text: r.text, severity: r.severity ?? null, examples: r.examples ?? [] })) })) : null;
  show(el('h1', {}, slug ? `Edit ${current.name}` : 'New standard'), initial ? el('p', { class: 'card notice' }, 'An AI-written draft: review every field before you create it.') : null,
    slug ? null : templatePicker(ctx), draft, f);
}

/// "Start from a template" on the new-standard page: the starter templates, each with a
/// preview, copied into the space as a new standard that then opens.
function templatePicker(ctx) {
  const list = el('ul', { class: 'plain templates' }, el('li', { class: 'muted' }, 'Loading templates…'));
  const box = el('details', { class: 'card templates' }, el('summary', {}, 'Start from a template'), list);
  let loaded = false;
  box.addEventListener('toggle', async () => {
    if (!box.open || loaded) return;
    loaded = true;
    const r = await api('GET', '/api/v1/templates');
    if (!r.ok) { list.replaceChildren(el('li', {}, failure(r))); return; }
    list.replaceChildren(...r.data.items.map((t) => {
      const status = el('p', { class: 'error', role: 'alert' });
      const preview = el('div', { class: 'template-preview' });
      const previewButton = el('button', { type: 'button', class: 'secondary small', 'aria-expanded': 'false', 'aria-label': `Preview ${t.name}`, on: { click: async () => {
        if (preview.childElementCount) { preview.replaceChildren(); previewButton.setAttribute('aria-expanded', 'false'); return; }
        const d = await api('GET', `/api/v1/templates/${enc(t.slug)}`);
        if (!d.ok) { preview.replaceChildren(failure(d)); return; }
        const c = d.data.content;
        previewButton.setAttribute('aria-expanded', 'true');
        preview.replaceChildren(el('pre', { class: 'prose' }, c.description),
          el('ol', {}, c.rules.map((rule) => el('li', {}, rule.text))));
      } } }, 'Preview');
      const use = el('button', { type: 'button', class: 'small', 'aria-label': `Use ${t.name}`, on: { click: async () => {
        status.textContent = '';
        use.disabled = true;
        const res = await api('POST', `${base(ctx)}/templates/${enc(t.slug)}`, {});
        use.disabled = false;
        if (!res.ok) { status.textContent = res.data?.error?.message ?? `failed (${res.status})`; return; }
        location.hash = at(ctx, 'standards', res.data.slug);
      } } }, 'Use this template');
      return el('li', { class: 'card' }, el('div', { class: 'row' }, el('strong', {}, t.name),
        el('span', { class: 'muted' }, `${t.rules} rule${t.rules === 1 ? '' : 's'}${t.tags.length ? ` · ${t.tags.join(', ')}` : ''}`),
        previewButton, use), status, preview);
    }));
  });
  return box;
}

export async function view(ctx, slug) {
  loading();
  const [r, props, withAi] = await Promise.all([
    api('GET', `${base(ctx)}/standards/${enc(slug)}?render=markdown`),
    api('GET', `${base(ctx)}/standards/${enc(slug)}/proposals`),
    aiAvailable(ctx),
  ]);
  if (!r.ok) return show(el('h1', {}, 'Standard'), failure(r));
  const s = r.data.content;
  const md = r.data.rendered ?? {};
  const rules = s.rules.map((rule, i) => el('li', { class: 'card' }, el('p', { class: 'rule-label muted' }, `Rule ${i + 1}`),
    el('div', { class: 'rule-text' }, md.rules?.[i] ? markdown(md.rules[i]) : el('strong', {}, rule.text),
      rule.severity ? el('span', { class: `badge ${rule.severity}` }, rule.severity) : null),
  rule.examples.map((e, j) => el('div', { class: 'pair', 'aria-label': `Example ${j + 1}` },
    e.good ? el('figure', {}, el('figcaption', {}, `Example ${j + 1}: good (${e.language})`), el('pre', { class: 'good' }, el('code', {}, e.good))) : null,
    e.bad ? el('figure', {}, el('figcaption', {}, `Example ${j + 1}: bad (${e.language})`), el('pre', { class: 'bad' }, el('code', {}, e.bad))) : null)),
  detectorsView(rule, i, r.data.detectors)));
  const open = (props.data?.proposals ?? []).filter((p) => p.status === 'open');
  const status = el('p', { class: 'error', role: 'alert' });
  show(el('div', { class: 'head' }, el('h1', {}, s.name),
    el('a', { class: 'button', href: at(ctx, 'standards', slug, 'edit') }, 'Edit'),
    el('a', { class: 'button secondary', href: at(ctx, 'standards', slug, 'history') }, 'History'),
    deleteButton(ctx, 'standards', slug, s.name, status)),
  takeFlash(), status,
  el('p', { class: 'muted' }, `Version ${r.data.version} · ${s.scope.length ? `applies to ${s.scope.join(', ')}` : 'applies to all files'}`),
  packagesPanel(ctx, 'standard', slug),
  markdownBlock(s.description, md.description, 'Description'),
  el('h2', {}, `Rules (${s.rules.length})`), el('ol', { class: 'plain rule-cards' }, rules),
  open.length ? el('section', {}, el('h2', {}, `Open change proposals (${open.length})`), el('ul', { class: 'plain' },
    open.map((p) => el('li', { class: 'card row' }, el('a', { href: at(ctx, 'standards', slug, 'proposals', p.id) }, `#${p.id} ${p.message || '(no message)'}`),
      el('span', { class: 'muted' }, `by ${p.author}${p.conflict ? ' · conflict' : ''}`))))) : null,
  withAi ? condenseBox(ctx, slug) : null);
}
