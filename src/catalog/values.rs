//! The integrator's own values a profile declares (`values`): what a provider takes from the
//! integrator rather than inventing (Workspace's `customer_id` and `state` from the connect call,
//! Leadsie's `customUserId` from the connection page). A webhook sets them; templates read them
//! as `{{value.NAME}}`, which falls back to the declaration's `default` template when unset.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use utoipa::ToSchema;

use super::decode::Obj;
use super::error::CatalogError;
use super::template::{self, check_name, Node, Scope};

/// One value a webhook of this provider may set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, ToSchema)]
pub struct ValueSpec {
    /// The key in a webhook's `values` and in `{{value.NAME}}` (`customer_id`).
    pub name: String,
    /// For the webhook editor ("Customer id").
    pub label: String,
    /// Where the provider takes it from, and what is sent when it is not set.
    pub description: String,
    /// The template used when the webhook does not set it (`cus_{{alnum 14}}`); absent: the
    /// value is absent.
    pub default: Option<String>,
}

/// The longest value a webhook may set.
pub const MAX_VALUE_LEN: usize = 1_000;

/// Each declared value's default template, compiled, by name.
pub(crate) type Defaults = Vec<(String, Node)>;

/// Reads the profile's `values`: the declarations, and each default compiled.
pub(crate) fn load(profile: &Obj) -> Result<(Vec<ValueSpec>, Defaults), CatalogError> {
    let Some(items) = profile.opt("values") else {
        return Ok((Vec::new(), Vec::new()));
    };
    let Value::Array(items) = items else {
        return Err(profile.err("values", "expected an array of {name, label, description}"));
    };
    let (mut specs, mut defaults): (Vec<ValueSpec>, Defaults) = (vec![], vec![]);
    for (i, item) in items.iter().enumerate() {
        let v = Obj::new(profile.file, format!("/values/{i}"), item)?;
        v.only(&["name", "label", "description", "default"])?;
        let name = v.string("name")?;
        check_name(&name).map_err(|m| v.err("name", m))?;
        if specs.iter().any(|s| s.name == name) {
            return Err(v.err("name", format!("`{name}` is declared twice")));
        }
        let default = v.opt_string("default")?;
        if let Some(text) = &default {
            // A default sees neither the profile's bindings nor other values.
            let node = template::compile(
                &Value::String(text.clone()),
                &v.at("default"),
                &mut Scope::default(),
            )
            .map_err(|e| v.err("default", e.message))?;
            defaults.push((name.clone(), node));
        }
        specs.push(ValueSpec {
            label: v.opt_string("label")?.unwrap_or_else(|| name.clone()),
            description: v.opt_string("description")?.unwrap_or_default(),
            name,
            default,
        });
    }
    Ok((specs, defaults))
}
