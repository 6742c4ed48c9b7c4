//! `hookbench completions SHELL`: a shell completion script on standard output.

use std::process::ExitCode;

use clap::Args;
use clap_complete::Shell;

use hookbench::{Error, Result};

#[derive(Debug, Args)]
#[command(after_help = "Install, for example:\n  \
    hookbench completions bash > ~/.local/share/bash-completion/completions/hookbench\n  \
    hookbench completions zsh > \"${fpath[1]}/_hookbench\"\n  \
    hookbench completions fish > ~/.config/fish/completions/hookbench.fish")]
pub struct CompletionsArgs {
    /// bash, zsh or fish (also elvish, powershell)
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<ExitCode> {
    let mut command = super::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "hookbench", &mut script);
    let text = String::from_utf8(script)
        .map_err(|e| Error::Internal(format!("the completion script is not UTF-8: {e}")))?;
    // Through outln: `| head` must end quietly, not panic.
    super::output::outln!("{}", text.trim_end());
    Ok(ExitCode::SUCCESS)
}
