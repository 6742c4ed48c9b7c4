//! `make catalog`: regenerates every generated profile (`catalog/<id>.json`) from its sources
//! folder (`catalog/sources/<id>/`) with the catalog importer, the code a user import will use.
//! Prints what each import could not use. `--check` writes nothing and fails when a committed
//! profile differs from what its sources give.

use std::path::Path;
use std::process::ExitCode;

use hookbench::catalog::import::regenerate_all;

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let catalog = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalog");
    let generated = match regenerate_all(&catalog) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("catalog: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stale = false;
    for profile in &generated {
        for note in &profile.notes {
            println!("note: {note}");
        }
        let current = std::fs::read_to_string(&profile.file).unwrap_or_default();
        let shown = profile.file.display();
        if current == profile.text {
            println!("{shown}: up to date");
        } else if check {
            eprintln!("{shown}: differs from its sources; run `make catalog`");
            stale = true;
        } else if let Err(e) = std::fs::write(&profile.file, &profile.text) {
            eprintln!("{shown}: cannot be written: {e}");
            return ExitCode::FAILURE;
        } else {
            println!("{shown}: regenerated");
        }
    }
    if stale {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
