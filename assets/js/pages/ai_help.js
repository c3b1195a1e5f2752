// AI help in the standard editor, shown only when the organization has a provider: draft a
// standard from a description, suggest examples for a rule, generate a detector that is kept
// only if it validates on the rule's examples. Before the first call of a browser session the
// author sees exactly what would be sent (the server's dry run: provider, model, URL, the
// instructions and the material) and confirms; nothing is ever saved by these buttons. On a saved
// standard, "Condense with AI" files a proposal; on a proposed edit, an advisory AI review.
import { el, failure, when } from '../dom.js';
import { api, enc } from '../api.js';
import { spaceApi, at } from '../routes.js';
import { DETECTOR_LANGUAGES } from './detectors.js';

const SHOWN = 'rb-ai-payload-shown';

/// Whether the organization has an AI provider (the buttons are hidden otherwise).
export async function aiAvailable(ctx) {
  const r = await api('GET', `/api/v1/orgs/${enc(ctx.org)}/ai/providers`);
  return r.ok && r.data.providers.length > 0;
}

/// The dry run's payload, for a person to read.
function payloadView(p) {
  return el('div', { class: 'payload' },
    el('p', {}, `This goes to ${p.provider} (${p.kind}, model ${p.model}) at `, el('code', {}, p.url || '(the kind\'s default)'), '.'),
    el('h4', {}, 'Instructions'), el('pre', {}, p.system),
    el('h4', {}, 'Material'), el('pre', {}, p.user));
}

/// Calls an AI route; before the session's first call, shows the payload in `box` and waits
/// for "Send". Resolves to the answer, or null when the author cancels.
export async function aiCall(path, body, box) {
  if (!sessionStorage.getItem(SHOWN)) {
    const dry = await api('POST', path, { ...body, dry_run: true });
    if (!dry.ok) { box.replaceChildren(failure(dry)); return null; }
    const go = await new Promise((resolve) => {
      box.replaceChildren(el('section', { class: 'card ai-payload', 'aria-label': 'What will be sent' },
        el('h3', {}, 'Show what will be sent'), payloadView(dry.data.payload),
        el('div', { class: 'actions' },
          el('button', { type: 'button', on: { click: () => resolve(true) } }, 'Send'),
          el('button', { type: 'button', class: 'secondary', on: { click: () => resolve(false) } }, 'Cancel'))));
    });
    if (!go) { box.replaceChildren(); return null; }
    sessionStorage.setItem(SHOWN, '1');
  }
  box.replaceChildren(el('p', { class: 'muted', role: 'status' }, 'Asking the model…'));
  const r = await api('POST', path, body);
  if (!r.ok) { box.replaceChildren(failure(r)); return null; }
  box.replaceChildren();
  return r.data;
}

/// "Draft with AI" on the new-standard page: `use(draft)` opens the editor with it.
export function draftBox(ctx, use) {
  const text = el('textarea', { rows: 4 });
  const source = el('select', { 'aria-label': 'Source' }, ['description', 'documentation', 'code', 'diff'].map((s) => el('option', { value: s }, s)));
  const out = el('div', { 'aria-live': 'polite' });
  return el('details', { class: 'card ai-draft' }, el('summary', {}, 'Draft with AI'),
    el('p', { class: 'muted' }, 'The model drafts; nothing is saved until you create the standard.'),
    el('label', {}, 'Source', source), el('label', {}, 'Material', text),
    el('button', { type: 'button', class: 'secondary', on: { click: async () => {
      const d = await aiCall(`${spaceApi(ctx)}/ai/draft-standard`, { source: source.value, text: text.value }, out);
      if (d) use(d.draft);
    } } }, 'Draft'), out);
}

/// Per rule of a saved standard: suggest examples, generate a detector. `rule()` gives the
/// rule's 1-based number now; `addExample(e)` and `addDetector(d)` put results in the editor.
export function ruleAiBox(ctx, slug, rule, addExample, addDetector, exampleLanguages) {
  const out = el('div', { 'aria-live': 'polite' });
  const exLang = el('select', { 'aria-label': 'Example language' }, exampleLanguages.map((l) => el('option', { value: l, selected: l === 'python' }, l)));
  const detLang = el('select', { 'aria-label': 'Detector language (AI)' }, DETECTOR_LANGUAGES.map((l) => el('option', { value: l, selected: l === 'python' }, l)));
  return el('details', { class: 'ai-rule' }, el('summary', {}, 'AI help (uses the saved version)'),
    el('div', { class: 'actions' }, exLang, el('button', { type: 'button', class: 'secondary small', on: { click: async () => {
      const d = await aiCall(`${spaceApi(ctx)}/ai/suggest-examples`, { standard: slug, rule: rule(), language: exLang.value }, out);
      if (!d) return;
      d.examples.forEach(addExample);
      out.replaceChildren(el('p', { class: 'muted' }, `${d.examples.length} AI-written example(s) added below; review them before saving.`));
    } } }, 'Suggest examples')),
    el('div', { class: 'actions' }, detLang, el('button', { type: 'button', class: 'secondary small', on: { click: async () => {
      const d = await aiCall(`${spaceApi(ctx)}/ai/generate-detector`, { standard: slug, rule: rule(), language: detLang.value }, out);
      if (!d) return;
      if (d.detector) addDetector({ language: d.detector.language, severity: null, yaml: d.detector.yaml });
      out.replaceChildren(el('p', {}, d.detector ? 'An AI-written detector that passes the rule\'s examples was added below.' : 'No attempt passed the rule\'s examples; nothing was added.'),
        el('ol', { class: 'attempts' }, d.attempts.map((a) => el('li', {}, `${a.status}${a.reason ? `: ${a.reason}` : ''}`,
          a.yaml ? el('pre', {}, a.yaml) : null))));
    } } }, 'Generate a detector')),
    out);
}

/// On a saved standard: "Condense with AI" files a shorter version as a change proposal marked
/// AI-written, for agents with a small always-on budget; a reviewer accepts it or not.
export function condenseBox(ctx, slug) {
  const budget = el('input', { type: 'number', min: 200, max: 100000, step: 100, 'aria-label': 'Character budget' });
  const out = el('div', { 'aria-live': 'polite' });
  return el('details', { class: 'card ai-condense' }, el('summary', {}, 'Condense with AI'),
    el('p', { class: 'muted' }, 'The model shortens the description and rules to a character budget (default: half of today\'s). The result is filed as a change proposal; nothing changes until someone accepts it.'),
    el('label', {}, 'Character budget (optional)', budget),
    el('button', { type: 'button', class: 'secondary', on: { click: async () => {
      const body = budget.value ? { max_chars: Number(budget.value) } : {};
      const d = await aiCall(`${spaceApi(ctx)}/standards/${enc(slug)}/ai/condense`, body, out);
      if (!d) return;
      out.replaceChildren(el('p', { role: 'status' }, 'Filed as ',
        el('a', { href: at(ctx, 'standards', slug, 'proposals', d.id) }, `proposal #${d.id}`),
        `: ${d.message}`));
    } } }, 'Propose a condensed version'), out);
}

const VERDICT = { 'looks-good': ['ok', 'looks good'], 'needs-changes': ['warn', 'needs changes'] };

function reviewCard(r) {
  const [cls, words] = VERDICT[r.review?.verdict] ?? ['', String(r.review?.verdict ?? '?')];
  return el('li', { class: 'card ai-review' },
    el('p', {}, el('span', { class: 'badge first' }, 'AI-written'), el('span', { class: `badge first ${cls}` }, words),
      el('span', { class: 'muted' }, `${r.provider} (${r.model}) · asked by ${r.requested_by} · `, when(r.created_at))),
    el('p', {}, r.review?.summary ?? ''),
    (r.review?.concerns ?? []).length ? el('ul', {}, r.review.concerns.map((c) => el('li', {}, c))) : null);
}

/// On a proposed edit of a standard: the AI reviews asked so far (always shown as AI-written,
/// advisory) and, with a provider, "Ask for an AI review".
export async function reviewsBox(ctx, slug, id, withAi) {
  const path = `${spaceApi(ctx)}/standards/${enc(slug)}/proposals/${enc(String(id))}`;
  const r = await api('GET', `${path}/ai-reviews`);
  const list = el('ul', { class: 'plain', 'aria-label': 'AI reviews' }, (r.ok ? r.data.reviews : []).map(reviewCard));
  const out = el('div', { 'aria-live': 'polite' });
  if (!withAi && !list.childNodes.length) return null;
  return el('section', { class: 'ai-reviews' }, el('h2', {}, 'AI review (advisory)'),
    el('p', { class: 'muted' }, 'A model\'s comment on the diff; it decides nothing.'), list,
    withAi ? el('button', { type: 'button', class: 'secondary', on: { click: async () => {
      const d = await aiCall(`${path}/ai-review`, {}, out);
      if (d) list.prepend(reviewCard(d));
    } } }, 'Ask for an AI review') : null, out);
}
