//! The `.rulebook/` folder: the playbook in full (standards with their examples, commands,
//! subagents, agent policies, the linter's detectors) and an index, written for every install whatever the
//! agents. Agent files stay short and link here, which keeps always-on files small.

use super::Agent;
use crate::render::markdown::{
    GENERATED, command_full, first_line, policy_full, standard_full, subagent_full,
};
use crate::render::{Playbook, Sink};

/// The `.rulebook/` folder every install carries: full standards, commands, subagents and
/// an index. Other targets link here.
pub(in crate::render) fn internal(p: &Playbook, sink: &mut Sink) {
    // Attributed to no agent in particular; `AgentsMd` is only a bookkeeping label.
    let a = Agent::AgentsMd;
    let mut index = format!("<!-- {GENERATED} -->\n# Team playbook\n");
    if !p.standards.is_empty() {
        index.push_str("\n## Standards\n\n");
    }
    for (slug, s) in &p.standards {
        sink.text(
            a,
            format!(".rulebook/standards/{slug}.md"),
            standard_full(s),
        );
        // The linter's input: the standard's active detectors (drafts stay on the server).
        if let Some(file) = crate::lint::compose::detectors_file(slug, s) {
            sink.text(a, format!(".rulebook/detectors/{slug}.yml"), file);
        }
        let scope = if s.scope.is_empty() {
            "all files".to_string()
        } else {
            s.scope.join(", ")
        };
        index.push_str(&format!(
            "- [{}](standards/{slug}.md) ({scope}): {}\n",
            s.name,
            first_line(&s.description)
        ));
    }
    if !p.commands.is_empty() {
        index.push_str("\n## Commands\n\n");
    }
    for (slug, c) in &p.commands {
        sink.text(a, format!(".rulebook/commands/{slug}.md"), command_full(c));
        index.push_str(&format!(
            "- [/{slug}](commands/{slug}.md): {}\n",
            first_line(&c.description)
        ));
    }
    if !p.subagents.is_empty() {
        index.push_str("\n## Subagents\n\n");
    }
    for (slug, s) in &p.subagents {
        sink.text(
            a,
            format!(".rulebook/subagents/{slug}.md"),
            subagent_full(s),
        );
        index.push_str(&format!(
            "- [{}](subagents/{slug}.md): {}\n",
            s.name,
            first_line(&s.description)
        ));
    }
    if !p.skills.is_empty() {
        index.push_str("\n## Skills\n\n");
    }
    for (slug, s) in &p.skills {
        index.push_str(&format!("- {slug}: {}\n", first_line(&s.description)));
    }
    if !p.policies.is_empty() {
        index.push_str("\n## Agent policies\n\n");
    }
    for (slug, x) in &p.policies {
        sink.text(a, format!(".rulebook/policies/{slug}.md"), policy_full(x));
        index.push_str(&format!(
            "- [{}](policies/{slug}.md): {} permission rule(s), {} hook(s)\n",
            x.name,
            x.permissions.len(),
            x.hooks.len()
        ));
    }
    if p.standards.is_empty()
        && p.commands.is_empty()
        && p.subagents.is_empty()
        && p.skills.is_empty()
        && p.policies.is_empty()
    {
        return;
    }
    sink.text(a, ".rulebook/index.md".into(), index);
}
