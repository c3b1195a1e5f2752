//! Signed upgrades with the standard `minisign` tool: every kind of bad bundle is refused
//! with the installed binary untouched and no temp files left; a good one installs
//! atomically; SIGKILL between steps leaves a runnable old or new binary; rollback.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::harness::*;

fn target() -> String {
    let out = Command::new(BIN).arg("--version").output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout).into_owned();
    s.trim()
        .trim_end_matches(')')
        .rsplit(", ")
        .next()
        .unwrap()
        .to_string()
}

fn keygen(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let (p, s) = (
        dir.join(format!("{name}.pub")),
        dir.join(format!("{name}.key")),
    );
    let out = Command::new("minisign")
        .args(["-G", "-W", "-p"])
        .arg(&p)
        .arg("-s")
        .arg(&s)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (p, s)
}

fn sign(secret: &Path, file: &Path, comment: &str) {
    let out = Command::new("minisign")
        .arg("-S")
        .arg("-s")
        .arg(secret)
        .arg("-m")
        .arg(file)
        .args(["-t", comment])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A copy of the test binary with a marker appended (still runnable, different bytes).
fn marked_binary(path: &Path, marker: &str) {
    let mut data = std::fs::read(BIN).unwrap();
    data.extend_from_slice(marker.as_bytes());
    std::fs::write(path, data).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

fn dir_names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn runs(bin: &Path) -> bool {
    Command::new(bin)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

struct Setup {
    inst: Instance,
    install: PathBuf,
    usb: PathBuf,
    public: PathBuf,
    secret: PathBuf,
    target: String,
}

impl Setup {
    fn new(tag: &str) -> Setup {
        let inst = Instance::new(tag);
        inst.init();
        let bin_dir = inst.tmp.path().join("bin");
        let usb = inst.tmp.path().join("usb");
        std::fs::create_dir_all(&bin_dir).unwrap();
        std::fs::create_dir_all(&usb).unwrap();
        let install = bin_dir.join("rulebook");
        marked_binary(&install, "OLD-BUILD");
        let (public, secret) = keygen(inst.tmp.path(), "release");
        Setup {
            inst,
            install,
            usb,
            public,
            secret,
            target: target(),
        }
    }

    /// A bundle signed with the release key and this comment.
    fn bundle(&self, name: &str, marker: &str, comment: &str) -> PathBuf {
        let f = self.usb.join(name);
        marked_binary(&f, marker);
        sign(&self.secret, &f, comment);
        f
    }

    fn apply(&self, bundle: &Path, extra: &[&str]) -> std::process::Output {
        let mut args = vec![
            "upgrade",
            "apply",
            bundle.to_str().unwrap(),
            "--trusted-key",
            self.public.to_str().unwrap(),
        ];
        args.extend_from_slice(&[
            "--install-path",
            self.install.to_str().unwrap(),
            "--no-restart",
        ]);
        args.extend_from_slice(extra);
        self.inst.run(&args)
    }
}

#[test]
fn bad_bundles_are_refused_and_a_good_one_installs() {
    let s = Setup::new("upgrade");
    let old_sha = sha256_file(&s.install);
    let names_before = dir_names(s.install.parent().unwrap());
    let good = s.bundle(
        "good",
        "NEW-BUILD",
        &format!("rulebook 99.0.0 {} first release notes", s.target),
    );
    let good_bytes = std::fs::read(&good).unwrap();
    let sig = std::fs::read_to_string(s.usb.join("good.minisig")).unwrap();
    let refuse = |file: &Path, exit: i32, what: &str| {
        let out = s.apply(file, &[]);
        assert_eq!(code(&out), exit, "{what}: {}", stderr(&out));
        assert_eq!(
            sha256_file(&s.install),
            old_sha,
            "{what}: the installed binary changed"
        );
        assert_eq!(
            dir_names(s.install.parent().unwrap()),
            names_before,
            "{what}: files left behind"
        );
    };
    for (i, len) in [0usize, 100, good_bytes.len() / 2, good_bytes.len() - 1]
        .into_iter()
        .enumerate()
    {
        let f = s.usb.join(format!("trunc{i}"));
        std::fs::write(&f, &good_bytes[..len]).unwrap();
        std::fs::write(s.usb.join(format!("trunc{i}.minisig")), &sig).unwrap();
        refuse(&f, 10, &format!("truncated to {len}"));
    }
    for bit in [0usize, 7, 1000] {
        let mut b = good_bytes.clone();
        let at = good_bytes.len() / 3 + bit;
        b[at] ^= 1 << (bit % 8);
        let f = s.usb.join(format!("flip{bit}"));
        std::fs::write(&f, &b).unwrap();
        std::fs::write(s.usb.join(format!("flip{bit}.minisig")), &sig).unwrap();
        refuse(&f, 10, "one flipped bit");
    }
    let (_, other_secret) = keygen(s.inst.tmp.path(), "stranger");
    let f = s.usb.join("stranger");
    marked_binary(&f, "NEW-BUILD");
    sign(&other_secret, &f, &format!("rulebook 99.0.0 {}", s.target));
    refuse(&f, 10, "signed by an unknown key");
    let f = s.usb.join("comment");
    std::fs::write(&f, &good_bytes).unwrap();
    std::fs::write(
        s.usb.join("comment.minisig"),
        sig.replace("rulebook 99.0.0", "rulebook 99.9.9"),
    )
    .unwrap();
    refuse(&f, 10, "altered trusted comment");
    std::fs::write(s.usb.join("nosig"), &good_bytes).unwrap();
    refuse(&s.usb.join("nosig"), 10, "no signature");
    refuse(
        &s.bundle(
            "arm",
            "NEW-BUILD",
            "rulebook 99.0.0 aarch64-unknown-linux-musl",
        ),
        11,
        "another architecture",
    );
    refuse(
        &s.bundle("old", "NEW-BUILD", &format!("rulebook 0.0.1 {}", s.target)),
        11,
        "older than installed",
    );
    refuse(
        &s.bundle("garbled", "NEW-BUILD", "some other product 1.0"),
        10,
        "not a rulebook comment",
    );

    let out = s.inst.ok(&[
        "upgrade",
        "check",
        good.to_str().unwrap(),
        "--trusted-key",
        s.public.to_str().unwrap(),
    ]);
    assert!(
        out.contains("version: 99.0.0")
            && out.contains("installable: yes")
            && out.contains("first release notes"),
        "{out}"
    );
    let out = s.apply(&good, &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(sha256_file(&s.install), sha256_file(&good));
    assert_eq!(
        sha256_file(&s.install.with_file_name("rulebook.prev")),
        old_sha
    );
    assert!(runs(&s.install));
    // Now 99.0.0 is the highest ever installed: an older signed bundle is a rollback attack.
    let older = s.bundle(
        "older",
        "OLDER-BUILD",
        &format!("rulebook 98.0.0 {}", s.target),
    );
    let out = s.apply(&older, &[]);
    assert_eq!(code(&out), 11, "{}", stderr(&out));
    let out = s.apply(&older, &["--allow-downgrade"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let audit = s.inst.ok(&["audit", "export"]);
    assert!(audit.contains("upgrade.applied") && audit.contains("upgrade.downgrade_allowed"));
    s.inst.verify();
}

#[test]
fn apply_killed_between_steps_leaves_a_runnable_binary_and_rollback_restores() {
    let s = Setup::new("upgrade-kill");
    let old_sha = sha256_file(&s.install);
    let good = s.bundle(
        "good",
        "NEW-BUILD",
        &format!("rulebook 99.0.0 {}", s.target),
    );
    let new_sha = sha256_file(&good);
    for step in ["backed-up", "staged", "prev-kept", "installed"] {
        let args = [
            "upgrade",
            "apply",
            good.to_str().unwrap(),
            "--trusted-key",
            s.public.to_str().unwrap(),
            "--install-path",
            s.install.to_str().unwrap(),
            "--no-restart",
        ];
        s.inst.kill_at(&args, step);
        let sha = sha256_file(&s.install);
        assert!(
            sha == old_sha || sha == new_sha,
            "after a kill at {step} the binary is neither old nor new"
        );
        assert!(
            runs(&s.install),
            "after a kill at {step} the binary does not run"
        );
        s.inst.verify();
        marked_binary(&s.install, "OLD-BUILD");
    }
    // A full apply, then rollback puts binary and database back.
    s.inst.ok(&["db", "probe", "--count", "3"]);
    let out = s.apply(&good, &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    s.inst.ok(&["db", "probe", "--count", "4"]);
    assert_eq!(s.inst.ok(&["db", "probe", "--list"]).lines().count(), 7);
    let out = s.inst.ok(&[
        "upgrade",
        "rollback",
        "--install-path",
        s.install.to_str().unwrap(),
    ]);
    assert!(out.contains("rolled back"), "{out}");
    assert_eq!(sha256_file(&s.install), old_sha);
    assert_eq!(
        sha256_file(&s.install.with_file_name("rulebook.failed")),
        new_sha
    );
    assert_eq!(
        s.inst.ok(&["db", "probe", "--list"]).lines().count(),
        3,
        "the database is the pre-upgrade snapshot"
    );
    s.inst.verify();
}

/// Issue 12, finding 12: the signed version reached a file name (the pre-upgrade snapshot),
/// so `9.0.0-x/../../evil-snapshot` wrote a database copy outside the data dir. Every
/// version that is not strict semver is refused (exit 10) before anything is written.
#[test]
fn a_signed_version_that_is_not_semver_is_refused_before_any_file_is_written() {
    let s = Setup::new("upgrade-semver");
    let old_sha = sha256_file(&s.install);
    let names_bin = dir_names(s.install.parent().unwrap());
    let names_data = dir_names(&s.inst.data());
    let names_tmp = dir_names(s.inst.tmp.path());
    for (i, version) in [
        "9.0.0-x/../../evil-snapshot",
        "9.0.0-x/../../../../evil-snapshot",
        "9.0.0+x/../../evil-snapshot",
        "9.0.0-x/evil",
        "9.0",
        "9.0.0.1",
        "09.0.0",
    ]
    .into_iter()
    .enumerate()
    {
        let f = s.bundle(
            &format!("evil{i}"),
            "NEW-BUILD",
            &format!("rulebook {version} {}", s.target),
        );
        let out = s.apply(&f, &[]);
        assert_eq!(code(&out), 10, "{version}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("RB-UPGRADE-BAD-COMMENT"),
            "{version}: {}",
            stderr(&out)
        );
        let out = s.inst.run(&[
            "upgrade",
            "check",
            f.to_str().unwrap(),
            "--trusted-key",
            s.public.to_str().unwrap(),
        ]);
        assert_eq!(code(&out), 10, "check {version}: {}", stderr(&out));
        assert_eq!(sha256_file(&s.install), old_sha, "{version}");
        assert_eq!(
            dir_names(s.install.parent().unwrap()),
            names_bin,
            "{version}"
        );
        assert_eq!(dir_names(&s.inst.data()), names_data, "{version}");
        // The usb dir gained the bundle; nothing else appeared anywhere in the instance.
        assert_eq!(dir_names(s.inst.tmp.path()), names_tmp, "{version}");
    }
    assert!(!s.inst.tmp.path().join("evil-snapshot").exists());
    // A strict semver pre-release with build metadata is fine.
    let good = s.bundle(
        "good",
        "NEW-BUILD",
        &format!("rulebook 99.0.0-rc.1+build-7 {}", s.target),
    );
    let out = s.apply(&good, &[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        s.inst
            .data()
            .join("rulebook.db.pre-upgrade-99.0.0-rc.1+build-7")
            .exists(),
        "{:?}",
        dir_names(&s.inst.data())
    );
    s.inst.verify();
}

/// Issue 12, finding 14: `upgrade check` printed "installable: no" and exited 0; a script
/// could not tell. It now exits with the refusal's code (11), after printing the facts.
#[test]
fn upgrade_check_exits_non_zero_when_not_installable() {
    let s = Setup::new("upgrade-check-exit");
    let check = |f: &Path| {
        s.inst.run(&[
            "upgrade",
            "check",
            f.to_str().unwrap(),
            "--trusted-key",
            s.public.to_str().unwrap(),
        ])
    };
    let old = s.bundle("old", "NEW-BUILD", &format!("rulebook 0.0.1 {}", s.target));
    let out = check(&old);
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(code(&out), 11, "{text}{}", stderr(&out));
    assert!(text.contains("installable: no"), "{text}");
    assert!(
        stderr(&out).contains("RB-UPGRADE-DOWNGRADE"),
        "{}",
        stderr(&out)
    );
    let arm = s.bundle(
        "arm",
        "NEW-BUILD",
        "rulebook 99.0.0 aarch64-unknown-linux-musl",
    );
    let out = check(&arm);
    assert_eq!(code(&out), 11, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("RB-UPGRADE-WRONG-TARGET"),
        "{}",
        stderr(&out)
    );
    let good = s.bundle(
        "good",
        "NEW-BUILD",
        &format!("rulebook 99.0.0 {}", s.target),
    );
    let out = check(&good);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("installable: yes"));
    s.inst.verify();
}
