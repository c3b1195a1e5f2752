// Admin › Backups (instance admins): the schedule the server runs and its last backup as a
// table. Every scheduled backup is checked (decrypted, opened, verified) before it is kept,
// so a backup listed here has verified; a failed attempt is shown with its error.
import { el, loading, failure, empty } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, table, help, unixTime, size } from './frame.js';

export async function backups(ctx, me) {
  loading();
  const show = sectionShow(me, 'backups', 'Backups');
  const r = await api('GET', '/api/v1/admin/backups');
  if (!r.ok) return show(failure(r));
  const b = r.data;
  if (!b.enabled) {
    return show(empty('Scheduled backups are off.'),
      help('Start the server with ', ['rulebook serve --backup-every 6h'], ' (and ', ['--backup-keep N'], ' to keep the newest N), or take one on the host with ',
        ['rulebook backup'], '. ', ['rulebook backup verify FILE'], ' checks a backup without restoring it.'));
  }
  const schedule = el('dl', {}, el('dt', {}, 'Every'), el('dd', {}, `${b.interval_secs} s`), el('dt', {}, 'Folder'), el('dd', {}, el('code', {}, b.dir)),
    el('dt', {}, 'Kept'), el('dd', {}, b.keep ? `the newest ${b.keep}` : 'all'),
    el('dt', {}, 'Results'), el('dd', {}, `${b.successes} written, ${b.failures} failed`));
  const rows = [];
  if (b.last_success_at) {
    rows.push(el('tr', {}, el('td', {}, unixTime(b.last_success_at)), el('td', {}, el('code', {}, b.last_file)), el('td', {}, size(b.last_size)),
      el('td', {}, el('span', { class: 'badge ok first' }, 'verified'))));
  }
  if (b.last_error && b.last_attempt_at) {
    rows.push(el('tr', {}, el('td', {}, unixTime(b.last_attempt_at)), el('td', {}, b.last_error), el('td', {}, ''),
      el('td', {}, el('span', { class: 'badge error first' }, 'failed'))));
  }
  show(schedule, el('h2', {}, 'Last results'),
    rows.length ? table(['Time (UTC)', 'File', 'Size', 'State'], rows) : empty('No backup yet: the first one runs one interval after the start.'),
    help('Older files stay in the folder. ', ['rulebook backup verify FILE'], ' checks one; ', ['rulebook restore'], ' restores one (server stopped).'));
}
