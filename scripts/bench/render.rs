//! The renderers alone (no file I/O): 500 artifacts for all 22 agents, 50 runs, p50/p95.
//! Run: `cargo bench --offline --bench render` (see docs/BENCHMARKS.md).

use std::time::Instant;

use rulebook::model::artifact::{
    Command, Example, Rule, Severity, Skill, SkillFile, Standard, Subagent,
};
use rulebook::render::{Agent, Options, Playbook, render};

fn playbook(n: usize) -> Playbook {
    let mut p = Playbook::default();
    for i in 0..n {
        match i % 10 {
            0..=5 => p.standards.push((
                format!("standard-{i:04}"),
                Standard {
                    name: format!("Standard {i}"),
                    description: format!("Why standard {i} exists.\n\nMore context."),
                    scope: if i % 2 == 1 {
                        vec![format!("src/module{}/**/*.rs", i % 7)]
                    } else {
                        vec![]
                    },
                    rules: (0..5)
                        .map(|j| Rule {
                            detectors: Vec::new(),
                            text: format!("Rule {j} of standard {i}: keep functions short."),
                            severity: (j < 2).then_some(Severity::Error),
                            examples: if j < 2 {
                                vec![Example {
                                    language: "rust".into(),
                                    good: "f()?".into(),
                                    bad: "f().unwrap()".into(),
                                }]
                            } else {
                                vec![]
                            },
                        })
                        .collect(),
                },
            )),
            6 | 7 => p.commands.push((
                format!("command-{i:04}"),
                Command {
                    name: format!("Command {i}"),
                    description: format!("Does task {i}"),
                    body: "Do it for $ARGUMENTS.\n".into(),
                },
            )),
            8 => p.subagents.push((
                format!("agent-{i:04}"),
                Subagent {
                    name: format!("Agent {i}"),
                    description: "Reviews".into(),
                    tools: vec!["Read".into()],
                    model: Some("small".into()),
                    body: "Review.\n".into(),
                },
            )),
            _ => p.skills.push((
                format!("skill-{i:04}"),
                Skill {
                    name: format!("skill-{i:04}"),
                    description: format!("Skill {i}."),
                    compatibility: None,
                    extra: Default::default(),
                    body: "Use it.\n".into(),
                    files: vec![SkillFile::from_bytes(
                        "scripts/run.sh".into(),
                        b"#!/bin/sh\n".to_vec(),
                        0o755,
                    )],
                },
            )),
        }
    }
    p
}

fn main() {
    let p = playbook(500);
    let options = Options {
        agents: Agent::ALL.to_vec(),
        always_on_cap: None,
        never_read: Vec::new(),
        ..Default::default()
    };
    let mut times = Vec::new();
    let mut files = 0;
    for _ in 0..50 {
        let t = Instant::now();
        let out = render(&p, &options).expect("render");
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        files = out.ops.len();
    }
    times.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    println!(
        "render 500 artifacts x {} agents: {files} files, p50 {:.1} ms, p95 {:.1} ms",
        Agent::ALL.len(),
        times[times.len() / 2],
        times[times.len() * 95 / 100]
    );
}
