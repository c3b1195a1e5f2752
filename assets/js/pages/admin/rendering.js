// Admin › Rendering: the agents the organization's repositories render for by default, each
// by its product name with the files or folders it writes (from the server's agent catalog),
// and the cap on the bytes of an always-on file. `rulebook.json` overrides both per repository.
import { el, field, form, loading, failure } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, orgApi, problem, help } from './frame.js';

/// One checkbox: the product's name, and what it writes as a described hint.
function agentCheck(agent, checked) {
  const hint = `writes-${agent.id}`;
  const writes = agent.writes.flatMap((w, i) => [i ? ', ' : '', el('code', {}, w)]);
  return el('div', { class: 'agent-check' },
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: `agent:${agent.id}`, checked, 'aria-describedby': hint }), agent.product),
    el('p', { class: 'hint muted', id: hint }, 'Writes ', writes));
}

export async function rendering(ctx, me) {
  loading();
  const show = sectionShow(me, 'rendering', 'Rendering');
  const r = await api('GET', `${orgApi(ctx)}/settings/render`);
  if (!r.ok) return show(failure(r));
  const chosen = new Set(r.data.agents);
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const settings = form(null, [
    el('fieldset', {}, el('legend', {}, 'Agents rendered by default'),
      el('div', { class: 'agent-checks' }, r.data.agent_catalog.map((a) => agentCheck(a, chosen.has(a.id))))),
    field('Always-on file cap (bytes, empty = none)', 'cap', 'number', { value: r.data.always_on_cap ?? '', required: false, min: 256 }),
  ], 'Save rendering defaults', async (v) => {
    saved.textContent = '';
    const agents = Object.keys(v).filter((k) => k.startsWith('agent:')).map((k) => k.slice(6));
    const res = await api('PUT', `${orgApi(ctx)}/settings/render`, { agents, always_on_cap: v.cap ? Number(v.cap) : null });
    if (!res.ok) return problem(res);
    saved.textContent = 'Saved.';
    return null;
  }, 'card wide');
  show(help('Every install also writes ', ['.rulebook/'], ' (the full standards). A repository\'s ', ['rulebook.json'],
    ' (', ['agents'], ', ', ['always_on_cap'], ') and the ', ['--agents'], ' option override these defaults.'), settings, saved);
}
