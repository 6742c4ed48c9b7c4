//! Writing each shape once. Providers' documents repeat big inline schemas: GitHub describes the
//! pull request object inline in each of its 21 `pull_request` variants. Every inline schema of
//! at least [`MIN_SIZE`] bytes that occurs twice or more becomes one named definition, called
//! after the place it first occurs (`webhook-pull-request-assigned.pull_request`), and an inline
//! copy of an existing definition becomes a reference to it. Validation is unchanged; the
//! profile shrinks by about three quarters.

use std::collections::{BTreeMap, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

use serde_json::{json, Value};

use super::pointer::push;
use super::walk::{for_each_child_mut, LIST, MAP, ONE};

/// Smallest inline schema (compact JSON bytes, roughly) worth a definition of its own.
const MIN_SIZE: usize = 256;
/// Passes are bounded: each one hoists the outermost repeats, so nesting depth bounds them.
const MAX_PASSES: usize = 32;

pub(super) fn dedupe(defs: &mut BTreeMap<String, Value>) {
    for _ in 0..MAX_PASSES {
        let seen = count(defs);
        let mut roots: HashMap<u64, Vec<String>> = HashMap::new();
        for (name, def) in defs.iter() {
            roots.entry(digest(def).0).or_default().push(name.clone());
        }
        let mut hoisted: BTreeMap<String, Value> = BTreeMap::new();
        let mut by_hash: HashMap<u64, String> = HashMap::new();
        let names: Vec<String> = defs.keys().cloned().collect();
        for name in names {
            let Some(def) = defs.get_mut(&name) else {
                continue;
            };
            let mut ctx = Replace {
                seen: &seen,
                roots: &roots,
                hoisted: &mut hoisted,
                by_hash: &mut by_hash,
            };
            replace_children(def, "", &mut ctx);
        }
        if hoisted.is_empty() {
            break;
        }
        for (name, body) in hoisted {
            defs.insert(name, body);
        }
    }
}

/// Occurrences of each inline schema: hash → (count, size, first definition, first pointer).
type Seen = HashMap<u64, (usize, usize, String, String)>;

fn count(defs: &BTreeMap<String, Value>) -> Seen {
    let mut seen = Seen::new();
    for (name, def) in defs {
        visit(def, Kind::Schema, name, "", true, &mut seen);
    }
    seen
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Schema,
    SchemaList,
    SchemaMap,
    Plain,
}

/// Hashes a value bottom-up, recording inline schemas; returns (hash, size).
fn visit(v: &Value, kind: Kind, def: &str, at: &str, root: bool, seen: &mut Seen) -> (u64, usize) {
    let mut h = DefaultHasher::new();
    let size = match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            h.write_u8(b'{');
            let mut size = 2;
            for k in keys {
                let child_kind = match kind {
                    Kind::Schema if ONE.contains(&k.as_str()) => Kind::Schema,
                    Kind::Schema if LIST.contains(&k.as_str()) => Kind::SchemaList,
                    Kind::Schema if MAP.contains(&k.as_str()) => Kind::SchemaMap,
                    Kind::SchemaMap => Kind::Schema,
                    _ => Kind::Plain,
                };
                let (ch, cs) = visit(&map[k], child_kind, def, &push(at, k), false, seen);
                k.hash(&mut h);
                h.write_u64(ch);
                size += k.len() + 4 + cs;
            }
            size
        }
        Value::Array(items) => {
            h.write_u8(b'[');
            // `items` in its draft 4 tuple form is a list of schemas too.
            let child_kind = match kind {
                Kind::SchemaList | Kind::Schema => Kind::Schema,
                _ => Kind::Plain,
            };
            let mut size = 2;
            for (i, item) in items.iter().enumerate() {
                let (ch, cs) = visit(
                    item,
                    child_kind,
                    def,
                    &push(at, &i.to_string()),
                    false,
                    seen,
                );
                h.write_u64(ch);
                size += cs + 1;
            }
            size
        }
        other => {
            let text = other.to_string();
            text.hash(&mut h);
            text.len()
        }
    };
    let hash = h.finish();
    if kind == Kind::Schema && !root && v.is_object() && size >= MIN_SIZE {
        let entry = seen
            .entry(hash)
            .or_insert_with(|| (0, size, def.to_string(), at.to_string()));
        entry.0 += 1;
    }
    (hash, size)
}

/// The hash and size of one value, as [`visit`] computes them.
fn digest(v: &Value) -> (u64, usize) {
    visit(v, Kind::Plain, "", "", true, &mut Seen::new())
}

struct Replace<'a> {
    seen: &'a Seen,
    roots: &'a HashMap<u64, Vec<String>>,
    hoisted: &'a mut BTreeMap<String, Value>,
    by_hash: &'a mut HashMap<u64, String>,
}

/// Replaces, top-down, each repeated inline schema under `schema` with a reference.
fn replace_children(schema: &mut Value, at: &str, ctx: &mut Replace) {
    for_each_child_mut(schema, &mut |segments, child| {
        let child_at = segments.iter().fold(at.to_string(), |a, s| push(&a, s));
        if !child.is_object() {
            return;
        }
        let (hash, size) = visit(child, Kind::Schema, "", "", true, &mut Seen::new());
        if size >= MIN_SIZE {
            if let Some(name) = ctx.roots.get(&hash).and_then(|names| names.first()) {
                *child = json!({"$ref": format!("#/$defs/{}", esc(name))});
                return;
            }
            if let Some((n, _, first_def, first_at)) = ctx.seen.get(&hash) {
                if *n >= 2 {
                    let name = match ctx.by_hash.get(&hash) {
                        Some(name) => name.clone(),
                        None => {
                            let name = unique(&hoisted_name(first_def, first_at), ctx);
                            ctx.by_hash.insert(hash, name.clone());
                            ctx.hoisted.insert(name.clone(), child.clone());
                            name
                        }
                    };
                    *child = json!({"$ref": format!("#/$defs/{}", esc(&name))});
                    return;
                }
            }
        }
        replace_children(child, &child_at, ctx);
    });
}

/// `webhook-pull-request-assigned` + `/properties/pull_request/properties/base` →
/// `webhook-pull-request-assigned.pull_request.base`: map keywords (`properties`) are left out.
fn hoisted_name(def: &str, at: &str) -> String {
    let mut name = def.to_string();
    let mut keyword_next = true;
    for seg in super::pointer::segments(at) {
        if keyword_next && MAP.contains(&seg.as_str()) {
            keyword_next = false;
            continue;
        }
        // After a list keyword (`oneOf`) comes an index, then a keyword again.
        keyword_next = !(keyword_next && LIST.contains(&seg.as_str()));
        name.push('.');
        name.push_str(&seg);
    }
    name
}

fn unique(base: &str, ctx: &Replace) -> String {
    let mut name = base.to_string();
    let mut n = 2;
    while ctx.hoisted.contains_key(&name) || ctx.roots.values().flatten().any(|r| *r == name) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

fn esc(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}
