//! API handlers, one file per resource. Each takes a [`Call`] that the router has already
//! authenticated and authorized, converts wire types by hand, calls the store, and replies.

pub mod ai;
pub mod ai_detectors;
pub mod ai_proposals;
pub mod artifacts;
pub mod audit;
pub(crate) mod content_gate;
pub mod content_policy;
pub mod dashboard;
pub mod device;
pub mod directory;
pub mod distributions;
pub mod egress;
pub mod git;
pub mod install_policy;
pub mod instance_settings;
pub mod keys;
pub mod limits;
pub mod lint;
pub mod lint_reports;
pub mod mail;
pub mod mcp_servers;
pub mod orgs;
pub mod packages;
pub mod preview;
pub mod proposals;
pub mod render_settings;
pub mod retention;
pub mod sealed;
pub mod session;
pub mod setup;
pub mod signing;
pub mod space_proposals;
pub mod spaces;
pub mod sso;
pub mod templates;
pub mod transfer;
pub mod trash;

use serde_json::json;

use crate::clock::rfc3339;
use crate::http::HttpError;
use crate::http::call::Call;
use crate::http::reply::Reply;

/// `GET /healthz`: alive.
pub fn health(_: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(200, &json!({ "status": "ok" })))
}

/// `GET /readyz`: the database answers and can take its write lock. A server started on a
/// broken audit chain (`--accept-broken-audit`) stays ready but says so in `audit`.
pub fn ready(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    match call.state.store.ready() {
        Ok(()) => Ok(Reply::json(
            200,
            &match call.state.store.audit_warning() {
                None => json!({ "status": "ready", "audit": "intact" }),
                Some(w) => json!({ "status": "ready", "audit": "broken", "warning": w }),
            },
        )),
        Err(e) => {
            log::error!("readiness check failed: {e}");
            Err(HttpError::Unavailable(
                "the database is not writable".into(),
            ))
        }
    }
}

/// `GET /api/v1/openapi.json`: the OpenAPI 3.1 document, generated from the route table.
pub fn openapi(_: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(200, &crate::http::openapi::document()))
}

/// `GET /api/v1`.
pub fn root(_: &mut Call<'_>) -> Result<Reply, HttpError> {
    Ok(Reply::json(
        200,
        &json!({ "name": "rulebook", "api": "v1" }),
    ))
}

/// Optional Unix time as RFC 3339 (or null).
pub(crate) fn time_opt(t: Option<i64>) -> serde_json::Value {
    t.map(|t| serde_json::Value::String(rfc3339(t)))
        .unwrap_or(serde_json::Value::Null)
}

/// Hashes a password within the concurrency gate (a login storm waits, then gets 503).
pub(crate) fn hash_password(call: &Call<'_>, password: &str) -> Result<String, HttpError> {
    let _slot = call
        .state
        .hash_gate
        .enter(std::time::Duration::from_secs(10))
        .ok_or_else(|| {
            HttpError::Unavailable("too many password operations at once; retry".into())
        })?;
    crate::crypto::password::hash(password).map_err(|_| HttpError::Internal)
}

/// A new account's validated names and password hash.
pub(crate) struct Account {
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
}

impl Account {
    /// The store's view of this account.
    pub(crate) fn new_user(&self, instance_admin: bool) -> crate::store::accounts::NewUser<'_> {
        crate::store::accounts::NewUser {
            username: &self.username,
            display_name: &self.display_name,
            password_hash: &self.password_hash,
            instance_admin,
        }
    }
}

/// Validates a new account's username, display name (defaults to the username) and
/// password, and hashes the password within the gate.
pub(crate) fn new_account(
    call: &Call<'_>,
    username: &str,
    display_name: Option<&str>,
    password: &str,
) -> Result<Account, HttpError> {
    let invalid = |e: crate::model::names::NameError| HttpError::Invalid(e.to_string());
    let username = crate::model::names::username(username)
        .map_err(invalid)?
        .to_string();
    let display_name = crate::model::names::display_name(display_name.unwrap_or(&username))
        .map_err(invalid)?
        .to_string();
    check_password(password)?;
    let password_hash = hash_password(call, password)?;
    Ok(Account {
        username,
        display_name,
        password_hash,
    })
}

/// Checks the password policy, answering 422 with the reason.
pub(crate) fn check_password(password: &str) -> Result<(), HttpError> {
    crate::crypto::password::check_policy(password).map_err(|e| HttpError::Invalid(e.to_string()))
}

/// `GET /metrics`: Prometheus text format.
pub fn metrics(call: &mut Call<'_>) -> Result<Reply, HttpError> {
    let st = call.state;
    let backups = st.backups.lock().map(|b| b.clone()).unwrap_or_default();
    let sessions = st.store.count_sessions().unwrap_or(0) as f64;
    let (db_threads, db_waits) = st.store.database_threads();
    let gauges = [
        (
            "rulebook_database_size_bytes",
            "gauge",
            "Size of the database file and its WAL.",
            st.store.size_bytes() as f64,
        ),
        (
            "rulebook_sessions_open",
            "gauge",
            "Sign-in sessions stored.",
            sessions,
        ),
        (
            "rulebook_process_start_time_seconds",
            "gauge",
            "When this server started (Unix time).",
            st.started_at as f64,
        ),
        (
            "rulebook_backup_enabled",
            "gauge",
            "1 if scheduled backups are configured.",
            if backups.enabled { 1.0 } else { 0.0 },
        ),
        (
            "rulebook_backup_last_success_timestamp_seconds",
            "gauge",
            "Time of the last successful scheduled backup (0 = never).",
            backups.last_success_at.unwrap_or(0) as f64,
        ),
        (
            "rulebook_backup_last_attempt_timestamp_seconds",
            "gauge",
            "Time of the last scheduled backup attempt (0 = never).",
            backups.last_attempt_at.unwrap_or(0) as f64,
        ),
        (
            "rulebook_backup_last_size_bytes",
            "gauge",
            "Size of the last successful scheduled backup.",
            backups.last_size.unwrap_or(0) as f64,
        ),
        (
            "rulebook_backup_last_ok",
            "gauge",
            "1 if the last scheduled backup attempt succeeded.",
            if backups.last_error.is_none() {
                1.0
            } else {
                0.0
            },
        ),
        (
            "rulebook_backup_successes_total",
            "counter",
            "Scheduled backups written.",
            backups.successes as f64,
        ),
        (
            "rulebook_backup_failures_total",
            "counter",
            "Scheduled backups that failed.",
            backups.failures as f64,
        ),
        (
            "rulebook_database_threads_max",
            "gauge",
            "Threads allowed to work in the database at once (--database-threads).",
            db_threads as f64,
        ),
        (
            "rulebook_database_thread_waits_total",
            "counter",
            "Times a request or background task waited for one of those threads.",
            db_waits as f64,
        ),
    ];
    let mut text = st.metrics.render(&gauges);
    text.push_str(&egress_metrics(&st.egress.counters));
    text.push_str(&ai_metrics(st));
    text.push_str(&distribution_metrics(&st.store.git_job_counts()?));
    text.push_str(&format!(
        "# HELP rulebook_clients_refused_total Connections and requests refused by --allow-clients.\n# TYPE rulebook_clients_refused_total counter\nrulebook_clients_refused_total {}\n",
        st.refused_clients.load(std::sync::atomic::Ordering::Relaxed)
    ));
    text.push_str("# HELP rulebook_build_info Build identity.\n# TYPE rulebook_build_info gauge\n");
    text.push_str(&format!(
        "rulebook_build_info{{version=\"{}\",commit=\"{}\",target=\"{}\"}} 1\n",
        crate::version::VERSION,
        crate::version::COMMIT,
        crate::version::TARGET
    ));
    Ok(Reply {
        status: 200,
        content_type: "text/plain; version=0.0.4; charset=utf-8",
        body: text.into_bytes(),
        headers: vec![("Cache-Control", "no-store".into())],
    })
}

/// Distribution jobs by state (all organizations).
fn distribution_metrics(counts: &[(String, i64)]) -> String {
    let mut out = String::from(
        "# HELP rulebook_distribution_jobs Git distribution jobs by state.\n# TYPE rulebook_distribution_jobs gauge\n",
    );
    for state in [
        "queued",
        "running",
        "done",
        "no_changes",
        "failed",
        "cancelled",
    ] {
        let n = counts
            .iter()
            .find(|(s, _)| s == state)
            .map(|(_, n)| *n)
            .unwrap_or(0);
        out.push_str(&format!(
            "rulebook_distribution_jobs{{state=\"{state}\"}} {n}\n"
        ));
    }
    out
}

/// AI usage this month (UTC) per organization, feature and model, from the usage table (so
/// it survives restarts and agrees with the usage page).
fn ai_metrics(st: &crate::http::state::AppState) -> String {
    let month = crate::ai::service::month(&st.clock);
    let rows = st.store.ai_usage_totals(&month).unwrap_or_default();
    let mut calls = String::from(
        "# HELP rulebook_ai_calls_month AI calls this month (UTC), by organization, feature and model.\n# TYPE rulebook_ai_calls_month gauge\n",
    );
    let mut errors = String::from(
        "# HELP rulebook_ai_errors_month Failed AI calls this month.\n# TYPE rulebook_ai_errors_month gauge\n",
    );
    let mut tokens = String::from(
        "# HELP rulebook_ai_tokens_month AI tokens this month, by direction.\n# TYPE rulebook_ai_tokens_month gauge\n",
    );
    for t in rows {
        let l = format!(
            "org=\"{}\",feature=\"{}\",model=\"{}\"",
            crate::http::metrics::label(&t.org),
            crate::http::metrics::label(&t.feature),
            crate::http::metrics::label(&t.model)
        );
        let (c, e, tin, tout) = (t.calls, t.errors, t.tokens_in, t.tokens_out);
        calls.push_str(&format!("rulebook_ai_calls_month{{{l}}} {c}\n"));
        errors.push_str(&format!("rulebook_ai_errors_month{{{l}}} {e}\n"));
        tokens.push_str(&format!(
            "rulebook_ai_tokens_month{{{l},direction=\"in\"}} {tin}\n"
        ));
        tokens.push_str(&format!(
            "rulebook_ai_tokens_month{{{l},direction=\"out\"}} {tout}\n"
        ));
    }
    calls + &errors + &tokens
}

/// The outbound client's counters in the exposition format.
fn egress_metrics(c: &crate::egress::service::Counters) -> String {
    let mut out = String::from(
        "# HELP rulebook_egress_denied_total Outbound requests refused by the egress policy.\n# TYPE rulebook_egress_denied_total counter\n",
    );
    out.push_str(&format!(
        "rulebook_egress_denied_total {}\n",
        c.denied.load(std::sync::atomic::Ordering::Relaxed)
    ));
    out.push_str("# HELP rulebook_egress_requests_total Outbound requests sent, by host and outcome.\n# TYPE rulebook_egress_requests_total counter\n");
    for (host, outcome, n) in c.rows() {
        out.push_str(&format!(
            "rulebook_egress_requests_total{{host=\"{}\",outcome=\"{}\"}} {n}\n",
            crate::http::metrics::label(&host),
            crate::http::metrics::label(&outcome)
        ));
    }
    out
}
