//! The distribution worker pool inside `rulebook serve`: a few threads claim queued jobs
//! from the store (each claim checks its connection's concurrency cap), run them, and record
//! the outcome. Failures worth retrying (429, 5xx, timeouts) go back to the queue with
//! exponential backoff that honours `Retry-After`, up to `MAX_ATTEMPTS`; a job past its
//! deadline fails. At start-up, jobs a dead process left running are queued again: a job
//! that had committed finds its trailer on the branch and records that commit.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use serde_json::json;

use super::DistError;
use super::host::{self, Host, Ident, Opening, Probe};
use super::job::{self, Job, Mode, Outcome};
use crate::archive::portable::{self, Bundle};
use crate::clock::Clock;
use crate::egress::service::EgressService;
use crate::error::Coded;
use crate::install::lock::{LockedPackage, RepoConfig};
use crate::install::policy;
use crate::render::Agent;
use crate::secrets::vault::Vault;
use crate::store::Store;
use crate::store::gitdist::{ConnectionRow, Finish, JobRow, TargetRow};

/// Attempts before a job that keeps meeting transient failures fails for good.
pub const MAX_ATTEMPTS: i64 = 6;

/// The pool and what it needs.
pub struct Distributor {
    store: Arc<Store>,
    vault: Arc<Vault>,
    egress: Arc<EgressService>,
    clock: Clock,
    wake: (Mutex<u64>, Condvar),
    stop: AtomicBool,
    /// Seconds of backoff for the first retry (doubles each attempt; tests shorten it).
    backoff_base: i64,
    /// Seconds between checks of open pull requests.
    pr_refresh: i64,
}

impl Distributor {
    /// Queues again what a dead process left running, and starts `workers` threads.
    pub fn start(
        store: Arc<Store>,
        vault: Arc<Vault>,
        egress: Arc<EgressService>,
        clock: Clock,
        workers: usize,
        backoff_base: i64,
        pr_refresh: i64,
    ) -> Arc<Distributor> {
        match store.requeue_running_git_jobs() {
            Ok(0) => {}
            Ok(n) => {
                log::info!("distribution: {n} job(s) interrupted by a restart are queued again")
            }
            Err(e) => log::warn!("distribution: cannot requeue interrupted jobs: {e}"),
        }
        let d = Arc::new(Distributor {
            store,
            vault,
            egress,
            clock,
            wake: (Mutex::new(0), Condvar::new()),
            stop: AtomicBool::new(false),
            backoff_base: backoff_base.max(1),
            pr_refresh: pr_refresh.max(1),
        });
        for i in 0..workers.max(1) {
            let me = d.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("distribute-{i}"))
                .spawn(move || me.work(i == 0));
            if let Err(e) = spawned {
                log::error!("distribution: cannot start a worker: {e}");
            }
        }
        d
    }

    /// Tells idle workers that jobs were queued.
    pub fn wake(&self) {
        let (m, c) = &self.wake;
        if let Ok(mut n) = m.lock() {
            *n += 1;
        }
        c.notify_all();
    }

    /// Stops the workers after their current job.
    pub fn shutdown(&self) {
        self.stop.store(true, Ordering::SeqCst);
        self.wake();
    }

    fn work(self: Arc<Self>, refresher: bool) {
        let mut last_refresh = 0;
        while !self.stop.load(Ordering::SeqCst) {
            let now = self.clock.now_unix();
            if refresher && now - last_refresh >= self.pr_refresh {
                last_refresh = now;
                self.refresh_pull_requests();
            }
            match self.store.claim_git_job() {
                Ok(Some(job)) => {
                    self.run(job);
                    continue;
                }
                Ok(None) => {}
                Err(e) => log::warn!("distribution: cannot read the job queue: {e}"),
            }
            let wait = match self.store.next_git_job_in() {
                Ok(Some(s)) => {
                    Duration::from_secs(s.clamp(0, 2) as u64).max(Duration::from_millis(200))
                }
                _ => Duration::from_secs(2),
            };
            let (m, c) = &self.wake;
            if let Ok(g) = m.lock() {
                let _ = c.wait_timeout(g, wait);
            }
        }
    }

    /// Opens a connection's provider with its sealed token, for `actor`.
    pub fn open_host(&self, conn: &ConnectionRow, actor: &str) -> Result<Box<dyn Host>, DistError> {
        let p = host::provider(&conn.provider)
            .ok_or_else(|| DistError::Unsupported(format!("unknown provider {}", conn.provider)))?;
        let token = self.vault.open(&conn.secret_name).map_err(|e| {
            DistError::Auth(format!(
                "the connection's token cannot be opened: [{}] {e}",
                e.code()
            ))
        })?;
        (p.open)(Opening {
            base_url: conn.base_url.clone(),
            username: conn.username.clone(),
            token,
            egress: self.egress.clone(),
            actor: actor.to_string(),
            app: (!conn.app_id.is_empty())
                .then(|| (conn.app_id.clone(), conn.installation_id.clone())),
            now: self.clock.now_unix(),
        })
    }

    /// "Test connection".
    pub fn test(&self, conn: &ConnectionRow, repo: &str, actor: &str) -> Result<Probe, DistError> {
        self.open_host(conn, actor)?.test(repo)
    }

    fn refresh_pull_requests(&self) {
        let before = self.clock.now_unix() - self.pr_refresh + 1;
        let Ok(jobs) = self.store.open_pull_request_jobs(before) else {
            return;
        };
        for j in jobs {
            let (Some(number), Ok(Some(t))) =
                (j.pr_number, self.store.git_target(j.org_id, j.target_id))
            else {
                continue;
            };
            let Ok(Some(conn)) = self.store.git_connection_by_id(t.connection_id) else {
                continue;
            };
            let state = self
                .open_host(&conn, &format!("distribution:{}", j.id))
                .and_then(|mut h| h.pull_request_state(&t.repo, number));
            match state {
                Ok(pr) => {
                    if let Err(e) = self.store.set_pull_request_state(j.id, &pr.state) {
                        log::warn!("distribution: cannot record a pull request's state: {e}");
                    }
                }
                Err(e) => log::info!(
                    "distribution: pull request {number} of {}: [{}] {e}",
                    t.repo,
                    e.code()
                ),
            }
        }
    }

    fn run(&self, row: JobRow) {
        let result = self.attempt(&row);
        let now = self.clock.now_unix();
        let outcome = match result {
            Ok(o) => o,
            Err(e) if e.retryable() && row.attempts < MAX_ATTEMPTS && now < row.deadline => {
                let backoff = self
                    .backoff_base
                    .saturating_mul(1 << (row.attempts.clamp(1, 10) - 1))
                    .min(600);
                let wait = match &e {
                    DistError::Transient {
                        retry_after: Some(s),
                        ..
                    } => (*s as i64).max(backoff.min(*s as i64)),
                    _ => backoff,
                };
                let detail = format!(
                    "attempt {} failed, retrying in {wait} s: [{}] {e}",
                    row.attempts,
                    e.code()
                );
                log::info!("distribution job {}: {detail}", row.id);
                if let Err(se) = self.store.retry_git_job(row.id, now + wait, &detail) {
                    log::warn!("distribution: cannot requeue job {}: {se}", row.id);
                }
                return;
            }
            Err(e) => {
                let detail = format!("[{}] {e}", e.code());
                log::warn!("distribution job {} failed: {detail}", row.id);
                self.finish(row.id, "failed", None, None, "{}", "[]", &detail);
                return;
            }
        };
        match outcome {
            Recorded::Committed {
                commit,
                pr,
                releases,
                artifacts,
                detail,
            } => {
                let pr = pr
                    .as_ref()
                    .map(|p| (p.number, p.url.as_str(), p.state.as_str()));
                self.finish(
                    row.id,
                    "done",
                    Some(&commit),
                    pr,
                    &releases,
                    &artifacts,
                    &detail,
                );
            }
            Recorded::NoChanges {
                releases,
                artifacts,
            } => {
                self.finish(
                    row.id,
                    "no_changes",
                    None,
                    None,
                    &releases,
                    &artifacts,
                    "the branch already holds this playbook",
                );
            }
            Recorded::Cancelled => self.finish(
                row.id,
                "cancelled",
                None,
                None,
                "{}",
                "[]",
                "cancelled before committing",
            ),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        id: i64,
        state: &str,
        commit: Option<&str>,
        pr: Option<(i64, &str, &str)>,
        releases: &str,
        artifacts: &str,
        detail: &str,
    ) {
        let f = Finish {
            state,
            commit_id: commit,
            pr,
            releases,
            artifacts,
            detail,
        };
        if let Err(e) = self.store.finish_git_job(id, &f) {
            log::error!("distribution: cannot record the end of job {id}: {e}");
        }
    }

    fn attempt(&self, row: &JobRow) -> Result<Recorded, DistError> {
        if self.clock.now_unix() > row.deadline {
            return Err(DistError::Rejected("the job's deadline passed".into()));
        }
        let target = self
            .store
            .git_target(row.org_id, row.target_id)
            .map_err(store_error)?
            .ok_or_else(|| DistError::NotFound("the target was deleted".into()))?;
        let conn = self
            .store
            .git_connection_by_id(target.connection_id)
            .map_err(store_error)?
            .ok_or_else(|| DistError::NotFound("the connection was deleted".into()))?;
        let org = self
            .store
            .org_by_id(row.org_id)
            .map_err(store_error)?
            .ok_or_else(|| DistError::NotFound("the organization was deleted".into()))?;
        let (bundles, keys) = self.bundles(&target, &org.slug)?;
        let agents = agents_of(&target)?;
        let cap = self
            .store
            .setting(&format!("org.{}.render.always_on_cap", row.org_id))
            .map_err(store_error)?
            .and_then(|v| v.parse().ok());
        // A distribution is an install: the organization's install policy applies to it as to
        // `rulebook install`, and refuses before anything is read from or written to the host.
        let org_policy = policy::from_setting(
            self.store
                .setting(&policy::setting_key(row.org_id))
                .map_err(store_error)?
                .as_deref(),
        )
        .map_err(DistError::Rejected)?;
        let layers = [policy::Layer {
            source: policy::ORG_LAYER,
            policy: &org_policy,
        }];
        let agent_ids: Vec<String> = agents.iter().map(|a| a.id().to_string()).collect();
        let refused = policy::check_bundles(&layers, &bundles, &agent_ids);
        if !refused.is_empty() {
            let why: Vec<&str> = refused.iter().map(|v| v.message.as_str()).collect();
            return Err(DistError::Rejected(format!(
                "refused by the organization's install policy: {}",
                why.join("; ")
            )));
        }
        let cap = policy::effective_cap(&layers, cap);
        let repo_policy = policy::repo_policy(&layers);
        let mode = Mode::parse(&target.mode)
            .ok_or_else(|| DistError::Unsupported(format!("unknown mode {}", target.mode)))?;
        let config = RepoConfig {
            org: Some(org.slug.clone()),
            packages: keys
                .into_iter()
                .map(|k| (k, "latest".to_string()))
                .collect(),
            agents: {
                let mut a: Vec<String> = agents.iter().map(|a| a.id().to_string()).collect();
                a.sort();
                a
            },
            always_on_cap: None,
            policy: None,
            trusted_keys: Vec::new(),
        };
        let author =
            (!conn.author_name.is_empty() && !conn.author_email.is_empty()).then(|| Ident {
                name: conn.author_name.clone(),
                email: conn.author_email.clone(),
            });
        let job = Job {
            label: row.id.to_string(),
            repo: &target.repo,
            branch: &target.branch,
            path: &target.path,
            mode,
            bundles,
            agents,
            always_on_cap: cap,
            repo_policy,
            config,
            author,
        };
        let mut host = self.open_host(&conn, &format!("distribution:{}", row.id))?;
        let store = self.store.clone();
        let id = row.id;
        let mut cancelled = move || store.git_job_cancel_requested(id).unwrap_or(false);
        let outcome = job::run(host.as_mut(), &job, &mut cancelled)?;
        Ok(match outcome {
            Outcome::Committed {
                commit,
                pr,
                recovered,
                lock,
                files,
            } => {
                let detail = if recovered {
                    "the commit was made by an earlier attempt and found by its trailer".to_string()
                } else {
                    format!("{files} file(s) changed in {}", host.web_url(&target.repo))
                };
                Recorded::Committed {
                    commit,
                    pr,
                    releases: releases_json(&lock),
                    artifacts: serde_json::to_string(&lock.artifacts)
                        .unwrap_or_else(|_| "[]".into()),
                    detail,
                }
            }
            Outcome::NoChanges { lock } => Recorded::NoChanges {
                releases: releases_json(&lock),
                artifacts: serde_json::to_string(&lock.artifacts).unwrap_or_else(|_| "[]".into()),
            },
            Outcome::Cancelled => Recorded::Cancelled,
        })
    }

    /// The latest release of every package assigned to `target`, as install bundles, and
    /// their keys in `rulebook.json`.
    fn bundles(
        &self,
        target: &TargetRow,
        org: &str,
    ) -> Result<(Vec<InstallBundle>, Vec<String>), DistError> {
        let mut out = Vec::new();
        let mut keys = Vec::new();
        for p in &target.packages {
            let key = package_key(&p.space, &p.slug);
            let (release, items) = self
                .store
                .release_content(p.package_id, "latest")
                .map_err(store_error)?
                .ok_or_else(|| {
                    DistError::Rejected(format!(
                        "package {key} has no release to distribute: publish one first"
                    ))
                })?;
            let members = items
                .iter()
                .map(|(i, _)| (i.kind, i.slug.clone()))
                .collect();
            let bundle = Bundle {
                source: portable::Source {
                    org: org.to_string(),
                    space: p.space.clone(),
                    package: Some(p.slug.clone()),
                    release: Some(release.version.clone()),
                    exported_at: self.clock.now_rfc3339(),
                    generator: format!("rulebook {}", crate::version::VERSION),
                },
                items: items
                    .into_iter()
                    .map(|(i, content)| portable::Item {
                        slug: i.slug,
                        version: i.version,
                        content,
                    })
                    .collect(),
                packages: vec![portable::Package {
                    slug: p.slug.clone(),
                    name: p.slug.clone(),
                    description: String::new(),
                    items: members,
                }],
            };
            // The lock records what a CLI install of this release records: its digest and
            // the key this instance signs it with (docs/DISTRIBUTION.md).
            let entries = portable::write(&bundle)
                .map_err(|e| DistError::Rejected(format!("package {key}: {e}")))?;
            let digest = crate::archive::signed::digest(&entries)
                .map_err(|e| DistError::Rejected(format!("package {key}: {e}")))?;
            let event = crate::store::audit::AuditEvent {
                actor: "distribution".into(),
                action: "signing.key_created".into(),
                target: "signing-key".into(),
                outcome: "success".into(),
                ..Default::default()
            };
            let signer = crate::secrets::signing_keys::current(
                &self.store,
                &self.vault,
                &self.clock.now_rfc3339(),
                &event,
            )
            .map_err(|e| DistError::Rejected(format!("the signing key: {e}")))?;
            out.push((
                key.clone(),
                bundle,
                LockedPackage {
                    release: Some(release.version),
                    source: "server".into(),
                    digest: Some(digest),
                    signed_by: Some(signer.key_id()),
                    ..LockedPackage::default()
                },
            ));
            keys.push(key);
        }
        Ok((out, keys))
    }
}

/// `(lock key, bundle, locked package)`, as the planner takes them.
type InstallBundle = (String, Bundle, LockedPackage);

enum Recorded {
    Committed {
        commit: String,
        pr: Option<host::PullRequest>,
        releases: String,
        artifacts: String,
        detail: String,
    },
    NoChanges {
        releases: String,
        artifacts: String,
    },
    Cancelled,
}

/// A package's key in `rulebook.json` and the lock, as the CLI writes it.
pub fn package_key(space: &str, slug: &str) -> String {
    if space == "default" {
        slug.to_string()
    } else {
        format!("{space}/{slug}")
    }
}

fn releases_json(lock: &crate::install::lock::Lock) -> String {
    let m: serde_json::Map<String, serde_json::Value> = lock
        .packages
        .iter()
        .map(|(k, p)| (k.clone(), json!(p.release)))
        .collect();
    serde_json::Value::Object(m).to_string()
}

fn agents_of(t: &TargetRow) -> Result<Vec<Agent>, DistError> {
    t.agents
        .iter()
        .map(|a| Agent::parse(a).ok_or_else(|| DistError::Rejected(format!("unknown agent {a}"))))
        .collect()
}

fn store_error(e: crate::store::StoreError) -> DistError {
    DistError::Transient {
        detail: format!("database: {e}"),
        retry_after: None,
    }
}
