// Lint results (`#/lint`): what `rulebook lint --report` uploaded from CI for the organization's
// tracked repositories. Per repository (and path) its newest run and a trend of its recent runs;
// per rule the violations the newest runs count, in how many places, and a daily trend, so a
// team sees which rules are followed. A run's details list its rules and where its findings are
// (the server never holds the code). Every value from the server is shown as text.
import { el, showHere, loading, failure, empty, when } from '../dom.js';
import { api, enc } from '../api.js';

const SVG = 'http://www.w3.org/2000/svg';
const LEVEL_CLASS = { error: 'error', warning: 'warning', info: '' };

/// A small line chart of `values` (oldest first), described for screen readers by `label`.
function sparkline(values, label) {
  const w = 96;
  const h = 28;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(h - 2 - (v / max) * (h - 4)).toFixed(1)}`).join(' ');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
  svg.setAttribute('width', String(w));
  svg.setAttribute('height', String(h));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'sparkline');
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points);
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', 'currentColor');
  line.setAttribute('stroke-width', '1.5');
  svg.append(line);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  svg.prepend(title);
  return svg;
}

const place = (p) => `${p.url} (${p.branch})${p.path ? ` ${p.path}/` : ''}`;
const count = (n, cls) => el('td', { class: n > 0 ? `num ${cls}` : 'num' }, String(n));

/// The rules and finding places of one run, fetched when its details open.
async function runDetails(base, id, box) {
  box.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  const r = await api('GET', `${base}/lint/reports/${enc(String(id))}`);
  if (!r.ok) { box.replaceChildren(failure(r)); return; }
  const d = r.data;
  const rules = el('table', { class: 'lint-rules' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Rule'), el('th', {}, 'Level'), el('th', {}, 'Violations'), el('th', {}, 'Suppressed'))),
    el('tbody', {}, d.rules.map((x) => el('tr', {},
      el('td', {}, el('code', {}, x.rule), ' ', x.message),
      el('td', {}, el('span', { class: `badge first ${LEVEL_CLASS[x.level] ?? ''}` }, x.level)),
      count(x.violations, LEVEL_CLASS[x.level] ?? ''), el('td', { class: 'num' }, String(x.suppressed))))));
  const shown = d.findings.length;
  const findings = shown ? el('ul', { class: 'plain lint-findings', 'aria-label': `Findings of run ${id}` },
    d.findings.map((f) => el('li', {}, el('code', {}, `${f.path}:${f.line}:${f.column}`), ' ',
      el('span', { class: `badge ${LEVEL_CLASS[f.level] ?? ''}` }, f.level), ' ', el('code', {}, f.rule)))) : null;
  box.replaceChildren(
    el('p', { class: 'muted' }, `Commit ${d.commit ? d.commit.slice(0, 12) : 'unknown'} · ${d.files_checked} file(s) checked · by ${d.reported_by}`),
    rules,
    findings ? el('h4', {}, shown < d.findings_total ? `Where (the first ${shown} of ${d.findings_total})` : 'Where') : null,
    findings);
}

function placesTable(base, places) {
  if (!places.length) {
    return empty('No lint results yet. Run `rulebook lint --report` in the CI of a tracked repository (organization admins track repositories under Distribution).');
  }
  return el('table', { class: 'lint-places' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Repository'), el('th', {}, 'Last run'), el('th', {}, 'Errors'),
      el('th', {}, 'Warnings'), el('th', {}, 'Info'), el('th', {}, 'Recent runs'))),
    el('tbody', {}, places.map((p) => {
      const l = p.latest;
      const box = el('div');
      const details = el('details', { on: { toggle: () => { if (details.open && !box.childNodes.length) runDetails(base, l.id, box); } } },
        el('summary', {}, 'Details'), box);
      const runs = [...p.history].reverse();
      const series = runs.map((h) => h.errors + h.warnings);
      return el('tr', {},
        el('td', {}, place(p), details),
        el('td', {}, when(l.reported_at), el('div', { class: 'muted' }, l.commit ? l.commit.slice(0, 12) : '')),
        count(l.errors, 'error'), count(l.warnings, 'warning'), count(l.infos, ''),
        el('td', {}, sparkline(series, `Errors and warnings of the last ${series.length} run(s), oldest first: ${series.join(', ')}`)));
    })));
}

function rulesTable(rules, days) {
  if (!rules.length) return empty('No rule has been checked yet.');
  return el('table', { class: 'lint-rules' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Rule'), el('th', {}, 'Violations now'), el('th', {}, 'Places'),
      el('th', {}, `Last ${days} days`))),
    el('tbody', {}, rules.map((r) => el('tr', {},
      el('td', {}, el('code', {}, r.rule), ' ', el('span', { class: `badge ${LEVEL_CLASS[r.level] ?? ''}` }, r.level),
        el('div', {}, r.message)),
      count(r.violations, LEVEL_CLASS[r.level] ?? ''),
      el('td', {}, r.violations ? `${r.places_violating} of ${r.places_checked} violating` : `followed in all ${r.places_checked}`),
      el('td', {}, sparkline(r.series, `Violations of ${r.rule} per day over the last ${days} days, oldest first: ${r.series.join(', ')}`))))));
}

export async function page(ctx) {
  loading();
  const show = showHere();
  const base = `/api/v1/orgs/${enc(ctx.org)}`;
  const r = await api('GET', `${base}/lint/reports?days=30`);
  if (!r.ok) return show(el('h1', {}, 'Lint results'), failure(r));
  const v = r.data;
  const total = v.series.map((d) => d.violations);
  return show(
    el('h1', {}, 'Lint results'),
    el('p', { class: 'muted' }, 'Runs of `rulebook lint --report` in CI, for repositories tracked under Distribution: counts per rule and where the findings are, never the code.'),
    v.series.length ? el('p', {}, `All violations over the last ${v.days} days: `,
      sparkline(total, `All violations per day over the last ${v.days} days, oldest first: ${total.join(', ')}`),
      ` ${total[total.length - 1] ?? 0} now`) : null,
    el('section', { 'aria-labelledby': 'lint-places' }, el('h2', { id: 'lint-places' }, 'Repositories'), placesTable(base, v.places)),
    el('section', { 'aria-labelledby': 'lint-rules' }, el('h2', { id: 'lint-rules' }, 'Rules'), rulesTable(v.rules, v.days)));
}
