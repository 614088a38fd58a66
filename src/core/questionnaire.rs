//! The questionnaire's pages: Background first, one page per competency, Motivation last.

use super::assessment::Assessment;
use super::framework::{Framework, Item};
use super::i18n::Catalogue;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Background,
    /// The competency at this index of the framework.
    Competency(usize),
    Motivation,
}

/// The pages a person aiming at `role` answers: competencies for other roles only are left out.
pub fn pages(f: &Framework, role: &str) -> Vec<Page> {
    let mut pages = Vec::with_capacity(f.competencies.len() + 2);
    if !f.background.is_empty() {
        pages.push(Page::Background);
    }
    let asked = f.competencies.iter().enumerate();
    pages.extend(
        asked
            .filter(|(_, c)| c.asked_for(role))
            .map(|(i, _)| Page::Competency(i)),
    );
    pages.push(Page::Motivation);
    pages
}

/// The items a person aiming at `role` answers: scored ones, then motivation.
pub fn asked_items<'a>(f: &'a Framework, role: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
    f.competencies
        .iter()
        .filter(move |c| c.asked_for(role))
        .flat_map(|c| c.items.iter())
        .chain(f.motivation.items.iter())
}

pub fn items(f: &Framework, page: Page) -> &[Item] {
    match page {
        Page::Background => &[],
        Page::Competency(i) => f.competencies.get(i).map_or(&[], |c| &c.items),
        Page::Motivation => &f.motivation.items,
    }
}

/// Items answered (a level or "No opportunity yet") and items in all.
pub fn progress(f: &Framework, a: &Assessment) -> (usize, usize) {
    let (mut answered, mut total) = (0, 0);
    for i in asked_items(f, &a.role) {
        total += 1;
        answered += usize::from(a.answers.contains_key(&i.id));
    }
    (answered, total)
}

/// The progress line's two parts, "Page 2 of 15" and "3 of 54 questions answered": one wording
/// for the app's page and for the static copy of the first page (core::intro).
pub fn page_of(t: &Catalogue, index: usize, count: usize) -> String {
    t.questionnaire_page(&(index + 1), &count)
}

pub fn answered_of(t: &Catalogue, (answered, total): (usize, usize)) -> String {
    t.questionnaire_answered_of(total, &answered)
}

/// The same progress as a sentence: "You have answered 12 of 63 questions."
pub fn you_answered(t: &Catalogue, (answered, total): (usize, usize)) -> String {
    t.questionnaire_you_answered(total, &answered)
}

/// Before the report, what is left: "1 question is still unanswered. …"
pub fn unanswered_text(t: &Catalogue, n: usize) -> String {
    t.questionnaire_unanswered(n)
}

/// One page in the list of pages with unanswered questions: "Feedback: 2 unanswered".
pub fn page_unanswered(t: &Catalogue, title: &str, n: usize) -> String {
    t.questionnaire_page_unanswered(&title, &n)
}

/// Pages with unanswered items, with how many each: pointed out before the report.
pub fn gaps(f: &Framework, a: &Assessment) -> Vec<(usize, usize)> {
    pages(f, &a.role)
        .into_iter()
        .enumerate()
        .filter_map(|(n, page)| {
            let missing = match page {
                Page::Background => f
                    .background
                    .iter()
                    .filter(|q| !a.background.contains_key(&q.id))
                    .count(),
                page => items(f, page)
                    .iter()
                    .filter(|i| !a.answers.contains_key(&i.id))
                    .count(),
            };
            (missing > 0).then_some((n, missing))
        })
        .collect()
}

/// The question the whole assessment answers, for the framework's main role: "Are you ready to
/// become an Engineering Manager?".
pub fn question(f: &Framework, t: &Catalogue) -> String {
    let role = f.role_or_default(&f.default_role);
    t.questionnaire_question(&t.a_role(&role.name))
}

pub fn title<'a>(f: &'a Framework, t: &'a Catalogue, page: Page) -> &'a str {
    match page {
        Page::Background => t.questionnaire_background(),
        Page::Competency(i) => f.competencies.get(i).map_or("", |c| c.name.as_str()),
        Page::Motivation => &f.motivation.name,
    }
}

/// What a page says above its questions: the line above the heading, and the introduction.
pub fn eyebrow<'a>(f: &'a Framework, t: &'a Catalogue, page: Page) -> Option<&'a str> {
    match page {
        Page::Competency(i) => f
            .competencies
            .get(i)
            .and_then(|c| f.pillar(&c.pillar))
            .map(|p| p.name.as_str()),
        Page::Motivation => Some(t.questionnaire_not_scored()),
        Page::Background => None,
    }
}

pub fn intro<'a>(f: &'a Framework, t: &'a Catalogue, page: Page) -> &'a str {
    match page {
        Page::Background => t.questionnaire_background_intro(),
        Page::Competency(i) => f.competencies.get(i).map_or("", |c| c.description.as_str()),
        Page::Motivation => &f.motivation.description,
    }
}

/// The "No opportunity yet" choice, in the words that fit the page.
pub fn not_applicable(t: &Catalogue, page: Page) -> &str {
    match page {
        Page::Motivation => t.answer_cannot_say(),
        _ => t.answer_not_applicable(),
    }
}
