//! Checks a framework file as the app would load it: `cargo run --example check_framework -- FILE`.
//! Checks its `translations` and every translation beside it (`FILE` without `.json`, then
//! `.<lang>.json`), and prints every problem with its path, or a summary when there are none.
//! `-- --texts FILE` prints the framework's own text in a translation's shape, for a translator.

use ready_to_lead::core::i18n::Lang;
use ready_to_lead::core::translation::own_texts;
use ready_to_lead::core::Framework;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (texts, path) = match args.as_slice() {
        [flag, path] if flag == "--texts" => (true, path.clone()),
        [path] => (false, path.clone()),
        _ => {
            eprintln!("usage: cargo run --example check_framework -- [--texts] FILE");
            return ExitCode::FAILURE;
        }
    };
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| eprintln!("{path}: {e}"));
    let Ok(text) = read(&path) else {
        return ExitCode::FAILURE;
    };
    let mut framework = match Framework::load(&text) {
        Ok(f) => f,
        Err(problems) => {
            for p in &problems {
                println!("{path}: {p}");
            }
            return ExitCode::FAILURE;
        }
    };
    if texts {
        println!("{:#}", own_texts(&framework));
        return ExitCode::SUCCESS;
    }
    let stem = path.strip_suffix(".json").unwrap_or(&path);
    let mut ok = true;
    for lang in Lang::ALL {
        let beside = format!("{stem}.{}.json", lang.tag());
        let Ok(json) = std::fs::read_to_string(&beside) else {
            continue;
        };
        if let Err(problems) = framework.add_translation(&json) {
            ok = false;
            for p in &problems {
                println!("{beside}: {p}");
            }
        }
    }
    if !ok {
        return ExitCode::FAILURE;
    }
    let f = &framework;
    let langs: Vec<&str> = f.languages().iter().map(|l| l.tag()).collect();
    println!(
        "{path}: {} {} is valid: {} competencies, {} items, {} roles; languages {} (fallback {})",
        f.id,
        f.version,
        f.competencies.len(),
        f.all_items().count(),
        f.roles.len(),
        langs.join(", "),
        f.lang.tag()
    );
    ExitCode::SUCCESS
}
