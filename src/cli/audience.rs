//! Who a command is for, and so which global options its `--help` shows.
//!
//! The server's options (data dir, config dir, database and secrets keys, passphrase) are
//! global so that `rulebook --data-dir D serve` and `rulebook serve --data-dir D` both work,
//! as scripts, tests and the systemd unit use them. A developer running `rulebook install
//! --help` has no use for them, so developer commands get hidden copies: still accepted (an old
//! invocation keeps working, and `--config-dir` still says where `login` keeps its key), not
//! listed. clap skips propagating a global option into a subcommand that already defines one
//! with the same id, which is what makes the copy take its place.

use clap::Command;

/// The server's global options (clap ids), hidden from developer commands.
const SERVER_OPTIONS: &[&str] = &[
    "data_dir",
    "config_dir",
    "key_file",
    "secrets_key_file",
    "passphrase",
];

/// Commands a developer runs against a server or a repository; they never open the database.
pub(crate) const DEVELOPER_COMMANDS: &[&str] = &[
    "login",
    "logout",
    "whoami",
    "render",
    "install",
    "uninstall",
    "status",
    "update",
    "diff",
    "distribute",
    "import",
    "mcp",
    "archive",
    "templates",
    "standards",
    "commands",
    "skills",
    "subagents",
    "policies",
    "packages",
    "completions",
    "scan",
    "probe",
    "trust",
    "verify",
];

/// The heading the server's options are listed under, on the commands that show them.
const HEADING: &str = "Server options";

/// `root` with the server's options grouped under their own heading, and hidden (but still
/// accepted) on every developer command.
pub(crate) fn split(mut root: Command) -> Command {
    for id in SERVER_OPTIONS {
        root = root.mut_arg(*id, |a| a.help_heading(HEADING));
    }
    let server_args: Vec<clap::Arg> = root
        .get_arguments()
        .filter(|a| SERVER_OPTIONS.contains(&a.get_id().as_str()))
        .cloned()
        .collect();
    for name in DEVELOPER_COMMANDS {
        let copies = server_args.clone();
        root = root.mut_subcommand(*name, move |mut sc| {
            for a in copies {
                sc = sc.arg(a.hide(true));
            }
            sc
        });
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn help(path: &[&str]) -> String {
        let mut cmd = split(crate::cli::Cli::command());
        cmd.build();
        let mut sc = &mut cmd;
        for name in path {
            sc = sc.find_subcommand_mut(name).expect("subcommand");
        }
        sc.render_long_help().to_string()
    }

    #[test]
    fn every_developer_command_exists() {
        let cmd = crate::cli::Cli::command();
        for name in DEVELOPER_COMMANDS {
            assert!(cmd.find_subcommand(name).is_some(), "{name}");
        }
    }

    #[test]
    fn developer_help_hides_server_options_and_server_help_keeps_them() {
        for c in [&["install"][..], &["archive", "export"], &["login"]] {
            let h = help(c);
            for opt in ["--data-dir", "--passphrase", "--key-file", "--config-dir"] {
                assert!(!h.contains(opt), "{c:?} shows {opt}:\n{h}");
            }
            assert!(h.contains("--log-level"), "{h}");
        }
        let h = help(&["serve"]);
        assert!(
            h.contains("--data-dir") && h.contains("--passphrase"),
            "{h}"
        );
        assert!(h.contains(HEADING), "{h}");
    }

    #[test]
    fn server_options_still_parse_after_a_developer_command() {
        use clap::FromArgMatches;
        let m = split(crate::cli::Cli::command())
            .try_get_matches_from([
                "rulebook",
                "whoami",
                "--config-dir",
                "/c",
                "--data-dir",
                "/d",
            ])
            .expect("parses");
        let cli = crate::cli::Cli::from_arg_matches(&m).expect("cli");
        assert_eq!(cli.config_dir.as_deref(), Some(std::path::Path::new("/c")));
        assert_eq!(cli.data_dir.as_deref(), Some(std::path::Path::new("/d")));
    }
}
