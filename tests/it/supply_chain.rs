//! What the binary says about itself and its own health: `rulebook --sbom` prints the committed
//! SBOM byte for byte, which validates strictly as CycloneDX 1.5 (cyclonedx-python-lib);
//! `doctor` reports its digest; `rulebook probe` (the container health check) answers for a
//! running server over HTTP and HTTPS, fails for a stopped one, and refuses other hosts.

use std::process::Command;

use crate::harness::{Instance, code};

fn python() -> String {
    std::env::var("RULEBOOK_TEST_PYTHON")
        .unwrap_or_else(|_| format!("{}/target/test-venv/bin/python", env!("CARGO_MANIFEST_DIR")))
}

#[test]
fn the_binary_prints_its_sbom_which_is_valid_cyclonedx() {
    let inst = Instance::new("sbom");
    let out = inst.run(&["--sbom"]);
    assert_eq!(code(&out), 0);
    let committed =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/src/sbom.cdx.json")).unwrap();
    assert!(
        out.stdout == committed,
        "--sbom differs from src/sbom.cdx.json"
    );
    let file = inst.tmp.path().join("bom.json");
    std::fs::write(&file, &out.stdout).unwrap();
    let check = r#"
import sys
from cyclonedx.validation.json import JsonStrictValidator
from cyclonedx.schema import SchemaVersion
errors = JsonStrictValidator(SchemaVersion.V1_5).validate_str(open(sys.argv[1]).read())
if errors: sys.exit(f"invalid: {errors}")
broken = open(sys.argv[1]).read().replace('"specVersion": "1.5"', '"specVersion": "1.5", "bogus": 1')
if not JsonStrictValidator(SchemaVersion.V1_5).validate_str(broken): sys.exit("the validator accepts anything")
print("valid")
"#;
    let v = Command::new(python())
        .args(["-c", check])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        v.status.success(),
        "{}{}",
        String::from_utf8_lossy(&v.stdout),
        String::from_utf8_lossy(&v.stderr)
    );
    // doctor names the digest of exactly those bytes.
    inst.init();
    let digest: String = ring::digest::digest(&ring::digest::SHA256, &committed)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let doctor = inst.run(&["doctor"]);
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&doctor.stdout),
        String::from_utf8_lossy(&doctor.stderr)
    );
    assert!(
        report.contains(&format!("SBOM sha256 {digest}")),
        "{report}"
    );
    // --sbom stands alone.
    assert_eq!(code(&inst.run(&["--sbom", "doctor"])), 2);
    inst.verify();
}

#[test]
fn probe_answers_for_this_hosts_server_only() {
    let inst = Instance::new("probe");
    inst.init();
    let server = inst.serve(&[]);
    let addr = server.addr.to_string();
    let out = inst.ok(&["probe", &addr]);
    assert!(out.contains("answered 200"), "{out}");
    inst.ok(&["probe", &addr, "--path", "/healthz"]);
    // On every interface, the probe goes to loopback.
    let any = format!("0.0.0.0:{}", server.addr.port());
    inst.ok(&["probe", &any]);
    // Another host is refused (no way around the egress allowlist).
    let out = inst.run(&["probe", "192.0.2.10:8443"]);
    assert_eq!(code(&out), 2, "{}", String::from_utf8_lossy(&out.stderr));
    server.stop();
    let out = inst.run(&["probe", &addr]);
    assert_eq!(code(&out), 1);
    assert!(String::from_utf8_lossy(&out.stderr).contains("RB-PROBE-FAILED"));

    // Over TLS, trusting the server's own certificate only.
    let dir = inst.tmp.path().join("tls");
    inst.ok(&["tls", "self-signed", "--out", dir.to_str().unwrap()]);
    let cert = dir.join("cert.pem");
    let key = dir.join("key.pem");
    let server = inst.serve(&[
        "--tls-cert",
        cert.to_str().unwrap(),
        "--tls-key",
        key.to_str().unwrap(),
    ]);
    let addr = server.addr.to_string();
    inst.ok(&["probe", &addr, "--tls-cert", cert.to_str().unwrap()]);
    // Plain HTTP to the TLS port is not a pass.
    assert_eq!(code(&inst.run(&["probe", &addr])), 1);
    // Another certificate is not trusted.
    let other = inst.tmp.path().join("other");
    inst.ok(&["tls", "self-signed", "--out", other.to_str().unwrap()]);
    let out = inst.run(&[
        "probe",
        &addr,
        "--tls-cert",
        other.join("cert.pem").to_str().unwrap(),
    ]);
    assert_eq!(code(&out), 1);
    server.stop();
    inst.verify();
}
