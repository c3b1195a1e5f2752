// End-to-end: the artifact pages (issue 16). Markdown shown rendered from the server's safe
// trees (raw HTML and `javascript:` links as text) with the source a click away; the template
// picker; Delete into the trash through a confirm dialog; "Add to package" and the package
// badges; numbered rule and example cards; an edited rule diffed as one change; no focus
// outline around <main>. The real binary on 127.0.0.1:0, Debian's Chromium through
// playwright-core; every test fails on a console error, a page error or a foreign request.
//
// Usage: node --test tests/e2e/content.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e } from './harness.mjs';

const S = '/api/v1/orgs/acme/spaces/default';
const DESCRIPTION = '## Why it matters\n\n- first point\n- second point\n\nRead [the guide](https://example.com/guide) '
  + 'or [this](javascript:alert(1)).\n\n<script>window.pwned = 1</script>\n';

const run = e2e('content');
const { shot, hash, api: apiCall } = run;
let url, page;
before(async () => { ({ url, page } = await run.start()); });
after(() => run.stop());

const main = () => page.locator('main');

const rule = (text) => ({ text, severity: 'error', examples: [{ language: 'rust', good: 'f()?', bad: 'f().unwrap()' }] });

test('setup; a standard written in Markdown, a command, a package', async () => {
  await run.firstRun();
  let r = await apiCall('POST', `${S}/standards`, { name: 'Error handling', description: DESCRIPTION, scope: [],
    rules: [rule('Return `Result` from fallible functions.'), rule('Never panic on input.')] });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${S}/commands`, { name: 'Old release', description: 'Makes a *release*.', body: '1. Build\n2. Tag\n' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${S}/packages`, { name: 'Backend', items: [] });
  assert.equal(r.status, 201, JSON.stringify(r.data));
});

test('Markdown is rendered safely, with the source a click away; no outline around main', async () => {
  await page.goto(`${url}/#/acme/default/standards/error-handling`);
  const rendered = main().locator('.md-block .markdown').first();
  await rendered.getByRole('heading', { name: 'Why it matters', level: 2 }).waitFor();
  // Focus is on main (for screen readers) but no outline is drawn around it.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('main')).outlineStyle), 'none');
  assert.deepEqual(await rendered.locator('ul > li').allInnerTexts(), ['first point', 'second point']);
  const guide = rendered.getByRole('link', { name: 'the guide' });
  assert.equal(await guide.getAttribute('href'), 'https://example.com/guide');
  assert.equal(await guide.getAttribute('rel'), 'noopener noreferrer');
  // The javascript: link is plain text; the raw <script> is text, never an element.
  assert.equal(await rendered.getByRole('link', { name: 'this' }).count(), 0);
  await rendered.getByText('or this.').waitFor();
  await rendered.getByText('<script>window.pwned = 1</script>').waitFor();
  assert.equal(await main().locator('script').count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await main().locator('a[href^="javascript"]').count(), 0);
  // Rules are rendered too (inline code) and numbered.
  await main().locator('.rule-text code', { hasText: 'Result' }).waitFor();
  assert.deepEqual(await main().locator('.rule-label').allTextContents(), ['Rule 1', 'Rule 2']);
  // Source toggle.
  const toggle = main().getByRole('button', { name: 'Description: show source' });
  await toggle.click();
  const source = main().locator('pre.md-source').first();
  await source.waitFor();
  assert.equal(await source.textContent(), DESCRIPTION);
  assert.equal(await rendered.isVisible(), false);
  await main().getByRole('button', { name: 'Description: show rendered' }).click();
  await rendered.waitFor();
  await shot('01-markdown');
  // A command's body and description.
  await page.goto(`${url}/#/acme/default/commands/old-release`);
  await main().locator('.markdown em', { hasText: 'release' }).waitFor();
  assert.deepEqual(await main().locator('.markdown ol > li').allInnerTexts(), ['Build', 'Tag']);
});

test('add to package shows a badge linking to the packages page', async () => {
  await page.goto(`${url}/#/acme/default/standards/error-handling`);
  await main().getByText('In no package yet.').waitFor();
  await main().getByRole('combobox', { name: 'Package to add to' }).selectOption('backend');
  await main().getByRole('button', { name: 'Add to package' }).click();
  const badge = main().locator('section.in-packages').getByRole('link', { name: 'Backend' });
  await badge.waitFor();
  assert.equal(await badge.getAttribute('href'), '#/acme/default/packages');
  const r = await apiCall('GET', `${S}/packages/backend`);
  assert.deepEqual(r.data.items.map((i) => [i.kind, i.slug]), [['standard', 'error-handling']]);
  await shot('02-package-badge');
});

test('the editor numbers rule and example cards and keeps Create last', async () => {
  await page.goto(`${url}/#/acme/default/standards/error-handling/edit`);
  const legends = () => main().locator('fieldset.rule > legend').allInnerTexts();
  await main().locator('fieldset.rule').first().waitFor();
  assert.deepEqual(await legends(), ['Rule 1', 'Rule 2']);
  assert.deepEqual(await main().locator('fieldset.rule').first().locator('fieldset.example > legend').allInnerTexts(), ['Example 1']);
  await main().getByRole('button', { name: 'Add rule' }).click();
  await page.waitForFunction(() => document.querySelectorAll('fieldset.rule').length === 3);
  await page.waitForFunction(() => [...document.querySelectorAll('fieldset.rule > legend')].map((l) => l.textContent).join() === 'Rule 1,Rule 2,Rule 3');
  await main().locator('fieldset.rule').first().getByRole('button', { name: 'Remove rule' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('fieldset.rule > legend')].map((l) => l.textContent).join() === 'Rule 1,Rule 2');
  // The preview comes before the submit button, which is the form's last control.
  const order = await page.evaluate(() => {
    const controls = [...document.querySelectorAll('main form.editor button, main form.editor select')];
    return controls.slice(-1)[0]?.textContent;
  });
  assert.equal(order, 'Save new version');
});

test('an edited rule shows as one changed rule in the history and the proposal diff', async () => {
  const got = await apiCall('GET', `${S}/standards/error-handling`);
  const content = got.data.content;
  content.rules[1].text = 'Never panic on untrusted input.';
  const r = await apiCall('PUT', `${S}/standards/error-handling`, { ...content, message: 'Narrow the rule' }, { 'If-Match': got.etag });
  assert.equal(r.status, 200, JSON.stringify(r.data));
  await page.goto(`${url}/#/acme/default/standards/error-handling/history`);
  const changed = main().locator('ul.changed > li');
  await changed.first().waitFor();
  assert.equal(await changed.count(), 1);
  assert.equal((await changed.locator('ins').textContent()).trim(), 'untrusted');
  assert.equal(await main().locator('ul.added, ul.removed').count(), 0, 'no removed+added pair');
  await shot('03-history-diff');
  // A proposal that edits the first rule: the same in its review.
  const p = await apiCall('POST', `${S}/standards/error-handling/proposals`, {
    ...content, rules: [{ ...content.rules[0], text: 'Return `Result` from every fallible function.' }, content.rules[1]], message: 'Every one' });
  assert.equal(p.status, 201, JSON.stringify(p.data));
  await page.goto(`${url}/#/acme/default/standards/error-handling/proposals/${p.data.id}`);
  await main().locator('ul.changed > li').first().waitFor();
  assert.equal(await main().locator('ul.changed > li').count(), 1);
  assert.match(await main().locator('ul.changed ins').first().innerText(), /every/);
  // Accepting: a release notice when the answer names packages to release, else the standard.
  const answer = page.waitForResponse((res) => res.url().endsWith('/accept'));
  await main().getByRole('button', { name: 'Accept', exact: true }).click();
  const data = await (await answer).json();
  await page.waitForFunction(() => location.hash === '#/acme/default/standards/error-handling');
  await main().getByText('Version 3').waitFor();
  const notice = main().getByRole('status').filter({ hasText: 'after a release is published' });
  if (data.packages_to_release?.length) {
    await notice.getByText('Repositories that follow latest of Backend get this change after a release is published').waitFor();
    assert.equal(await notice.getByRole('link', { name: 'Open the packages of this space' }).getAttribute('href'), '#/acme/default/packages');
    await shot('04-release-notice');
  } else {
    assert.equal(await notice.count(), 0);
  }
  // Shown once: not again on the next visit.
  await page.reload();
  await main().getByText('Version 3').waitFor();
  assert.equal(await notice.count(), 0);
});

test('a proposed new artifact is shown rendered in its review', async () => {
  const r = await apiCall('POST', `${S}/proposals`, { kind: 'command', content: { name: 'Rollback', description: 'Rolls **back**.', body: '# Steps\n\n1. Stop\n' } });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  await page.goto(`${url}/#/acme/default/proposals/${r.data.id}`);
  await main().locator('.markdown strong', { hasText: 'back' }).waitFor();
  await main().locator('.markdown').getByRole('heading', { name: 'Steps' }).waitFor();
});

test('the template picker creates a standard and opens it', async () => {
  await page.goto(`${url}/#/acme/default/standards/new`);
  await main().getByText('Start from a template').click();
  const first = main().locator('ul.templates > li.card').first();
  await first.waitFor();
  const name = await first.locator('strong').innerText();
  await first.getByRole('button', { name: `Preview ${name}` }).click();
  await first.locator('.template-preview ol > li').first().waitFor();
  await shot('05-templates');
  await first.getByRole('button', { name: `Use ${name}` }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  assert.match(hash(), /^#\/acme\/default\/standards\/[a-z0-9-]+$/);
  assert.notEqual(hash(), '#/acme/default/standards/new');
});

test('delete asks in a dialog and moves the artifact to the trash', async () => {
  await page.goto(`${url}/#/acme/default/commands/old-release`);
  await main().getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Old release?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.equal(hash(), '#/acme/default/commands/old-release');
  await main().getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
  await page.waitForFunction(() => location.hash === '#/acme/default/commands');
  await main().getByText('No commands yet.').waitFor();
  const trash = await apiCall('GET', `${S}/commands?trash=1`);
  assert.deepEqual(trash.data.items.map((i) => i.slug), ['old-release']);
  await shot('06-deleted');
});
