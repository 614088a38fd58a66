//! The start page's words, from the framework: one source for the app's start page and for the
//! static copy of it that index.html carries, so that the page paints before the app has loaded
//! (`shell_html`, written into the release build by scripts/post-build.mjs). On a first visit the
//! static copy also carries the questionnaire's first page, so that answering can begin before
//! the app has loaded; the app takes those answers over (`early_answers`).

use super::framework::Framework;
use super::questionnaire::{self, Page};
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

/// Text for HTML: every character that could start markup is escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The inside of the header's home link, the mark and the name: markup of the app's own, which the
/// header and the static page both draw from here.
pub const BRAND: &str = r#"<svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="7"></rect><path d="M8 23 L14 15 L18 19 L24 9"></path></svg><span>Ready to Lead</span>"#;

/// The start page as static HTML, in the same markup and classes as the app's first render
/// (header, notices, intro, footer), inside `<div id="shell">`. The app removes it and draws its
/// own in the same frame. Its Start button works before the app does: a click sets `#/start`
/// (scripts/boot.js), which the app reads when it starts.
pub fn shell_html(f: &Framework) -> String {
    let i = intro(f);
    let e = escape;
    let facts: String = i
        .facts
        .iter()
        .map(|x| format!("<li><strong>{}</strong>{}</li>", e(x.label), e(&x.text)))
        .collect();
    let roles: String = f
        .roles
        .iter()
        .map(|r| {
            // The checked role is marked by CSS (`:has(input:checked)`), so a choice made here
            // shows before the app runs.
            let chosen = r.id == f.default_role;
            format!(
                r#"<label class="role-option"><input type="radio" name="target-role" value="{}"{}><span class="role-name">{}</span><span class="role-description">{}</span></label>"#,
                e(&r.id),
                if chosen { " checked" } else { "" },
                e(&r.name),
                e(&r.description)
            )
        })
        .collect();
    format!(
        concat!(
            r#"<div id="shell">"#,
            r##"<a class="skip-link" href="#main">Skip to content</a>"##,
            r##"<header class="site-header"><a class="brand" href="#/">{brand}</a><button type="button" class="theme-toggle" title="Switch between automatic, dark and light">Theme: automatic</button></header>"##,
            r#"<main id="main" tabindex="-1"><div class="notices"></div>"#,
            r#"<div class="opening-note" role="status">Opening…</div>"#,
            r#"<section class="intro"><p class="eyebrow">{eyebrow}</p><h1>{heading}</h1><p class="lede">{lede}</p><ul class="facts">{facts}</ul>"#,
            r#"<fieldset class="roles"><legend>{legend}</legend>{roles}</fieldset>"#,
            r#"<div class="intro-actions"><button type="button" class="primary" data-start="">Start</button></div>"#,
            r#"<p class="import-line">{import}<label class="button file-button">Import JSON<input type="file" accept=".json,application/json" class="sr-only" disabled=""></label></p>"#,
            r#"</section>{first_page}</main>"#,
            r#"<footer class="site-footer"><p>{footer}</p></footer>"#,
            r#"</div>"#,
        ),
        brand = BRAND,
        eyebrow = e(i.eyebrow),
        heading = e(&i.heading),
        lede = e(&i.lede),
        facts = facts,
        legend = e(i.roles_legend),
        roles = roles,
        import = e(i.import_line),
        first_page = first_page_html(f).unwrap_or_default(),
        footer = e(FOOTER),
    )
}

/// The questionnaire's first page as static HTML, hidden until Start is pressed on a first visit
/// (scripts/boot.js): the same markup as the app's page, so that the app takes it over in place.
/// Only a Background page, whose questions need nothing but native radios; a framework that
/// opens with a competency page has none.
pub fn first_page_html(f: &Framework) -> Option<String> {
    let pages = questionnaire::pages(f, &f.default_role);
    if pages.first() != Some(&Page::Background) {
        return None;
    }
    let e = escape;
    let total = questionnaire::asked_items(f, &f.default_role).count();
    let questions: String = f
        .background
        .iter()
        .map(|q| {
            let options: String = q
                .options
                .iter()
                .map(|o| {
                    format!(
                        r#"<label class="option"><input type="radio" name="{}" value="{}"><span class="option-text">{}</span></label>"#,
                        e(&q.id),
                        plain(o.value),
                        e(&o.label)
                    )
                })
                .collect();
            format!(
                r#"<fieldset class="item background"><legend>{}</legend><div class="options compact">{options}</div></fieldset>"#,
                e(&q.question)
            )
        })
        .collect();
    Some(format!(
        concat!(
            r#"<section class="questionnaire" data-first-page="" hidden="">"#,
            r#"<div class="progress-block"><p class="progress-text">{page} · {answered}</p>"#,
            r#"<progress max="{total}" value="0" aria-label="Questions answered"></progress></div>"#,
            r#"<h1 tabindex="-1">{title}</h1><p class="lede">{intro}</p><div class="items">{questions}</div>"#,
            r#"<nav class="pager" aria-label="Questionnaire pages"><button type="button" class="primary" data-next="">Next</button></nav>"#,
            r#"</section>"#,
        ),
        page = questionnaire::page_of(0, pages.len()),
        answered = questionnaire::answered_of((0, total)),
        total = total,
        title = e(questionnaire::title(f, Page::Background)),
        intro = e(questionnaire::intro(f, Page::Background)),
        questions = questions,
    ))
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
    fn the_shell_is_the_start_page_with_its_text_escaped() {
        let f = Framework::builtin();
        let html = shell_html(&f);
        assert!(html.starts_with(r#"<div id="shell">"#) && html.ends_with("</div>"));
        assert!(html.contains("<h1>Are you ready to become an Engineering Manager?</h1>"));
        assert!(html.contains("54 situations (9 more if you aim to become a Senior Engineering Manager), one competency per page."));
        assert!(html.contains("scores for coaching &amp; people leadership, delivery &amp; execution and technical depth,"));
        assert!(html.contains(r#"value="engineering-manager" checked>"#));
        assert_eq!(
            html.matches("<label class=\"role-option").count(),
            f.roles.len()
        );
        // The first page, hidden, with every background question and nothing answered.
        let page = first_page_html(&f).expect("the built-in framework opens with Background");
        assert!(html.contains(&page));
        assert!(page.contains(r#"data-first-page="" hidden="""#));
        assert!(page.contains(&format!(
            "Page 1 of {} · 0 of 54 questions answered",
            questionnaire::pages(&f, &f.default_role).len()
        )));
        assert_eq!(
            page.matches(r#"<fieldset class="item background">"#)
                .count(),
            f.background.len()
        );
        let options: usize = f.background.iter().map(|q| q.options.len()).sum();
        assert_eq!(page.matches(r#"type="radio""#).count(), options);
        assert!(!page.contains("checked"));
        assert_eq!(
            escape(r#"<img src=x onerror="a">&'"#),
            "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn a_framework_without_background_questions_has_no_static_first_page() {
        let mut f = Framework::builtin();
        f.background.clear();
        assert_eq!(first_page_html(&f), None);
        assert!(!shell_html(&f).contains("data-first-page"));
    }

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
