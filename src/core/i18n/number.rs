//! Numbers as each language writes them: a decimal comma in German, French, Spanish and
//! Portuguese, a point in English and in Arabic written with Western digits (as Gulf career sites
//! do, and as the translations' glossary records).

use super::Lang;
use crate::core::text;

impl Lang {
    /// `x` rounded to `places` decimals: "3.5" in English, "3,5" in German.
    pub fn decimal(self, x: f64, places: u32) -> String {
        self.localise(text::decimal(x, places))
    }

    /// `x` in as few digits as it needs, up to 3 decimals: "0.5" / "0,5".
    pub fn plain(self, x: f64) -> String {
        self.localise(text::plain(x))
    }

    fn localise(self, number: String) -> String {
        if self.decimal_comma() {
            number.replace('.', ",")
        } else {
            number
        }
    }
}

impl Lang {
    /// A level shown in tenths (`scoring::tenths`): 37 → "3.7" / "3,7".
    pub fn tenths(self, tenths: u32) -> String {
        let sep = if self.decimal_comma() { ',' } else { '.' };
        format!("{}{sep}{}", tenths / 10, tenths % 10)
    }
}
