//! The exit statuses mean the same for every command: 4 without a running instance, 5 for an
//! id or name that does not exist, 2 for bad input, and `--help` lists them.

use crate::cli::{hookbench, Serve};
use crate::cli_support::failure;

#[test]
fn without_a_running_instance_every_command_says_to_start_one() {
    let dir = tempfile::tempdir().unwrap();
    let commands: [&[&str]; 14] = [
        &["captures", "list"],
        &["captures", "wait", "--timeout", "1s"],
        &["captures", "show", "01ABC"],
        &["inboxes", "list"],
        &["inboxes", "update", "shop", "--notify"],
        &["webhooks", "list"],
        &["deliveries", "list"],
        &["export", "--format", "json"],
        &[
            "trigger",
            "--provider",
            "stripe",
            "--event",
            "charge.succeeded",
        ],
        &["captures", "delete", "01ABC"],
        &["settings"],
        &["emulator-keys", "list"],
        &["samples", "list"],
        &["replays", "show", "01ABC"],
    ];
    for args in commands {
        let (code, stderr) = failure(args, dir.path());
        assert_eq!(code, Some(4), "{args:?}: {stderr}");
        assert!(
            stderr.contains("start one with `hookbench serve`"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn an_id_or_name_that_does_not_exist_is_5_and_bad_input_is_2() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let _serve = Serve::start(data, &[]);
    let missing: [&[&str]; 11] = [
        &["captures", "show", "01NOPE"],
        &["captures", "delete", "01NOPE"],
        &["inboxes", "show", "nope"],
        &["inboxes", "clear", "nope"],
        &["webhooks", "show", "nope"],
        &["deliveries", "show", "nope"],
        &["deliveries", "retry", "nope"],
        &["captures", "send", "01NOPE"],
        &["emulator-keys", "revoke", "nope"],
        &["samples", "delete", "nope"],
        &["replays", "cancel", "nope"],
    ];
    for args in missing {
        let (code, stderr) = failure(args, data);
        assert_eq!(code, Some(5), "{args:?}: {stderr}");
    }
    let bad: [&[&str]; 4] = [
        &["trigger", "--provider", "nope", "--event", "x"],
        &[
            "trigger",
            "--provider",
            "stripe",
            "--event",
            "no.such.event",
        ],
        &["inboxes", "create", "UPPER"],
        &[
            "trigger",
            "--provider",
            "stripe",
            "--event",
            "charge.succeeded",
            "--body",
            "/nonexistent.json",
        ],
    ];
    for args in bad {
        let (code, stderr) = failure(args, data);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
    }
}

#[test]
fn help_lists_the_exit_statuses_for_every_command() {
    for args in [
        &["--help"][..],
        &["captures", "wait", "--help"],
        &["inboxes", "update", "--help"],
        &["export", "--help"],
    ] {
        let output = hookbench().args(args).output().unwrap();
        assert!(output.status.success());
        let help = String::from_utf8(output.stdout).unwrap();
        assert!(help.contains("Exit status"), "{args:?}: {help}");
        assert!(
            help.contains("4  no running instance") && help.contains("5  not found"),
            "{args:?}"
        );
    }
    let send = hookbench().args(["send", "--help"]).output().unwrap();
    let help = String::from_utf8(send.stdout).unwrap();
    assert!(
        help.contains("3  no answer"),
        "send keeps its own table: {help}"
    );
}
