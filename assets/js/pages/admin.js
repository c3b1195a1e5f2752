// Account (sessions) and administration: spaces, members and invitations, content limits and
// the organization's rendering defaults; plus the public invitation and password-reset pages.
import { el, field, form, show, showHere, loading, failure, empty, confirmed } from '../dom.js';
import { api, enc, setCsrf } from '../api.js';
import { at } from '../routes.js';

import { AGENTS } from './standards.js';

/// The header of a column of buttons, named for screen readers (axe: empty-table-header).
const actionsHeader = () => el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, 'Actions'));

export async function account() {
  loading();
  const r = await api('GET', '/api/v1/sessions');
  if (!r.ok) return show(el('h1', {}, 'Your sessions'), failure(r));
  const rows = r.data.sessions.map((s) => el('tr', {}, el('td', {}, s.created_at), el('td', {}, s.last_seen ?? ''), el('td', {}, s.ip ?? ''),
    el('td', {}, s.user_agent ?? ''), el('td', {}, s.current ? 'this session' : el('button', { type: 'button', class: 'danger', on: { click: async () => {
      if (!confirmed('End this session?')) return;
      await api('DELETE', `/api/v1/sessions/${s.id}`);
      await account();
    } } }, 'End'))));
  const password = form('Change your password', [
    field('Current password', 'current_password', 'password', { autocomplete: 'current-password' }),
    field('New password (12 characters or more)', 'new_password', 'password', { autocomplete: 'new-password', minlength: '12' }),
  ], 'Change password', async (v) => {
    const res = await api('POST', '/api/v1/auth/password', v);
    if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
    await account();
    return null;
  });
  show(el('h1', {}, 'Your account'), password, el('h2', {}, 'Sessions'),
    el('table', {}, el('thead', {}, el('tr', {}, ['Started', 'Last seen', 'Address', 'Browser'].map((h) => el('th', { scope: 'col' }, h)), actionsHeader())), el('tbody', {}, rows)));
}

export async function admin(ctx, me) {
  loading();
  // Actions on this page re-render it; by then the user may have moved on.
  const show = showHere();
  const org = `/api/v1/orgs/${enc(ctx.org)}`;
  const [spaces, members, render, limits] = await Promise.all([
    api('GET', `${org}/spaces`), api('GET', `${org}/members`), api('GET', `${org}/settings/render`),
    me.user.instance_admin ? api('GET', '/api/v1/admin/limits') : Promise.resolve(null),
  ]);
  if (!members.ok) return show(el('h1', {}, 'Administration'), failure(members));
  const invite = el('div', { 'aria-live': 'polite' });
  const sections = [
    el('section', {}, el('h2', {}, 'Spaces'), el('ul', { class: 'plain' }, (spaces.data?.spaces ?? []).map((s) => el('li', { class: 'card row' },
      el('a', { href: `#/admin/spaces/${enc(s.slug)}` }, s.name), el('span', { class: 'muted' }, s.visibility),
      el('a', { href: at({ org: ctx.org, space: s.slug }, 'standards'), title: `Browse the space ${s.name}` }, 'Browse')))),
      form('New space', [field('Name', 'name'), el('label', {}, 'Visibility', el('select', { name: 'visibility' },
        ['open', 'restricted', 'private'].map((v) => el('option', { value: v }, v))))], 'Create space', async (v) => {
        const r = await api('POST', `${org}/spaces`, v);
        if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
        window.dispatchEvent(new Event('rulebook:spaces')); // the header's space switcher lists it
        await admin(ctx, me);
        return null;
      })),
    el('section', {}, el('h2', {}, 'Members'), el('table', {}, el('thead', {}, el('tr', {}, ['User', 'Role', 'State'].map((h) => el('th', { scope: 'col' }, h)), actionsHeader())),
      el('tbody', {}, members.data.members.map((m) => el('tr', {}, el('td', {}, `${m.display_name} (${m.username})`),
        el('td', {}, el('select', { 'aria-label': `Role of ${m.username}`, on: { change: async (ev) => {
          const r = await api('PUT', `${org}/members/${m.id}/role`, { role: ev.target.value });
          if (!r.ok) { window.alert(r.data?.error?.message ?? 'failed'); await admin(ctx, me); }
        } } }, ['viewer', 'member', 'admin'].map((r) => el('option', { value: r, selected: r === m.role }, r)))),
        el('td', {}, m.disabled ? 'disabled ' : 'active ', m.username === me.user.username ? '' : el('button', { type: 'button', class: m.disabled ? 'secondary' : 'danger', on: { click: async () => {
          if (!m.disabled && !confirmed(`Disable ${m.username}? Their sessions and keys stop working at once.`)) return;
          const r = await api('POST', `${org}/members/${m.id}/${m.disabled ? 'enable' : 'disable'}`, {});
          if (!r.ok) window.alert(r.data?.error?.message ?? 'failed');
          await admin(ctx, me);
        } } }, m.disabled ? 'Enable' : 'Disable')),
        el('td', {}, m.username === me.user.username ? '' : el('button', { type: 'button', class: 'danger', 'aria-label': `Remove ${m.username}`, on: { click: async () => {
          if (!confirmed(`Remove ${m.username} from this organization? Their space roles and API keys here end; the account stays.`)) return;
          const r = await api('DELETE', `${org}/members/${m.id}`);
          if (!r.ok) window.alert(r.data?.error?.message ?? 'failed');
          await admin(ctx, me);
        } } }, 'Remove')))))),
      form('Invite someone', [el('label', {}, 'Role', el('select', { name: 'role' }, ['viewer', 'member', 'admin'].map((r) => el('option', { value: r }, r))))],
        'Create invitation link', async (v) => {
          const r = await api('POST', `${org}/invites`, { role: v.role });
          if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
          const input = el('input', { readonly: true, value: r.data.url, 'aria-label': 'Invitation link', class: 'code' });
          invite.replaceChildren(el('div', { class: 'card notice' }, el('p', {}, `Send this link to the person (valid until ${r.data.expires_at}, single use):`), input,
            el('button', { type: 'button', class: 'secondary', on: { click: () => { input.select(); navigator.clipboard?.writeText(r.data.url); } } }, 'Copy')));
          return null;
        }), invite),
    el('section', {}, el('h2', {}, 'Rendering defaults'), form(null, [
      el('fieldset', {}, el('legend', {}, 'Agents rendered by default'), el('div', { class: 'checks' }, AGENTS.map((a) => el('label', { class: 'check' },
        el('input', { type: 'checkbox', name: `agent:${a}`, checked: (render.data?.agents ?? []).includes(a) }), a)))),
      field('Always-on file cap (bytes, empty = none)', 'cap', 'number', { value: render.data?.always_on_cap ?? '', required: false, min: 256 }),
    ], 'Save rendering defaults', async (v) => {
      const agents = Object.keys(v).filter((k) => k.startsWith('agent:')).map((k) => k.slice(6));
      const r = await api('PUT', `${org}/settings/render`, { agents, always_on_cap: v.cap ? Number(v.cap) : null });
      return r.ok ? null : r.data?.error?.message ?? `failed (${r.status})`;
    })),
  ];
  if (me.user.instance_admin) {
    const b = await api('GET', '/api/v1/admin/backups');
    sections.push(el('section', {}, el('h2', {}, 'Backups'), b.ok ? el('pre', {}, JSON.stringify(b.data, null, 2)) : failure(b),
      el('p', { class: 'muted' }, 'Scheduled with `rulebook serve --backup-every`; retention with `rulebook retention`.')));
  }
  if (me.user.instance_admin) {
    const ret = await api('GET', '/api/v1/admin/retention');
    if (ret.ok) {
      sections.push(el('section', {}, el('h2', {}, 'Retention'),
        el('p', { class: 'muted' }, `Nothing is deleted unless a period is set, and only when \`rulebook retention apply\` runs.${ret.data.legal_hold ? ' A legal hold is active: audit pruning is blocked.' : ''}`),
        form(null, [...ret.data.classes.map((c) => field(`${c.class}: ${c.what} (days; empty = keep forever; ${c.due_rows} row(s) due now)`, c.class, 'number',
          { value: c.days ?? '', required: false, min: 1 })),
        field('versions: always keep the N newest of each artifact (empty = no count)', 'versions.keep', 'number',
          { value: ret.data.classes.find((c) => c.class === 'versions')?.keep ?? '', required: false, min: 1 })], 'Save retention', async (v) => {
          const body = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === '' ? null : Number(x)]));
          const r = await api('PUT', '/api/v1/admin/retention', body);
          return r.ok ? null : r.data?.error?.message ?? `failed (${r.status})`;
        })));
    }
  }
  if (limits?.ok) {
    sections.push(el('section', {}, el('h2', {}, 'Content limits (whole instance)'), form(null,
      limits.data.limits.map((l) => field(`${l.name} (default ${l.default})`, l.name, 'number', { value: l.value, min: 1 })),
      'Save limits', async (v) => {
        const body = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Number(x)]));
        const r = await api('PUT', '/api/v1/admin/limits', body);
        return r.ok ? null : r.data?.error?.message ?? `failed (${r.status})`;
      })));
  }
  show(el('h1', {}, 'Administration'), ...sections);
}

export function invitePage(token, after) {
  show(el('h1', {}, 'Join Rulebook'), form('Create your account', [
    field('Username', 'username', 'text', { autocomplete: 'username' }),
    field('Display name', 'display_name', 'text', { required: false, autocomplete: 'name' }),
    field('Password (12 characters or more)', 'password', 'password', { autocomplete: 'new-password', minlength: '12' }),
  ], 'Create account', async (v) => {
    const r = await api('POST', '/api/v1/invites/accept', { token, username: v.username, display_name: v.display_name || undefined, password: v.password });
    if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
    if (r.data?.csrf_token) setCsrf(r.data.csrf_token);
    location.hash = '#/';
    await after();
    return null;
  }));
}

export function resetPage(token) {
  show(el('h1', {}, 'Set a new password'), form('New password', [
    field('Password (12 characters or more)', 'password', 'password', { autocomplete: 'new-password', minlength: '12' }),
  ], 'Set password', async (v) => {
    const r = await api('POST', '/api/v1/password-reset', { token, password: v.password });
    if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
    show(el('h1', {}, 'Password set'), el('p', {}, el('a', { href: '#/' }, 'Sign in')));
    return null;
  }));
}


/// A space's own members and their space roles (admin or member).
export async function spaceMembers(ctx, space) {
  loading();
  const base = `/api/v1/orgs/${enc(ctx.org)}/spaces/${enc(space)}/members`;
  const [r, org] = await Promise.all([api('GET', base), api('GET', `/api/v1/orgs/${enc(ctx.org)}/members`)]);
  if (!r.ok) return show(el('h1', {}, `Space ${space}`), failure(r));
  const rows = r.data.members.map((m) => el('tr', {}, el('td', {}, m.username), el('td', {}, m.role),
    el('td', {}, el('button', { type: 'button', class: 'danger', on: { click: async () => {
      if (!confirmed(`Remove ${m.username} from this space?`)) return;
      const res = await api('DELETE', `${base}/${m.id}`);
      if (!res.ok) window.alert(res.data?.error?.message ?? 'failed');
      await spaceMembers(ctx, space);
    } } }, 'Remove'))));
  const add = form('Add a member', [
    el('label', {}, 'Person', el('select', { name: 'id' }, (org.data?.members ?? []).map((m) => el('option', { value: m.id }, m.username)))),
    el('label', {}, 'Space role', el('select', { name: 'role' }, el('option', { value: 'member' }, 'member'), el('option', { value: 'admin' }, 'admin'))),
  ], 'Add to space', async (v) => {
    const res = await api('PUT', `${base}/${enc(v.id)}`, { role: v.role });
    if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
    await spaceMembers(ctx, space);
    return null;
  });
  show(el('h1', {}, `Members of space ${space}`), rows.length ? el('table', {}, el('thead', {}, el('tr', {}, ['User', 'Space role'].map((h) => el('th', { scope: 'col' }, h)), actionsHeader())), el('tbody', {}, rows)) : empty('No space members: org roles apply.'), add);
}
