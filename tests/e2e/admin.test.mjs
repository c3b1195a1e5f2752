// End-to-end: the admin area in sections (issue 16). `#/admin` is an overview; each section has
// its own route and a sub-navigation marks the one shown. Members get reset links (shown once),
// unlock, disable/enable and role changes; rendering lists agents by product name with what each
// writes; backups are a table; templates copy into a space; a space's archive exported from one
// space imports into another with a report; repositories show outdated installs. The real binary
// on 127.0.0.1:0 (with scheduled backups), Debian's Chromium through playwright-core; every test
// fails on a console error, a page error or a request to another host. The database is verified
// after the server stops.
//
// Usage: node --test tests/e2e/admin.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { e2e, bin } from './harness.mjs';

const ORG = '/api/v1/orgs/acme';

const run = e2e('admin');
const { tmp, dirs, problems, expected, shot, hash, api: apiCall } = run;
let url, browser, page;

before(async () => {
  ({ url, browser, page } = await run.start({
    // Scheduled backups are sealed to an age recipient.
    prepare() {
      const keygen = spawnSync('age-keygen', ['-o', join(tmp, 'backup-identity.txt')], { encoding: 'utf8' });
      assert.equal(keygen.status, 0, keygen.stderr);
      const recipient = readFileSync(join(tmp, 'backup-identity.txt'), 'utf8').match(/# public key: (\S+)/)[1];
      writeFileSync(join(tmp, 'cfg', 'backup-recipients.txt'), `${recipient}\n`);
    },
    serveArgs: ['--backup-every', '3s', '--backup-keep', '2', '--backup-dir', join(tmp, 'backups')],
    context: { acceptDownloads: true },
  }));
});

after(async () => {
  await run.stop();
  const verify = spawnSync(bin, ['db', 'verify', ...dirs], { encoding: 'utf8' });
  assert.equal(verify.status, 0, `${verify.stdout}${verify.stderr}`);
});

const subnav = () => page.getByRole('navigation', { name: 'Administration' });
const heading = (name) => page.getByRole('heading', { name, level: 1, exact: true });

/// Opens an admin route with one full load (no earlier page still rendering).
async function open(route, title) {
  await page.goto(`${url}/${route}`);
  await page.reload();
  await heading(title).waitFor();
}

test('setup, and a second and third space', async () => {
  await run.firstRun();
  for (const [name, slug] of [['Platform', 'platform'], ['Mobile', 'mobile']]) {
    const r = await apiCall('POST', `${ORG}/spaces`, { name, slug, visibility: 'open' });
    assert.equal(r.status, 201, JSON.stringify(r.data));
  }
});

const SECTIONS = [['members', 'Members'], ['spaces', 'Spaces'], ['invitations', 'Invitations'], ['rendering', 'Rendering'],
  ['install-policy', 'Install policy'], ['mcp-servers', 'MCP servers'], ['content-policy', 'Content policy'], ['templates', 'Templates'], ['archives', 'Archives'], ['repositories', 'Repositories'], ['limits', 'Content limits'],
  ['retention', 'Retention'], ['backups', 'Backups']];

test('every admin section has its route, its heading and a sub-navigation that marks it', async () => {
  await open('#/admin', 'Administration');
  for (const [, title] of SECTIONS) await page.getByRole('main').getByRole('link', { name: title, exact: true }).first().waitFor();
  assert.equal(await subnav().getByRole('link', { name: 'Overview' }).getAttribute('aria-current'), 'page');
  await shot('01-overview');
  for (const [key, title] of SECTIONS) {
    await open(`#/admin/${key}`, title);
    assert.equal(hash(), `#/admin/${key}`);
    const current = subnav().locator('a[aria-current="page"]');
    assert.equal(await current.count(), 1, key);
    assert.equal(await current.innerText(), title);
    assert.equal(await current.getAttribute('href'), `#/admin/${key}`);
  }
  // The audit log keeps its own page; the sub-navigation and the old-style route lead there.
  assert.equal(await subnav().getByRole('link', { name: 'Audit log' }).getAttribute('href'), '#/audit');
  await page.goto(`${url}/#/admin/audit`);
  await heading('Audit log').waitFor();
  assert.equal(hash(), '#/audit');
  await open('#/admin/nothing-here', 'Not found');
  // No help text shows Markdown backticks.
  await open('#/admin/retention', 'Retention');
  await page.getByRole('main').locator('code', { hasText: 'rulebook retention apply' }).waitFor();
  assert.ok(!(await page.getByRole('main').innerText()).includes('`'), 'a literal backtick on the retention page');
});

test('rendering: agent checkboxes carry product names and what each writes', async () => {
  await open('#/admin/rendering', 'Rendering');
  const claude = page.getByRole('checkbox', { name: 'Claude Code', exact: true });
  await claude.waitFor();
  const copilot = page.getByRole('checkbox', { name: 'GitHub Copilot', exact: true });
  const hint = await page.locator(`#${await copilot.getAttribute('aria-describedby')}`).innerText();
  assert.match(hint, /\.github\/instructions\//);
  assert.match(await page.locator('#writes-claude').innerText(), /\.claude\/commands\//);
  await claude.check();
  await copilot.check();
  await page.getByRole('button', { name: 'Save rendering defaults' }).click();
  await page.getByText('Saved.').waitFor();
  const r = await apiCall('GET', `${ORG}/settings/render`);
  assert.deepEqual(r.data.agents, ['claude', 'copilot']);
  assert.equal(r.data.agent_catalog.find((a) => a.id === 'gemini').product, 'Gemini CLI');
  await shot('02-rendering');
});

test('install policy: agents, packages, the always-on maximum, the refused findings, the never-read paths, hooks and allow rules are saved', async () => {
  await open('#/admin/install-policy', 'Install policy');
  await page.getByRole('checkbox', { name: /^Only the agents ticked/ }).check();
  await page.getByRole('checkbox', { name: 'Cursor', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Claude Code', exact: true }).check();
  await page.getByLabel(/^Packages allowed/).fill('platform/*\nmobile/app');
  await page.getByLabel(/^Most bytes an always-on file/).fill('8000');
  await page.getByLabel('Content findings that refuse an install').selectOption('high');
  await page.getByLabel(/^Paths agents must never read/).fill('.env*\n secrets/** \n');
  await page.getByLabel(/^Hooks of agent policies/).selectOption('false');
  await page.getByLabel(/^Allow rules of agent policies/).selectOption('false');
  await page.getByRole('button', { name: 'Save install policy' }).click();
  await page.getByText('Saved.').waitFor();
  let r = await apiCall('GET', `${ORG}/settings/install-policy`);
  assert.deepEqual(r.data.policy, { allowed_agents: ['claude', 'cursor'], allowed_packages: ['mobile/app', 'platform/*'],
    max_always_on_bytes: 8000, forbidden_findings: 'high', never_read: ['.env*', 'secrets/**'], hooks: false, allow_rules: false });
  // A pattern that would let agents read a path again is refused with the server's reason.
  expected.push(422);
  await page.getByLabel(/^Paths agents must never read/).fill('!keep.env');
  await page.getByRole('button', { name: 'Save install policy' }).click();
  await page.getByRole('alert').filter({ hasText: '!keep.env' }).waitFor();
  await open('#/admin/install-policy', 'Install policy');
  assert.equal(await page.getByLabel(/^Paths agents must never read/).inputValue(), '.env*\nsecrets/**');
  // A bad entry is refused with the server's reason, and nothing changes.
  expected.push(422);
  await page.getByLabel(/^Packages allowed/).fill('no-slash');
  await page.getByRole('button', { name: 'Save install policy' }).click();
  await page.getByRole('alert').filter({ hasText: 'no-slash' }).waitFor();
  r = await apiCall('GET', `${ORG}/settings/install-policy`);
  assert.deepEqual(r.data.policy.allowed_packages, ['mobile/app', 'platform/*']);
  // Back to no limits, so later tests install freely.
  await open('#/admin/install-policy', 'Install policy');
  await page.getByRole('checkbox', { name: /^Only the agents ticked/ }).uncheck();
  await page.getByLabel(/^Packages allowed/).fill('');
  await page.getByLabel(/^Most bytes an always-on file/).fill('');
  await page.getByLabel('Content findings that refuse an install').selectOption('');
  await page.getByLabel(/^Paths agents must never read/).fill('');
  assert.equal(await page.getByLabel(/^Hooks of agent policies/).inputValue(), 'false', 'the saved choice is shown');
  await page.getByLabel(/^Hooks of agent policies/).selectOption('');
  assert.equal(await page.getByLabel(/^Allow rules of agent policies/).inputValue(), 'false', 'the saved choice is shown');
  await page.getByLabel(/^Allow rules of agent policies/).selectOption('');
  await page.getByRole('button', { name: 'Save install policy' }).click();
  await page.getByText('Saved.').waitFor();
  r = await apiCall('GET', `${ORG}/settings/install-policy`);
  assert.deepEqual(r.data.policy, {});
  await shot('02b-install-policy');
});

test('MCP servers: one reached over HTTP and one run as a command are saved; a credential is refused, a removal saved', async () => {
  await open('#/admin/mcp-servers', 'MCP servers');
  await page.getByRole('button', { name: 'Add a server' }).click();
  await page.getByLabel(/^Name/).last().fill('jira');
  await page.getByLabel(/^URL of its MCP endpoint/).last().fill('https://jira.example.internal/mcp');
  await page.getByLabel(/^Environment variable holding its bearer token/).last().fill('JIRA_TOKEN');
  await page.getByRole('button', { name: 'Add a server' }).click();
  await page.getByLabel(/^Name/).last().fill('db');
  await page.getByLabel(/^Command/).last().fill('db-mcp');
  await page.getByLabel(/^Arguments/).last().fill('--read-only\n --schema=public ');
  await page.getByLabel(/^Environment variables the command needs/).last().fill('DB_URL, DB_ROLE');
  await page.getByRole('button', { name: 'Save MCP servers' }).click();
  await page.getByText('Saved.').waitFor();
  let r = await apiCall('GET', `${ORG}/settings/mcp-servers`);
  assert.deepEqual(r.data.servers, [
    { name: 'db', command: 'db-mcp', args: ['--read-only', '--schema=public'], env: ['DB_URL', 'DB_ROLE'] },
    { name: 'jira', url: 'https://jira.example.internal/mcp', bearer_env: 'JIRA_TOKEN' }]);
  // A token typed into an argument is refused with the server's reason, and nothing changes.
  await open('#/admin/mcp-servers', 'MCP servers');
  expected.push(422);
  await page.getByLabel(/^Arguments/).first().fill('--token=Zx9kq2LmP4vT7wRqYt');
  await page.getByRole('button', { name: 'Save MCP servers' }).click();
  await page.getByRole('alert').filter({ hasText: 'credential' }).waitFor();
  r = await apiCall('GET', `${ORG}/settings/mcp-servers`);
  assert.equal(r.data.servers.length, 2);
  assert.deepEqual(r.data.servers[0].args, ['--read-only', '--schema=public']);
  await shot('02c-mcp-servers');
  // Removing both leaves none.
  await open('#/admin/mcp-servers', 'MCP servers');
  await page.getByRole('button', { name: 'Remove jira' }).click();
  await page.getByRole('button', { name: 'Remove db' }).click();
  await page.getByRole('button', { name: 'Save MCP servers' }).click();
  await page.getByText('Saved.').waitFor();
  r = await apiCall('GET', `${ORG}/settings/mcp-servers`);
  assert.deepEqual(r.data.servers, []);
});

test('members: an invitee gets a reset link shown once, is unlocked, disabled, enabled and promoted', async () => {
  await open('#/admin/invitations', 'Invitations');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();
  assert.match(link, /\/#\/invite\/[0-9a-f]{64}$/);
  const theirs = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const invitee = await theirs.newPage();
    invitee.on('pageerror', (e) => problems.push(`invitee page error: ${e.stack ?? e.message}`));
    await invitee.goto(link);
    await invitee.getByLabel('Username').first().fill('dana');
    await invitee.getByLabel('Password (12 characters or more)').fill('dana passphrase 1234');
    await invitee.getByRole('button', { name: 'Create account' }).click();
    await invitee.waitForFunction(() => !location.hash.startsWith('#/invite/'));
  } finally {
    await theirs.close();
  }
  await open('#/admin/members', 'Members');
  const row = page.getByRole('row', { name: /\(dana\)/ });
  await row.waitFor();
  // A reset link, shown once.
  await row.getByRole('button', { name: 'Reset link for dana' }).click();
  const reset = await page.getByLabel('Password reset link for dana').inputValue();
  assert.match(reset, /\/#\/reset\/[0-9a-f]{64}$/);
  await shot('03-reset-link');
  await open('#/admin/members', 'Members');
  await row.waitFor();
  assert.equal(await page.getByLabel('Password reset link for dana').count(), 0, 'the reset link is shown again');
  // The link works once, in the person's own browser.
  const hers = await browser.newContext();
  try {
    const p = await hers.newPage();
    await p.goto(reset);
    await p.getByLabel('Password (12 characters or more)').fill('dana new passphrase 99');
    await p.getByRole('button', { name: 'Set password' }).click();
    await p.getByRole('heading', { name: 'Password set' }).waitFor();
  } finally {
    await hers.close();
  }
  // Unlock: nothing to release.
  await row.getByRole('button', { name: 'Unlock dana' }).click();
  await page.getByText('dana was not locked.').waitFor();
  // Disable (confirmed), then enable.
  page.once('dialog', (d) => d.accept());
  await row.getByRole('button', { name: 'Disable dana' }).click();
  await page.getByText('dana is disabled.').waitFor();
  await row.getByRole('cell', { name: 'disabled', exact: true }).waitFor();
  let m = (await apiCall('GET', `${ORG}/members`)).data.members.find((x) => x.username === 'dana');
  assert.equal(m.disabled, true);
  await row.getByRole('button', { name: 'Enable dana' }).click();
  await page.getByText('dana is enabled.').waitFor();
  // Role change.
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/role') && r.request().method() === 'PUT' && r.status() === 200),
    row.getByLabel('Role of dana').selectOption('member'),
  ]);
  await page.getByText('dana is now member.').waitFor();
  m = (await apiCall('GET', `${ORG}/members`)).data.members.find((x) => x.username === 'dana');
  assert.deepEqual([m.disabled, m.role], [false, 'member']);
  // No actions on one's own row.
  assert.equal(await page.getByRole('row', { name: /\(admin\)/ }).getByRole('button').count(), 0);
});

test("spaces: a space's members page adds and removes a member", async () => {
  await open('#/admin/spaces', 'Spaces');
  await page.getByRole('main').getByRole('link', { name: 'Platform', exact: true }).click();
  await heading('Members of space platform').waitFor();
  assert.equal(hash(), '#/admin/spaces/platform');
  assert.equal(await subnav().getByRole('link', { name: 'Spaces' }).getAttribute('aria-current'), 'page');
  await page.getByLabel('Person').selectOption({ label: 'dana' });
  await page.getByRole('button', { name: 'Add to space' }).click();
  const row = page.getByRole('row', { name: /dana/ });
  await row.waitFor();
  page.once('dialog', (d) => d.accept());
  await row.getByRole('button', { name: 'Remove dana from the space' }).click();
  await row.waitFor({ state: 'detached' });
  const r = await apiCall('GET', `${ORG}/spaces/platform/members`);
  assert.ok(!r.data.members.some((m) => m.username === 'dana'), JSON.stringify(r.data));
});

let template;

test('templates: preview one, and create a standard from it in another space', async () => {
  const list = await apiCall('GET', '/api/v1/templates');
  template = list.data.items[0];
  await open('#/admin/templates', 'Templates');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: template.name }) });
  await item.getByText(`Preview and use ${template.name}`).click();
  const full = await apiCall('GET', `/api/v1/templates/${template.slug}`);
  await item.getByText(full.data.content.rules[0].text, { exact: true }).waitFor();
  await item.getByRole('form').getByRole('combobox').selectOption('platform');
  await item.getByRole('button', { name: 'Create standard' }).click();
  await item.getByRole('link', { name: `${template.name} in platform` }).click();
  await page.getByRole('heading', { name: template.name, level: 1 }).waitFor();
  assert.equal(hash(), `#/acme/platform/standards/${template.slug}`);
  const r = await apiCall('GET', `${ORG}/spaces/platform/standards/${template.slug}`);
  assert.equal(r.status, 200);
});

test('archives: export a space, dry-run and import it into another, with the report', async () => {
  await open('#/admin/archives', 'Archives');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export Platform' }).click()]);
  assert.equal(download.suggestedFilename(), 'platform.rulebook.zip');
  const file = join(tmp, 'platform.rulebook.zip');
  await download.saveAs(file);
  const form = page.getByRole('form', { name: 'Import an archive' });
  await form.getByLabel('Into space').selectOption('mobile');
  await form.getByLabel('Archive file').setInputFiles(file);
  await form.getByLabel('Dry run: show what would change').check();
  await form.getByRole('button', { name: 'Import' }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await report.getByRole('heading', { name: 'Dry run into mobile: nothing changed' }).waitFor();
  // The export is signed by this instance: the report names the key and says it is its own.
  await report.getByText(/Signed by key [0-9a-f]{16} .*one of this instance's own keys/).waitFor();
  await report.getByRole('row', { name: new RegExp(`standard ${template.slug} created`) }).waitFor();
  expected.push(404);
  assert.equal((await apiCall('GET', `${ORG}/spaces/mobile/standards/${template.slug}`)).status, 404);
  await form.getByLabel('Dry run: show what would change').uncheck();
  await form.getByRole('button', { name: 'Import' }).click();
  await report.getByRole('heading', { name: 'Imported into mobile' }).waitFor();
  await report.getByRole('row', { name: new RegExp(`standard ${template.slug} created`) }).waitFor();
  await shot('04-import-report');
  assert.equal((await apiCall('GET', `${ORG}/spaces/mobile/standards/${template.slug}`)).status, 200);
});

test('backups: the last scheduled backup is a table row, verified', async () => {
  let status;
  for (let i = 0; i < 60; i += 1) {
    status = (await apiCall('GET', '/api/v1/admin/backups')).data;
    if (status.successes >= 1) break;
    await new Promise((ok) => setTimeout(ok, 500));
  }
  assert.ok(status.successes >= 1, JSON.stringify(status));
  await open('#/admin/backups', 'Backups');
  const row = page.getByRole('row').filter({ hasText: 'verified' });
  await row.waitFor();
  assert.match(await row.innerText(), /\.age/);
  assert.match(await row.innerText(), /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
  assert.match(await row.innerText(), /KiB|MiB|bytes/);
  assert.equal(await page.getByRole('main').locator('pre').count(), 0, 'raw JSON on the backups page');
  await shot('05-backups');
});

test('repositories: a tracked repository, and an install report flagged outdated', async () => {
  await open('#/admin/repositories', 'Repositories');
  await page.getByText('No repository has reported an install yet.').waitFor();
  const repo = 'https://git.example.com/acme/app.git';
  await page.getByLabel('Repository URL').fill(repo);
  await page.getByRole('button', { name: 'Track' }).click();
  await page.getByText(/No install reported yet/).waitFor();
  // A package with two releases; the repository reports the first one.
  const sp = `${ORG}/spaces/platform`;
  let r = await apiCall('POST', `${sp}/packages`, { name: 'Backend', items: [{ kind: 'standard', slug: template.slug }] });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${sp}/packages/backend/releases`, {});
  assert.equal(r.status, 201, JSON.stringify(r.data));
  const first = r.data.version;
  r = await apiCall('POST', `${sp}/packages/backend/releases`, { version: '9.0.0' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${ORG}/distributions`, { url: repo, branch: 'main', commit: 'abc123', packages: { 'platform/backend': first },
    artifacts: [], agents: ['claude'] });
  assert.ok(r.status < 300, JSON.stringify(r.data));
  await open('#/admin/repositories', 'Repositories');
  const row = page.getByRole('row').filter({ hasText: 'platform/backend' });
  await row.getByText('outdated').waitFor();
  assert.match(await row.innerText(), new RegExp(`${first}\\s+9\\.0\\.0`));
  await page.getByText('1 installed package(s) are behind their newest release').waitFor();
  await shot('06-repositories');
});

test('a non-instance admin sees no instance sections', async () => {
  // An org admin who is not the instance admin: the sections of the whole instance are hidden,
  // and their routes explain instead of asking the server (no 403 in the console).
  const inv = await apiCall('POST', `${ORG}/invites`, { role: 'admin' });
  assert.equal(inv.status, 201, JSON.stringify(inv.data));
  const theirs = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const p = await theirs.newPage();
    // Signed out, the app's own "who am I" answers 401; anything else is a problem.
    p.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('status of 401')) problems.push(`org admin console: ${m.text()}`); });
    await p.goto(inv.data.url);
    await p.getByLabel('Username').first().fill('olga');
    await p.getByLabel('Password (12 characters or more)').fill('olga passphrase 1234');
    await p.getByRole('button', { name: 'Create account' }).click();
    await p.waitForFunction(() => !location.hash.startsWith('#/invite/'));
    // Accepting creates the account; then they sign in.
    await p.getByRole('button', { name: 'Sign in' }).waitFor();
    await p.getByLabel('Username').fill('olga');
    await p.getByLabel('Password').fill('olga passphrase 1234');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { name: 'Acme' }).waitFor();
    await p.goto(`${url}/#/admin`);
    await p.reload();
    await p.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    const nav = p.getByRole('navigation', { name: 'Administration' });
    await nav.getByRole('link', { name: 'Members' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Backups' }).count(), 0);
    await p.goto(`${url}/#/admin/backups`);
    await p.getByText('Only an instance administrator can see or change this.').waitFor();
  } finally {
    await theirs.close();
  }
});
