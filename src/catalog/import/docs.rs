//! The generated part of a profile's `docs`: the events and variants offered, and every
//! relaxation of the provider's description with the overlay's reason, so a reader of the
//! profile sees what Hookbench judges differently from the provider and why.

use super::overlay::Relaxation;

pub(super) fn generated_docs(
    written: &str,
    events: &[(String, Vec<String>)],
    relaxations: &[Relaxation],
) -> String {
    let mut out = written.trim_end().to_string();
    out.push_str("\n\n## Events and variants\n\n");
    for (id, samples) in events {
        out.push_str(&format!(
            "- `{id}`: {}\n",
            samples
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if !relaxations.is_empty() {
        out.push_str("\n## Where Hookbench is more lenient than the description\n\n");
        for r in relaxations {
            let places =
                r.at.iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
            let mut what = Vec::new();
            if !r.not_required.is_empty() {
                let names = r
                    .not_required
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                what.push(format!("{names} not required"));
            }
            for (k, v) in &r.set {
                what.push(if v.is_null() {
                    format!("no `{k}`")
                } else {
                    format!("`{k}` is `{v}`")
                });
            }
            out.push_str(&format!(
                "- {}: {}. {}\n",
                places,
                what.join("; "),
                r.why.trim()
            ));
        }
    }
    out
}
