//! Mail through the site's own relay (optional): the relay's settings (`settings`) and the
//! message text (`message`), both pure. The SMTP conversation is the outbound client's
//! (`egress/smtp.rs`); what is mailed and when is `http/api/mail.rs`. Without a relay every
//! feature works as before, with links to copy.

pub mod message;
pub mod settings;
