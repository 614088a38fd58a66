//! The start page's words, from the framework, and the answers given on the static copy of the
//! questionnaire's first page that index.html carries (`early_answers`): answering can begin
//! before the app has loaded, and the app takes those answers over.

use super::framework::Framework;
use super::questionnaire;
use super::text::{a_or_an, list, lower_first, plain};

/// One line of "what this is": a bold label and its text.
pub struct Fact {
    pub label: &'static str,
    pub text: String,
}

pub struct Intro {
    pub eyebrow: &'static str,
    pub heading: String,
    pub lede: String,
    pub facts: Vec<Fact>,
    pub roles_legend: &'static str,
    pub import_line: &'static str,
}

pub const FOOTER: &str =
    "Ready to Lead keeps everything in this browser. Nothing is sent anywhere unless you share a link.";

pub fn intro(f: &Framework) -> Intro {
    let items = questionnaire::asked_items(f, &f.default_role).count();
    // Roles asked about more (leading leaders, say) are named with how many more.
    let more: Vec<String> = f
        .roles
        .iter()
        .filter_map(|r| {
            let extra = questionnaire::asked_items(f, &r.id)
                .count()
                .checked_sub(items)?;
            (extra > 0).then(|| format!("{extra} more if you aim to become {}", a_or_an(&r.name)))
        })
        .collect();
    let items = if more.is_empty() {
        format!("{items} situations")
    } else {
        format!("{items} situations ({})", more.join("; "))
    };
    let pillars: Vec<String> = f.pillars.iter().map(|p| lower_first(&p.name)).collect();
    Intro {
        eyebrow: "A private self-assessment",
        heading: questionnaire::question(f),
        lede: f.description.clone(),
        facts: vec![
            Fact {
                label: "How it works. ",
                text: format!("{items}, one competency per page. For each, pick what you actually do today, or \"No opportunity yet\"."),
            },
            Fact {
                label: "Time. ",
                text: "About 15–20 minutes. Your answers are saved as you go: you can stop and resume.".into(),
            },
            Fact {
                label: "What you get. ",
                text: format!(
                    "A readiness verdict for the role you choose, scores for {}, motivation apart from ability, and a growth plan.",
                    list(&pillars)
                ),
            },
            Fact {
                label: "Privacy. ",
                text: "Everything stays in this browser's storage on this device. There is no account and no server; nothing leaves unless you download or share it.".into(),
            },
        ],
        roles_legend: "Which role are you aiming for?",
        import_line: "Moving from another browser? Import an exported file: ",
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
