//! Turning a concrete example into a sample template (see `catalog/README.md`):
//! - each distinct atom (login, repository name, id, number, SHA, node id; see `atoms`) becomes a
//!   binding, `$let` at the sample's root or, for the pointers the overlay's `bind` names, the
//!   profile's `let` (so headers carry the same repository id as the body);
//! - every occurrence is replaced, also inside longer strings (`https://github.com/{{$owner_login}}/
//!   {{$repository_name}}/pull/{{$number}}`), so a sample stays consistent with itself;
//! - timestamps keep their distance to the delivery (`{{ago_iso 3h s Z}}`), so their order holds;
//! - everything else is copied, with `{{` escaped.

use serde_json::{Map, Value};
use time::OffsetDateTime;

use super::atoms::{classify, time_key, time_template, timestamp, Atom};
use super::pointer::segments;
use super::text::{hex_runs, substitute, Needle};

/// One value bound to a variable.
struct Binding {
    value: Value,
    atom: Option<Atom>,
    /// The key the value was found under.
    key: String,
    name: String,
    /// Bound in the sample's `$let` (else in the profile's `let`).
    local: bool,
    /// For a SHA also found abbreviated: the abbreviation's length.
    head: Option<usize>,
}

/// A sample template made from `sample`. `binds` maps payload pointers to profile `let` names
/// (used where the value there is an atom);
/// `taken` are names the profile already uses.
pub(super) fn templatize(sample: &Value, binds: &[(String, String)], taken: &[String]) -> Value {
    let mut t = Templatizer {
        bindings: Vec::new(),
        taken: taken.to_vec(),
        reference: None,
        needles: Vec::new(),
    };
    for (pointer, name) in binds {
        let Some(value) = sample
            .pointer(pointer)
            .filter(|v| v.is_string() || v.is_number())
        else {
            continue;
        };
        if t.bindings.iter().any(|b| b.value == *value) {
            continue;
        }
        let segs = segments(pointer);
        let parent_pointer = &pointer[..pointer.rfind('/').unwrap_or(0)];
        let atom = match (
            segs.last(),
            sample.pointer(parent_pointer).and_then(Value::as_object),
        ) {
            (Some(key), Some(parent)) => classify(key, value, parent),
            _ => None,
        };
        // Only a value that is an atom is bound: a bot's login (`renovate[bot]`) stays as it is,
        // like its `https://github.com/apps/renovate`.
        if atom.is_none() {
            continue;
        }
        t.bindings.push(Binding {
            value: value.clone(),
            atom,
            key: segs.last().cloned().unwrap_or_default(),
            name: name.clone(),
            local: false,
            head: None,
        });
    }
    let mut times = Vec::new();
    t.collect(sample, "", &Map::new(), &mut Vec::new(), &mut times);
    let follows = times.iter().filter(|(k, _)| time_key(k) != Some(false));
    t.reference = follows
        .map(|(_, at)| *at)
        .max()
        .or_else(|| times.iter().map(|(_, at)| *at).max());
    t.find_abbreviations(sample);
    t.needles = t.needles();
    let body = t.convert(sample, "", &Map::new());
    let Value::Object(fields) = body else {
        return body;
    };
    let lets = t.lets();
    if lets.is_empty() {
        return Value::Object(fields);
    }
    let mut out = Map::new();
    out.insert("$let".into(), Value::Object(lets));
    out.extend(fields);
    Value::Object(out)
}

struct Templatizer {
    bindings: Vec<Binding>,
    taken: Vec<String>,
    /// The moment the delivery happens in the example: its latest timestamp.
    reference: Option<OffsetDateTime>,
    /// (text, replacement, kind), longest first.
    needles: Vec<(String, String, Needle)>,
}

impl Templatizer {
    fn collect(
        &mut self,
        v: &Value,
        key: &str,
        parent: &Map<String, Value>,
        path: &mut Vec<String>,
        times: &mut Vec<(String, OffsetDateTime)>,
    ) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    path.push(k.clone());
                    self.collect(child, k, map, path, times);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for item in items {
                    self.collect(item, key, parent, path, times);
                }
            }
            scalar => {
                if let Some((at, _)) = timestamp(key, scalar) {
                    times.push((key.to_string(), at));
                    return;
                }
                let Some(atom) = classify(key, scalar, parent) else {
                    return;
                };
                if self.bindings.iter().any(|b| b.value == *scalar) {
                    return;
                }
                let name = self.fresh_name(path);
                self.bindings.push(Binding {
                    value: scalar.clone(),
                    atom: Some(atom),
                    key: key.to_string(),
                    name,
                    local: true,
                    head: None,
                });
            }
        }
    }

    /// `/pull_request/user/login` → `user_login`, made unique.
    fn fresh_name(&mut self, path: &[String]) -> String {
        let words: Vec<String> = path
            .iter()
            .rev()
            .take(2)
            .rev()
            .map(|s| {
                s.chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                    .collect()
            })
            .collect();
        let mut base = words.join("_");
        if base.is_empty() || base.starts_with(|c: char| c.is_ascii_digit()) {
            base = format!("v_{base}");
        }
        base.truncate(56);
        let mut name = base.clone();
        let mut n = 2;
        while self.taken.contains(&name) || self.bindings.iter().any(|b| b.name == name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.taken.push(name.clone());
        name
    }

    /// Abbreviated SHAs (`a10867b14bb7` in a compare URL) get their own head binding.
    fn find_abbreviations(&mut self, v: &Value) {
        match v {
            Value::String(s) => {
                for run in hex_runs(s) {
                    if (7..40).contains(&run.len()) {
                        if let Some(b) = self.bindings.iter_mut().find(|b| {
                            b.head.is_none()
                                && b.atom == Some(Atom::Sha)
                                && b.value.as_str().is_some_and(|full| full.starts_with(run))
                        }) {
                            b.head = Some(run.len());
                        }
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|i| self.find_abbreviations(i)),
            Value::Object(map) => map.values().for_each(|i| self.find_abbreviations(i)),
            _ => {}
        }
    }

    fn needles(&self) -> Vec<(String, String, Needle)> {
        let mut out = Vec::new();
        for b in &self.bindings {
            let in_text = b.atom.as_ref().is_none_or(Atom::in_text);
            match &b.value {
                Value::String(s) if in_text && s.len() >= 3 => {
                    out.push((s.clone(), format!("{{{{${}}}}}", b.name), Needle::Text));
                    if let Some(len) = b.head {
                        out.push((
                            s[..len].to_string(),
                            format!("{{{{${}_head}}}}", b.name),
                            Needle::Hex,
                        ));
                    }
                }
                Value::Number(n) if in_text => {
                    let kind = if matches!(b.atom, Some(Atom::Number)) {
                        Needle::Number
                    } else {
                        Needle::Id
                    };
                    out.push((n.to_string(), format!("{{{{${}}}}}", b.name), kind));
                }
                _ => {}
            }
        }
        out.sort_by_key(|n| std::cmp::Reverse(n.0.len()));
        out
    }

    fn convert(&self, v: &Value, key: &str, parent: &Map<String, Value>) -> Value {
        // A bound string is specific enough to replace wherever it is; a bound number only where
        // its key says it is an id, or is the key it was bound under (the payload's `number` is
        // its pull request's), since a count of 2 is not pull request #2.
        let numeric_id = v.is_number() && classify(key, v, parent).is_some();
        let found = self.bindings.iter().find(|b| {
            b.value == *v && (v.is_string() || numeric_id || (v.is_number() && b.key == key))
        });
        if let Some(b) = found {
            return Value::String(format!("{{{{${}}}}}", b.name));
        }
        if let (Some((at, form)), Some(reference)) = (timestamp(key, v), self.reference) {
            return Value::String(time_template((reference - at).whole_seconds(), form));
        }
        match v {
            Value::String(s) => Value::String(substitute(s, &self.needles)),
            Value::Array(items) => {
                Value::Array(items.iter().map(|i| self.convert(i, key, parent)).collect())
            }
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, child)| (k.clone(), self.convert(child, k, map)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// The sample's `$let`: each local binding's generator, SHAs split when abbreviated.
    fn lets(&self) -> Map<String, Value> {
        let mut lets = Map::new();
        for b in self.bindings.iter().filter(|b| b.local) {
            let Some(atom) = &b.atom else { continue };
            match b.head {
                Some(len) => {
                    lets.insert(
                        format!("{}_head", b.name),
                        format!("{{{{hex {len}}}}}").into(),
                    );
                    lets.insert(
                        format!("{}_tail", b.name),
                        format!("{{{{hex {}}}}}", 40 - len).into(),
                    );
                    lets.insert(
                        b.name.clone(),
                        format!("{{{{${0}_head}}}}{{{{${0}_tail}}}}", b.name).into(),
                    );
                }
                None => {
                    lets.insert(b.name.clone(), atom.generator().into());
                }
            }
        }
        lets
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn atoms_are_bound_once_and_replaced_inside_urls_but_not_in_hosts() {
        let example = json!({
            "number": 2,
            "url": "https://api.github.com/repos/Codertocat/Hello-World/pulls/2",
            "head": {"sha": "a10867b14bb761a232cd80139fbd4c0d33264240"},
            "compare": "https://github.com/Codertocat/Hello-World/compare/a10867b14bb7...000000000000",
            "repository": {"id": 186853002, "name": "Hello-World", "full_name": "Codertocat/Hello-World",
                           "owner": {"login": "Codertocat", "id": 21031067},
                           "created_at": "2019-05-15T15:19:25Z", "pushed_at": 1557933745},
            "sender": {"login": "github", "html_url": "https://github.com/github"},
            "body": "see {{template}}"
        });
        let binds = [("/repository/id".to_string(), "repo_id".to_string())];
        let t = templatize(&example, &binds, &["repo_id".to_string()]);
        assert_eq!(t["repository"]["id"], "{{$repo_id}}");
        assert_eq!(
            t["url"],
            "https://api.github.com/repos/{{$owner_login}}/{{$repository_name}}/pulls/{{$number}}"
        );
        assert_eq!(
            t["repository"]["full_name"],
            "{{$owner_login}}/{{$repository_name}}"
        );
        assert_eq!(t["head"]["sha"], "{{$head_sha}}");
        assert!(t["compare"]
            .as_str()
            .is_some_and(|c| c.ends_with("/compare/{{$head_sha_head}}...000000000000")));
        assert_eq!(
            t["sender"]["html_url"],
            "https://github.com/{{$sender_login}}"
        );
        assert_eq!(t["body"], "see {{lit {{}}template}}");
        assert_eq!(t["repository"]["pushed_at"], "{{ago_unix 0s}}");
        assert_eq!(t["repository"]["created_at"], "{{ago_iso 3m s Z}}");
        assert_eq!(t["$let"]["head_sha_head"], "{{hex 12}}");
        assert_eq!(t["$let"]["owner_id"], "{{int 10000000 99999999}}");
        assert!(
            t["$let"].get("repo_id").is_none(),
            "profile bindings stay in the profile"
        );
    }
}
