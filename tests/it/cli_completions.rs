//! `hookbench completions SHELL` prints a script the shell accepts, naming every command.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::cli::hookbench;

fn script(shell: &str) -> String {
    let output = hookbench().args(["completions", shell]).output().unwrap();
    assert!(output.status.success(), "{shell}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn bash_accepts_the_bash_script_and_it_completes_subcommands() {
    let bash = script("bash");
    let mut check = Command::new("bash")
        .arg("-n")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    check
        .stdin
        .take()
        .unwrap()
        .write_all(bash.as_bytes())
        .unwrap();
    let checked = check.wait_with_output().unwrap();
    assert!(checked.status.success(), "bash -n: {checked:?}");
    assert!(bash.contains("complete -F _hookbench"), "registers itself");

    // Source it and ask for the completions of `hookbench captures w` as bash would (the
    // function gets the command, the word being completed and the one before).
    let probe = format!(
        "{bash}\nCOMP_WORDS=(hookbench captures w); COMP_CWORD=2; _hookbench hookbench w captures; \
         printf '%s\\n' \"${{COMPREPLY[@]}}\""
    );
    // On standard input: the script is past the 128 KiB one argument may hold.
    let mut shell = Command::new("bash")
        .arg("-s")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    shell
        .stdin
        .take()
        .unwrap()
        .write_all(probe.as_bytes())
        .unwrap();
    let completed = shell.wait_with_output().unwrap();
    assert!(completed.status.success(), "{completed:?}");
    let words = String::from_utf8(completed.stdout).unwrap();
    assert!(words.lines().any(|w| w == "wait"), "{words}");
}

#[test]
fn zsh_and_fish_scripts_name_the_commands_and_flags() {
    let zsh = script("zsh");
    assert!(zsh.starts_with("#compdef hookbench"), "{}", &zsh[..40]);
    let fish = script("fish");
    assert!(fish.contains("complete -c hookbench"));
    for script in [&zsh, &fish] {
        for word in [
            "captures",
            "inboxes",
            "wait",
            "deliveries",
            "completions",
            "settings",
            "emulator-keys",
            "samples",
            "replays",
            "match",
            "since",
        ] {
            assert!(script.contains(word), "lacks {word}");
        }
    }
    let (zsh_body, fish_body) = (zsh.len(), fish.len());
    assert!(zsh_body > 1000 && fish_body > 1000);
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let output = hookbench().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("bash"));
}
