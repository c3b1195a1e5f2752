// Account (sessions) and administration: the dispatcher of the admin sections (each in its
// own file under admin/, sharing admin/frame.js), plus the public invitation and
// password-reset pages.
import { el, field, form, show, loading, failure, confirmed } from '../dom.js';
import { api, setCsrf } from '../api.js';
import { actionsHeader, SECTIONS, sectionShow } from './admin/frame.js';
import { overview } from './admin/overview.js';
import { members } from './admin/members.js';
import { spaces, spaceMembers } from './admin/spaces.js';
import { invitations } from './admin/invitations.js';
import { rendering } from './admin/rendering.js';
import { installPolicy } from './admin/install_policy.js';
import { mcpServers } from './admin/mcp_servers.js';
import { signIn } from './admin/sign_in.js';
import { mail } from './admin/mail.js';
import { contentPolicy } from './admin/content_policy.js';
import { templates } from './admin/templates.js';
import { archives } from './admin/archives.js';
import { repositories } from './admin/repositories.js';
import { limits } from './admin/limits.js';
import { retention } from './admin/retention.js';
import { backups } from './admin/backups.js';
import { ai } from './admin/ai.js';

export async function account() {
  loading();
  const r = await api('GET', '/api/v1/sessions');
  if (!r.ok) return show(el('h1', {}, 'Your sessions'), failure(r));
  const m = await api('GET', '/api/v1/account/mail');
  if (!m.ok) return show(el('h1', {}, 'Your account'), failure(m));
  const mailSaved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const mail = form('Mail', [
    field('Your address (empty: none)', 'email', 'email', { required: false, value: m.data.email ?? '', autocomplete: 'email' }),
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'notifications', checked: m.data.notifications }),
      'Mail me notifications: proposals to review, decisions on mine, failed distributions and backups'),
    m.data.relay ? null : el('p', { class: 'muted' }, 'This server sends no mail yet; an instance administrator sets up the relay.'),
  ], 'Save mail settings', async (v) => {
    mailSaved.textContent = '';
    const res = await api('PUT', '/api/v1/account/mail', { email: v.email.trim() || null, notifications: v.notifications === 'on' });
    if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
    mailSaved.textContent = 'Saved.';
    return null;
  });
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
  show(el('h1', {}, 'Your account'), password, mail, mailSaved, el('h2', {}, 'Sessions'),
    el('table', {}, el('thead', {}, el('tr', {}, ['Started', 'Last seen', 'Address', 'Browser'].map((h) => el('th', { scope: 'col' }, h)), actionsHeader())), el('tbody', {}, rows)));
}

/// The page of each admin section (`#/admin/{section}`); '' is the overview.
const PAGES = { '': overview, members, spaces, invitations, rendering, 'install-policy': installPolicy, 'mcp-servers': mcpServers, 'sign-in': signIn, mail, 'content-policy': contentPolicy, templates, archives, repositories, limits, retention, backups, ai };

/// `#/admin[/{section}[/{sub}]]`: the overview, a section, or a space's members (`rest` is
/// what follows the section).
export function admin(ctx, me, section = '', rest = []) {
  if (section === 'audit') return location.replace('#/audit'); // the audit log has its own page
  if (section === 'spaces' && rest.length === 1) return spaceMembers(ctx, me, rest[0]);
  const page = Object.hasOwn(PAGES, section) ? PAGES[section] : null;
  const known = SECTIONS.find(([key]) => key === section);
  if (!page || rest.length) return sectionShow(me, known ? section : null, 'Not found')(el('p', {}, el('a', { href: '#/admin' }, 'Back to the administration')));
  if (known?.[3] && !me.user.instance_admin) {
    return sectionShow(me, null, known[1])(el('p', {}, 'Only an instance administrator can see or change this.'));
  }
  return page(ctx, me);
}

/// `#/invite/{token}`: join the organization that sent the link. Signed in, the user accepts
/// with this account (no new password). Signed out, they create an account, or sign in with
/// the one they have and accept in the same step. `after(org)` opens what was joined.
export async function invitePage(token, after) {
  const me = await api('GET', '/api/v1/auth/me');
  const accept = async () => {
    const r = await api('POST', '/api/v1/invites/accept', { token });
    if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
    await after(r.data.org);
    return null;
  };
  if (me.ok && me.data.via === 'session') {
    setCsrf(me.data.csrf_token);
    const name = me.data.user.username;
    return show(el('h1', {}, 'Join an organization'),
      form(`Accept as ${name}`, [el('p', {}, `You are signed in as ${name}. Accepting adds this account to the organization that invited you.`)],
        'Accept invitation', accept),
      el('p', { class: 'muted' }, 'To join with a new account instead, sign out first.'));
  }
  // Signed out: today's "create an account" form, and a second view (one click away, so each
  // view has one form) that signs in with an existing account and accepts.
  const create = form('Create an account', [
    field('Username', 'username', 'text', { autocomplete: 'username' }),
    field('Display name', 'display_name', 'text', { required: false, autocomplete: 'name' }),
    field('Password (12 characters or more)', 'password', 'password', { autocomplete: 'new-password', minlength: '12' }),
  ], 'Create account', async (v) => {
    const r = await api('POST', '/api/v1/invites/accept', { token, username: v.username, display_name: v.display_name || undefined, password: v.password });
    if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
    await after(null);
    return null;
  });
  const signIn = form('Sign in to accept with your existing account', [
    field('Username', 'username', 'text', { autocomplete: 'username' }),
    field('Password', 'password', 'password', { autocomplete: 'current-password' }),
  ], 'Sign in and accept', async (v) => {
    const r = await api('POST', '/api/v1/auth/login', v);
    if (!r.ok) return r.data?.error?.message ?? `failed (${r.status})`;
    setCsrf(r.data.csrf_token);
    return accept();
  });
  const swap = (label, view) => el('button', { type: 'button', class: 'link', on: { click: view } }, label);
  const withNewAccount = () => show(el('h1', {}, 'Join Rulebook'),
    el('p', {}, 'Create your account for this invitation. Already have an account? ', swap('Use my existing account', withExistingAccount)),
    create);
  const withExistingAccount = () => show(el('h1', {}, 'Join Rulebook'),
    el('p', {}, 'Sign in with the account you already have: accepting adds it to the organization that invited you. ',
      swap('Create a new account instead', withNewAccount)),
    signIn);
  withNewAccount();
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
