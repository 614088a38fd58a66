//! A host's brand colour, made safe to read: the app uses it as given wherever text on it and
//! it on the page keep at least 4.5:1 contrast (WCAG AA), and a darker or lighter shade of it
//! where they would not.

use crate::core::store::Theme;

/// The contrast that text keeps against its background.
pub const MIN_CONTRAST: f64 = 4.5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb` or `#rgb` (the `#` optional); nothing else, so no CSS can be smuggled in.
    pub fn parse(text: &str) -> Result<Rgb, String> {
        let hex = text.trim().trim_start_matches('#');
        let bad = || {
            format!(
                "\"{}\" is not a hex colour such as #0b6e4f",
                text.chars().take(40).collect::<String>()
            )
        };
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let digit = |i: usize| u8::from_str_radix(&hex[i..=i], 16).unwrap_or(0);
        let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
        match hex.len() {
            3 => Ok(Rgb(digit(0) * 17, digit(1) * 17, digit(2) * 17)),
            6 => Ok(Rgb(pair(0), pair(2), pair(4))),
            _ => Err(bad()),
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance, as WCAG defines it.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// `self` moved towards `other` by `t` (0 keeps self, 1 gives other).
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (x, y) = (a.luminance(), b.luminance());
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

const WHITE: Rgb = Rgb(255, 255, 255);
const BLACK: Rgb = Rgb(0, 0, 0);
/// The page backgrounds of style/base.css that the accent is read against.
const LIGHT_BG: Rgb = Rgb(0xf7, 0xf8, 0xfa);
const DARK_SURFACE: Rgb = Rgb(0x19, 0x21, 0x2b);
const DARK_BG: Rgb = Rgb(0x11, 0x16, 0x1d);
const DARK_TEXT: Rgb = Rgb(0x0d, 0x1a, 0x24);

/// The three accent tokens of one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tones {
    /// Links, the primary button, progress.
    pub accent: Rgb,
    /// Text on the accent.
    pub on_accent: Rgb,
    /// A chosen option's background.
    pub soft: Rgb,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Accent {
    pub given: Rgb,
    pub light: Tones,
    pub dark: Tones,
}

impl Accent {
    pub fn new(given: Rgb) -> Accent {
        // Light theme: darker until it reads on the light page, with white or black text on it.
        let light = shade(given, BLACK, |c| contrast(c, LIGHT_BG) >= MIN_CONTRAST);
        let dark = shade(given, WHITE, |c| contrast(c, DARK_SURFACE) >= MIN_CONTRAST);
        Accent {
            given,
            light: Tones {
                accent: light,
                on_accent: text_on(light, WHITE),
                soft: light.mix(WHITE, 0.88),
            },
            dark: Tones {
                accent: dark,
                on_accent: text_on(dark, DARK_TEXT),
                soft: dark.mix(DARK_BG, 0.75),
            },
        }
    }

    /// Says where the colour as given was changed for contrast, for the themes in use.
    pub fn adjustments(&self, theme: Theme) -> Vec<String> {
        let mut said = Vec::new();
        for (name, tones, against, used) in [
            ("light", self.light, LIGHT_BG, theme != Theme::Dark),
            ("dark", self.dark, DARK_SURFACE, theme != Theme::Light),
        ] {
            if used && tones.accent != self.given {
                said.push(format!(
                    "In the {name} theme, the accent {} has {}:1 contrast on the page, under the {}:1 that text needs; {} ({}:1) is used there instead.",
                    self.given.hex(),
                    tenths(contrast(self.given, against)),
                    tenths(MIN_CONTRAST),
                    tones.accent.hex(),
                    tenths(contrast(tones.accent, against)),
                ));
            }
        }
        said
    }
}

/// `from`, moved towards `to` in small steps until `good`; `to` itself is always good here.
fn shade(from: Rgb, to: Rgb, good: impl Fn(Rgb) -> bool) -> Rgb {
    (0..=40)
        .map(|step| from.mix(to, f64::from(step) / 40.0))
        .find(|c| good(*c))
        .unwrap_or(to)
}

/// The preferred text colour on `background` when it keeps the contrast, else the better of black
/// and white (one of them always reaches 4.5:1).
fn text_on(background: Rgb, preferred: Rgb) -> Rgb {
    if contrast(preferred, background) >= MIN_CONTRAST {
        preferred
    } else if contrast(WHITE, background) >= contrast(BLACK, background) {
        WHITE
    } else {
        BLACK
    }
}

/// A ratio to one decimal, rounded down, so that 4.49 never reads as 4.5.
fn tenths(x: f64) -> String {
    let t = (x * 10.0).floor() as u32;
    format!("{}.{}", t / 10, t % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hex_colours_and_nothing_else() {
        assert_eq!(Rgb::parse("#0b6e4f"), Ok(Rgb(0x0b, 0x6e, 0x4f)));
        assert_eq!(Rgb::parse("0B6E4F"), Ok(Rgb(0x0b, 0x6e, 0x4f)));
        assert_eq!(Rgb::parse("#fff"), Ok(Rgb(255, 255, 255)));
        for bad in [
            "",
            "#",
            "#12345",
            "red",
            "#0b6e4fz",
            "#0b6e4f;background:url(x)",
            "é12345",
        ] {
            assert!(Rgb::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn contrast_matches_wcag() {
        assert!((contrast(WHITE, BLACK) - 21.0).abs() < 1e-9);
        assert!((contrast(Rgb(0x77, 0x77, 0x77), WHITE) - 4.48).abs() < 0.01);
    }

    #[test]
    fn a_readable_accent_is_used_as_given_in_the_light_theme() {
        let a = Accent::new(Rgb::parse("#0b6e4f").unwrap());
        assert_eq!(a.light.accent, a.given);
        assert_eq!(a.light.on_accent, WHITE);
        assert!(a.adjustments(Theme::Light).is_empty());
        // Too dark for the dark theme: a lighter shade, said when that theme can show.
        assert_ne!(a.dark.accent, a.given);
        assert_eq!(a.adjustments(Theme::Dark).len(), 1);
        assert!(a.adjustments(Theme::Auto)[0]
            .starts_with("In the dark theme, the accent #0b6e4f has 2."));
    }

    #[test]
    fn a_pale_accent_is_darkened_and_says_so() {
        let a = Accent::new(Rgb::parse("#ffd400").unwrap());
        assert_ne!(a.light.accent, a.given);
        let said = a.adjustments(Theme::Light);
        assert_eq!(said.len(), 1);
        assert!(said[0].contains("#ffd400 has 1."), "{}", said[0]);
    }

    #[test]
    fn every_accent_keeps_its_contrast_in_both_themes() {
        for r in (0..=255).step_by(17) {
            for g in (0..=255).step_by(17) {
                for b in (0..=255).step_by(51) {
                    let a = Accent::new(Rgb(r, g, b));
                    assert!(contrast(a.light.accent, LIGHT_BG) >= MIN_CONTRAST);
                    assert!(contrast(a.light.on_accent, a.light.accent) >= MIN_CONTRAST);
                    assert!(contrast(a.dark.accent, DARK_SURFACE) >= MIN_CONTRAST);
                    assert!(contrast(a.dark.accent, DARK_BG) >= MIN_CONTRAST);
                    assert!(contrast(a.dark.on_accent, a.dark.accent) >= MIN_CONTRAST);
                }
            }
        }
    }
}
