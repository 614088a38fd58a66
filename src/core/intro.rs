//! The start page's words, from the framework, and the answers given on the static copy of the
//! questionnaire's first page that index.html carries (`early_answers`): answering can begin
//! before the app has loaded, and the app takes those answers over.

use super::framework::Framework;
use super::i18n::Catalogue;
use super::questionnaire;
use super::text::plain;

/// One line of "what this is": a bold label and its text.
pub struct Fact {
    pub label: String,
    pub text: String,
}

pub struct Intro {
    pub eyebrow: String,
    pub heading: String,
    pub lede: String,
    pub facts: Vec<Fact>,
    pub roles_legend: String,
    pub import_line: String,
}

pub fn intro(f: &Framework, t: &Catalogue) -> Intro {
    let items = questionnaire::asked_items(f, &f.default_role).count();
    // Roles asked about more (leading leaders, say) are named with how many more.
    let more: Vec<String> = f
        .roles
        .iter()
        .filter_map(|r| {
            let extra = questionnaire::asked_items(f, &r.id)
                .count()
                .checked_sub(items)?;
            (extra > 0).then(|| t.intro_more(&extra, &t.a_role(&r.name)))
        })
        .collect();
    let items = if more.is_empty() {
        t.intro_situations(&items)
    } else {
        t.intro_situations_more(&items, &more.join(t.sides_separator()))
    };
    let pillars: Vec<String> = f.pillars.iter().map(|p| t.mid_sentence(&p.name)).collect();
    let fact = |label: &str, text: String| Fact {
        label: label.to_string(),
        text,
    };
    Intro {
        eyebrow: t.intro_eyebrow().into(),
        heading: questionnaire::question(f, t),
        lede: f.description.clone(),
        facts: vec![
            fact(t.intro_how(), t.intro_how_text(&items)),
            fact(t.intro_time(), t.intro_time_text().into()),
            fact(t.intro_get(), t.intro_get_text(&t.list(&pillars))),
            fact(t.intro_privacy(), t.intro_privacy_text().into()),
        ],
        roles_legend: t.intro_roles().into(),
        import_line: t.intro_import().into(),
    }
}

/// The answers given on the static first page, as (question, value) pairs read from its radios,
/// checked against the framework: an unknown question or a value that is not one of its options
/// is dropped, since the page could have been altered.
pub fn early_answers(f: &Framework, picked: &[(String, String)]) -> Vec<(String, f64)> {
    picked
        .iter()
        .filter_map(|(id, value)| {
            let q = f.background.iter().find(|q| q.id == *id)?;
            let o = q.options.iter().find(|o| plain(o.value) == *value)?;
            Some((q.id.clone(), o.value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn early_answers_keep_only_real_options_of_real_questions() {
        let f = Framework::builtin();
        let q = &f.background[0];
        let o = &q.options[1];
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        let picked = vec![
            pair(&q.id, &plain(o.value)),
            pair("no-such-question", "1"),
            pair(&f.background[1].id, "12345"),
            pair(&f.background[1].id, "<b>"),
        ];
        assert_eq!(early_answers(&f, &picked), vec![(q.id.clone(), o.value)]);
        // Every option of every question reads back as itself.
        for q in &f.background {
            for o in &q.options {
                let picked = [pair(&q.id, &plain(o.value))];
                assert_eq!(early_answers(&f, &picked), vec![(q.id.clone(), o.value)]);
            }
        }
    }
}
