// End-to-end: single sign-on through a real OpenID Provider (panva's oidc-provider, OpenID
// Certified, in process on its own loopback port: tests/e2e/idp/idp.mjs), driven by Debian's
// Chromium through Rulebook's real sign-in page and the provider's own form.
//
// - An instance admin sets the provider up in Admin › Sign-in: the settings, the sealed
//   secret, the group rules, and "Test connection".
// - alice signs in with the button. Her IdP groups make her an admin of Acme.
// - Signing out ends the provider's session too (RP-initiated logout): the next sign-in asks
//   for her password again.
// - Her group changes at the provider, and her role follows at the next sign-in.
// - A wrong password and a disabled account stop at the provider; nothing is created.
// - Rotated signing keys are fetched again.
// - A forged or replayed callback comes back to the sign-in page with the reason.
// - The provider being down does the same.
// The database is verified after the server stops.
//
// Usage: node --test tests/e2e/sso.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { e2e, bin } from './harness.mjs';
import { startIdp } from './idp/idp.mjs';

const SECRET = 'e2e-CANARY-oidc-client-secret';
const run = e2e('sso');
const { dirs, problems, shot, api: apiCall } = run;
let url, browser, idp;

before(async () => {
  ({ url, browser } = await run.start());
  idp = await startIdp({
    clientId: 'rulebook', clientSecret: SECRET,
    redirectUris: [`${url}/auth/oidc/callback`], postLogoutRedirectUris: [`${url}/`],
  });
});

after(async () => {
  await idp?.stop();
  await run.stop();
  const verify = spawnSync(bin, ['db', 'verify', ...dirs], { encoding: 'utf8' });
  assert.equal(verify.status, 0, `${verify.stdout}${verify.stderr}`);
});

/// A fresh browser (no cookies) whose page may visit only Rulebook and the provider.
async function visitor() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`visitor page error: ${e.stack ?? e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(url) && !u.startsWith(idp.issuer) && !u.startsWith('data:')) problems.push(`request to another host: ${u}`);
  });
  return { context, page };
}

/// From Rulebook's sign-in page through the provider's form; `expect` waits for the outcome.
async function signIn(page, login, password) {
  await page.goto(url);
  await page.getByRole('link', { name: 'Sign in with Corp SSO' }).click();
  await page.getByRole('heading', { name: 'Corp sign-in' }).waitFor();
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const me = (page) => page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
const roleIn = async (page, org) => (await me(page)).orgs?.find((o) => o.slug === org)?.role;

test('an instance admin sets up the provider in Admin › Sign-in', async () => {
  await run.firstRun();
  const host = idp.issuer.replace('http://', '');
  const r = await apiCall('PUT', '/api/v1/admin/egress', { allow: [host] });
  assert.equal(r.status, 200, JSON.stringify(r.data));
  const page = run.page;
  await page.goto(`${url}/#/admin/sign-in`);
  await page.reload();
  await page.getByRole('heading', { name: 'Sign-in', level: 1 }).waitFor();
  const provider = page.getByRole('form', { name: 'OpenID provider (this server)' });
  await provider.getByText(`${url}/auth/oidc/callback`).waitFor();
  await provider.getByLabel('Offer single sign-on on the sign-in page').check();
  await provider.getByLabel('Issuer URL').fill(idp.issuer);
  await provider.getByLabel('Client ID').fill('rulebook');
  await provider.getByLabel('Client secret').fill(SECRET);
  await provider.getByLabel(/Group rules/).fill('rulebook-admins acme admin\neng acme member');
  await provider.getByLabel('Button label').fill('Sign in with Corp SSO');
  await provider.getByRole('button', { name: 'Save provider' }).click();
  await page.getByRole('button', { name: 'Test connection' }).click();
  await page.getByText(/Reached: 1 signing key\(s\), algorithms .*RS256.*sign-out supported/).waitFor();
  await shot('admin-sign-in');
  const saved = await apiCall('GET', '/api/v1/admin/sso/oidc');
  assert.equal(saved.data.client_secret_set, true);
  assert.deepEqual(saved.data.settings.groups.map((g) => `${g.group}:${g.role}`), ['rulebook-admins:admin', 'eng:member']);
  assert.ok(!JSON.stringify(saved.data).includes(SECRET), 'the secret came back');
});

test('alice signs in through the provider; her groups make her an admin; signing out ends both sessions', async () => {
  const { context, page } = await visitor();
  try {
    // A wrong password stops at the provider.
    await signIn(page, 'alice', 'not-her-password');
    await page.getByRole('alert').filter({ hasText: 'Invalid login' }).waitFor();
    await page.getByLabel('Login').fill('alice');
    await page.getByLabel('Password').fill('alice-pw');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Acme' }).waitFor();
    const who = await me(page);
    assert.equal(who.user.username, 'alice');
    assert.equal(who.user.display_name, 'Alice Example');
    assert.equal(await roleIn(page, 'acme'), 'admin');
    assert.equal(idp.tokenRequests.at(-1).basic, true, 'the client secret went by Basic authentication');
    await shot('signed-in-by-sso', page);
    // Sign out: through the provider's end-session endpoint and back to the sign-in page.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${url}/`);
    await page.getByRole('link', { name: 'Sign in with Corp SSO' }).waitFor();
    // The provider's session ended too: the next sign-in shows its form again.
    await page.getByRole('link', { name: 'Sign in with Corp SSO' }).click();
    await page.getByRole('heading', { name: 'Corp sign-in' }).waitFor();
  } finally {
    await context.close();
  }
});

test('a group change at the provider moves the role; a disabled account gets nowhere', async () => {
  idp.setAccount('alice', { groups: ['eng'] });
  const first = await visitor();
  try {
    await signIn(first.page, 'alice', 'alice-pw');
    await first.page.getByRole('heading', { name: 'Acme' }).waitFor();
    assert.equal(await roleIn(first.page, 'acme'), 'member');
  } finally {
    await first.context.close();
  }
  idp.setAccount('bob', { disabled: true });
  const second = await visitor();
  try {
    await signIn(second.page, 'bob', 'bob-pw');
    await second.page.getByRole('alert').filter({ hasText: 'Account disabled' }).waitFor();
  } finally {
    await second.context.close();
  }
  const members = await apiCall('GET', '/api/v1/orgs/acme/members');
  assert.ok(!members.data.members.some((m) => m.username === 'bob'), 'a disabled account got a membership');
});

test('rotated keys are fetched again; a forged or replayed callback and a provider that is down sign nobody in', async () => {
  idp.rotate();
  const { context, page } = await visitor();
  try {
    let callback;
    page.on('request', (r) => { if (r.url().startsWith(`${url}/auth/oidc/callback`)) callback = r.url(); });
    await signIn(page, 'alice', 'alice-pw');
    await page.getByRole('heading', { name: 'Acme' }).waitFor();
    assert.ok(callback, 'the provider sent the browser back');
    // The same callback again: refused, shown on the sign-in page.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in with Corp SSO' }).waitFor();
    await page.goto(callback);
    await page.getByRole('alert').filter({ hasText: /Single sign-on failed: .*(already used|cookie)/ }).waitFor();
    // A callback the browser never started.
    await page.goto(`${url}/auth/oidc/callback?code=forged&state=forged`);
    await page.getByRole('alert').filter({ hasText: /Single sign-on failed: .*cookie/ }).waitFor();
    // The provider down: the admin's Test connection says so (and forgets what was cached);
    // a sign-in then stops on Rulebook's page with the reason.
    await idp.stop();
    await run.page.goto(`${url}/#/admin/sign-in`);
    await run.page.reload();
    await run.page.getByRole('button', { name: 'Test connection' }).click();
    await run.page.getByText(/Failed: the identity provider/).waitFor();
    await page.goto(url);
    await page.getByRole('link', { name: 'Sign in with Corp SSO' }).click();
    await page.getByRole('alert').filter({ hasText: /Single sign-on failed: the identity provider/ }).waitFor();
    await shot('sso-provider-down', page);
  } finally {
    await context.close();
  }
  const audit = await apiCall('GET', '/api/v1/audit?action=auth.sso_login&limit=50');
  const outcomes = audit.data.events.map((e) => e.outcome);
  assert.ok(outcomes.filter((o) => o === 'success').length >= 3, JSON.stringify(outcomes));
  assert.ok(outcomes.filter((o) => o === 'failure').length >= 3, JSON.stringify(outcomes));
  assert.ok(!JSON.stringify(audit.data).includes(SECRET));
});
