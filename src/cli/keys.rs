//! `hookbench keys generate|public`: Standard Webhooks ed25519 key pairs for `v1a` signatures,
//! made on this machine (no instance needed). The `whsk_` secret key signs (a webhook's
//! `--secret`); the `whpk_` public key verifies (an inbox's or `captures check`'s `--secret`).

use std::path::Path;
use std::process::ExitCode;

use clap::Subcommand;

use super::input::read_text;
use super::output::outln;
use super::providers::print_json;
use hookbench::signing::{self, KeyPair};
use hookbench::Result;

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// A fresh whsk_ secret key (it signs: give it to a webhook) and its whpk_ public key (it
    /// verifies: give it to the consumer)
    Generate {
        #[arg(long)]
        json: bool,
    },
    /// The whpk_ public key of a whsk_ secret key
    Public {
        /// The whsk_ key, or - to read it from standard input (out of the shell history)
        #[arg(value_name = "KEY")]
        key: String,
        /// Print both keys as JSON
        #[arg(long)]
        json: bool,
    },
}

pub fn run(command: KeysCommand) -> Result<ExitCode> {
    match command {
        KeysCommand::Generate { json } => print(&signing::generate_key_pair()?, json, true),
        KeysCommand::Public { key, json } => {
            let key = if key == "-" {
                read_text(Path::new("-"), "the key", "a whsk_ key is base64 text")?
            } else {
                key
            };
            print(&signing::key_pair_of(key.trim())?, json, false)
        }
    }
}

fn print(pair: &KeyPair, json: bool, with_secret: bool) -> Result<ExitCode> {
    if json {
        print_json(pair)?;
    } else if with_secret {
        outln!("secret key  {}", pair.secret_key);
        outln!("public key  {}", pair.public_key);
    } else {
        outln!("{}", pair.public_key);
    }
    Ok(ExitCode::SUCCESS)
}
