// A real OpenID Provider for browser tests: panva's `oidc-provider` (OpenID Certified), in
// process, on 127.0.0.1 with a port of its own. One confidential client (client_secret_basic),
// the authorization code flow with PKCE, RS256 ID tokens carrying the profile, email and
// `groups` claims (conformIdTokenClaims off, as Keycloak and Entra ID put groups in the ID
// token), RP-initiated logout that signs out without asking, and a plain sign-in form of our
// own (no devInteractions): login and password checked against the accounts below, a disabled
// account refused. Consent is granted for the one client (a first-party application).
//
// Test controls: `setAccount(login, fields)` changes an account (its groups, `disabled`),
// `rotate()` signs with a new key and publishes only that one, `tokenRequests` records what
// reached the token endpoint, `stop()` takes the provider down.
import http from 'node:http';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import Provider from 'oidc-provider';

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function newKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

export async function startIdp({ clientId, clientSecret, redirectUris, postLogoutRedirectUris }) {
  const accounts = new Map(Object.entries({
    alice: { password: 'alice-pw', sub: 'sub-alice', name: 'Alice Example', email: 'alice@example.test', groups: ['rulebook-admins', 'eng'] },
    bob: { password: 'bob-pw', sub: 'sub-bob', name: 'Bob Example', email: 'bob@example.test', groups: ['eng'] },
    carol: { password: 'carol-pw', sub: 'sub-carol', name: 'Carol Example', email: 'carol@example.test', groups: [] },
  }));
  const bySub = (sub) => [...accounts.entries()].find(([, a]) => a.sub === sub);
  const tokenRequests = [];
  let key = newKey();
  let issuer;
  let provider;

  function build() {
    const p = new Provider(issuer, {
      clients: [{
        client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogoutRedirectUris, response_types: ['code'],
        grant_types: ['authorization_code'], token_endpoint_auth_method: 'client_secret_basic',
      }],
      jwks: { keys: [key] },
      cookies: { keys: ['rulebook-e2e-idp-cookie-key'] },
      claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email', 'email_verified'], groups: ['groups'] },
      conformIdTokenClaims: false,
      features: {
        devInteractions: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          // Sign out at once: the form posted by a script, with the confirmation field set.
          async logoutSource(ctx, form) {
            ctx.body = `<!DOCTYPE html><html><head><title>Signing out</title></head><body>${form}
<script>const f = document.forms[0]; const i = document.createElement('input'); i.type = 'hidden'; i.name = 'logout'; i.value = 'yes'; f.appendChild(i); f.submit();</script></body></html>`;
          },
        },
      },
      interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
      async findAccount(ctx, id) {
        const found = bySub(id);
        if (!found) return undefined;
        const [login, a] = found;
        return {
          accountId: id,
          async claims() {
            return { sub: id, preferred_username: login, name: a.name, email: a.email, email_verified: true, groups: a.groups };
          },
        };
      },
      // A first-party client: the requested scopes are granted without a consent page.
      async loadExistingGrant(ctx) {
        const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
        if (grantId) return ctx.oidc.provider.Grant.find(grantId);
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
        grant.addOIDCScope('openid profile email groups');
        await grant.save();
        return grant;
      },
    });
    p.proxy = false;
    return p;
  }

  const page = (uid, message = '') => `<!DOCTYPE html><html><head><title>Corp sign-in</title></head><body>
<h1>Corp sign-in</h1>${message ? `<p role="alert">${esc(message)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login">
<label>Login <input name="login" autocomplete="username"></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button></form></body></html>`;

  async function readForm(req) {
    let body = '';
    for await (const chunk of req) body += chunk;
    return Object.fromEntries(new URLSearchParams(body));
  }

  async function interaction(req, res, url) {
    const [, , uid, action] = url.pathname.split('/');
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('interaction mismatch');
    if (req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page(uid));
    }
    if (action !== 'login') throw new Error(`unexpected interaction ${action}`);
    const { login, password } = await readForm(req);
    const a = accounts.get(login);
    const refuse = (m) => { res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }); res.end(page(uid, m)); };
    if (!a || a.password !== password) return refuse('Invalid login');
    if (a.disabled) return refuse('Account disabled');
    return provider.interactionFinished(req, res, { login: { accountId: a.sub } }, { mergeWithLastSubmission: false });
  }

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, issuer);
    try {
      if (url.pathname.startsWith('/interaction/')) return await interaction(req, res, url);
      if (url.pathname === '/token' && req.method === 'POST') {
        const auth = req.headers.authorization ?? '';
        const entry = { basic: auth.startsWith('Basic '), contentType: req.headers['content-type'] };
        tokenRequests.push(entry);
        res.on('finish', () => { entry.status = res.statusCode; });
      }
      return provider.callback()(req, res);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(e?.stack ?? e));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  issuer = `http://127.0.0.1:${server.address().port}`;
  provider = build();

  return {
    issuer,
    tokenRequests,
    setAccount(login, fields) { accounts.set(login, { ...(accounts.get(login) ?? { sub: `sub-${login}` }), ...fields }); },
    /// Signs with a new key from now on and publishes only it.
    rotate() { key = newKey(); provider = build(); return key.kid; },
    stop: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}
