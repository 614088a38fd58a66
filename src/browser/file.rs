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

pub async fn read_text(file: web_sys::File) -> Result<String, ReadError> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    text.as_string().ok_or(ReadError::NotText)
}
