// AI help in the standard editor, shown only when the organization has a provider: draft a
// standard from a description, suggest examples for a rule, generate a detector that is kept
// only if it validates on the rule's examples. Before the first call of a browser session the
// author sees exactly what would be sent (the server's dry run: provider, model, URL, the
// instructions and the material) and confirms; nothing is ever saved by these buttons.
import { el, failure } from '../dom.js';
import { api, enc } from '../api.js';
import { spaceApi } from '../routes.js';
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
