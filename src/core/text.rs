//! Small helpers for generated English text.

/// "a Tech Lead", "an Engineering Manager".
pub fn a_or_an(noun: &str) -> String {
    let vowel = noun
        .chars()
        .next()
        .is_some_and(|c| "AEIOUaeiou".contains(c));
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

/// A name as a person typed it, trimmed; None when it is empty.
pub fn clean_name(name: Option<&str>) -> Option<String> {
    name.map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
}

/// A label used mid-sentence: "People you have mentored" → "people you have mentored".
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "a", "a and b", "a, b and c".
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "1 level", "0.5 levels", "2 levels": a measure with its unit.
pub fn count_of(n: f64, unit: &str) -> String {
    let text = if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n:.1}")
    };
    let plural = if text == "1" { "" } else { "s" };
    format!("{text} {unit}{plural}")
}

/// "one competency", "three competencies", "12 competencies".
pub fn count_words(n: usize, one: &str, many: &str) -> String {
    const WORDS: [&str; 11] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let number = WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| w.to_string());
    format!("{number} {}", if n == 1 { one } else { many })
}

/// Markdown that no renderer turns into markup from the text inside it: the brief interpolates
/// framework strings (a host's framework among them), which may hold HTML or links. The brief's
/// own syntax uses none of `<`, `>` or `](`, so escaping them everywhere leaves it intact.
pub fn inert_markdown(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut line_start = true;
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            ']' if chars.peek() == Some(&'(') => out.push_str("]\\"),
            // A line starting with `[` could define a link target.
            '[' if line_start => out.push_str("\\["),
            c => out.push(c),
        }
        line_start = c == '\n';
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_from_text_stays_text() {
        use super::inert_markdown;
        assert_eq!(
            inert_markdown("- [x] **Coaching**: <img src=x onerror=alert(1)> [click](javascript:alert(1))\n[a]: javascript:x"),
            "- [x] **Coaching**: &lt;img src=x onerror=alert(1)&gt; [click]\\(javascript:alert(1))\n\\[a]: javascript:x"
        );
        assert_eq!(
            inert_markdown("R&D, 1:1 (level 3.5)"),
            "R&D, 1:1 (level 3.5)"
        );
    }

    #[test]
    fn picks_the_article() {
        assert_eq!(
            super::a_or_an("Engineering Manager"),
            "an Engineering Manager"
        );
        assert_eq!(super::a_or_an("Tech Lead"), "a Tech Lead");
    }

    #[test]
    fn lists_and_counts_read_as_english() {
        let words = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(super::list(&words(&["a"])), "a");
        assert_eq!(super::list(&words(&["a", "b", "c"])), "a, b and c");
        assert_eq!(super::count_of(1.0, "level"), "1 level");
        assert_eq!(super::count_of(1.5, "level"), "1.5 levels");
        assert_eq!(super::count_words(3, "gap", "gaps"), "three gaps");
        assert_eq!(super::count_words(12, "gap", "gaps"), "12 gaps");
    }
}
