//! Which plural form a count takes in each language, after the Unicode CLDR plural rules for
//! whole numbers (the app only counts things). English and German have two forms, French,
//! Spanish and Portuguese three, Arabic six.

use super::Lang;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    /// The category's CLDR name, as a catalogue writes it.
    pub fn key(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Plural> {
        Plural::ALL.into_iter().find(|p| p.key() == key)
    }
}

impl Lang {
    /// The plural form of `n` things.
    pub fn plural(self, n: u64) -> Plural {
        let millions = n != 0 && n.is_multiple_of(1_000_000);
        match self {
            Lang::En | Lang::De => match n {
                1 => Plural::One,
                _ => Plural::Other,
            },
            Lang::Es => match n {
                1 => Plural::One,
                _ if millions => Plural::Many,
                _ => Plural::Other,
            },
            // French and Portuguese count 0 with 1: "0 question", "0 pergunta".
            Lang::Fr | Lang::PtBr => match n {
                0 | 1 => Plural::One,
                _ if millions => Plural::Many,
                _ => Plural::Other,
            },
            Lang::Ar => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }

    /// The plural forms a catalogue must give for this language.
    pub fn plurals(self) -> &'static [Plural] {
        use Plural::*;
        match self {
            Lang::En | Lang::De => &[One, Other],
            Lang::Es | Lang::Fr | Lang::PtBr => &[One, Many, Other],
            Lang::Ar => &[Zero, One, Two, Few, Many, Other],
        }
    }
}
