//! Small helpers for text: names as typed, numbers without float formatting, inert Markdown, and
//! the English article and capital that `i18n::Catalogue` uses for English.

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

/// A label used mid-sentence: "People you have mentored" → "people you have mentored". ASCII
/// letters only, others stay as written: full Unicode case tables would add about 15 KB to the
/// wasm for a capital that is harmless.
pub fn lower_first(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}

/// A number rounded to `places` decimals (at most 6), as text: "3.5", "-0.3", "12". The one
/// way the app writes a fractional number; the standard library's float formatting would add
/// several KB to the wasm.
pub fn decimal(x: f64, places: u32) -> String {
    let places = places.min(6);
    let scale = 10u64.pow(places);
    // Past 2^53 the scaled number has lost digits: said, never made up. Only ever met in a
    // message about bad input.
    if x.is_nan() {
        return "not a number".into();
    }
    if x.abs() * scale as f64 >= 9_007_199_254_740_992.0 {
        return if x > 0.0 {
            "a number too large to show"
        } else {
            "a negative number too large to show"
        }
        .into();
    }
    let n = (x * scale as f64).round();
    let sign = if n < 0.0 { "-" } else { "" };
    let n = n.abs() as u64;
    let (whole, fraction) = (n / scale, n % scale);
    if scale == 1 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0width$}", width = places as usize)
    }
}

/// A number in as few digits as it needs, up to 3 decimals: "0.5", "2", "6.25".
pub fn plain(x: f64) -> String {
    trimmed(decimal(x, 3))
}

/// A number as it was given, up to 6 decimals: for messages about a value that is wrong, where
/// rounding could hide what is wrong with it.
pub fn exact(x: f64) -> String {
    trimmed(decimal(x, 6))
}

fn trimmed(text: String) -> String {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Markdown that no renderer turns into markup from the text inside it: the brief interpolates
/// framework strings (a host's framework among them), which may hold HTML or links. The brief's
/// own syntax uses none of `<`, `>`, `](` (an inline link) or `]:` (a link definition, at any
/// indentation or inside a list), so escaping them everywhere leaves it intact.
pub fn inert_markdown(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    let mut chars = md.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            ']' if matches!(chars.peek(), Some('(' | ':')) => out.push_str("]\\"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_label_mid_sentence_starts_lower_case_when_its_first_letter_is_ascii() {
        use super::lower_first;
        assert_eq!(
            lower_first("People you have mentored"),
            "people you have mentored"
        );
        assert_eq!(lower_first("Coaching & people"), "coaching & people");
        assert_eq!(lower_first("Éthique"), "Éthique");
        assert_eq!(lower_first("3 teams"), "3 teams");
        assert_eq!(lower_first(""), "");
    }

    #[test]
    fn numbers_are_written_without_float_formatting() {
        use super::{decimal, exact, plain};
        assert_eq!(decimal(3.46, 1), "3.5");
        assert_eq!(decimal(-0.34, 1), "-0.3");
        assert_eq!(decimal(-0.04, 1), "0.0");
        assert_eq!(decimal(12.0, 0), "12");
        assert_eq!(decimal(2.0, 1), "2.0");
        assert_eq!(decimal(143.9617, 1), "144.0");
        assert_eq!(plain(0.5), "0.5");
        assert_eq!(plain(999_999_999_999.25), "999999999999.25");
        // Past 2^53 once scaled, digits would be made up: said instead.
        assert_eq!(plain(987_654_321_098_765.4), "a number too large to show");
        assert_eq!(decimal(-1e16, 1), "a negative number too large to show");
        assert_eq!(decimal(9e15, 0), "9000000000000000");
        assert_eq!(plain(f64::NAN), "not a number");
        assert_eq!(exact(0.0999), "0.0999");
        assert_eq!(exact(1.0004), "1.0004");
        assert_eq!(plain(1.0004), "1");
        assert_eq!(plain(10.0), "10");
        assert_eq!(plain(6.25), "6.25");
        // Halves round away from zero, as `show_level` always did (3.25 reads "3.3"); elsewhere
        // the same text as the standard library's.
        assert_eq!(decimal(3.25, 1), "3.3");
        for i in -500..500 {
            let x = f64::from(i) * 0.137;
            if ((x * 10.0).fract().abs() - 0.5).abs() < 1e-9 {
                continue;
            }
            assert_eq!(
                decimal(x, 1),
                format!("{x:.1}").replace("-0.0", "0.0"),
                "{x}"
            );
        }
    }

    #[test]
    fn markdown_from_text_stays_text() {
        use super::inert_markdown;
        assert_eq!(
            inert_markdown("- [x] **Coaching**: <img src=x onerror=alert(1)> [click](javascript:alert(1))\n[a]: javascript:x\n  - [b]: javascript:y"),
            "- [x] **Coaching**: &lt;img src=x onerror=alert(1)&gt; [click]\\(javascript:alert(1))\n[a]\\: javascript:x\n  - [b]\\: javascript:y"
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
}
