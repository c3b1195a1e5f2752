// Content findings (issue 20): what the server's content gate found in a text about to be
// stored, shown where the author or reviewer works (editor, preview, proposal review), the
// acknowledgement an organization admin gives with a reason, and a space's Findings page.
// Excerpts can hold anything a person pasted (hidden characters are shown as U+XXXX by the
// server, keys are redacted): they are always text nodes, never markup.
import { el, modalForm, empty, failure, loading, show } from '../dom.js';
import { api, enc } from '../api.js';
import { at, spaceApi, plural } from '../routes.js';
import { flashAt } from './artifact.js';

const ACTION_LABEL = { block: 'blocks saving', acknowledge: 'needs an admin\'s acknowledgement', warn: 'warning' };
const SEVERITY_CLASS = { critical: 'error', high: 'warn', warning: 'warning' };

/// One finding as a list item.
function item(f) {
  const ack = f.acknowledged
    ? el('span', { class: 'muted' }, ` · acknowledged by ${f.acknowledged.by} (version ${f.acknowledged.version}): ${f.acknowledged.reason}`)
    : null;
  return el('li', { class: 'finding' },
    el('span', { class: `badge first ${SEVERITY_CLASS[f.severity] ?? ''}` }, f.severity),
    el('strong', {}, f.place), ` line ${f.line}, column ${f.column}: `, f.message,
    f.excerpt ? el('code', { class: 'excerpt' }, f.excerpt) : null,
    el('span', { class: 'muted' }, ` · ${f.rule} · ${ACTION_LABEL[f.action] ?? f.action}`), ack);
}

/// The findings as a list (nothing when there are none).
export function findingsList(findings) {
  if (!findings?.length) return null;
  return el('ul', { class: 'findings' }, findings.map(item));
}

/// After a save, the artifact page shows what the content gate reported (warnings, and
/// findings let through by an acknowledgement).
export function savedWithFindings(target, found) {
  const list = findingsList(found);
  if (list) flashAt(target, el('section', { class: 'card findings-box' }, el('h2', {}, 'Saved with content findings'), list));
}

/// A live box of findings for an editor: `set(findings)` shows them (or clears the box).
export function findingsBox() {
  const node = el('section', { class: 'findings-box', 'aria-live': 'polite', hidden: true });
  return {
    node,
    set(findings) {
      const list = findingsList(findings);
      node.hidden = !list;
      node.replaceChildren(...(list ? [el('h2', {}, 'Content findings'), list] : []));
    },
  };
}

async function isOrgAdmin(org) {
  const me = await api('GET', '/api/v1/auth/me');
  return Boolean(me.ok && me.data?.orgs?.some((o) => o.slug === org && o.role === 'admin'));
}

const message = (res) => res.data?.error?.message ?? `failed (${res.status})`;

/// Sends a write through the content gate. `send(query)` makes the request with `query`
/// appended to its path ('' or `?acknowledge=…`). Findings that need an acknowledgement open a
/// dialog for an organization admin to give the reason and send again; anyone else is told to
/// propose the change. Answers `{ res, error }`: `error` is the message to show when not saved.
export async function gatedWrite(org, send, box = null) {
  const res = await send('');
  const code = res.data?.error?.code;
  box?.set(res.ok ? res.data?.findings : res.data?.error?.findings);
  if (res.ok || code !== 'RB-CONTENT-ACK-REQUIRED') return { res, error: res.ok ? null : message(res) };
  if (!(await isOrgAdmin(org))) {
    return { res, error: `${message(res)} Only an organization admin can acknowledge it.` };
  }
  const reason = el('textarea', { name: 'reason', rows: 3, required: true, maxlength: 500 });
  let saved = null;
  await new Promise((done) => {
    modalForm({ id: 'acknowledge', title: 'Acknowledge content findings',
      body: [el('p', {}, 'These findings need an organization admin\'s acknowledgement. It is stored with the version and written to the audit log.'),
        findingsList(res.data.error.findings),
        el('label', {}, 'Reason (why this is acceptable here)', reason)],
      submit: 'Acknowledge and save', focus: reason,
      onSubmit: async () => {
        if (!reason.value.trim()) return 'Give a reason.';
        const again = await send(`?acknowledge=${enc(reason.value.trim())}`);
        if (!again.ok) return message(again);
        saved = again;
        return null;
      },
      onClose: () => done() });
  });
  if (!saved) return { res, error: 'Not saved: the findings were not acknowledged.' };
  box?.set(saved.data?.findings);
  return { res: saved, error: null };
}

/// `#/{org}/{space}/findings`: every artifact of the space with findings, under today's policy.
export async function page(ctx) {
  loading();
  const r = await api('GET', `${spaceApi(ctx)}/findings`);
  if (!r.ok) return show(el('h1', {}, 'Findings'), failure(r));
  const { counts, items, policy } = r.data;
  const summary = el('p', {}, `${counts.critical} critical, ${counts.high} high, ${counts.warning} warnings. `,
    el('span', { class: 'muted' }, `Policy: critical ${policy.critical}, high ${policy.high}, warnings ${policy.warning}.`));
  const rows = items.map((i) => el('section', { class: 'card findings-item' },
    el('h2', {}, el('a', { href: at(ctx, plural(i.kind), i.slug) }, i.name), el('span', { class: 'badge' }, `${i.kind} · version ${i.version}`)),
    findingsList(i.findings)));
  return show(el('h1', {}, 'Findings'),
    el('p', { class: 'muted' }, 'What the content scanner finds in the current version of every artifact of this space: hidden characters, credentials, risky commands, links outside the allowlist.'),
    summary, ...(rows.length ? rows : [empty('No findings in this space.')]));
}
