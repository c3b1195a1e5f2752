// Admin › AI providers (org admins): the site's own model endpoints (OpenAI-compatible servers
// such as vLLM or Ollama, OpenAI, Azure OpenAI, Anthropic, Gemini, Bedrock), each tested from
// here; the organization's data setting (what may be sent), monthly token budget and the
// provider of each feature; and this month's usage. A key is typed once, sealed on the
// server, and only its last four characters are ever shown again.
import { el, field, form, loading, failure, confirmed } from '../../dom.js';
import { api, enc } from '../../api.js';
import { sectionShow, problem, help, table } from './frame.js';

const FEATURES = ['draft-standard', 'suggest-examples', 'generate-detector', 'condense', 'review-proposal', 'test-connection'];
const SEND = [
  ['artifact-text', 'Artifact text only (names, descriptions, rules)'],
  ['examples', 'Also the rules\' code examples'],
  ['user-code', 'Also code or diffs a user pastes'],
];

function stages(r) {
  if (!r.ok) return el('p', { class: 'error', role: 'alert' }, problem(r));
  return el('ul', { class: 'plain checks' }, el('li', { class: r.data.ok ? 'ok' : 'error' }, r.data.ok ? 'Connection works.' : 'Connection failed.'),
    r.data.stages.map((s) => el('li', { class: s.ok ? 'ok' : 'error' }, `${s.ok ? '✓' : '✗'} ${s.stage} (${s.ms} ms)${s.detail ? `: ${s.detail}` : ''}`)));
}

export async function ai(ctx, me) {
  loading();
  const show = sectionShow(me, 'ai', 'AI providers');
  const base = `/api/v1/orgs/${enc(ctx.org)}`;
  const [list, settings, usage] = await Promise.all([
    api('GET', `${base}/ai/providers`), api('GET', `${base}/settings/ai`), api('GET', `${base}/ai/usage`)]);
  if (!list.ok) return show(failure(list));
  if (!settings.ok) return show(failure(settings));
  const again = () => ai(ctx, me);
  const kinds = list.data.kinds;
  const rows = list.data.providers.map((p) => {
    const result = el('div', { 'aria-live': 'polite' });
    return el('tr', {}, el('td', {}, p.name), el('td', {}, p.config.kind), el('td', {}, p.config.model),
      el('td', {}, el('code', {}, p.config.base_url)), el('td', {}, p.key ? p.key.hint : 'none'),
      el('td', {},
        el('button', { type: 'button', class: 'secondary small', 'aria-label': `Test ${p.name}`, on: { click: async () => {
          result.replaceChildren(el('span', { class: 'muted' }, 'Testing…'));
          result.replaceChildren(stages(await api('POST', `${base}/ai/providers/${enc(p.name)}/test`, {})));
        } } }, 'Test'),
        el('button', { type: 'button', class: 'danger small', 'aria-label': `Delete ${p.name}`, on: { click: async () => {
          if (!confirmed(`Delete the provider ${p.name} and its sealed key?`)) return;
          const r = await api('DELETE', `${base}/ai/providers/${enc(p.name)}`);
          if (r.ok) again(); else result.replaceChildren(el('p', { class: 'error', role: 'alert' }, problem(r)));
        } } }, 'Delete'),
        result));
  });
  const kind = el('select', { name: 'kind', 'aria-label': 'Kind' }, kinds.map((k) => el('option', { value: k.id }, k.label)));
  const add = form('Add or replace a provider', [
    field('Name (a slug, e.g. local-vllm)', 'name', 'text'),
    el('label', {}, 'Kind', kind),
    field('Base URL (empty: the kind\'s default)', 'base_url', 'url', { required: false, placeholder: 'https://llm.internal.example/v1' }),
    field('Model (or Azure deployment)', 'model', 'text'),
    field('Key (sealed at once, never shown again; empty keeps the stored key)', 'key', 'password', { required: false, autocomplete: 'off' }),
    field('API version (Azure OpenAI)', 'api_version', 'text', { required: false }),
    field('Region (Bedrock)', 'region', 'text', { required: false }),
    field('Access key id (Bedrock)', 'access_key_id', 'text', { required: false }),
    field('Timeout (seconds)', 'timeout_secs', 'number', { required: false, min: 1, value: 120 }),
  ], 'Save provider', async (v) => {
    const body = { kind: v.kind, model: v.model };
    for (const k of ['base_url', 'key', 'api_version', 'region', 'access_key_id']) if (v[k]) body[k] = v[k];
    if (v.timeout_secs) body.timeout_secs = Number(v.timeout_secs);
    const r = await api('PUT', `${base}/ai/providers/${enc(v.name)}`, body);
    if (!r.ok) return problem(r);
    again();
    return null;
  });
  const s = settings.data;
  const names = list.data.providers.map((p) => p.name);
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const prefs = form('Data setting and budget', [
    el('label', {}, 'What may be sent', el('select', { name: 'send' }, SEND.map(([id, label]) => el('option', { value: id, selected: s.send === id }, label)))),
    field(`Monthly token budget (empty: no cap; ${s.used_this_month} used in ${s.month})`, 'budget', 'number',
      { required: false, min: 1, value: s.monthly_token_budget ?? '' }),
    ...FEATURES.map((f) => el('label', {}, `Provider for ${f}`, el('select', { name: `default:${f}` },
      el('option', { value: '' }, names.length === 1 ? `the only one (${names[0]})` : 'ask each time'),
      names.map((n) => el('option', { value: n, selected: s.defaults?.[f] === n }, n))))),
  ], 'Save AI settings', async (v) => {
    saved.textContent = '';
    const defaults = Object.fromEntries(FEATURES.filter((f) => v[`default:${f}`]).map((f) => [f, v[`default:${f}`]]));
    const r = await api('PUT', `${base}/settings/ai`, { send: v.send, monthly_token_budget: v.budget ? Number(v.budget) : null, defaults });
    if (!r.ok) return problem(r);
    saved.textContent = 'Saved.';
    return null;
  });
  const used = usage.ok ? el('section', {}, el('h2', {}, `Usage in ${usage.data.month}`),
    el('p', { class: 'muted' }, `${usage.data.used} tokens used${usage.data.budget ? ` of ${usage.data.budget}` : ''}.`),
    usage.data.rows.length ? table(['User', 'Feature', 'Provider', 'Model', 'Calls', 'Errors', 'Tokens in', 'Tokens out'],
      usage.data.rows.map((u) => el('tr', {}, [u.user, u.feature, u.provider, u.model, u.calls, u.errors, u.tokens_in, u.tokens_out].map((x) => el('td', {}, String(x)))))) :
      el('p', { class: 'muted empty' }, 'No AI calls this month.')) : failure(usage);
  show(help('Nothing is sent anywhere until a provider is configured here, and then only when someone asks (every call is audited, never its content). The provider\'s host must be on the instance\'s egress allowlist (Network & credentials).'),
    rows.length ? table(['Name', 'Kind', 'Model', 'Endpoint', 'Key'], rows, { actions: true }) : el('p', { class: 'muted empty' }, 'No provider: every AI feature is off.'),
    add, prefs, saved, used);
}
