//! Every acknowledged write survives SIGKILL: a writer is killed at a random moment, many
//! times, and each id it printed (printed only after commit) must be there afterwards.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use crate::harness::*;

#[test]
fn acknowledged_writes_survive_kill_9() {
    let inst = Instance::new("kill9");
    inst.init();
    let rounds = std::env::var("RULEBOOK_KILL_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(25u32);
    let mut acknowledged: Vec<i64> = Vec::new();
    for round in 0..rounds {
        let mut child = inst
            .cmd(&[
                "db",
                "probe",
                "--count",
                "0",
                "--payload",
                &format!("round-{round}"),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Ok(id) = line.trim().parse::<i64>() {
                    let _ = tx.send(id);
                }
            }
        });
        // Kill after a varying delay, between 5 and 5 + 7*23 ms.
        std::thread::sleep(Duration::from_millis(5 + u64::from(round * 7 % 23) * 7));
        child.kill().unwrap();
        child.wait().unwrap();
        reader.join().unwrap();
        let round_ids: Vec<i64> = rx.try_iter().collect();
        acknowledged.extend(&round_ids);

        let present: std::collections::HashSet<i64> = inst
            .ok(&["db", "probe", "--list"])
            .lines()
            .map(|l| l.trim().parse().unwrap())
            .collect();
        let missing: Vec<&i64> = acknowledged
            .iter()
            .filter(|id| !present.contains(id))
            .collect();
        assert!(
            missing.is_empty(),
            "round {round}: acknowledged ids lost: {missing:?}"
        );
    }
    assert!(
        acknowledged.len() > rounds as usize,
        "the writer must have written: {}",
        acknowledged.len()
    );
    inst.verify();
}
