//! JSON pointers (RFC 6901): building them, and finding every place a pattern with `*` segments
//! names, as the overlay's relaxations do (`/components/schemas/webhook-pull-request-*/...`).

use serde_json::Value;

use super::super::glob::glob_match;
use super::super::template::pointer_segment;

/// `base` with one more segment.
pub(super) fn push(base: &str, key: &str) -> String {
    format!("{base}/{}", pointer_segment(key))
}

/// The unescaped segments of a pointer (`""` has none).
pub(super) fn segments(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer
        .trim_start_matches('/')
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// Every pointer in `root` that `pattern` matches; a segment with `*` or `?` is a glob over the
/// keys (or indexes) at that level, any other segment must be there as written.
pub(super) fn expand(root: &Value, pattern: &str) -> Vec<String> {
    let mut found = vec![(String::new(), root)];
    for segment in segments(pattern) {
        let glob = segment.contains(['*', '?']);
        let mut next = Vec::new();
        for (at, node) in found {
            match node {
                Value::Object(map) => {
                    for (k, v) in map {
                        if (glob && glob_match(&segment, k)) || (!glob && *k == segment) {
                            next.push((push(&at, k), v));
                        }
                    }
                }
                Value::Array(items) => {
                    for (i, v) in items.iter().enumerate() {
                        let k = i.to_string();
                        if (glob && glob_match(&segment, &k)) || (!glob && k == segment) {
                            next.push((push(&at, &k), v));
                        }
                    }
                }
                _ => {}
            }
        }
        found = next;
    }
    found.into_iter().map(|(at, _)| at).collect()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn patterns_expand_to_every_matching_place_in_document_order() {
        let doc = json!({"a": {"x-1": {"r": 1}, "y": {"r": 2}, "x-2": {"r": 3}}, "l": [{"r": 4}]});
        assert_eq!(expand(&doc, "/a/x-*/r"), ["/a/x-1/r", "/a/x-2/r"]);
        assert_eq!(expand(&doc, "/l/*/r"), ["/l/0/r"]);
        assert_eq!(expand(&doc, "/a/z"), Vec::<String>::new());
        assert_eq!(segments("/a~1b/c~0d"), ["a/b", "c~d"]);
        assert_eq!(push("/a", "b/c"), "/a/b~1c");
    }
}
