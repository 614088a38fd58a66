//! Which events a change to my assessment gives the host: `started` when a new one begins,
//! `progress` as answers and pages change, `completed` once when it is finished.

use crate::core::assessment::Assessment;
use crate::core::framework::Framework;
use crate::core::questionnaire;

/// What the host hears about an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub id: String,
    pub role: String,
    pub complete: bool,
    pub answered: usize,
    pub total: usize,
    /// Counted from 1.
    pub page: usize,
    pub pages: usize,
}

impl Snapshot {
    pub fn of(f: &Framework, a: &Assessment) -> Snapshot {
        let (answered, total) = questionnaire::progress(f, a);
        let pages = questionnaire::pages(f, &a.role).len();
        Snapshot {
            id: a.id.clone(),
            role: a.role.clone(),
            complete: a.is_complete(),
            answered,
            total,
            page: a.page.min(pages.saturating_sub(1)) + 1,
            pages,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Started,
    Progress,
    Completed,
}

/// The steps from one state of my assessment to the next.
pub fn steps(before: Option<&Snapshot>, after: Option<&Snapshot>) -> Vec<Step> {
    let Some(after) = after else {
        return Vec::new();
    };
    let same = before.filter(|b| b.id == after.id);
    match (same, after.complete) {
        (None, false) => vec![Step::Started, Step::Progress],
        // Finished elsewhere (another tab, an import): nothing was seen happening here.
        (None, true) => Vec::new(),
        (Some(b), true) if !b.complete => vec![Step::Progress, Step::Completed],
        (Some(_), true) => Vec::new(),
        (Some(b), false) if (b.answered, b.page) != (after.answered, after.page) => {
            vec![Step::Progress]
        }
        (Some(_), false) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(id: &str, answered: usize, page: usize, complete: bool) -> Snapshot {
        Snapshot {
            id: id.into(),
            role: "em".into(),
            complete,
            answered,
            total: 10,
            page,
            pages: 3,
        }
    }

    #[test]
    fn a_new_assessment_starts_then_progresses_then_completes_once() {
        use Step::*;
        let a0 = snap("a", 0, 1, false);
        assert_eq!(steps(None, Some(&a0)), [Started, Progress]);
        assert_eq!(steps(Some(&a0), Some(&a0)), []);
        let a1 = snap("a", 1, 1, false);
        assert_eq!(steps(Some(&a0), Some(&a1)), [Progress]);
        let a2 = snap("a", 1, 2, false);
        assert_eq!(steps(Some(&a1), Some(&a2)), [Progress]);
        let done = snap("a", 10, 3, true);
        assert_eq!(steps(Some(&a2), Some(&done)), [Progress, Completed]);
        assert_eq!(steps(Some(&done), Some(&done)), []);
        // A retake is a new assessment.
        assert_eq!(
            steps(Some(&done), Some(&snap("b", 10, 1, false))),
            [Started, Progress]
        );
        // Deleted, or finished somewhere else: nothing to tell.
        assert_eq!(steps(Some(&a2), None), []);
        assert_eq!(steps(None, Some(&done)), []);
    }
}
