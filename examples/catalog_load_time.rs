//! How long the provider catalog takes to load: parse, compile every schema and template (and,
//! for `Catalog::from_sources`, render and check every sample). `cargo run --release --example
//! catalog_load_time` times the embedded catalog's first use (`Catalog::embedded()`); with a
//! folder argument it times `Catalog::from_sources` on that folder's `*.json` profiles instead
//! (to compare with another version of the catalog). On Linux it also prints the CPU time the
//! loading thread used, which other processes on a busy machine disturb less than wall time.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use hookbench::catalog::Catalog;

fn main() -> ExitCode {
    let loaded = match std::env::args().nth(1) {
        None => {
            let started = (Instant::now(), cpu_ns());
            Catalog::embedded().map(|c| report(c, started))
        }
        Some(dir) => match read_profiles(Path::new(&dir)) {
            Ok(texts) => {
                let sources: Vec<(&str, &str)> = texts
                    .iter()
                    .map(|(n, t)| (n.as_str(), t.as_str()))
                    .collect();
                let started = (Instant::now(), cpu_ns());
                Catalog::from_sources(&sources).map(|c| report(&c, started))
            }
            Err(e) => {
                eprintln!("{dir}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    match loaded {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("the catalog does not load: {e}");
            ExitCode::FAILURE
        }
    }
}

fn report(catalog: &Catalog, (started, cpu_started): (Instant, Option<u64>)) {
    let elapsed = started.elapsed();
    let cpu = match (cpu_started, cpu_ns()) {
        (Some(a), Some(b)) => format!(", CPU {} ms", (b - a) / 1_000_000),
        _ => String::new(),
    };
    let events: usize = catalog.providers().iter().map(|p| p.events.len()).sum();
    let samples: usize = catalog
        .providers()
        .iter()
        .flat_map(|p| &p.events)
        .map(|e| e.samples.len())
        .sum();
    println!(
        "{} ms ({} providers, {events} events, {samples} samples{cpu})",
        elapsed.as_millis(),
        catalog.providers().len()
    );
}

/// (`catalog/<file name>`, text) of every `*.json` in `dir`, by name.
fn read_profiles(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = format!(
                "catalog/{}",
                p.file_name().unwrap_or_default().to_string_lossy()
            );
            Ok((name, std::fs::read_to_string(p)?))
        })
        .collect()
}

/// CPU time this thread has run, from `/proc/thread-self/schedstat` (Linux).
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}
