// Admin › Sign-in: whether this organization's members must sign in through the site's
// OpenID provider (org admins), and, for instance administrators, the provider itself: its
// issuer, client, the claims that carry the username and groups, and which IdP group grants
// which role; the site's directory (LDAP, `directory.js`); SCIM. Secrets are write-only:
// sealed on the server, never shown again.
import { el, field, area, form, loading, failure } from '../../dom.js';
import { api } from '../../api.js';
import { sectionShow, orgApi, problem, help, shownOnce } from './frame.js';
import { check, rulesText, parseRules } from './group_rules.js';
import { directoryForm } from './directory.js';

function providerForm(data, redraw) {
  const s = data.settings ?? {};
  const c = s.claims ?? {};
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const opt = { required: false };
  const f = form('OpenID provider (this server)', [
    help('Register Rulebook at the provider as a confidential client with the redirect URI ', [data.redirect_uri],
      ' and the post-logout redirect URI ', [data.post_logout_redirect_uri], '. The provider\'s host must be on the egress allowlist (Admin › Network).'),
    check('enabled', 'Offer single sign-on on the sign-in page', s.enabled),
    field('Issuer URL', 'issuer', 'url', { value: s.issuer ?? '', placeholder: 'https://idp.example.internal/realms/corp' }),
    field('Client ID', 'client_id', 'text', { value: s.client_id ?? '' }),
    field(data.client_secret_set ? 'Client secret (sealed; leave empty to keep it)' : 'Client secret', 'client_secret', 'password', { ...opt, autocomplete: 'off' }),
    field('Scopes', 'scopes', 'text', { value: (s.scopes ?? ['openid', 'profile', 'email', 'groups']).join(' ') }),
    field('Username claim', 'claim_username', 'text', { value: c.username ?? 'preferred_username' }),
    check('strip_domain', 'Drop a domain from the username (alice@corp.example becomes alice)', c.strip_domain),
    field('Display name claim', 'claim_display_name', 'text', { value: c.display_name ?? 'name' }),
    field('Email claim', 'claim_email', 'text', { value: c.email ?? 'email' }),
    field('Groups claim', 'claim_groups', 'text', { value: c.groups ?? 'groups' }),
    area('Group rules, one per line: group org role [space space-role]', 'rules', rulesText(s.groups), { rows: 4 }),
    check('link_existing_by_username', 'Let a first SSO sign-in take over a local account of the same username', s.link_existing_by_username),
    field('Button label', 'button_label', 'text', { value: s.button_label ?? 'Sign in with single sign-on' }),
  ], 'Save provider', async (v) => {
    saved.textContent = '';
    let groups;
    try { groups = parseRules(v.rules); } catch (e) { return e.message; }
    const body = {
      enabled: v.enabled === 'on', issuer: v.issuer.trim(), client_id: v.client_id.trim(),
      scopes: v.scopes.split(/\s+/).filter(Boolean),
      claims: { username: v.claim_username.trim(), display_name: v.claim_display_name.trim(), email: v.claim_email.trim(), groups: v.claim_groups.trim(), strip_domain: v.strip_domain === 'on' },
      groups, link_existing_by_username: v.link_existing_by_username === 'on', button_label: v.button_label.trim(),
    };
    if (v.client_secret) body.client_secret = v.client_secret;
    const res = await api('PUT', '/api/v1/admin/sso/oidc', body);
    if (!res.ok) return problem(res);
    saved.textContent = 'Saved.';
    redraw();
    return null;
  }, 'card wide');
  const tested = el('p', { 'aria-live': 'polite' });
  const test = el('button', { type: 'button', class: 'secondary', on: { click: async () => {
    tested.textContent = 'Testing…';
    const r = await api('POST', '/api/v1/admin/sso/oidc/test', {});
    tested.textContent = !r.ok ? problem(r) : r.data.ok
      ? `Reached: ${r.data.keys} signing key(s), algorithms ${r.data.algorithms.join(', ')}${r.data.end_session_endpoint ? ', sign-out supported' : ''}.`
      : `Failed: ${r.data.error}`;
  } } }, 'Test connection');
  return [f, saved, data.settings ? el('div', {}, test, tested) : null];
}

/// SCIM provisioning: the base URL for the IdP, and the bearer token (minted here, shown once).
function scimCard(status, redraw) {
  const out = el('div', {});
  const mint = el('button', { type: 'button', on: { click: async () => {
    const r = await api('POST', '/api/v1/admin/scim/token', {});
    if (!r.ok) { out.replaceChildren(el('p', { class: 'error', role: 'alert' }, problem(r))); return; }
    out.replaceChildren(shownOnce('SCIM token', r.data.token, 'Copy this token into the identity provider now: it is not shown again. The previous token no longer works.'));
  } } }, status.token_set ? 'Replace the SCIM token' : 'Create a SCIM token');
  const revoke = status.token_set ? el('button', { type: 'button', class: 'secondary', on: { click: async () => {
    const r = await api('DELETE', '/api/v1/admin/scim/token');
    if (r.ok) redraw(); else out.replaceChildren(el('p', { class: 'error', role: 'alert' }, problem(r)));
  } } }, 'Revoke the SCIM token') : null;
  return el('section', { class: 'card wide', 'aria-label': 'SCIM provisioning' }, el('h2', {}, 'SCIM provisioning (this server)'),
    help('The identity provider creates, updates and deactivates accounts and groups at ', [status.base_url],
      ' with a bearer token. Groups grant roles through the group rules above; deactivating a user ends their sessions and keys at once.'),
    el('p', {}, status.token_set ? 'A token is set.' : 'No token is set: SCIM is off.'), mint, revoke, out);
}

export async function signIn(ctx, me) {
  loading();
  const show = sectionShow(me, 'sign-in', 'Sign-in');
  const r = await api('GET', `${orgApi(ctx)}/settings/sign-in`);
  if (!r.ok) return show(failure(r));
  const provider = me.user.instance_admin ? await api('GET', '/api/v1/admin/sso/oidc') : null;
  if (provider && !provider.ok) return show(failure(provider));
  const scim = me.user.instance_admin ? await api('GET', '/api/v1/admin/scim') : null;
  if (scim && !scim.ok) return show(failure(scim));
  const directory = me.user.instance_admin ? await api('GET', '/api/v1/admin/sso/ldap') : null;
  if (directory && !directory.ok) return show(failure(directory));
  const saved = el('p', { class: 'ok', 'aria-live': 'polite' });
  const policy = form('This organization', [
    check('sso_only', 'Members sign in through single sign-on only (no passwords)', r.data.sso_only),
    help('Instance administrators keep password sign-in for emergencies; every such use is audited as break-glass.'),
  ], 'Save sign-in policy', async (v) => {
    saved.textContent = '';
    const res = await api('PUT', `${orgApi(ctx)}/settings/sign-in`, { sso_only: v.sso_only === 'on' });
    if (!res.ok) return problem(res);
    saved.textContent = 'Saved.';
    return null;
  }, 'card wide');
  show(r.data.oidc_enabled ? null : help('Single sign-on is not switched on for this server yet; an instance administrator sets up the provider.'),
    policy, saved, ...(provider ? providerForm(provider.data, () => signIn(ctx, me)) : []),
    ...(directory ? directoryForm(directory.data, () => signIn(ctx, me)) : []),
    scim ? scimCard(scim.data, () => signIn(ctx, me)) : null);
}
