//! Sending mail through the site's relay: [`send_now`] (one message, composed and sent through
//! the outbound client; the caller audits), used by the admin's actions that mail a link at
//! once (invitations, reset links, the test message), and the outbox worker, which sends the
//! notifications the store queued (`store/outbox.rs`) every few seconds, each audited as
//! `mail.sent` or `mail.failed`, a failure tried again later (1, 2, 4 … minutes) and given up
//! after six attempts. A relay that is down delays notifications; it never slows a request.

use std::sync::Arc;
use std::time::Duration;

use crate::clock::Clock;
use crate::egress::client::Purpose;
use crate::egress::service::EgressService;
use crate::egress::smtp::{Envelope, Relay};
use crate::error::Coded;
use crate::mail::message::{Mailbox, Message, date};
use crate::mail::settings::{MailSettings, SECRET_NAME, SETTING_KEY};
use crate::secrets::vault::Vault;
use crate::store::Store;
use crate::store::audit::AuditEvent;

/// How often the worker looks at the outbox.
const EVERY: Duration = Duration::from_secs(2);
/// Most messages sent per look.
const BATCH: usize = 20;

/// What sending needs.
#[derive(Clone)]
pub struct Mailer {
    pub store: Arc<Store>,
    pub vault: Arc<Vault>,
    pub egress: Arc<EgressService>,
    pub clock: Clock,
    /// This server's host name, for EHLO and Message-IDs.
    pub host: String,
    /// This server's public URL, which completes a notification's link.
    pub origin: Option<String>,
}

impl Mailer {
    /// Composes and sends one message now; the error is fit to show an administrator (relay
    /// reply codes, never the password).
    pub fn send_now(&self, to: &Mailbox, subject: &str, body: &str) -> Result<(), String> {
        let text = self.store.setting(SETTING_KEY).map_err(|e| e.to_string())?;
        let settings = MailSettings::from_setting(text.as_deref())?
            .filter(|s| s.enabled)
            .ok_or("no mail relay is set up")?;
        let password = match &settings.username {
            Some(_) => Some(
                self.vault
                    .open(SECRET_NAME)
                    .map_err(|_| "the relay's password is not set".to_string())?
                    .expose_str()
                    .ok_or("the relay's password is not text")?
                    .to_string(),
            ),
            None => None,
        };
        let id = crate::crypto::token::new_token()
            .map_err(|_| "no randomness".to_string())?
            .0;
        let message = Message {
            from: Mailbox {
                name: settings.from_name.clone(),
                address: settings.from_address.clone(),
            },
            to: to.clone(),
            subject: subject.into(),
            body: body.into(),
        };
        let data = message.render(
            &date(self.clock.now_unix()),
            &format!("{}@{}", &id[..24], self.host),
        )?;
        let relay = Relay {
            host: &settings.host,
            port: settings.port,
            security: settings.security,
            username: settings.username.as_deref(),
            password: password.as_deref(),
            helo: &self.host,
        };
        self.egress
            .smtp(
                &relay,
                &Envelope {
                    from: &settings.from_address,
                    to: &to.address,
                    data: &data,
                },
                Purpose {
                    feature: "mail",
                    actor: "instance",
                },
            )
            .map_err(|e| format!("[{}] {e}", e.code()))
    }

    /// Sends what is due in the outbox; answers how many were sent.
    pub fn flush(&self) -> usize {
        let due = match self.store.due_mail(BATCH) {
            Ok(d) => d,
            Err(e) => {
                log::warn!("mail: cannot read the outbox: {e}");
                return 0;
            }
        };
        let mut sent = 0;
        for m in due {
            let to = Mailbox {
                name: m.name.clone(),
                address: m.to.clone(),
            };
            let body = match (&self.origin, m.link.is_empty()) {
                (_, true) => m.body.clone(),
                (Some(o), false) => format!("{}\nOpen it: {o}{}\n", m.body, m.link),
                (None, false) => format!("{}\nIn Rulebook: {}\n", m.body, m.link),
            };
            let result = self.send_now(&to, &m.subject, &body);
            let now = self.clock.now_unix();
            let retry_at = now + 60 * (1i64 << m.attempts.clamp(0, 10));
            if let Err(e) =
                self.store
                    .mail_attempted(m.id, result.as_ref().err().map(String::as_str), retry_at)
            {
                log::warn!("mail: cannot record message {}: {e}", m.id);
            }
            let (action, outcome) = match &result {
                Ok(()) => ("mail.sent", "success"),
                Err(_) => ("mail.failed", "failure"),
            };
            let event = AuditEvent {
                actor: "mailer".into(),
                action: action.into(),
                target: format!("mail:{}", m.purpose),
                outcome: outcome.into(),
                detail: match &result {
                    Ok(()) => format!("to={}", m.to),
                    Err(e) => format!("to={} attempt {}: {e}", m.to, m.attempts + 1),
                },
                ..AuditEvent::default()
            };
            if let Err(e) = self.store.audit(&event) {
                log::warn!("mail: cannot audit message {}: {e}", m.id);
            }
            match result {
                Ok(()) => sent += 1,
                Err(e) => log::info!("mail: message {} not sent: {e}", m.id),
            }
        }
        sent
    }

    /// Starts the outbox worker.
    pub fn start(self) {
        let spawned = std::thread::Builder::new()
            .name("mailer".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(EVERY);
                    self.flush();
                }
            });
        if let Err(e) = spawned {
            log::error!("mail: cannot start the outbox worker: {e}");
        }
    }
}
