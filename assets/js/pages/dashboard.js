// The dashboard of a space, from one call (`GET .../spaces/{space}/dashboard`): a
// getting-started panel until the space is in use, per-kind totals against what is
// distributed, never-distributed artifacts, outdated repositories, open proposals, packages
// and recent activity by name.
import { el, show, loading, failure, empty, when } from '../dom.js';
import { api } from '../api.js';
import { spaceApi, at, artifactAt, plural } from '../routes.js';
import { copyLine, installName } from './misc.js';

const KINDS = ['standard', 'command', 'skill', 'subagent', 'policy'];

/// One getting-started step: a tick (in words too) and what to do.
function step(done, ...what) {
  return el('li', { class: done ? 'step done' : 'step' },
    el('span', { class: 'tick', 'aria-hidden': 'true' }, done ? '✓' : '○'),
    el('span', { class: 'visually-hidden' }, done ? 'Done: ' : 'To do: '),
    el('div', {}, ...what));
}

/// The first steps in a space, each ticked from what the server counts. Shown until the
/// space has a standard, a package and a repository that installed it.
function gettingStarted(ctx, me, d) {
  const s = d.setup;
  const admin = me.orgs.some((o) => o.slug === ctx.org && o.role === 'admin');
  const pkg = d.packages[0]?.slug ?? '<package>';
  const steps = [
    admin ? step(s.spaces > 1, el('a', { href: '#/admin/spaces' }, 'Create a space'), ' for a team, with who can see it (optional: this one works too).') : null,
    step(s.standards > 0, el('a', { href: at(ctx, 'standards', 'new') }, 'Create a standard'), ', from a template or from scratch.'),
    step(s.packages > 0, el('a', { href: at(ctx, 'packages') }, 'Create a package'), ' of the standards, commands and skills a repository should get, and publish a release.'),
    step(s.api_keys > 0, el('a', { href: '#/keys' }, 'Create an API key'), ' for the command line.'),
    step(s.installed_locations > 0, 'In a repository, sign in and install the package:',
      copyLine(`rulebook login --host ${location.origin}`, 'the login command'),
      copyLine(`rulebook install ${installName(ctx, pkg)}`, 'the install command')),
  ];
  return el('section', { class: 'card getting-started', 'aria-labelledby': 'start-title' },
    el('h2', { id: 'start-title' }, 'Getting started'), el('ol', { class: 'plain steps' }, steps));
}

/// What happened, in words: "created standard Foo", "accepted a proposal on command Bar".
function activityLine(ctx, a) {
  const target = a.kind === 'package' ? at(ctx, 'packages')
    : a.proposal && a.action === 'proposed' ? at(ctx, 'proposals', a.proposal)
      : artifactAt(ctx.org, ctx.space, a.kind, a.slug);
  const name = a.exists ? el('a', { href: target }, a.name) : el('span', {}, a.name);
  const what = {
    created: [`created ${a.kind} `, name],
    updated: [`updated ${a.kind} `, name],
    restored: [`restored an older version of ${a.kind} `, name],
    published: [`published release ${a.version} of package `, name],
    proposed: [`proposed a change to ${a.kind} `, name],
    accepted: [`accepted a proposal on ${a.kind} `, name],
    rejected: [`rejected a proposal on ${a.kind} `, name],
  }[a.action] ?? [`${a.action} ${a.kind} `, name];
  return el('li', { class: 'activity' }, el('strong', {}, a.who), ' ', what, ' · ', when(a.at));
}

export async function dashboard(ctx, me) {
  loading();
  const r = await api('GET', `${spaceApi(ctx)}/dashboard`);
  const title = el('h1', {}, me.orgs.find((o) => o.slug === ctx.org)?.name ?? ctx.org);
  if (!r.ok) return show(title, failure(r));
  const d = r.data;
  const s = d.setup;
  const started = s.standards > 0 && s.packages > 0 && s.installed_locations > 0;
  const tiles = KINDS.map((k) => {
    const c = d.kinds.find((x) => x.kind === k) ?? { total: 0, distributed: 0 };
    return el('div', { class: 'kpi' },
      el('a', { class: 'card tile', href: at(ctx, plural(k)) }, el('strong', {}, `${c.total}`), el('span', {}, k === 'policy' ? 'agent policies' : plural(k))),
      el('p', { class: 'muted kpi-sub', title: d.distributed_means }, `${c.distributed} of ${c.total} distributed`));
  });
  tiles.push(el('div', { class: 'kpi' }, el('a', { class: 'card tile', href: at(ctx, 'proposals') },
    el('strong', {}, `${d.open_proposals}`), el('span', {}, 'open proposals'))));
  const never = d.never_distributed.length
    ? el('ul', { class: 'plain tight' }, d.never_distributed.map((a) => el('li', {},
      el('span', { class: 'badge' }, a.kind), ' ', el('a', { href: artifactAt(ctx.org, ctx.space, a.kind, a.slug) }, a.name))))
    : empty(s.artifacts ? 'Every artifact is distributed.' : 'No artifacts yet.');
  const outdated = d.outdated.length
    ? el('ul', { class: 'plain tight' }, d.outdated.map((o) => el('li', {},
      el('strong', {}, o.location), ` (${o.via === 'git' ? 'Git distribution' : 'install report'}): `,
      el('a', { href: at(ctx, 'packages') }, o.package_name), ` ${o.installed}, latest ${o.latest}`)))
    : empty('No repository holds an older release than its package\'s latest.');
  const packages = d.packages.length
    ? el('ul', { class: 'plain' }, d.packages.map((p) => el('li', { class: 'card row' }, el('a', { href: at(ctx, 'packages') }, p.name),
      el('span', { class: 'muted' }, p.latest ? ['latest release ', p.latest, ' · ', when(p.latest_at)] : 'no release yet'))))
    : empty('No packages yet.');
  show(title,
    started ? null : gettingStarted(ctx, me, d),
    el('div', { class: 'grid tiles' }, tiles),
    el('p', { class: 'muted hint' }, d.distributed_means),
    el('section', {}, el('h2', {}, 'Never distributed'), never,
      d.never_distributed_truncated ? el('p', { class: 'muted' }, `Only the first ${d.never_distributed.length} are listed.`) : null),
    el('section', {}, el('h2', {}, 'Outdated repositories'), outdated),
    el('section', {}, el('h2', {}, 'Packages'), packages),
    el('section', {}, el('h2', {}, 'Recent activity'), d.activity.length
      ? el('ul', { class: 'plain tight' }, d.activity.map((a) => activityLine(ctx, a)))
      : empty('Nothing has happened in this space yet.')));
}
