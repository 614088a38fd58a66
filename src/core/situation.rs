//! Where the person stands, from their background answers: in the target role (or held it
//! before), or offered it. The verdict and the plan both read it.

use super::framework::{all_met, Framework, RoleProfile};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Situation {
    /// They hold the target role, or have held it (the role's `held_when`).
    pub holds_target: bool,
    /// A move into the target role is on offer or about to start (the framework's `offered`).
    pub offered: bool,
}

impl Situation {
    pub fn of(f: &Framework, role: &RoleProfile, background: &BTreeMap<String, f64>) -> Situation {
        Situation {
            holds_target: all_met(&role.held_when, background),
            offered: all_met(&f.offered, background),
        }
    }

    /// In the role or about to start it: no route to it, and no wait for job-posting years.
    pub fn in_or_offered(self) -> bool {
        self.holds_target || self.offered
    }
}
