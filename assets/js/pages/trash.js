// The trash of a space: every trashed artifact of every kind with who trashed it and when;
// restore puts it back, purge (organization admins) removes it and its history for good,
// after a dialog that says so. A refusal (a legal hold) shows the server's own message.
import { el, show, showHere, loading, failure, empty, when, modalForm } from '../dom.js';
import { api, enc } from '../api.js';
import { spaceApi, plural } from '../routes.js';

/// The modal that asks before a purge; `purge()` answers null when done, else the message.
function purgeDialog(item, purge) {
  modalForm({
    id: 'purge', title: `Purge the ${item.kind} "${item.name}"?`, submit: 'Purge for good', danger: true, describedBy: 'purge-what',
    body: [el('p', { id: 'purge-what' }, `It is removed with all ${item.version} version(s) of its history. This cannot be undone.`)],
    onSubmit: purge,
  });
}

export async function trash(ctx, me) {
  loading();
  const here = showHere();
  const title = el('h1', {}, 'Trash');
  const r = await api('GET', `${spaceApi(ctx)}/trash`);
  if (!r.ok) return show(title, failure(r));
  const role = me.orgs.find((o) => o.slug === ctx.org)?.role;
  const msg = el('p', { class: 'error', role: 'alert' });
  const url = (t) => `${spaceApi(ctx)}/${enc(plural(t.kind))}/${enc(t.slug)}`;
  const rows = r.data.items.map((t) => {
    const label = `${t.kind} ${t.name}`;
    const restore = el('button', { type: 'button', class: 'secondary small', 'aria-label': `Restore ${label}`, on: { click: async () => {
      msg.textContent = '';
      const res = await api('POST', `${url(t)}/untrash`, {});
      if (!res.ok) { msg.textContent = res.data?.error?.message ?? `failed (${res.status})`; return; }
      await trash(ctx, me);
    } } }, 'Restore');
    const purge = el('button', { type: 'button', class: 'danger small', 'aria-haspopup': 'dialog', 'aria-label': `Purge ${label}`, on: { click: () =>
      purgeDialog(t, async () => {
        const res = await api('DELETE', `${url(t)}/purge`);
        if (!res.ok) return res.data?.error?.message ?? `failed (${res.status})`;
        await trash(ctx, me);
        return null;
      }) } }, 'Purge…');
    return el('tr', {},
      el('td', {}, t.kind), el('th', { scope: 'row' }, t.name, ' ', el('code', { class: 'muted' }, t.slug)),
      el('td', {}, when(t.deleted_at)), el('td', {}, t.deleted_by ?? 'unknown'),
      el('td', { class: 'actions' }, role === 'viewer' ? null : restore, role === 'admin' ? purge : null));
  });
  here(title,
    el('p', { class: 'muted' }, 'Trashed standards, commands, skills and subagents of this space. Restoring one puts it back as it was; purging removes it and its history for good (organization admins).'),
    msg,
    rows.length ? el('table', { class: 'trash' },
      el('thead', {}, el('tr', {}, ['Type', 'Name', 'Trashed', 'By', 'Actions'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows)) : empty('The trash is empty.'));
}
