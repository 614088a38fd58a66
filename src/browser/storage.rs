//! localStorage, which may be missing, blocked by privacy settings, or full.
//!
//! Storage goes through gloo-storage, but only after `available()` has said yes: its `raw()`
//! panics when there is no localStorage, and a panic would end the app under `panic = "abort"`.
//! Saved data is read and written as text (not through gloo's typed get and set), so that text
//! which cannot be read is kept aside exactly as it was.

use gloo_storage::{LocalStorage, Storage as _};
use std::fmt;

/// The key that holds the whole saved state.
pub const KEY: &str = "ready-to-lead";
/// Unreadable saved data is copied to a key with this prefix before anything is written.
pub const ASIDE_PREFIX: &str = "ready-to-lead.unreadable.";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage: blocked by settings, or a sandboxed frame.
    Unavailable,
    /// The browser refused the write, most often because storage is full.
    Refused(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str(
                "This browser does not let the page keep data (storage is blocked or unavailable). \
                 Your answers stay only until you close the tab: export them as JSON to keep them.",
            ),
            StorageError::Refused(why) => write!(
                f,
                "Your latest answers could not be saved in this browser ({why}). Storage may be full: \
                 export your assessment as JSON to keep it, then free some space."
            ),
        }
    }
}

/// Whether the page may use localStorage at all (it throws when blocked, and is missing in
/// some sandboxed frames).
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    if available() {
        Ok(LocalStorage::raw())
    } else {
        Err(StorageError::Unavailable)
    }
}

fn describe(err: wasm_bindgen::JsValue) -> String {
    js_sys::Error::from(err)
        .message()
        .as_string()
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| "the browser gave no reason".into())
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    storage()?
        .get_item(key)
        .map_err(|e| StorageError::Refused(describe(e)))
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?
        .set_item(key, value)
        .map_err(|e| StorageError::Refused(describe(e)))
}

/// Copies unreadable data to a key of its own, so that it is never overwritten, and returns
/// that key.
pub fn keep_aside(raw: &str, now_ms: f64) -> Result<String, StorageError> {
    let key = format!("{ASIDE_PREFIX}{}", now_ms as u64);
    write(&key, raw)?;
    Ok(key)
}
