// Admin › Archives: a whole space as a portable archive (every artifact and package; see
// docs/ARCHIVE.md), downloaded with the session's cookie, and an archive imported into a
// space in one transaction, with the report of what was created, updated or unchanged.
// A dry run shows that report without changing anything.
import { el, form, loading, failure, empty } from '../../dom.js';
import { api, enc } from '../../api.js';
import { sectionShow, orgApi, table, upload, help } from './frame.js';
import { findingsBox, gatedWrite } from '../findings.js';

/// Who signed the archive, and whether this instance trusts the signer (its own keys only).
function signer(sig) {
  if (!sig || sig.status !== 'signed') {
    return el('p', { class: 'signature' }, 'Signature: none (an unsigned archive: review it before importing).');
  }
  return el('p', { class: 'signature' }, 'Signed by key ', el('code', {}, sig.key_id), ` (fingerprint ${sig.fingerprint}): `,
    sig.trusted ? 'one of this instance\'s own keys.' : 'not one of this instance\'s keys; review the archive before importing it.');
}

/// What an import did (or would do), as tables.
function report(data, space) {
  const verb = data.dry_run ? 'would' : 'did';
  const rows = data.artifacts.map((a) => el('tr', {}, el('td', {}, a.kind), el('td', {}, el('code', {}, a.slug)), el('td', {}, a.action)));
  const packages = data.packages.map((p) => el('tr', {}, el('td', {}, 'package'), el('td', {}, el('code', {}, p.slug)), el('td', {}, p.action)));
  return el('section', { class: 'card', 'aria-label': 'Import report' },
    el('h2', {}, data.dry_run ? `Dry run into ${space}: nothing changed` : `Imported into ${space}`),
    signer(data.signature),
    rows.length + packages.length ? table(['Kind', 'Slug', `What the import ${verb}`], [...rows, ...packages]) : empty('The archive holds nothing.'));
}

export async function archives(ctx, me) {
  loading();
  const show = sectionShow(me, 'archives', 'Archives');
  const org = orgApi(ctx);
  const r = await api('GET', `${org}/spaces`);
  if (!r.ok) return show(failure(r));
  const spaces = r.data.spaces;
  const exports = spaces.map((s) => el('li', { class: 'card row' }, el('span', {}, s.name, el('span', { class: 'muted' }, ` (${s.slug})`)),
    el('a', { class: 'button secondary', href: `${org}/spaces/${enc(s.slug)}/export`, download: `${s.slug}.rulebook.zip`, 'aria-label': `Export ${s.name}` }, 'Export')));
  const out = el('div', { 'aria-live': 'polite' });
  const findings = findingsBox();
  const file = el('input', { type: 'file', name: 'file', required: true, accept: '.zip,.tar,.tgz,.tar.gz,application/zip,application/gzip' });
  const importer = form('Import an archive', [
    el('label', {}, 'Into space', el('select', { name: 'space' }, spaces.map((s) => el('option', { value: s.slug, selected: s.slug === ctx.space }, s.name)))),
    el('label', {}, 'Archive file', file),
    el('label', { class: 'check' }, el('input', { type: 'checkbox', name: 'dry_run' }), 'Dry run: show what would change'),
  ], 'Import', async (v) => {
    out.replaceChildren();
    const chosen = file.files[0];
    if (!chosen) return 'Choose an archive file.';
    // The content gate judges every artifact; one acknowledgement covers the whole import.
    const path = `${org}/spaces/${enc(v.space)}/import`;
    out.replaceChildren(findings.node);
    const { res, error } = await gatedWrite(ctx.org, (q) => upload(`${path}${q}${v.dry_run ? `${q ? '&' : '?'}dry_run=1` : ''}`, chosen), findings);
    if (error) return error;
    const found = (res.data.findings ?? []).flatMap((i) => i.findings.map((f) => ({ ...f, place: `${i.kind} ${i.slug}: ${f.place}` })));
    findings.set(found);
    out.replaceChildren(report(res.data, v.space), findings.node);
    return null;
  });
  show(el('h2', {}, 'Export a space'), exports.length ? el('ul', { class: 'plain' }, exports) : empty('No spaces.'),
    help('The same archive comes from ', ['rulebook archive export'], ' and goes back with ', ['rulebook archive import'], '.'),
    importer, out);
}
