//! Checks a framework file as the app would load it: `cargo run --example check_framework -- FILE`.
//! Prints every problem with its path, or a one-line summary when there are none.

use ready_to_lead::core::Framework;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: cargo run --example check_framework -- FILE");
        return ExitCode::FAILURE;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match Framework::load(&text) {
        Ok(f) => {
            println!(
                "{path}: {} {} is valid: {} competencies, {} items, {} roles",
                f.id,
                f.version,
                f.competencies.len(),
                f.all_items().count(),
                f.roles.len()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                println!("{path}: {p}");
            }
            ExitCode::FAILURE
        }
    }
}
