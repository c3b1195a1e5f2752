// Admin › Install policy: what the organization's repositories may install. `rulebook install`,
// `update` and `status` check it before writing anything, and Git distributions obey it; a
// repository's `rulebook.json` may add a tighter `policy` of its own, never a looser one.
import { el, field, area, form, loading, failure } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, orgApi, problem, help } from './frame.js';

const HOOKS = [['', 'Each repository decides ("hooks": true in its rulebook.json)'],
  ['true', 'Allowed in every repository'], ['false', 'Never written, whatever a repository says']];
const ALLOWS = [['', 'Written (agents may do what a policy allows without asking)'],
  ['false', 'Never written: agents ask, whatever a policy allows']];
const SEVERITIES = [['', 'No finding refuses an install'], ['critical', 'Critical findings'],
  ['high', 'High and critical findings'], ['warning', 'Every finding (warnings too)']];

export async function installPolicy(ctx, me) {
  loading();
  const show = sectionShow(me, 'install-policy', 'Install policy');
  const [p, r] = await Promise.all([api('GET', `${orgApi(ctx)}/settings/install-policy`), api('GET', `${orgApi(ctx)}/settings/render`)]);
  if (!p.ok) return show(failure(p));
  if (!r.ok) return show(failure(r));
  const policy = p.data.policy;
  const allowed = new Set(policy.allowed_agents ?? []);
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const limitAgents = el('input', { type: 'checkbox', name: 'limit_agents', checked: Boolean(policy.allowed_agents) });
  const severity = el('select', { name: 'forbidden_findings' },
    SEVERITIES.map(([v, label]) => el('option', { value: v, selected: (policy.forbidden_findings ?? '') === v }, label)));
  const hooks = el('select', { name: 'hooks' },
    HOOKS.map(([v, label]) => el('option', { value: v, selected: String(policy.hooks ?? '') === v }, label)));
  const allows = el('select', { name: 'allow_rules' },
    ALLOWS.map(([v, label]) => el('option', { value: v, selected: String(policy.allow_rules ?? '') === v }, label)));
  const settings = form(null, [
    el('fieldset', {}, el('legend', {}, 'Agents'),
      el('label', { class: 'check' }, limitAgents, 'Only the agents ticked below (otherwise any agent)'),
      el('div', { class: 'agent-checks' }, r.data.agent_catalog.map((a) =>
        el('label', { class: 'check' }, el('input', { type: 'checkbox', name: `agent:${a.id}`, checked: allowed.has(a.id) }), a.product)))),
    area('Packages allowed, one per line: space/package or space/* (empty = any)', 'packages',
      (policy.allowed_packages ?? []).join('\n'), { placeholder: 'platform/*\nsecurity/secrets' }),
    field('Most bytes an always-on file may hold (empty = no maximum)', 'max', 'number',
      { value: policy.max_always_on_bytes ?? '', required: false, min: 1 }),
    el('label', {}, 'Content findings that refuse an install', severity),
    area('Paths agents must never read, one gitignore pattern per line (written into each agent\'s ignore file: .cursorignore, .geminiignore, .aiignore, ...)', 'never_read',
      (policy.never_read ?? []).join('\n'), { placeholder: '.env*\nsecrets/**\n**/*.pem' }),
    el('label', {}, 'Hooks of agent policies (scripts agents run on developers\' machines)', hooks),
    el('label', {}, 'Allow rules of agent policies (commands, edits, sites and MCP tools agents use without asking)', allows),
  ], 'Save install policy', async (v) => {
    saved.textContent = '';
    const body = {};
    if (v.limit_agents) body.allowed_agents = Object.keys(v).filter((k) => k.startsWith('agent:')).map((k) => k.slice(6));
    const packages = (v.packages ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
    if (packages.length) body.allowed_packages = packages;
    if (v.max) body.max_always_on_bytes = Number(v.max);
    if (v.forbidden_findings) body.forbidden_findings = v.forbidden_findings;
    const neverRead = (v.never_read ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
    if (neverRead.length) body.never_read = neverRead;
    if (v.hooks) body.hooks = v.hooks === 'true';
    if (v.allow_rules) body.allow_rules = false;
    const res = await api('PUT', `${orgApi(ctx)}/settings/install-policy`, body);
    if (!res.ok) return problem(res);
    saved.textContent = 'Saved.';
    return null;
  }, 'card wide');
  show(help('Checked by ', ['rulebook install'], ', ', ['update'], ' and ', ['status'], ' before anything is written, and by Git distributions. A repository may add a tighter ',
    ['policy'], ' in its ', ['rulebook.json'], '; it can never loosen this one.'), settings, saved);
}
