//! The deployment files in `deploy/`: the Kubernetes manifests validate against the Kubernetes
//! schemas (kubernetes-validate from PyPI, strict: an unknown field fails), a misspelt field is
//! caught (so the check can fail), and both the manifests and the Compose file keep the
//! hardening the docs promise and name the keys as the binary reads them.

use std::path::{Path, PathBuf};
use std::process::Command;

fn python() -> String {
    std::env::var("RULEBOOK_TEST_PYTHON")
        .unwrap_or_else(|_| format!("{}/target/test-venv/bin/python", env!("CARGO_MANIFEST_DIR")))
}

fn deploy() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy")
}

/// Runs kubernetes-validate --strict on the files; returns (success, output).
fn validate(files: &[PathBuf]) -> (bool, String) {
    let out = Command::new(python())
        .args(["-m", "kubernetes_validate", "--strict", "-k", "1.30"])
        .args(files)
        .output()
        .expect("the test venv's python runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // kubernetes-validate exits 0 even when a resource fails; its report says which.
    (out.status.success() && !text.contains("ERROR"), text)
}

#[test]
fn the_kubernetes_manifests_validate_against_the_kubernetes_schemas() {
    let dir = deploy().join("kubernetes");
    let files: Vec<PathBuf> = [
        "statefulset.yaml",
        "service.yaml",
        "networkpolicy.yaml",
        "pdb.yaml",
        "secrets.example.yaml",
    ]
    .iter()
    .map(|f| dir.join(f))
    .collect();
    let (ok, text) = validate(&files);
    assert!(ok, "{text}");
    assert_eq!(text.matches("passed for resource").count(), 6, "{text}");

    // The check can fail: a misspelt field is an error.
    let tmp = crate::harness::TempDir::new("deploy");
    let bad = tmp.path().join("bad.yaml");
    let sts = std::fs::read_to_string(&files[0]).unwrap();
    assert!(sts.contains("readOnlyRootFilesystem: true"));
    std::fs::write(
        &bad,
        sts.replace(
            "readOnlyRootFilesystem: true",
            "readOnlyRootFilesystm: true",
        ),
    )
    .unwrap();
    let (ok, text) = validate(&[bad]);
    assert!(!ok, "a misspelt field passed: {text}");
}

#[test]
fn the_deployment_files_keep_the_hardening_and_the_key_names() {
    let script = r#"
import sys, yaml
root = sys.argv[1]
sts = yaml.safe_load(open(root + "/kubernetes/statefulset.yaml"))
pod = sts["spec"]["template"]["spec"]
c = pod["containers"][0]
assert sts["spec"]["replicas"] == 1
assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] == 65532
assert pod["automountServiceAccountToken"] is False
assert c["securityContext"] == {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "capabilities": {"drop": ["ALL"]}}
assert c["livenessProbe"]["httpGet"]["path"] == "/healthz" and c["readinessProbe"]["httpGet"]["path"] == "/readyz"
assert {"name": "keys", "mountPath": "/run/secrets", "readOnly": True} in c["volumeMounts"]
assert {v["metadata"]["name"] for v in sts["spec"]["volumeClaimTemplates"]} == {"data", "backups"}
keys = [d for d in yaml.safe_load_all(open(root + "/kubernetes/secrets.example.yaml")) if d["kind"] == "Secret"][0]
assert sorted(keys["stringData"]) == ["rulebook-audit-key", "rulebook-db-key", "rulebook-secrets-key"], keys
comp = yaml.safe_load(open(root + "/compose.yaml"))
s = comp["services"]["rulebook"]
assert s["read_only"] is True and s["cap_drop"] == ["ALL"] and s["user"] == "65532:65532"
assert "no-new-privileges:true" in s["security_opt"]
assert sorted(s["secrets"]) == ["rulebook-audit-key", "rulebook-db-key", "rulebook-secrets-key"]
assert s["healthcheck"]["test"][:3] == ["CMD", "/usr/local/bin/rulebook", "probe"]
print("ok")
"#;
    let out = Command::new(python())
        .args(["-c", script])
        .arg(deploy())
        .output()
        .expect("python");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
