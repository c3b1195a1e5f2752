// Admin › Retention (instance admins): how many days each class of records is kept, and how
// many versions of each artifact always stay. Nothing is deleted here: `rulebook retention
// apply` on the host deletes what is due.
import { el, field, form, loading, failure } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, problem, help } from './frame.js';

export async function retention(ctx, me) {
  loading();
  const show = sectionShow(me, 'retention', 'Retention');
  const r = await api('GET', '/api/v1/admin/retention');
  if (!r.ok) return show(failure(r));
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const classes = r.data.classes;
  const periods = classes.map((c) => field(`${c.class}: ${c.what} (days; empty = keep forever; ${c.due_rows} row(s) due now)`, c.class, 'number',
    { value: c.days ?? '', required: false, min: 1 }));
  const keep = field('versions: always keep the N newest of each artifact (empty = no count)', 'versions.keep', 'number',
    { value: classes.find((c) => c.class === 'versions')?.keep ?? '', required: false, min: 1 });
  show(help('Nothing is deleted unless a period is set, and only when ', ['rulebook retention apply'], ' runs on the host.'),
    r.data.legal_hold ? el('p', { class: 'card notice' }, 'A legal hold is active: audit pruning is blocked.') : null,
    form(null, [...periods, keep], 'Save retention', async (v) => {
      saved.textContent = '';
      const body = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === '' ? null : Number(x)]));
      const res = await api('PUT', '/api/v1/admin/retention', body);
      if (!res.ok) return problem(res);
      saved.textContent = 'Saved.';
      return null;
    }), saved);
}
