//! `hookbench serve --expose-api`: the only way to put the API beyond loopback, announced
//! loudly (without it, `cli::serve_refuses_a_non_loopback_api_address`).

use std::time::Duration;

use crate::cli_support::text;
use crate::serve_process::ServeProcess;

#[test]
fn an_exposed_api_is_announced_with_a_warning_and_the_ui_address_stays_local() {
    let dir = tempfile::tempdir().unwrap();
    let serve = ServeProcess::start(
        &[
            "--receiver",
            "127.0.0.1:0",
            "--api",
            "0.0.0.0:0",
            "--expose-api",
            "--emulator",
            "127.0.0.1:0",
        ],
        dir.path(),
        &[],
    );
    let ui = serve.printed("ui").to_owned();
    assert!(ui.starts_with("http://127.0.0.1:"), "{ui}");
    let warning = serve.await_stderr("--expose-api", Duration::from_secs(10));
    assert!(warning.starts_with("WARNING"), "{warning}");
    assert!(warning.contains("API token"), "{warning}");
    assert!(
        warning.contains("restart without --expose-api"),
        "{warning}"
    );
    assert!(!warning.contains(":0 "), "names the port bound: {warning}");
    // The CLI finds it on loopback, and `status` flags it.
    let status = text(&["status"], dir.path());
    assert!(
        status.contains("api         reachable beyond this machine (--expose-api)"),
        "{status}"
    );
    serve.stop();
}
