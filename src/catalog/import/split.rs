//! Where each definition goes: used by two events or more, the profile's `defs`; by one, that
//! event's own `$defs` (each event's compiled schema then holds only what it can reach).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

/// Definitions used by two events or more go to the profile's `defs`, the others into their
/// event's `$defs`; unused ones are left out.
pub(super) fn split_defs<'s>(
    defs: &BTreeMap<String, Value>,
    schemas: impl Iterator<Item = &'s Value>,
) -> (Map<String, Value>, Vec<BTreeMap<String, Value>>) {
    let reach: Vec<BTreeSet<String>> = schemas.map(|s| reachable(defs, s)).collect();
    let mut uses: BTreeMap<&str, usize> = BTreeMap::new();
    for set in &reach {
        for name in set {
            *uses.entry(name.as_str()).or_default() += 1;
        }
    }
    let shared: Map<String, Value> = defs
        .iter()
        .filter(|(name, _)| uses.get(name.as_str()).is_some_and(|n| *n >= 2))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let own = reach
        .iter()
        .map(|set| {
            set.iter()
                .filter(|name| uses.get(name.as_str()) == Some(&1))
                .filter_map(|name| defs.get(name).map(|d| (name.clone(), d.clone())))
                .collect()
        })
        .collect();
    (shared, own)
}

/// The definitions a schema reaches through `#/$defs/...` references.
fn reachable(defs: &BTreeMap<String, Value>, schema: &Value) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut todo = vec![schema];
    while let Some(node) = todo.pop() {
        match node {
            Value::Object(map) => {
                for (k, v) in map {
                    if let (true, Some(r)) = (k == "$ref", v.as_str()) {
                        let name = r
                            .strip_prefix("#/$defs/")
                            .and_then(|rest| rest.split('/').next())
                            .map(|n| n.replace("~1", "/").replace("~0", "~"));
                        if let Some(name) = name {
                            if let (true, Some(def)) = (found.insert(name.clone()), defs.get(&name))
                            {
                                todo.push(def);
                            }
                        }
                    } else {
                        todo.push(v);
                    }
                }
            }
            Value::Array(items) => todo.extend(items),
            _ => {}
        }
    }
    found
}
