// What every artifact page (standard, command, skill, subagent) offers besides its content,
// written once for all kinds: Delete (into the trash, after a confirm dialog), "Add to
// package" (a package of the space, saved with the package PUT that sets its contents) and
// badges naming the packages that hold the artifact (linking to the packages page); and a
// notice carried to the artifact page a decision leads to (`flashAt` / `takeFlash`).
import { el, confirmDialog } from '../dom.js';
import { api, enc } from '../api.js';
import { spaceApi, at } from '../routes.js';

const failed = (r) => r.data?.error?.message ?? `failed (${r.status})`;

/// The space's packages with their items (null if they cannot be read).
async function packagesOf(ctx) {
  const base = `${spaceApi(ctx)}/packages`;
  const r = await api('GET', base);
  if (!r.ok) return null;
  const details = await Promise.all(r.data.packages.map((p) => api('GET', `${base}/${enc(p.slug)}`)));
  return details.filter((d) => d.ok).map((d) => d.data);
}

/// The Delete button of an artifact page: `kind` is the plural route part (`standards`…).
export function deleteButton(ctx, kind, slug, name, status) {
  return el('button', { type: 'button', class: 'secondary danger', on: { click: async () => {
    const sure = await confirmDialog(`Delete ${name}?`,
      'It moves to the trash: agents stop receiving it, and an administrator can restore it from the trash.', 'Move to trash');
    if (!sure) return;
    const r = await api('DELETE', `${spaceApi(ctx)}/${kind}/${enc(slug)}`);
    if (!r.ok) { status.textContent = failed(r); return; }
    location.hash = at(ctx, kind);
  } } }, 'Delete');
}

/// "In packages" badges and an "Add to package" choice, filled in once the packages are read.
/// `kind` is the singular kind (`standard`…), as package items name it.
export function packagesPanel(ctx, kind, slug) {
  const box = el('section', { class: 'in-packages', 'aria-label': 'Packages' });
  const status = el('p', { class: 'error', role: 'alert' });
  const draw = async () => {
    const all = await packagesOf(ctx);
    if (!all) return;
    const holds = (p) => p.items.some((i) => i.kind === kind && i.slug === slug);
    const inside = all.filter(holds);
    const others = all.filter((p) => !holds(p));
    const badges = inside.length
      ? el('p', { class: 'badges' }, 'In packages: ', inside.map((p) => el('a', { class: 'badge package', href: at(ctx, 'packages') }, p.name)))
      : el('p', { class: 'muted' }, 'In no package yet.');
    let add = null;
    if (others.length) {
      const select = el('select', { 'aria-label': 'Package to add to' }, others.map((p) => el('option', { value: p.slug }, p.name)));
      const button = el('button', { type: 'button', class: 'secondary', on: { click: async () => {
        status.textContent = '';
        const p = others.find((o) => o.slug === select.value);
        if (!p) return;
        button.disabled = true;
        const items = [...p.items.map(({ kind: k, slug: s }) => ({ kind: k, slug: s })), { kind, slug }];
        const r = await api('PUT', `${spaceApi(ctx)}/packages/${enc(p.slug)}`, { name: p.name, description: p.description, items });
        button.disabled = false;
        if (!r.ok) { status.textContent = failed(r); return; }
        await draw();
      } } }, 'Add to package');
      add = el('div', { class: 'actions' }, select, button);
    }
    box.replaceChildren(...[badges, add, status].filter(Boolean));
  };
  draw();
  return box;
}

/// The Markdown fields of content not stored yet (a proposed new artifact) as trees, in the
/// shape of `?render=markdown`'s `rendered`: `{description, body?, rules?}` (null on failure).
export async function renderedOf(c) {
  const rules = Array.isArray(c.rules) ? c.rules.map((r) => r.text) : [];
  const texts = [c.description ?? '', c.body ?? '', ...rules];
  const r = await api('POST', '/api/v1/markdown', { texts });
  if (!r.ok) return null;
  const [description, body, ...trees] = r.data.trees;
  return { description, body: c.body === undefined ? undefined : body, rules: trees };
}

let flash = null;

/// Shows `node` at the top of the page at `hash` when it is next drawn (once).
/// (A second notice for the same page joins the first.)
export function flashAt(hash, node) {
  flash = flash && flash.hash === hash ? { hash, node: el('div', {}, flash.node, node) } : { hash, node };
}

/// The notice left for this page by `flashAt`, if any (taken: shown once).
export function takeFlash() {
  const f = flash;
  flash = null;
  return f && f.hash === location.hash ? f.node : null;
}
