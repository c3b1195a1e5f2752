// Admin › Content policy: what each severity of content finding does when someone saves
// content (block, require an organization admin's acknowledgement, or warn), and the hosts
// links may point to without a finding. The server applies it on every write path.
import { el, area, form, loading, failure } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, orgApi, problem, help } from './frame.js';

const ACTIONS = [['block', 'Block the save'], ['acknowledge', 'Require an admin\'s acknowledgement'], ['warn', 'Warn only']];

export async function contentPolicy(ctx, me) {
  loading();
  const show = sectionShow(me, 'content-policy', 'Content policy');
  const r = await api('GET', `${orgApi(ctx)}/settings/content-policy`);
  if (!r.ok) return show(failure(r));
  const policy = r.data.policy;
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const select = (name, label) => el('label', {}, label, el('select', { name },
    ACTIONS.map(([v, text]) => el('option', { value: v, selected: policy[name] === v }, text))));
  const settings = form(null, [
    select('critical', 'Critical findings (hidden instructions, private keys, provider tokens)'),
    select('high', 'High findings (download-and-execute, reverse shells, TLS checks off, sudo)'),
    select('warning', 'Warnings (links outside the allowlist, prompt overrides)'),
    area('Hosts links may point to, one per line: a name or *.suffix (empty = every external link is reported)', 'allowlist',
      policy.link_allowlist.join('\n'), { placeholder: 'git.corp.example\n*.corp.example' }),
  ], 'Save content policy', async (v) => {
    saved.textContent = '';
    const body = { critical: v.critical, high: v.high, warning: v.warning,
      link_allowlist: (v.allowlist ?? '').split('\n').map((s) => s.trim()).filter(Boolean) };
    const res = await api('PUT', `${orgApi(ctx)}/settings/content-policy`, body);
    if (!res.ok) return problem(res);
    saved.textContent = 'Saved.';
    return null;
  }, 'card wide');
  show(help('Applied by the server to every save, import, upload and accepted proposal. A more severe finding cannot get a milder action. ',
    'The same scanner runs offline with ', ['rulebook scan'], '.'), settings, saved);
}
