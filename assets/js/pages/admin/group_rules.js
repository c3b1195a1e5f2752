// What the sign-in settings forms share: a checkbox, and group rules written one per line
// (`group org role [space space-role]`) for the OpenID provider and the directory.
import { el } from '../../dom.js';

export const check = (name, label, checked) =>
  el('label', { class: 'check' }, el('input', { type: 'checkbox', name, checked: Boolean(checked) }), label);

/// Group rules as lines: `group org role [space space_role]`.
export const rulesText = (rules) => (rules ?? []).map((r) => [r.group, r.org, r.role, r.space, r.space_role].filter(Boolean).join(' ')).join('\n');

export function parseRules(text) {
  const out = [];
  for (const [i, line] of (text ?? '').split('\n').map((l) => l.trim()).entries()) {
    if (!line) continue;
    const p = line.split(/\s+/);
    if (p.length !== 3 && p.length !== 5) throw new Error(`group rule ${i + 1}: write "group org role" or "group org role space space-role"`);
    const r = { group: p[0], org: p[1], role: p[2] };
    if (p.length === 5) { r.space = p[3]; r.space_role = p[4]; }
    out.push(r);
  }
  return out;
}

