//! The languages the app speaks, and which one a person gets from what their browser, a link or
//! an embedding site asks for.

/// A language of the app's own text. The order is the switcher's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    PtBr,
    Ar,
}

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    /// The value of an HTML `dir` attribute.
    pub fn attr(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::PtBr, Lang::Ar];

    /// The BCP 47 tag: what `<html lang>`, the `lang` URL parameter, `data-lang` and the
    /// switcher's option values carry.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in itself, as a switcher lists it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ar => "العربية",
        }
    }

    pub fn dir(self) -> Dir {
        match self {
            Lang::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// The language a tag asks for, matched case-insensitively by its primary subtag, so that a
    /// regional variant falls back to its language: `de-AT` → German, `pt-PT` → Portuguese,
    /// `ar-EG` → Arabic. None for a language the app does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| l.tag()[..2].eq_ignore_ascii_case(primary) && primary.len() == 2)
    }

    /// The first of a person's preferred languages that the app speaks (as
    /// `navigator.languages` lists them, most preferred first); English when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_tag)
            .unwrap_or_default()
    }

    /// The language a person gets: the one the page asks for (a `lang` URL parameter, or an
    /// embedding site's `data-lang`), then the one they chose here with the switcher, then the
    /// first of their browser's languages the app speaks, then English. A tag the app does not
    /// speak is passed over.
    pub fn choose<'a>(
        asked: Option<&str>,
        chosen: &str,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        asked
            .and_then(Lang::from_tag)
            .or_else(|| Lang::from_tag(chosen))
            .unwrap_or_else(|| Lang::negotiate(browser))
    }

    /// Whether numbers take a decimal comma ("3,5") rather than a point.
    pub fn decimal_comma(self) -> bool {
        matches!(self, Lang::De | Lang::Fr | Lang::Es | Lang::PtBr)
    }
}
