//! Host tests of the pure core. The wasm test run skips this binary: it has its own tests.
#![cfg(not(target_arch = "wasm32"))]

mod embed;
mod exports;
mod feedback;
mod fuzz;
mod i18n;
mod persona_fixture;
mod personas;
mod plan;
mod properties;
mod scoring;
mod seed_coverage;
mod share;
mod store;
mod sync;
mod validation;

use ready_to_lead::core::i18n::Catalogue;
use ready_to_lead::core::{Answer, Assessment, Date, Framework};

/// The English catalogue, read once.
pub fn en() -> &'static Catalogue {
    static EN: std::sync::LazyLock<Catalogue> = std::sync::LazyLock::new(Catalogue::english);
    &EN
}

/// proptest's generator, seeded: the same seed, the same run, for the long generated runs.
pub type Rng = proptest::test_runner::TestRng;

pub fn seeded(seed: u64) -> Rng {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    bytes[8..].copy_from_slice(&(!seed).to_le_bytes());
    Rng::from_seed(proptest::test_runner::RngAlgorithm::XorShift, &bytes)
}

/// A number below `n`, from any of proptest's generators.
pub trait Below {
    fn below(&mut self, n: usize) -> usize;
}

impl Below for Rng {
    fn below(&mut self, n: usize) -> usize {
        use proptest::prelude::Rng as _;
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

pub const SMALL_JSON: &str = include_str!("../fixtures/small-framework.json");

pub fn small() -> Framework {
    Framework::load(SMALL_JSON).expect("the small fixture is valid")
}

pub fn day(text: &str) -> Date {
    Date::parse(text).expect("a valid date")
}

/// An assessment of `framework` for `role` with the given answers ("na" or "1"…"5").
pub fn answered(framework: &Framework, role: &str, answers: &[(&str, &str)]) -> Assessment {
    let mut a = Assessment::new(framework, role, "a-1".into(), day("2026-11-27"));
    for (item, value) in answers {
        a.set_answer(item, Answer::from_value(value).expect("a valid answer"));
    }
    a
}

/// Every item of the framework, motivation included, answered with the same value.
pub fn all_at(framework: &Framework, role: &str, value: &str) -> Assessment {
    let ids: Vec<String> = framework.all_items().map(|i| i.id.clone()).collect();
    let pairs: Vec<(&str, &str)> = ids.iter().map(|i| (i.as_str(), value)).collect();
    answered(framework, role, &pairs)
}
