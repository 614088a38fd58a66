//! The start page's words, from the framework: one source for the app's start page and for the
//! static copy of it that index.html carries, so that the page paints before the app has loaded
//! (`shell_html`, written into the release build by scripts/post-build.mjs).

use super::framework::Framework;
use super::questionnaire;
use super::text::{list, lower_first};

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
    let items = f.all_items().count();
    let pillars: Vec<String> = f.pillars.iter().map(|p| lower_first(&p.name)).collect();
    Intro {
        eyebrow: "A private self-assessment",
        heading: questionnaire::question(f),
        lede: f.description.clone(),
        facts: vec![
            Fact {
                label: "How it works. ",
                text: format!("{items} situations, one competency per page. For each, pick what you actually do today, or \"No opportunity yet\"."),
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

/// The brand mark, as the header draws it.
pub const MARK: &str = r#"<svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="7"></rect><path d="M8 23 L14 15 L18 19 L24 9"></path></svg>"#;

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
            r##"<header class="site-header"><a class="brand" href="#/">{mark}<span>Ready to Lead</span></a><button type="button" class="theme-toggle" title="Switch between automatic, dark and light">Theme: automatic</button></header>"##,
            r#"<main id="main" tabindex="-1"><div class="notices"></div>"#,
            r#"<p class="opening-note" role="status">Opening…</p>"#,
            r#"<section class="intro"><p class="eyebrow">{eyebrow}</p><h1>{heading}</h1><p class="lede">{lede}</p><ul class="facts">{facts}</ul>"#,
            r#"<fieldset class="roles"><legend>{legend}</legend>{roles}</fieldset>"#,
            r#"<div class="intro-actions"><button type="button" class="primary" data-start="">Start</button></div>"#,
            r#"<p class="import-line">{import}<label class="button file-button">Import JSON<input type="file" accept=".json,application/json" class="sr-only" disabled=""></label></p>"#,
            r#"</section></main>"#,
            r#"<footer class="site-footer"><p>{footer}</p></footer>"#,
            r#"</div>"#,
        ),
        mark = MARK,
        eyebrow = e(i.eyebrow),
        heading = e(&i.heading),
        lede = e(&i.lede),
        facts = facts,
        legend = e(i.roles_legend),
        roles = roles,
        import = e(i.import_line),
        footer = e(FOOTER),
    )
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
        assert!(html.contains("54 situations, one competency per page."));
        assert!(html.contains("scores for coaching &amp; people leadership, delivery &amp; execution and technical depth,"));
        assert!(html.contains(r#"value="engineering-manager" checked>"#));
        assert_eq!(
            html.matches("<label class=\"role-option").count(),
            f.roles.len()
        );
        assert_eq!(
            escape(r#"<img src=x onerror="a">&'"#),
            "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;"
        );
    }
}
