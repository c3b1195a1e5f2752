// End-to-end: signing in with the site's directory, a real OpenLDAP server (Debian's slapd,
// tests/e2e/ldap/slapd.mjs) on loopback with LDAPS and the site's CA, driven by Chromium
// through Rulebook's real pages.
//
// - An instance admin sets the directory up in Admin › Sign-in: the settings, the sealed
//   service account password, the group rules, and "Test directory" finding alice.
// - alice signs in on the ordinary sign-in form with her directory password; her group makes
//   her a member of Acme. A wrong password is refused there.
// - The directory down: the sign-in form says so; the instance admin still signs in.
// The database is verified after the server stops.
//
// Usage: node --test tests/e2e/ldap.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { e2e, bin, PASSWORD } from './harness.mjs';
import { startSlapd, BASE } from './ldap/slapd.mjs';

const SECRET = 'e2e-CANARY-ldap-service-password';
const run = e2e('ldap');
const { dirs, problems, shot, api: apiCall } = run;
let url, browser, slapd;

before(async () => {
  ({ url, browser } = await run.start());
  const tls = join(run.tmp, 'ldap-tls');
  const made = spawnSync(bin, ['tls', 'self-signed', '--out', tls], { encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  slapd = await startSlapd(join(run.tmp, 'slapd'), tls, SECRET);
  run.caFile = join(tls, 'cert.pem');
});

after(async () => {
  await slapd?.stop();
  await run.stop();
  const verify = spawnSync(bin, ['db', 'verify', ...dirs], { encoding: 'utf8' });
  assert.equal(verify.status, 0, `${verify.stdout}${verify.stderr}`);
});

async function visitor() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`visitor page error: ${e.stack ?? e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('data:')) problems.push(`request to another host: ${r.url()}`); });
  return { context, page };
}

async function signIn(page, username, password) {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('an instance admin sets up the directory in Admin › Sign-in', async () => {
  await run.firstRun();
  const r = await apiCall('PUT', '/api/v1/admin/egress', { allow: [`127.0.0.1:${slapd.secure}`], ca_file: run.caFile });
  assert.equal(r.status, 200, JSON.stringify(r.data));
  const page = run.page;
  await page.goto(`${url}/#/admin/sign-in`);
  await page.reload();
  await page.getByRole('heading', { name: 'Sign-in', level: 1 }).waitFor();
  const d = page.getByRole('form', { name: /^Directory, LDAP or Active Directory/ });
  await d.getByLabel('Let the directory\'s people sign in').check();
  await d.getByLabel('URL').fill(`ldaps://127.0.0.1:${slapd.secure}`);
  await d.getByLabel('Service account DN').fill(`cn=rulebook,ou=services,${BASE}`);
  await d.getByLabel('Service account password').fill(SECRET);
  await d.getByLabel('People are under').fill(`ou=people,${BASE}`);
  await d.getByLabel(/^Groups are under/).fill(`ou=groups,${BASE}`);
  await d.getByLabel(/Group rules/).fill('eng acme member');
  await d.getByRole('button', { name: 'Save directory' }).click();
  await page.getByRole('button', { name: 'Test directory' }).waitFor();
  await page.getByLabel('Username to look up').fill('alice');
  await page.getByRole('button', { name: 'Test directory' }).click();
  await page.getByText(`Found uid=alice,ou=people,${BASE}; groups: cn=eng,ou=groups,${BASE}, eng.`).waitFor();
  await shot('admin-directory');
  const saved = await apiCall('GET', '/api/v1/admin/sso/ldap');
  assert.equal(saved.data.bind_password_set, true);
  assert.ok(!JSON.stringify(saved.data).includes(SECRET), 'the password came back');
});

test('alice signs in with her directory password; her group makes her a member', async () => {
  const { context, page } = await visitor();
  try {
    await signIn(page, 'alice', 'not her password');
    await page.getByRole('alert').filter({ hasText: 'invalid username or password' }).waitFor();
    await page.getByLabel('Password').fill('alice directory pw');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Acme' }).waitFor();
    const who = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json());
    assert.equal(who.user.username, 'alice');
    assert.equal(who.user.display_name, 'Alice Liddell');
    assert.equal(who.orgs.find((o) => o.slug === 'acme')?.role, 'member');
    await shot('signed-in-by-directory', page);
  } finally {
    await context.close();
  }
});

test('the directory down: its people are told, the instance admin still signs in', async () => {
  await slapd.stop();
  const { context, page } = await visitor();
  try {
    await signIn(page, 'alice', 'alice directory pw');
    await page.getByRole('alert').filter({ hasText: 'the directory cannot be reached' }).waitFor();
    await shot('directory-down', page);
    await signIn(page, 'admin', PASSWORD);
    await page.getByRole('heading', { name: 'Acme' }).waitFor();
  } finally {
    await context.close();
  }
  const audit = await apiCall('GET', '/api/v1/audit?action=auth.ldap_login&limit=50');
  const outcomes = audit.data.events.map((e) => e.outcome);
  assert.deepEqual(outcomes.sort(), ['failure', 'success']);
  assert.ok(!JSON.stringify(audit.data).includes(SECRET));
});
