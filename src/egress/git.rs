//! The system `git`, run against a remote under the egress policy: the one place besides the
//! HTTP client where Rulebook reaches another host (plain Git servers have no API, so a
//! real push is the only way in).
//!
//! Rules, each enforced here:
//! - The remote URL passes the same allowlist as every HTTP request, before `git` starts.
//!   (Name resolution is git's own, so the address guard applies only through the allowlist:
//!   list Git servers by name or exact IP.)
//! - Only `http(s)` transports; redirects are not followed; the site's CA file and proxy from
//!   the egress settings are passed on.
//! - The credential never appears in argv or the child's environment: `git` asks a
//!   credential helper, which reads it from a FIFO in a private directory that this process
//!   writes once and removes.
//! - The child runs with a cleared environment (no user or system git config, no prompts)
//!   and a deadline, after which it is killed.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::egress::client::{EgressError, Purpose};
use crate::egress::service::EgressService;
use crate::secrets::Secret;

/// A remote and its credential.
pub struct Remote<'a> {
    pub url: &'a str,
    pub username: &'a str,
    pub token: &'a Secret,
}

/// The environment every `git` child gets.
pub fn command(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.env_clear()
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("HOME", dir)
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_ASKPASS", "/bin/false")
        .env("SSH_ASKPASS", "/bin/false")
        .current_dir(dir);
    c
}

/// Runs `cmd` with `stdin`, killing it after `timeout`.
pub fn run_with_deadline(
    mut cmd: Command,
    stdin: Option<&[u8]>,
    timeout: Duration,
) -> std::io::Result<Output> {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn()?;
    let writer = match (stdin, child.stdin.take()) {
        (Some(bytes), Some(mut pipe)) => {
            let bytes = bytes.to_vec();
            Some(std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            }))
        }
        _ => None,
    };
    let mut out = child.stdout.take();
    let mut err = child.stderr.take();
    let out_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_end(&mut b);
        }
        b
    });
    let err_t = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(e) = err.as_mut() {
            let _ = e.read_to_end(&mut b);
        }
        b
    });
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait()? {
            break s;
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!("git did not finish within {} s", timeout.as_secs()),
            ));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    if let Some(w) = writer {
        let _ = w.join();
    }
    Ok(Output {
        status,
        stdout: out_t.join().unwrap_or_default(),
        stderr: err_t.join().unwrap_or_default(),
    })
}

/// A FIFO the credential helper reads once.
struct Fifo {
    dir: PathBuf,
    path: PathBuf,
    writer: Option<std::thread::JoinHandle<()>>,
}

impl Fifo {
    fn new(work: &Path, payload: Vec<u8>) -> std::io::Result<Fifo> {
        use std::os::unix::fs::DirBuilderExt;
        let tag: [u8; 8] =
            crate::clock::random_bytes().map_err(|e| std::io::Error::other(e.to_string()))?;
        let dir = work.join(format!("cred-{}", crate::crypto::hex::encode(&tag)));
        std::fs::DirBuilder::new().mode(0o700).create(&dir)?;
        let path = dir.join("fifo");
        let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes())
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        // SAFETY: `c` is a valid NUL-terminated path; mkfifo has no other preconditions.
        if unsafe { libc::mkfifo(c.as_ptr(), 0o600) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        let p = path.clone();
        let writer = std::thread::spawn(move || {
            if let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(&p) {
                let _ = f.write_all(&payload);
            }
        });
        Ok(Fifo {
            dir,
            path,
            writer: Some(writer),
        })
    }
}

impl Drop for Fifo {
    fn drop(&mut self) {
        // Unblock a writer nobody read from (git never asked), then remove everything.
        use std::os::unix::fs::OpenOptionsExt;
        let _ = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&self.path);
        if let Some(w) = self.writer.take() {
            let _ = w.join();
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', "'\\''"))
}

impl EgressService {
    /// Runs `git <args>` in `dir` against `remote` (its URL is one of `args`), after the
    /// allowlist check; the credential reaches git only through the FIFO.
    pub fn git(
        &self,
        remote: &Remote<'_>,
        dir: &Path,
        args: &[&str],
        stdin: Option<&[u8]>,
        purpose: Purpose<'_>,
        timeout: Duration,
    ) -> Result<Output, EgressError> {
        let settings = self.settings()?;
        self.check(remote.url, purpose)?;
        let token = remote
            .token
            .expose_str()
            .ok_or_else(|| EgressError::Config("the Git token is not text".into()))?;
        if token.contains('\n') || remote.username.contains('\n') {
            return Err(EgressError::Config(
                "a Git credential cannot contain a line break".into(),
            ));
        }
        let user = if remote.username.is_empty() {
            "rulebook"
        } else {
            remote.username
        };
        let fifo = Fifo::new(
            dir,
            format!("username={user}\npassword={token}\n").into_bytes(),
        )
        .map_err(|e| EgressError::Config(format!("cannot prepare the credential pipe: {e}")))?;
        let mut cmd = command(dir);
        let helper = format!(
            "credential.helper=!f() {{ test \"$1\" = get && cat {}; }}; f",
            quote(&fifo.path)
        );
        let mut config: Vec<String> = vec![
            "credential.helper=".into(),
            helper,
            "credential.interactive=false".into(),
            "http.followRedirects=false".into(),
            "protocol.allow=never".into(),
            "protocol.https.allow=always".into(),
            "protocol.http.allow=always".into(),
            "core.askPass=/bin/false".into(),
            format!("http.lowSpeedTime={}", timeout.as_secs().max(30)),
            "http.lowSpeedLimit=1".into(),
        ];
        if let Some(ca) = &settings.ca_file {
            config.push(format!("http.sslCAInfo={}", ca.display()));
        }
        if let Some((proxy, _no_proxy)) = settings.effective_proxy() {
            config.push(format!("http.proxy={proxy}"));
        }
        for c in &config {
            cmd.arg("-c").arg(c);
        }
        cmd.args(args);
        let out = run_with_deadline(cmd, stdin, timeout).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => EgressError::Config(
                "the git program is not installed (the plain Git provider needs it)".into(),
            ),
            std::io::ErrorKind::TimedOut => EgressError::Timeout(e.to_string()),
            _ => EgressError::Transport(format!("cannot run git: {e}")),
        });
        drop(fifo);
        out
    }
}
