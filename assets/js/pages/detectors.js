// Detectors: the linter's declarative checks (an ast-grep rule or a regex, never code) beside a
// rule's examples. In the editor each detector has its language, severity and YAML, a status
// that follows the examples as you type (active only when it flags every bad example of its
// language and no good one; POST /lint validates the standard as the editor holds it), and a
// scratch snippet to try it on. On the standard's page each detector shows its status and
// which example matched where.
import { el, failure } from '../dom.js';
import { api, enc } from '../api.js';

export const DETECTOR_LANGUAGES = ['typescript', 'tsx', 'javascript', 'python', 'java', 'go', 'rust', 'csharp'];

const STARTER = 'rule:\n  pattern: console.log($$$ARGS)\n';

function statusBadge(v) {
  if (!v) return el('span', { class: 'badge' }, 'not checked');
  return el('span', { class: `badge ${v.status === 'active' ? 'ok' : 'warn'}` }, v.status);
}

/// The example checks of one validation, as a list a screen reader reads in order.
export function checksList(v) {
  if (!v) return null;
  return el('ul', { class: 'plain checks' },
    v.reason ? el('li', { class: 'muted' }, v.reason) : null,
    v.checks.map((c) => el('li', { class: c.passed ? 'ok' : 'error' },
      `${c.passed ? '✓' : '✗'} ${c.side} example ${c.example}: `,
      c.lines.length ? `flagged on line ${c.lines.join(', ')}` : 'not flagged')));
}

/// One detector's fieldset in the editor.
export function detectorRow(d = { language: 'typescript', severity: null, yaml: STARTER }) {
  const status = el('div', { class: 'detector-status', 'aria-live': 'polite' }, statusBadge(null));
  const code = el('textarea', { class: 'code', rows: 4, 'aria-label': 'Snippet', spellcheck: 'false' });
  const path = el('input', { type: 'text', 'aria-label': 'Path (optional)', placeholder: 'path (optional), e.g. src/app.ts' });
  const found = el('div', { class: 'snippet-findings', 'aria-live': 'polite' });
  const row = el('fieldset', { class: 'detector' }, el('legend', {}, 'Detector'),
    el('label', {}, 'Detector language', el('select', { name: 'detector-language' },
      DETECTOR_LANGUAGES.map((l) => el('option', { value: l, selected: l === d.language }, l)))),
    el('label', {}, 'Detector severity', el('select', { name: 'detector-severity' },
      el('option', { value: '' }, "the rule's"),
      ['error', 'warning', 'info'].map((s) => el('option', { value: s, selected: s === d.severity }, s)))),
    el('label', {}, 'Detector (ast-grep rule or regex, YAML)',
      el('textarea', { class: 'code', name: 'detector-yaml', rows: 5, value: d.yaml, spellcheck: 'false' })),
    status,
    el('details', { class: 'snippet' }, el('summary', {}, 'Try on a snippet'), code, path,
      el('button', { type: 'button', class: 'secondary small', on: { click: async () => {
        found.replaceChildren(el('span', { class: 'muted' }, 'Running…'));
        const run = row.closest('form')?.runSnippet;
        if (run) found.replaceChildren(...await run(row, code.value, path.value.trim() || undefined));
      } } }, 'Run on snippet'), found),
    el('button', { type: 'button', class: 'link', on: { click: () => row.remove() } }, 'Remove detector'));
  row.setStatus = (v) => status.replaceChildren(statusBadge(v), checksList(v));
  return row;
}

/// A rule's detectors as the API takes them.
export function collectDetectors(ruleFieldset) {
  return [...ruleFieldset.querySelectorAll('fieldset.detector')].map((d) => ({
    language: d.querySelector('[name=detector-language]').value,
    severity: d.querySelector('[name=detector-severity]').value || null,
    yaml: d.querySelector('[name=detector-yaml]').value,
  }));
}

/// Keeps every detector's status in step with the editor: validates on demand and, debounced,
/// after each edit of a rule. `body()` returns the standard as the form holds it.
export function liveValidation(ctx, form, body) {
  let timer = null;
  let seq = 0;
  const run = async () => {
    const rules = [...form.querySelectorAll('fieldset.rule')];
    if (!rules.some((r) => r.querySelector('fieldset.detector'))) return;
    const mine = ++seq;
    const content = body();
    delete content.message;
    const r = await api('POST', `/api/v1/orgs/${enc(ctx.org)}/lint`, { content });
    if (mine !== seq) return; // a newer edit is being checked
    rules.forEach((rf, i) => [...rf.querySelectorAll('fieldset.detector')].forEach((df, k) => {
      if (!r.ok) { df.setStatus?.({ status: 'draft', reason: r.data?.error?.message ?? `failed (${r.status})`, checks: [] }); return; }
      df.setStatus?.(r.data.detectors.find((v) => v.rule === i + 1 && v.detector === k + 1));
    }));
  };
  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 700); });
  // Adding or removing an example, a detector or a rule changes what validation sees.
  form.addEventListener('click', (ev) => { if (ev.target.closest?.('fieldset.rule button, form > button.secondary')) { clearTimeout(timer); timer = setTimeout(run, 300); } });
  const snippet = async (detectorFieldset, code, path) => {
    const rf = detectorFieldset.closest('fieldset.rule');
    const rules = [...form.querySelectorAll('fieldset.rule')];
    const rule = rules.indexOf(rf) + 1;
    const detector = [...rf.querySelectorAll('fieldset.detector')].indexOf(detectorFieldset) + 1;
    const content = body();
    delete content.message;
    const r = await api('POST', `/api/v1/orgs/${enc(ctx.org)}/lint`, { content, rule, detector, code, path });
    if (!r.ok) return [failure(r)];
    if (!r.data.applies) return [el('p', { class: 'muted' }, `The detector does not apply to ${r.data.path} (its language, files or the standard's scope).`)];
    if (!r.data.findings.length) return [el('p', { class: 'muted' }, 'No finding.')];
    return [el('ul', { class: 'plain findings-list' }, r.data.findings.map((f) =>
      el('li', {}, el('code', {}, `${f.line}:${f.column}`), ` ${f.message} `, el('code', {}, f.snippet))))];
  };
  form.runSnippet = snippet;
  return { run, snippet };
}

/// After a save: the detectors the new version sent back to draft, for the standard's page.
export function demotedNotice(demoted) {
  if (!demoted?.length) return null;
  return el('section', { class: 'card findings-box', role: 'alert' }, el('h2', {}, 'Detectors back to draft'),
    el('ul', {}, demoted.map((d) => el('li', {}, `Rule ${d.rule}, detector ${d.detector}: ${d.reason}`))),
    el('p', { class: 'muted' }, 'A draft detector is not installed into repositories until it passes its rule\'s examples again.'));
}

/// The detectors of rule `i` on the standard's page, with their validation.
export function detectorsView(rule, i, validations) {
  if (!rule.detectors?.length) return null;
  return el('section', { class: 'detectors', 'aria-label': `Detectors of rule ${i + 1}` },
    el('h3', {}, 'Detectors'),
    rule.detectors.map((d, k) => {
      const v = (validations ?? []).find((x) => x.rule === i + 1 && x.detector === k + 1);
      return el('div', { class: 'detector card' },
        el('p', {}, el('strong', {}, `${d.language}`), ` · ${d.severity ?? "the rule's severity"}`, statusBadge(v)),
        el('pre', {}, el('code', {}, d.yaml)), checksList(v));
    }));
}
