// End-to-end: organizations in the UI (issue 16). An instance admin creates a second
// organization on the "New organization" page, switches between the two with the header's
// organization switcher (each shows its own content), and invites an existing user, who accepts
// while signed in (and, for a third organization, by signing in on the invitation page) and
// then finds every organization in the switcher. The real binary on 127.0.0.1:0, Debian's
// Chromium through playwright-core; every test fails on a console error, a page error or a
// request to another host.
//
// Usage: node --test tests/e2e/orgs.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e, apiCall, PASSWORD } from './harness.mjs';

const MO_PASSWORD = 'e2e member passphrase';

const run = e2e('orgs');
const { problems, expected } = run;
let url;
before(async () => { ({ url } = await run.start({ page: false })); });
after(() => run.stop());

/// A fresh browser (its own cookies and storage) that reports every problem.
const newPage = () => run.newPage();

const shot = (page, name) => run.shot(name, page);
const hash = (page) => run.hash(page);
const orgSwitch = (page) => page.getByRole('banner').getByRole('combobox', { name: 'Organization', exact: true });
const crumbs = (page) => page.getByRole('navigation', { name: 'Breadcrumb' });
const nav = (page) => page.getByRole('navigation', { name: 'Main' });

const standard = (name) => ({ slug: 'onboarding', name, description: `How ${name} works.`, scope: [], rules: [{ text: `Follow ${name}.` }] });

async function invite(page, org, role) {
  const r = await apiCall(page, 'POST', `/api/v1/orgs/${org}/invites`, { role });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  return r.data.token;
}

let admin, mo;

test('setup; the admin creates a second organization on the New organization page', async () => {
  admin = await newPage();
  await run.firstRun(admin);
  const r = await apiCall(admin, 'POST', '/api/v1/orgs/acme/spaces/default/standards', standard('Acme onboarding'));
  assert.equal(r.status, 201, JSON.stringify(r.data));
  // One organization, but an instance admin may create more: the switcher is there.
  assert.deepEqual(await orgSwitch(admin).locator('option').allInnerTexts(), ['Acme (admin)']);
  await admin.getByRole('banner').getByRole('link', { name: 'New organization' }).click();
  await admin.getByRole('heading', { name: 'New organization', level: 1 }).waitFor();
  assert.equal(hash(admin), '#/orgs/new');
  // The instance setting is on this page for instance admins; it saves on change.
  const toggle = admin.getByLabel('Let every signed-in user create organizations');
  assert.equal(await toggle.isChecked(), false);
  await toggle.check();
  await admin.getByText('Saved: every signed-in user may create organizations.').waitFor();
  assert.equal((await apiCall(admin, 'GET', '/api/v1/admin/settings')).data.users_can_create_orgs, true);
  await toggle.uncheck();
  await admin.getByText('Saved: only instance administrators may create organizations.').waitFor();
  assert.equal((await apiCall(admin, 'GET', '/api/v1/admin/settings')).data.users_can_create_orgs, false);
  await shot(admin, '01-new-organization');
  await admin.getByLabel('Name', { exact: true }).fill('Beta Team');
  await admin.getByRole('button', { name: 'Create organization' }).click();
  await crumbs(admin).getByText('Beta Team').waitFor();
  assert.equal(hash(admin), '#/beta-team/default');
  const b = await apiCall(admin, 'POST', '/api/v1/orgs/beta-team/spaces/default/standards', standard('Beta onboarding'));
  assert.equal(b.status, 201, JSON.stringify(b.data));
});

test('the switcher moves between the organizations; each shows its own content', async () => {
  await admin.goto(`${url}/#/beta-team/default/standards`);
  await admin.getByRole('link', { name: 'Beta onboarding' }).waitFor();
  assert.deepEqual(await orgSwitch(admin).locator('option').allInnerTexts(), ['Acme (admin)', 'Beta Team (admin)']);
  assert.equal(await orgSwitch(admin).inputValue(), 'beta-team');
  await orgSwitch(admin).selectOption('acme');
  await crumbs(admin).getByText('Acme').waitFor();
  assert.equal(hash(admin), '#/acme/default');
  assert.equal(await admin.evaluate(() => localStorage.getItem('rulebook.org')), 'acme');
  await nav(admin).getByRole('link', { name: 'Standards' }).click();
  // The list, not the dashboard still shown until the navigation is handled (it links the same standard).
  await admin.getByRole('heading', { level: 1, name: 'Standards' }).waitFor();
  await admin.getByRole('link', { name: 'Acme onboarding' }).waitFor();
  assert.equal(await admin.getByRole('link', { name: 'Beta onboarding' }).count(), 0, "Beta Team's standard listed in Acme");
  await orgSwitch(admin).selectOption('beta-team');
  await crumbs(admin).getByText('Beta Team').waitFor();
  assert.equal(hash(admin), '#/beta-team/default');
  await nav(admin).getByRole('link', { name: 'Standards' }).click();
  // The list, not the dashboard still shown until the navigation is handled (it links the same standard).
  await admin.getByRole('heading', { level: 1, name: 'Standards' }).waitFor();
  await admin.getByRole('link', { name: 'Beta onboarding' }).waitFor();
  assert.equal(await admin.getByRole('link', { name: 'Acme onboarding' }).count(), 0, "Acme's standard listed in Beta Team");
  // A fresh load opens the organization used last.
  await admin.goto(`${url}/#/`);
  await admin.reload();
  await crumbs(admin).getByText('Beta Team').waitFor();
  await shot(admin, '02-switched');
});

test('an existing user accepts an invitation while signed in and sees both organizations', async () => {
  // mo joins Acme with a new account (today's invitation page, unchanged), then signs in.
  const first = await invite(admin, 'acme', 'member');
  mo = await newPage();
  expected.push(401, 401); // who is signed in: nobody (the invitation page, then the start)
  await mo.goto(`${url}/#/invite/${first}`);
  await mo.getByLabel('Username').fill('mo');
  await mo.getByLabel('Password (12 characters or more)').fill(MO_PASSWORD);
  await mo.getByRole('button', { name: 'Create account' }).click();
  await mo.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  await mo.getByLabel('Username').fill('mo');
  await mo.getByLabel('Password').fill(MO_PASSWORD);
  await mo.getByRole('button', { name: 'Sign in', exact: true }).click();
  await crumbs(mo).getByText('Acme').waitFor();
  assert.equal(await orgSwitch(mo).count(), 0, 'one organization and no right to create one: no switcher');
  assert.equal(await mo.getByRole('banner').getByRole('link', { name: 'New organization' }).count(), 0);

  const token = await invite(admin, 'beta-team', 'viewer');
  await mo.goto(`${url}/#/invite/${token}`);
  await mo.getByRole('heading', { name: 'Join an organization' }).waitFor();
  await mo.getByText('You are signed in as mo.').waitFor();
  assert.equal(await mo.getByLabel('Password').count(), 0, 'no account fields for a signed-in user');
  await shot(mo, '03-accept-signed-in');
  await mo.getByRole('button', { name: 'Accept invitation' }).click();
  await crumbs(mo).getByText('Beta Team').waitFor();
  assert.match(hash(mo), /^#\/beta-team\/default$/);
  assert.deepEqual(await orgSwitch(mo).locator('option').allInnerTexts(), ['Acme (member)', 'Beta Team (viewer)']);
  await nav(mo).getByRole('link', { name: 'Standards' }).click();
  // The list, not the dashboard still shown until the navigation is handled (it links the same standard).
  await mo.getByRole('heading', { level: 1, name: 'Standards' }).waitFor();
  await mo.getByRole('link', { name: 'Beta onboarding' }).waitFor();
  await orgSwitch(mo).selectOption('acme');
  await crumbs(mo).getByText('Acme').waitFor();
  // Accepting the same link again is refused with the server's message.
  await mo.goto(`${url}/#/invite/${token}`);
  expected.push(410);
  await mo.getByRole('button', { name: 'Accept invitation' }).click();
  await mo.getByRole('alert').filter({ hasText: /invalid, expired or already used/ }).waitFor();
  await shot(mo, '04-both-orgs');
});

test('signed out, the invitation page signs an existing user in and accepts', async () => {
  const r = await apiCall(admin, 'POST', '/api/v1/orgs', { name: 'Gamma' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  const token = await invite(admin, 'gamma', 'member');
  const fresh = await newPage();
  expected.push(401); // the page asks who is signed in: nobody
  await fresh.goto(`${url}/#/invite/${token}`);
  // Today's form first; the existing account is one click away (and back).
  await fresh.getByRole('form', { name: 'Create an account' }).waitFor();
  await shot(fresh, '05-invite-signed-out');
  await fresh.getByRole('button', { name: 'Use my existing account' }).click();
  const signInForm = fresh.getByRole('form', { name: 'Sign in to accept with your existing account' });
  await signInForm.waitFor();
  assert.equal(await fresh.getByRole('form', { name: 'Create an account' }).count(), 0, 'one form at a time');
  await fresh.getByRole('button', { name: 'Create a new account instead' }).click();
  await fresh.getByRole('form', { name: 'Create an account' }).waitFor();
  await fresh.getByRole('button', { name: 'Use my existing account' }).click();
  // A wrong password is the server's message, and nothing is accepted.
  expected.push(401);
  await signInForm.getByLabel('Username').fill('mo');
  await signInForm.getByLabel('Password').fill('not the password at all');
  await signInForm.getByRole('button', { name: 'Sign in and accept' }).click();
  await signInForm.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
  await shot(fresh, '06-invite-existing-account');
  await signInForm.getByLabel('Username').fill('mo');
  await signInForm.getByLabel('Password').fill(MO_PASSWORD);
  await signInForm.getByRole('button', { name: 'Sign in and accept' }).click();
  await crumbs(fresh).getByText('Gamma').waitFor();
  assert.deepEqual(await orgSwitch(fresh).locator('option').allInnerTexts(),
    ['Acme (member)', 'Beta Team (viewer)', 'Gamma (member)']);
  const me = await apiCall(fresh, 'GET', '/api/v1/auth/me');
  assert.equal(me.data.user.username, 'mo');
  assert.equal(me.data.can_create_orgs, false);
  assert.deepEqual(problems, []);
});
