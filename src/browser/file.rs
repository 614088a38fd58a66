//! Reads a file the person picked.

use std::fmt;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The browser could not read it (removed, or no permission).
    Unreadable,
    NotText,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ReadError::Unreadable => "the file could not be read",
            ReadError::NotText => "the file is not text",
        })
    }
}

/// The file picked in a file input's `change` event, if any. The input is emptied, so that
/// picking the same file again is a change too.
pub fn take_picked(ev: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let picked = input.files().and_then(|list| list.get(0));
    input.set_value("");
    picked
}

pub async fn read_text(file: web_sys::File) -> Result<String, ReadError> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    text.as_string().ok_or(ReadError::NotText)
}
