//! Prints the static start page that the release build puts in index.html, so that the page
//! paints before the app has loaded: the app's own components (`ui::static_start`), rendered to
//! HTML. Run by scripts/post-build.mjs after every build.

use leptos::prelude::*;
use ready_to_lead::core::Framework;
use ready_to_lead::ui::static_start::StaticStart;
use std::sync::Arc;

/// The page, drawn once by a reactive owner of its own.
fn shell_html(framework: Framework) -> String {
    let framework = Arc::new(framework);
    let html = Owner::new().with(|| view! { <StaticStart framework /> }.to_html());
    without_comments(&html)
}

/// The renderer's markers for hydration (`<!>`, `<!--<() />-->`) are comments that this page,
/// which the app replaces rather than hydrates, has no use for. Text and attribute values are
/// escaped, so every `<!` starts such a comment.
fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<!") {
        out.push_str(&rest[..at]);
        let comment = &rest[at..];
        let end = if comment.starts_with("<!--") {
            comment.find("-->").map(|e| e + 3)
        } else {
            comment.find('>').map(|e| e + 1)
        };
        rest = &comment[end.unwrap_or(comment.len())..];
    }
    out.push_str(rest);
    out
}

fn main() {
    print!("{}", shell_html(Framework::builtin()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use ready_to_lead::core::questionnaire;

    #[test]
    fn the_shell_is_the_start_page_and_a_hidden_first_page_of_questions() {
        let f = Framework::builtin();
        let html = shell_html(f.clone());
        assert!(html.starts_with(r#"<div id="shell">"#) && html.ends_with("</div>"));
        assert!(!html.contains("<!"), "no comments left");
        assert!(html.contains("<h1>Are you ready to become an Engineering Manager?</h1>"));
        assert!(html.contains("54 situations (9 more if you aim to become a Senior Engineering Manager), one competency per page."));
        assert!(html.contains("scores for coaching &amp; people leadership, delivery &amp; execution and technical depth,"));
        assert!(html.contains(r#"value="engineering-manager" checked"#));
        assert_eq!(html.matches(" checked").count(), 1, "only the default role");
        assert_eq!(
            html.matches(r#"<label class="role-option""#).count(),
            f.roles.len()
        );
        assert!(html.contains(r#"data-testid="start""#));
        assert!(html.contains("Theme: automatic"));
        // The first page, hidden, with every background question and nothing answered.
        let page = &html[html
            .find("<div data-first-page=\"\" hidden=\"\">")
            .expect("hidden first page")..];
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
        assert!(page.contains(r#"data-testid="next""#));
        assert!(!page.contains(r#"data-testid="back""#));
    }

    #[test]
    fn text_from_the_framework_is_escaped() {
        let mut f = Framework::builtin();
        f.description = r#"<img src=x onerror="a">&'"#.into();
        let html = shell_html(f);
        assert!(html.contains("&lt;img src=x onerror=\"a\"&gt;&amp;'"));
        assert!(!html.contains("<img"));
    }

    #[test]
    fn a_framework_without_background_questions_has_no_static_first_page() {
        let mut f = Framework::builtin();
        f.background.clear();
        assert!(!shell_html(f).contains("data-first-page"));
    }

    #[test]
    fn only_comments_are_taken_out() {
        assert_eq!(
            without_comments("<p>a<!> b<!--<() />--></p><!>"),
            "<p>a b</p>"
        );
        assert_eq!(without_comments("no comments"), "no comments");
        assert_eq!(without_comments("cut <!-- short"), "cut ");
    }
}
