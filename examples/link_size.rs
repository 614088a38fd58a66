//! Prints the length of share links for the built-in framework, beside the information limit:
//! run by `make bench`.

use ready_to_lead::core::share;
use ready_to_lead::core::{Answer, Assessment, Date, Framework};

fn main() {
    let f = Framework::builtin();
    let today = Date::parse("2026-11-27").unwrap_or_default();
    let mut a = Assessment::new(&f, &f.default_role, "a-1".into(), today);
    for (i, item) in f.all_items().enumerate() {
        let answer = if i % 7 == 6 {
            Answer::NoOpportunity
        } else {
            Answer::Level((i % 5) as u8 + 1)
        };
        a.set_answer(&item.id, answer);
    }
    let limit = share::answers_limit(&f);
    let full = share::encode_full(&f, &a, None, false);
    let named = share::encode_full(&f, &a, Some("Ada Lovelace"), false);
    println!(
        "share link, full answers ({} items, no name or notes): {} characters; information limit {limit}; allowed {}",
        f.all_items().count(),
        full.len(),
        limit + 8
    );
    println!(
        "share link, full answers with a 12-letter name: {} characters",
        named.len()
    );
}
