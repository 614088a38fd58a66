//! Light and dark: `auto` follows the system; an explicit choice sets `data-theme` on <html>.
//! An embedding site's accent is set as custom properties through the CSSOM, which a strict
//! Content-Security-Policy allows (a `style` attribute in markup it would not).

use crate::core::embed::accent::{Accent, Tones};
use crate::core::store::Theme;

fn root() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into().ok())
}

pub fn apply(theme: Theme) {
    let Some(root) = root() else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        Theme::Light => root.set_attribute("data-theme", "light"),
        Theme::Dark => root.set_attribute("data-theme", "dark"),
    };
}

/// Sets the accent tokens of both themes (style/base.css reads them), or goes back to the app's
/// own colours.
pub fn set_accent(accent: Option<&Accent>) {
    let Some(root) = root() else {
        return;
    };
    let style = root.style();
    let tokens = |t: Tones| {
        [
            ("accent", t.accent),
            ("on-accent", t.on_accent),
            ("accent-soft", t.soft),
        ]
    };
    match accent {
        Some(a) => {
            for (theme, tones) in [("light", a.light), ("dark", a.dark)] {
                for (name, colour) in tokens(tones) {
                    let _ = style.set_property(&format!("--host-{name}-{theme}"), &colour.hex());
                }
            }
        }
        None => {
            for theme in ["light", "dark"] {
                for name in ["accent", "on-accent", "accent-soft"] {
                    let _ = style.remove_property(&format!("--host-{name}-{theme}"));
                }
            }
        }
    }
}

/// Marks <html> for the embed's layout (style/embed.css).
pub fn set_class(name: &str, on: bool) {
    if let Some(root) = root() {
        let _ = root.class_list().toggle_with_force(name, on);
    }
}
