// End-to-end: the real binary on 127.0.0.1:0 with a temporary data dir, driven through Debian's
// Chromium (headless) by playwright-core. Every test fails on a console error, a page error or
// a request to any host but the server. Screenshots of each main page go to the folder printed
// at the end (look at them).
//
// Usage: node --test tests/e2e/ui.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { e2e, PASSWORD } from './harness.mjs';

const run = e2e();
const { tmp, problems, expected, shot, api: apiCall } = run;
let url, browser, page;
before(async () => { ({ url, browser, page } = await run.start()); });
after(() => run.stop());

test('first-run setup, then the dashboard', async () => {
  await run.firstRun(page, { beforeCreate: () => shot('01-setup') });
  await page.getByText('standards', { exact: true }).waitFor();
  await shot('02-dashboard');
});

test('create a standard with two rules and examples, edit it, view the diff', async () => {
  await page.goto(`${url}/#/standards/new`);
  await page.getByLabel('Name').fill('Error handling');
  await page.getByLabel('Description (Markdown)').fill('How we handle errors.');
  await page.getByLabel('Scope: one glob per line (empty = all files)').fill('src/**/*.rs');
  await page.getByLabel('Rule (one imperative sentence)').first().fill('Return errors with the question mark operator.');
  await page.getByRole('button', { name: 'Add example' }).first().click();
  await page.getByLabel('Good').first().fill('let n = s.parse()?;');
  await page.getByLabel('Bad').first().fill('let n = s.parse().unwrap();');
  await page.getByRole('button', { name: 'Add rule' }).click();
  await page.getByLabel('Rule (one imperative sentence)').nth(1).fill('Give every error a stable code.');
  await page.getByLabel('Severity').nth(1).selectOption('warning');
  await page.getByRole('button', { name: 'Add example' }).nth(1).click();
  await page.getByLabel('Language').nth(1).selectOption('python');
  await page.getByLabel('Good').nth(1).fill('raise AppError("RB-1")');
  await page.getByLabel('Bad').nth(1).fill('raise Exception("oops")');
  await shot('03-standard-editor');
  await page.getByRole('button', { name: 'Create standard' }).click();
  await page.getByRole('heading', { name: 'Error handling' }).waitFor();
  await page.getByText('Rules (2)').waitFor();
  await shot('04-standard');
  // A bad save keeps the input and shows the server's message.
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Name').fill('');
  await page.getByLabel('Name').fill(' ');
  expected.push(422);
  await page.getByRole('button', { name: 'Save new version' }).click();
  await page.getByRole('alert').filter({ hasText: 'name is required' }).waitFor();
  await page.getByLabel('Name').fill('Error handling');
  await page.getByLabel('Rule (one imperative sentence)').first().fill('Return errors with the `?` operator.');
  await page.getByLabel('Change message').fill('Shorter rule');
  await page.getByRole('button', { name: 'Save new version' }).click();
  await page.getByText('Version 2').waitFor();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Agent to preview').selectOption('cursor');
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByText('.cursor/rules/rulebook/error-handling.mdc').waitFor();
  await page.getByText('globs: src/**/*.rs').waitFor();
  await shot('04b-preview');
  await page.goto(`${url}/#/standards/error-handling`);
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByText('Changes from v1 to v2').waitFor();
  await page.getByText('Rules changed').waitFor();
  await shot('05-history-diff');
});

test('publish a package release', async () => {
  await page.goto(`${url}/#/packages`);
  await page.getByLabel('Name').fill('Backend');
  await page.getByLabel('standard Error handling').check();
  await page.getByRole('button', { name: 'Create package' }).click();
  await page.getByRole('heading', { name: 'Backend' }).waitFor();
  await page.getByRole('button', { name: 'Publish release' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Latest release 1').waitFor();
  await shot('06-packages');
  await page.goto(`${url}/#/`);
  await page.getByText(/latest release 1 · /).waitFor();
});

test('create and revoke an API key', async () => {
  await page.goto(`${url}/#/keys`);
  await page.getByLabel('Name').fill('laptop');
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = await page.getByLabel('The new key').inputValue();
  assert.match(key, /^rbk_[0-9a-f]{64}$/);
  await shot('07-api-keys');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('cell', { name: 'revoked' }).waitFor();
  const who = await fetch(`${url}/api/v1/auth/me`, { headers: { Authorization: `Bearer ${key}` } });
  assert.equal(who.status, 401, 'a revoked key stops working');
});

test('search with / and highlighted hits', async () => {
  await page.goto(`${url}/#/`);
  await page.getByRole('heading', { name: 'Acme' }).waitFor();
  await page.keyboard.press('/');
  await page.getByLabel('Search the playbook').waitFor();
  await page.getByLabel('Search the playbook').fill('stable code');
  await page.keyboard.press('Enter');
  await page.locator('mark').first().waitFor();
  await shot('08-search');
  // A hit in the title: highlighted as <mark> in the link, never literal ⟦ ⟧ markers.
  await page.goto(`${url}/#/search?q=${encodeURIComponent('handling')}`);
  await page.locator('a mark').first().waitFor();
  assert.ok(!(await page.locator('main').innerText()).includes('⟦'), 'literal highlight markers shown');
});

test('review a proposal and accept it', async () => {
  const r = await apiCall('POST', '/api/v1/orgs/acme/spaces/default/standards/error-handling/proposals', {
    name: 'Error handling', description: 'How we handle errors.', scope: ['src/**/*.rs'],
    rules: [{ text: 'Return errors with the `?` operator.' }, { text: 'Give every error a stable code.' }, { text: 'Log errors once.' }],
    message: 'Add a logging rule',
  });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  await page.goto(`${url}/#/standards/error-handling`);
  await page.getByRole('link', { name: /Add a logging rule/ }).click();
  await page.getByText('Rules added').waitFor();
  await shot('09-proposal');
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByText('Rules (3)').waitFor();
});

test('verify the audit chain', async () => {
  await page.goto(`${url}/#/audit`);
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await page.getByText(/Chain intact: \d+ rows verified/).waitFor();
  await shot('10-audit');
});

test('network and credentials: allow a host, test a connection, set a secret that never comes back', async () => {
  await page.goto(`${url}/#/network`);
  await page.getByRole('heading', { name: 'Network & credentials' }).waitFor();
  const hostPort = new URL(url).host;
  // Nothing allowed yet: the test is refused by policy.
  await page.getByLabel('URL').fill(`${url}/healthz`);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await page.getByText(/is not reachable/).waitFor();
  await page.getByText(/RB-EGRESS-DENIED/).waitFor();
  // Allow this server's own address literally, then the same test passes every stage.
  await page.getByLabel('Allowed hosts').fill(hostPort);
  // The save re-draws the page from the server's answer; until then the old form (and the
  // old policy) are still there, so mark the old field and wait for its replacement.
  await page.evaluate(() => { document.querySelector('textarea[name="allow"]').dataset.before = 'save'; });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction((hp) => {
    const t = document.querySelector('textarea[name="allow"]');
    return t && t.dataset.before === undefined && t.value === hp;
  }, hostPort);
  await page.getByLabel('URL').fill(`${url}/healthz`);
  await page.getByRole('button', { name: 'Test', exact: true }).click();
  await page.getByText(/is reachable\./).waitFor();
  await page.getByText('HTTP 200 from 127.0.0.1').waitFor();
  await shot('12-network');
  // A secret is set, listed with its hint only, and its value is nowhere in the page.
  const canary = 'CANARY-e2e-secret-value-4f2a9c';
  await page.getByLabel('Name').fill('egress.proxy-password');
  await page.getByLabel('Value').fill(canary);
  await page.getByRole('button', { name: 'Save secret' }).click();
  await page.getByRole('rowheader', { name: 'egress.proxy-password' }).waitFor();
  await page.getByRole('cell', { name: '…2a9c' }).waitFor();
  const listed = await apiCall('GET', '/api/v1/admin/secrets');
  assert.equal(listed.status, 200);
  assert.ok(!JSON.stringify(listed.data).includes(canary), 'the secret came back from the API');
  assert.ok(!(await page.content()).includes(canary), 'the secret is in the page');
});

test('commands, skills (upload a zip, download) and the admin page', async () => {
  await page.goto(`${url}/#/commands/new`);
  await page.getByLabel('Name').fill('Release notes');
  await page.getByLabel('Description').fill('Draft release notes');
  await page.getByLabel(/^Procedure/).fill('Summarise the changes since $ARGUMENTS.');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('heading', { name: 'Release notes' }).waitFor();
  const zip = join(tmp, 'deploy.zip');
  const skillMd = '---\nname: deploy\ndescription: Deploys the service.\n---\n\nRun scripts/run.sh.\n';
  const script = '#!/bin/sh\necho deploy\n';
  const made = spawnSync('python3', ['-c', [
    'import sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1], "w")',
    'z.writestr("deploy/SKILL.md", sys.argv[2])',
    'i = zipfile.ZipInfo("deploy/scripts/run.sh"); i.external_attr = 0o755 << 16',
    'z.writestr(i, sys.argv[3])',
    'z.close()'].join('\n'), zip, skillMd, script]);
  assert.equal(made.status, 0, String(made.stderr));
  await page.goto(`${url}/#/skills/upload`);
  await page.setInputFiles('#archive', zip);
  await page.getByRole('heading', { name: 'deploy', exact: true }).waitFor();
  await page.locator('ul.tree code', { hasText: 'scripts/run.sh' }).waitFor({ timeout: 5000 }).catch(async (e) => {
    throw new Error(`${e.message}\n${await page.locator('main').innerText()}`);
  });
  const href = await page.getByRole('link', { name: 'Download zip' }).getAttribute('href');
  const dl = await page.evaluate(async (h) => { const r = await fetch(h); return { status: r.status, type: r.headers.get('content-type') }; }, href);
  assert.deepEqual(dl, { status: 200, type: 'application/zip' });
  await shot('12-skill');
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('SKILL.md body (Markdown)').fill('Run scripts/run.sh, then watch the rollout.');
  await page.getByLabel('scripts/run.sh (executable)').fill('#!/bin/sh\necho deploy v2\n');
  await page.getByRole('button', { name: 'Save new version' }).click();
  await page.getByText('Version 2').waitFor();
  await page.getByText('then watch the rollout').waitFor();
  // A full load, and no click until every request of the page has answered: the router does
  // not cancel a page still loading. The admin area has a route per section.
  await page.goto(`${url}/#/admin/invitations`);
  await page.reload();
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();
  assert.match(link, /\/#\/invite\/[0-9a-f]{64}$/);
  await page.goto(`${url}/#/admin/retention`);
  await page.reload();
  await page.waitForLoadState('networkidle');
  await page.getByLabel(/^sessions: /).fill('30');
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/admin/retention') && r.request().method() === 'PUT'),
    page.getByRole('button', { name: 'Save retention' }).click(),
  ]);
  const ret = await apiCall('GET', '/api/v1/admin/retention');
  assert.equal(ret.data.classes.find((c) => c.class === 'sessions').days, 30);
  await shot('13-admin');
  await page.goto(`${url}/#/admin/spaces`);
  await page.getByRole('main').getByRole('link', { name: 'Default', exact: true }).click();
  await page.getByRole('button', { name: 'Add to space' }).waitFor();
});

test('change the password from the account page', async () => {
  await page.goto(`${url}/#/account`);
  await page.getByLabel('Current password').fill('not my password at all');
  await page.getByLabel('New password (12 characters or more)').fill('a brand new passphrase');
  expected.push(401);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('alert').filter({ hasText: 'invalid username or password' }).waitFor();
  await page.getByLabel('Current password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await page.getByRole('cell', { name: 'this session' }).waitFor();
  await shot('14-account');
});

test('narrow screens and dark mode render without horizontal scrolling', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${url}/#/standards/error-handling`);
  await page.getByText('Rules (3)').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `horizontal overflow of ${overflow}px at 390px`);
  await shot('11-narrow-dark');
});

test('an admin removes a member who joined through an invitation', async () => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  // A full load, and no click until every request of the page has answered: the router does
  // not cancel a page still loading.
  await page.goto(`${url}/#/admin/invitations`);
  await page.reload();
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();
  // The invitee joins in a browser of their own (the admin stays signed in here).
  const theirs = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const invitee = await theirs.newPage();
    invitee.on('pageerror', (e) => problems.push(`invitee page error: ${e.stack ?? e.message}`));
    await invitee.goto(link);
    await invitee.getByLabel('Username').fill('carol');
    await invitee.getByLabel('Display name').fill('Carol Leaving');
    await invitee.getByLabel('Password (12 characters or more)').fill('carol passphrase 1234');
    await invitee.getByRole('button', { name: 'Create account' }).click();
    // Accepting creates the account; then they sign in and see the organization.
    await invitee.getByRole('button', { name: 'Sign in' }).waitFor();
    await invitee.getByLabel('Username').fill('carol');
    await invitee.getByLabel('Password').fill('carol passphrase 1234');
    await invitee.getByRole('button', { name: 'Sign in' }).click();
    await invitee.getByRole('heading', { name: 'Acme' }).waitFor();
  } finally {
    await theirs.close();
  }
  // One full load of the members page (two quick hash changes could let the slower first
  // page render last: the router does not cancel a page still loading; see issue 16).
  await page.goto(`${url}/#/admin/members`);
  await page.reload();
  await page.waitForLoadState('networkidle');
  const row = page.getByRole('row', { name: /Carol Leaving \(carol\)/ });
  await row.waitFor();
  // No Remove button on the admin's own row.
  assert.equal(await page.getByRole('row', { name: /\(admin\)/ }).getByRole('button', { name: /^Remove/ }).count(), 0);
  // Dismissing the confirmation keeps the member.
  page.once('dialog', (d) => d.dismiss());
  await row.getByRole('button', { name: 'Remove carol' }).click();
  await page.getByRole('heading', { name: 'Members' }).waitFor();
  let members = await apiCall('GET', '/api/v1/orgs/acme/members');
  assert.ok(members.data.members.some((m) => m.username === 'carol'), 'removed without confirmation');
  await shot('15-members');
  page.once('dialog', (d) => d.accept());
  await Promise.all([
    page.waitForResponse((r) => /\/api\/v1\/orgs\/acme\/members\/\d+$/.test(r.url()) && r.request().method() === 'DELETE' && r.status() === 200),
    row.getByRole('button', { name: 'Remove carol' }).click(),
  ]);
  await row.waitFor({ state: 'detached' });
  await page.getByRole('row', { name: /\(admin\)/ }).waitFor();
  members = await apiCall('GET', '/api/v1/orgs/acme/members');
  assert.ok(!members.data.members.some((m) => m.username === 'carol'), JSON.stringify(members.data));
});

test('connect your agent, and an MCP client signs in through the browser (OAuth with PKCE)', async () => {
  await page.goto(`${url}/#/connect`);
  await page.getByRole('heading', { name: 'Connect your agent' }).waitFor();
  await page.getByLabel('Agent').selectOption('cursor');
  await page.getByText('${env:RULEBOOK_API_KEY}').waitFor();
  await shot('13-connect');
  // The client registers, then sends the browser to /oauth/authorize.
  const callback = `${url}/e2e-callback`;
  const reg = await fetch(`${url}/oauth/register`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ redirect_uris: [callback], client_name: 'E2E agent' }) });
  assert.equal(reg.status, 201);
  const { client_id } = await reg.json();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  await page.route(`${callback}**`, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'signed in' }));
  const q = new URLSearchParams({ response_type: 'code', client_id, redirect_uri: callback, code_challenge: challenge,
    code_challenge_method: 'S256', state: 'e2e-state', scope: 'mcp:read' });
  await page.goto(`${url}/oauth/authorize?${q}`);
  await page.getByRole('heading', { name: 'Connect an agent' }).waitFor();
  await page.getByText('E2E agent').waitFor();
  await shot('14-oauth-consent');
  await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL((u) => u.pathname === '/e2e-callback');
  const back = new URL(page.url());
  assert.equal(back.searchParams.get('state'), 'e2e-state');
  const form = new URLSearchParams({ grant_type: 'authorization_code', code: back.searchParams.get('code'), client_id,
    redirect_uri: callback, code_verifier: verifier });
  const tok = await fetch(`${url}/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
  assert.equal(tok.status, 200);
  const { access_token } = await tok.json();
  const mcp = await fetch(`${url}/mcp`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream',
    Authorization: `Bearer ${access_token}`, 'MCP-Protocol-Version': '2026-07-28', 'Mcp-Method': 'tools/list' },
  body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: { _meta: {
    'io.modelcontextprotocol/protocolVersion': '2026-07-28', 'io.modelcontextprotocol/clientCapabilities': {} } } }) });
  assert.equal(mcp.status, 200);
  assert.ok((await mcp.json()).result.tools.some((t) => t.name === 'rules_for_path'));
});

test('review a proposed new standard (as an agent files it over MCP) and accept it', async () => {
  const r = await apiCall('POST', '/api/v1/orgs/acme/spaces/default/proposals', {
    kind: 'standard', message: 'Proposed by an agent',
    content: { name: 'Agent proposal', description: 'Proposed over MCP.', scope: ['**/*.ts'],
      rules: [{ text: 'Prefer const.', examples: [{ language: 'typescript', good: 'const x = 1;', bad: 'let x = 1;' }] }] },
  });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  await page.goto(`${url}/#/`);
  await page.getByText('open proposals').waitFor();
  await page.goto(`${url}/#/proposals`);
  await page.getByRole('link', { name: /new standard agent-proposal/ }).click();
  await page.getByText('Prefer const.').waitFor();
  await shot('15-new-standard-proposal');
  await page.getByRole('button', { name: 'Accept: create this standard' }).click();
  await page.getByRole('heading', { name: 'Agent proposal' }).waitFor();
});
