// Admin › Repositories: the repositories that reported an install (`rulebook install` sends a
// report) or that an admin tracks, with each package installed, the version, the newest
// release and when it was last reported; outdated installs are flagged.
import { el, field, form, loading, failure, empty } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, orgApi, problem, table, help } from './frame.js';

const STATE = { 'up to date': 'ok', outdated: 'warn', removed: 'error' };

/// One row per package of each install path; a repository without reports gets one row.
function rows(repo) {
  const name = (path) => el('td', {}, el('code', {}, repo.url), el('span', { class: 'muted' }, ` ${repo.branch}${path && path !== '.' ? ` ${path}` : ''}`));
  if (!repo.installs.length) {
    return [el('tr', {}, name(null), el('td', { colspan: 5 }, el('span', { class: 'muted' }, `No install reported yet (tracked since ${repo.tracked_since}).`)))];
  }
  return repo.installs.flatMap((inst) => {
    const seen = el('td', {}, inst.reported_at, el('span', { class: 'muted' }, inst.reported_by ? ` by ${inst.reported_by}` : ''));
    const packages = inst.packages.length ? inst.packages : [null];
    return packages.map((p) => el('tr', {}, name(inst.path),
      el('td', {}, p ? el('code', {}, p.package) : el('span', { class: 'muted' }, 'none')),
      el('td', {}, p?.installed ?? ''), el('td', {}, p?.latest ?? ''),
      el('td', {}, p ? el('span', { class: `badge first ${STATE[p.status] ?? ''}` }, p.status) : ''), seen));
  });
}

export async function repositories(ctx, me) {
  loading();
  const show = sectionShow(me, 'repositories', 'Repositories');
  const r = await api('GET', `${orgApi(ctx)}/repositories`);
  if (!r.ok) return show(failure(r));
  const repos = r.data.repositories;
  const outdated = repos.flatMap((x) => x.installs.flatMap((i) => i.packages)).filter((p) => p.status === 'outdated').length;
  const track = form('Track a repository', [field('Repository URL', 'url', 'url'), field('Branch', 'branch', 'text', { value: 'main' })],
    'Track', async (v) => {
      const res = await api('POST', `${orgApi(ctx)}/repositories`, v);
      if (!res.ok) return problem(res);
      await repositories(ctx, me);
      return null;
    });
  show(help('A repository appears here when ', ['rulebook install'], ' or ', ['rulebook update'], ' reports from it, or when it is tracked below.'),
    outdated ? el('p', { class: 'card notice' }, `${outdated} installed package(s) are behind their newest release: run `, el('code', {}, 'rulebook update'), ' there.') : null,
    repos.length ? table(['Repository', 'Package', 'Installed', 'Newest', 'State', 'Last seen'], repos.flatMap(rows), { cls: 'repositories' })
      : empty('No repository has reported an install yet.'), track);
}
