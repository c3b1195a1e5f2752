// Admin › Content limits (instance admins): the size limits every organization's content
// is checked against, each with its default.
import { field, form, loading, failure, el } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, problem } from './frame.js';

export async function limits(ctx, me) {
  loading();
  const show = sectionShow(me, 'limits', 'Content limits');
  const r = await api('GET', '/api/v1/admin/limits');
  if (!r.ok) return show(failure(r));
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  show(el('p', { class: 'muted' }, 'These apply to the whole instance, every organization.'), form(null,
    r.data.limits.map((l) => field(`${l.name} (default ${l.default})`, l.name, 'number', { value: l.value, min: 1 })),
    'Save limits', async (v) => {
      saved.textContent = '';
      const body = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Number(x)]));
      const res = await api('PUT', '/api/v1/admin/limits', body);
      if (!res.ok) return problem(res);
      saved.textContent = 'Saved.';
      return null;
    }), saved);
}
