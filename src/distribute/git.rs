//! Any other Git server (Bitbucket Data Center, Gerrit, cgit, a bare repository behind a web
//! server) over smart HTTP(S): a real fetch and push with the system `git`, run by
//! `egress::git` under the egress policy with the credential on a pipe.
//!
//! The branch is fetched shallow into a private scratch repository, the commit is built with
//! plumbing (a temporary index from the head's tree, `update-index --index-info` with every
//! write, mode and deletion, `write-tree`, `commit-tree`), and pushed as a fast-forward:
//! the server refuses a push whose parent is no longer the head, which the job retries as a
//! moved head. Only direct commits (no pull requests: there is no common API for them).

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::Arc;
use std::time::Duration;

use super::DistError;
use super::host::{CommitRequest, Host, Opening, Probe, Snapshot, entry_of, git_mode};
use crate::egress::client::Purpose;
use crate::egress::git::{Remote, command, run_with_deadline};
use crate::egress::service::EgressService;
use crate::secrets::Secret;

/// The longest one git command may run.
const GIT_TIMEOUT: Duration = Duration::from_secs(300);

/// Where the branch comes from and where the commit goes.
enum Transport {
    /// A remote over smart HTTP(S): fetch, then push.
    Http {
        base: String,
        username: String,
        token: Secret,
        egress: Arc<EgressService>,
        actor: String,
    },
    /// A local repository or bundle file (carried across an air gap): fetch from it; the
    /// commit stays in the scratch repository, to be written as a bundle or a patch.
    Local { source: PathBuf },
}

/// A Git repository reached with the system `git`.
pub struct PlainGit {
    transport: Transport,
    work: Option<PathBuf>,
    /// `(base, commit, branch)` of the last commit made locally (the `Local` transport).
    made: Option<(String, String, String)>,
}

/// Opens the provider (the `PROVIDERS` row).
pub fn open(o: Opening) -> Result<Box<dyn Host>, DistError> {
    Ok(Box::new(PlainGit::over_http(
        &o.base_url,
        o.username,
        o.token,
        o.egress,
        o.actor,
    )))
}

impl PlainGit {
    /// Repositories below `base` (`https://git.example.com/scm`) over smart HTTP(S).
    pub fn over_http(
        base: &str,
        username: String,
        token: Secret,
        egress: Arc<EgressService>,
        actor: String,
    ) -> PlainGit {
        PlainGit {
            transport: Transport::Http {
                base: base.trim_end_matches('/').to_string(),
                username,
                token,
                egress,
                actor,
            },
            work: None,
            made: None,
        }
    }

    /// A repository on this machine (a clone, a mirror or a `git bundle` file): the commit
    /// is made in a scratch repository and written out with `write_bundle`/`write_patch`.
    pub fn from_local(source: &Path) -> PlainGit {
        PlainGit {
            transport: Transport::Local {
                source: source.to_path_buf(),
            },
            work: None,
            made: None,
        }
    }

    /// Writes the commit made as a bundle of `refs/heads/<branch>` whose prerequisite is the
    /// branch head it was made on: `git pull --ff-only FILE <branch>` applies it.
    pub fn write_bundle(&mut self, out: &Path) -> Result<(), DistError> {
        let (base, _, branch) = self
            .made
            .clone()
            .ok_or_else(|| DistError::Local("no commit was made".into()))?;
        let dir = self.repo_dir()?;
        let target = out.display().to_string();
        self.ok(
            &dir,
            &[
                "bundle",
                "create",
                "--quiet",
                &target,
                &format!("refs/heads/{branch}"),
                &format!("^{base}"),
            ],
            None,
            &[],
        )?;
        Ok(())
    }

    /// Writes the commit made as an mbox patch (`git am FILE` applies it).
    pub fn write_patch(&mut self, out: &Path) -> Result<(), DistError> {
        let (_, commit, _) = self
            .made
            .clone()
            .ok_or_else(|| DistError::Local("no commit was made".into()))?;
        let dir = self.repo_dir()?;
        let mbox = self.ok(
            &dir,
            &["format-patch", "-1", "--stdout", "--binary", &commit],
            None,
            &[],
        )?;
        crate::ops::files::write_atomic(out, &mbox, 0o644)
            .map_err(|e| DistError::Local(format!("cannot write {}: {e}", out.display())))
    }
}

impl Drop for PlainGit {
    fn drop(&mut self) {
        if let Some(w) = self.work.take() {
            let _ = std::fs::remove_dir_all(w);
        }
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).trim().to_string()
}

/// Classifies a failed remote command from git's own words.
fn remote_failure(what: &str, out: &Output) -> DistError {
    let err = text(&out.stderr);
    let lower = err.to_ascii_lowercase();
    let short: String = err.lines().rev().take(3).collect::<Vec<_>>().join(" | ");
    let msg = format!("{what}: {short}");
    if lower.contains("non-fast-forward")
        || lower.contains("fetch first")
        || lower.contains("[rejected]")
        || lower.contains("stale info")
    {
        DistError::Moved
    } else if lower.contains("authentication failed")
        || lower.contains(" 401")
        || lower.contains(" 403")
        || lower.contains("could not read username")
        || lower.contains("could not read password")
    {
        DistError::Auth(msg)
    } else if lower.contains("not found")
        || lower.contains(" 404")
        || lower.contains("does not appear to be a git repository")
        || lower.contains("couldn't find remote ref")
    {
        DistError::NotFound(msg)
    } else {
        DistError::Transient {
            detail: msg,
            retry_after: None,
        }
    }
}

impl PlainGit {
    fn url(&self, repo: &str) -> Result<String, DistError> {
        let base = match &self.transport {
            Transport::Local { source } => return Ok(source.display().to_string()),
            Transport::Http { base, .. } => base,
        };
        if repo.is_empty()
            || repo.contains("..")
            || repo.starts_with('/')
            || repo.contains(['\n', ' ', '?', '#', '@'])
        {
            return Err(DistError::Rejected(format!(
                "{repo:?} is not a repository path"
            )));
        }
        Ok(format!("{base}/{repo}"))
    }

    fn work(&mut self) -> Result<PathBuf, DistError> {
        if let Some(w) = &self.work {
            return Ok(w.clone());
        }
        let tag: [u8; 8] =
            crate::clock::random_bytes().map_err(|e| DistError::Local(e.to_string()))?;
        let dir =
            std::env::temp_dir().join(format!("rulebook-git-{}", crate::crypto::hex::encode(&tag)));
        {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .mode(0o700)
                .create(&dir)
                .map_err(|e| DistError::Local(format!("cannot create a scratch directory: {e}")))?;
        }
        self.work = Some(dir.clone());
        let out = self.local(&dir, &["init", "--bare", "--quiet", "repo"], None, &[])?;
        if !out.status.success() {
            return Err(DistError::Local(format!(
                "git init failed: {}",
                text(&out.stderr)
            )));
        }
        Ok(dir)
    }

    fn repo_dir(&mut self) -> Result<PathBuf, DistError> {
        Ok(self.work()?.join("repo"))
    }

    fn local(
        &self,
        dir: &Path,
        args: &[&str],
        stdin: Option<&[u8]>,
        env: &[(&str, String)],
    ) -> Result<Output, DistError> {
        let mut c = command(dir);
        for (k, v) in env {
            c.env(k, v);
        }
        c.args(args);
        run_with_deadline(c, stdin, GIT_TIMEOUT).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => DistError::Local(
                "the git program is not installed (the plain Git provider needs it; see `rulebook doctor`)".into(),
            ),
            _ => DistError::Local(format!("cannot run git: {e}")),
        })
    }

    fn ok(
        &self,
        dir: &Path,
        args: &[&str],
        stdin: Option<&[u8]>,
        env: &[(&str, String)],
    ) -> Result<Vec<u8>, DistError> {
        let out = self.local(dir, args, stdin, env)?;
        if !out.status.success() {
            return Err(DistError::Local(format!(
                "git {} failed: {}",
                args.first().copied().unwrap_or(""),
                text(&out.stderr)
            )));
        }
        Ok(out.stdout)
    }

    fn remote(&mut self, repo: &str, args: &[&str]) -> Result<Output, DistError> {
        let url = self.url(repo)?;
        let dir = self.repo_dir()?;
        let mut full: Vec<&str> = args.to_vec();
        full.push(&url);
        self.remote_raw(&url, &dir, &full)
    }

    fn remote_raw(&self, url: &str, dir: &Path, args: &[&str]) -> Result<Output, DistError> {
        match &self.transport {
            Transport::Local { .. } => {
                let args: Vec<&str> = args.iter().copied().filter(|a| *a != "--depth=1").collect();
                self.local(dir, &args, None, &[])
            }
            Transport::Http {
                username,
                token,
                egress,
                actor,
                ..
            } => egress
                .git(
                    &Remote {
                        url,
                        username,
                        token,
                    },
                    dir,
                    args,
                    None,
                    Purpose {
                        feature: "distribution",
                        actor,
                    },
                    GIT_TIMEOUT,
                )
                .map_err(super::egress_error),
        }
    }
}

impl Host for PlainGit {
    fn test(&mut self, repo: &str) -> Result<Probe, DistError> {
        let out = self.remote(repo, &["ls-remote", "--symref"])?;
        if !out.status.success() {
            return Err(remote_failure("listing the remote", &out));
        }
        let listing = text(&out.stdout);
        let mut p = Probe {
            user: match &self.transport {
                Transport::Http { username, .. } if !username.is_empty() => Some(username.clone()),
                _ => Some("rulebook".into()),
            },
            ..Probe::default()
        };
        p.default_branch = listing.lines().find_map(|l| {
            l.strip_prefix("ref: refs/heads/")
                .and_then(|r| r.strip_suffix("\tHEAD"))
                .map(str::to_string)
        });
        p.permissions.push("read".into());
        p.notes.push(format!(
            "{} branch(es); push permission is known only at the first push",
            listing
                .lines()
                .filter(|l| l.contains("refs/heads/"))
                .count()
        ));
        Ok(p)
    }

    fn snapshot(&mut self, repo: &str, branch: &str) -> Result<Option<Snapshot>, DistError> {
        let refspec = format!("+refs/heads/{branch}:refs/remotes/target/{branch}");
        let url = self.url(repo)?;
        let dir = self.repo_dir()?;
        let out = self.remote_raw(
            &url,
            &dir,
            &["fetch", "--quiet", "--depth=1", "--no-tags", &url, &refspec],
        )?;
        if !out.status.success() {
            let e = remote_failure("fetching the branch", &out);
            if text(&out.stderr)
                .to_ascii_lowercase()
                .contains("couldn't find remote ref")
            {
                return Ok(None);
            }
            return Err(e);
        }
        let r = format!("refs/remotes/target/{branch}");
        let head = text(&self.ok(
            &dir,
            &["rev-parse", "--verify", &format!("{r}^{{commit}}")],
            None,
            &[],
        )?);
        let tree = text(&self.ok(&dir, &["rev-parse", &format!("{head}^{{tree}}")], None, &[])?);
        let raw = self.ok(&dir, &["cat-file", "commit", &head], None, &[])?;
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let (headers, message) = raw.split_once("\n\n").unwrap_or((&raw, ""));
        let parents = headers
            .lines()
            .filter_map(|l| l.strip_prefix("parent ").map(str::to_string))
            .collect();
        let ls = self.ok(
            &dir,
            &["ls-tree", "-r", "-z", "--full-tree", &head],
            None,
            &[],
        )?;
        let mut listing = std::collections::BTreeMap::new();
        for rec in ls.split(|b| *b == 0).filter(|r| !r.is_empty()) {
            let rec = String::from_utf8_lossy(rec);
            let Some((meta, path)) = rec.split_once('\t') else {
                return Err(DistError::Protocol(
                    "git ls-tree printed an odd line".into(),
                ));
            };
            let mut m = meta.split(' ');
            let (Some(mode), Some(kind), Some(id)) = (m.next(), m.next(), m.next()) else {
                return Err(DistError::Protocol(
                    "git ls-tree printed an odd line".into(),
                ));
            };
            if let Some(e) = entry_of(mode, kind, id) {
                listing.insert(path.to_string(), e);
            }
        }
        Ok(Some(Snapshot {
            head,
            tree,
            message: message.to_string(),
            parents,
            listing,
        }))
    }

    fn blob(&mut self, _repo: &str, id: &str) -> Result<Vec<u8>, DistError> {
        if !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(DistError::Protocol(format!("bad object id {id:?}")));
        }
        let dir = self.repo_dir()?;
        self.ok(&dir, &["cat-file", "blob", id], None, &[])
    }

    fn commit(&mut self, repo: &str, req: &CommitRequest<'_>) -> Result<String, DistError> {
        let dir = self.repo_dir()?;
        let index = dir.join("rulebook-index");
        let _ = std::fs::remove_file(&index);
        let env = [("GIT_INDEX_FILE", index.display().to_string())];
        self.ok(&dir, &["read-tree", &req.base.head], None, &env)?;
        let mut info = String::new();
        for (path, bytes, mode) in &req.changes.writes {
            if path.contains(['\n', '\t']) {
                return Err(DistError::Rejected(format!("{path:?} cannot be committed")));
            }
            let id = text(&self.ok(&dir, &["hash-object", "-w", "--stdin"], Some(bytes), &[])?);
            info.push_str(&format!("{} {id}\t{path}\n", git_mode(*mode)));
        }
        for path in &req.changes.deletes {
            info.push_str(&format!("0 {}\t{path}\n", "0".repeat(40)));
        }
        self.ok(
            &dir,
            &["update-index", "--index-info"],
            Some(info.as_bytes()),
            &env,
        )?;
        let tree = text(&self.ok(&dir, &["write-tree"], None, &env)?);
        let _ = std::fs::remove_file(&index);
        let (name, email) = match req.author {
            Some(a) => (a.name.clone(), a.email.clone()),
            None => ("Rulebook".to_string(), "rulebook@localhost".to_string()),
        };
        let who = [
            ("GIT_AUTHOR_NAME", name.clone()),
            ("GIT_AUTHOR_EMAIL", email.clone()),
            ("GIT_COMMITTER_NAME", name),
            ("GIT_COMMITTER_EMAIL", email),
        ];
        let commit = text(&self.ok(
            &dir,
            &["commit-tree", &tree, "-p", &req.base.head, "-F", "-"],
            Some(req.message.as_bytes()),
            &who,
        )?);
        if let Transport::Local { .. } = self.transport {
            self.ok(
                &dir,
                &["update-ref", &format!("refs/heads/{}", req.branch), &commit],
                None,
                &[],
            )?;
            self.made = Some((
                req.base.head.clone(),
                commit.clone(),
                req.branch.to_string(),
            ));
            return Ok(commit);
        }
        let spec = format!(
            "{}{commit}:refs/heads/{}",
            if req.force { "+" } else { "" },
            req.branch
        );
        let url = self.url(repo)?;
        let out = self.remote_raw(&url, &dir, &["push", "--quiet", "--porcelain", &url, &spec])?;
        if !out.status.success() {
            return Err(remote_failure("pushing", &out));
        }
        Ok(commit)
    }

    fn web_url(&self, repo: &str) -> String {
        self.url(repo).unwrap_or_default()
    }
}
