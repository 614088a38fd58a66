//! Small helpers for generated English text.

/// "a Tech Lead", "an Engineering Manager".
pub fn a_or_an(noun: &str) -> String {
    let vowel = noun
        .chars()
        .next()
        .is_some_and(|c| "AEIOUaeiou".contains(c));
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

#[cfg(test)]
mod tests {
    #[test]
    fn picks_the_article() {
        assert_eq!(
            super::a_or_an("Engineering Manager"),
            "an Engineering Manager"
        );
        assert_eq!(super::a_or_an("Tech Lead"), "a Tech Lead");
    }
}
