//! `hookbench settings [show] | set KEY=VALUE...`: the running instance's settings, the
//! document of `GET/PUT /api/settings`, with dotted keys for its nested fields.

use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde_json::{Map, Value};

use super::output::outln;
use super::providers::print_json;
use hookbench::base::config::Config;
use hookbench::client::Client;
use hookbench::model::ReceiverSettings;
use hookbench::model::{Settings, Status};
use hookbench::{Error, Result};

#[derive(Debug, Args)]
pub struct SettingsArgs {
    #[command(subcommand)]
    command: Option<SettingsCommand>,
    /// Print the settings document as JSON (for `settings` without a subcommand)
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum SettingsCommand {
    /// Every setting with its value (the default)
    Show {
        #[arg(long)]
        json: bool,
    },
    /// Change settings, keeping the others; prints the settings as saved
    #[command(after_help = SET_HELP)]
    Set {
        /// `KEY=VALUE`: VALUE is read as JSON when it is JSON (`5`, `true`, `null`), else as
        /// text (`dark`)
        #[arg(required = true, value_name = "KEY=VALUE", value_parser = parse_assignment)]
        assignments: Vec<(String, String)>,
        #[arg(long)]
        json: bool,
    },
}

const SET_HELP: &str =
    "Keys: retention.keep_last, retention.keep_days, receiver.address, receiver.port,
receiver.max_body, theme (system, light, dark), desktop.notifications,
desktop.keep_running_in_tray, outgoing.allow_private_network; a section (`retention`,
`receiver`...) takes a JSON object, and `receiver=null` goes back to the command line's
receiver. Example: hookbench settings set retention.keep_last=1000 theme=dark";

pub async fn run(config: Config, args: SettingsArgs) -> Result<ExitCode> {
    let client = Client::for_data_dir(&config.data_dir)?;
    match args.command {
        None => show(&client, args.json).await?,
        Some(SettingsCommand::Show { json }) => show(&client, json || args.json).await?,
        Some(SettingsCommand::Set { assignments, json }) => {
            let saved = set(&client, &assignments).await?;
            print(&saved, json || args.json)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn show(client: &Client, json: bool) -> Result<()> {
    let settings: Value = client.get("/api/settings").await?;
    print(&settings, json)
}

/// Read, change, write: the keys given replace their values and the rest is sent as it was.
async fn set(client: &Client, assignments: &[(String, String)]) -> Result<Value> {
    let known = known_keys();
    for (key, _) in assignments {
        if !known.iter().any(|k| k == key) {
            return Err(Error::BadRequest(format!(
                "`{key}` is not a setting; the settings are {} (see `hookbench settings`)",
                known.join(", ")
            )));
        }
    }
    let mut settings: Value = client.get("/api/settings").await?;
    let changes_receiver = assignments
        .iter()
        .any(|(key, _)| key.starts_with("receiver."));
    if changes_receiver && settings["receiver"].is_null() {
        // Nothing saved yet: the other receiver fields stay where the receiver listens now,
        // as the Settings screen starts from them.
        settings["receiver"] = running_receiver(client).await?;
    }
    for (key, value) in assignments {
        put_at(&mut settings, key, parse_value(value));
    }
    client
        .put("/api/settings", &settings)
        .await
        .map_err(|e| match e {
            Error::BadRequest(message) => Error::BadRequest(format!(
                "the instance refused {}: {message}",
                assignments
                    .iter()
                    .map(|(k, v)| format!("{k}={v}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
            other => other,
        })
}

/// The receiver's address, port and body limit as it listens now.
async fn running_receiver(client: &Client) -> Result<Value> {
    let status: Status = client.get("/api/status").await?;
    let url = url::Url::parse(&status.receiver_url)
        .map_err(|e| Error::Remote(format!("the receiver URL is not a URL: {e}")))?;
    let address = url
        .host_str()
        .unwrap_or("127.0.0.1")
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    Ok(serde_json::json!({
        "address": address,
        "port": url.port_or_known_default(),
        "max_body": status.max_body,
    }))
}

/// Every key `set` takes: each section and each field in it, in the document's order.
fn known_keys() -> Vec<String> {
    let full = Settings {
        receiver: Some(ReceiverSettings {
            address: std::net::Ipv4Addr::LOCALHOST.into(),
            port: 1,
            max_body: 1,
        }),
        ..Settings::default()
    };
    let mut keys = Vec::new();
    if let Ok(Value::Object(sections)) = serde_json::to_value(full) {
        for (section, value) in sections {
            if let Value::Object(fields) = value {
                keys.extend(fields.keys().map(|field| format!("{section}.{field}")));
            }
            keys.push(section);
        }
    }
    keys
}

fn parse_assignment(text: &str) -> std::result::Result<(String, String), String> {
    match text.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() => {
            Ok((key.trim().to_owned(), value.to_owned()))
        }
        _ => Err(format!(
            "`{text}` is not KEY=VALUE: write it as, e.g., `theme=dark` or `retention.keep_last=1000`"
        )),
    }
}

/// JSON when it is JSON (`5`, `true`, `null`, `{"keep_last": 5}`), else the text itself.
fn parse_value(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned()))
}

/// Sets a setting (`section.field`, or a whole `section`), making the section if it is empty.
fn put_at(document: &mut Value, key: &str, value: Value) {
    if !document.is_object() {
        *document = Value::Object(Map::new());
    }
    match key.split_once('.') {
        Some((section, field)) => {
            let section = &mut document[section];
            if !section.is_object() {
                *section = Value::Object(Map::new());
            }
            section[field] = value;
        }
        None => document[key] = value,
    }
}

fn print(settings: &Value, json: bool) -> Result<()> {
    if json {
        return print_json(settings);
    }
    let Value::Object(sections) = settings else {
        return print_json(settings);
    };
    for (section, value) in sections {
        match value {
            Value::Object(fields) => {
                for (field, value) in fields {
                    outln!("{:<34} {}", format!("{section}.{field}"), shown(value));
                }
            }
            Value::Null if section == "receiver" => outln!(
                "{section:<34} not saved: the command line (--receiver, --max-body) or the \
                 defaults decide"
            ),
            value => outln!("{section:<34} {}", shown(value)),
        }
    }
    Ok(())
}

/// Text as itself, anything else as JSON; `null` says what an absent limit means.
fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Null => "not set".to_owned(),
        other => other.to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_every_section_and_field() {
        let keys = known_keys();
        for key in [
            "retention",
            "retention.keep_last",
            "receiver.port",
            "theme",
            "desktop.keep_running_in_tray",
            "outgoing.allow_private_network",
        ] {
            assert!(keys.iter().any(|k| k == key), "{key} in {keys:?}");
        }
        assert!(!keys.iter().any(|k| k == "theme.dark"));
        for key in keys.iter().filter(|k| k.contains('.') || *k == "theme") {
            assert!(SET_HELP.contains(key.as_str()), "`set --help` names {key}");
        }
    }

    #[test]
    fn values_are_json_when_they_parse_else_text() {
        assert_eq!(parse_value("5"), Value::from(5));
        assert_eq!(parse_value("null"), Value::Null);
        assert_eq!(parse_value("dark"), Value::from("dark"));
        assert_eq!(parse_value("127.0.0.1"), Value::from("127.0.0.1"));
        let mut document = serde_json::json!({"retention": {"keep_days": 3}, "theme": "dark"});
        put_at(&mut document, "retention.keep_last", Value::from(9));
        put_at(&mut document, "theme", Value::from("light"));
        assert_eq!(
            document,
            serde_json::json!({"retention": {"keep_days": 3, "keep_last": 9}, "theme": "light"})
        );
        assert!(parse_assignment("theme").is_err());
        assert!(parse_assignment("=x").is_err());
        assert_eq!(
            parse_assignment("a.b=c=d").unwrap(),
            ("a.b".to_owned(), "c=d".to_owned())
        );
    }
}
