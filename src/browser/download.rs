//! Saves text as a file, entirely in the browser.

use std::fmt;
use wasm_bindgen::JsCast;

/// Which step of starting a download the browser refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DownloadError {
    Blob,
    ObjectUrl,
    NoDocument,
    Link,
}

impl fmt::Display for DownloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let step = match self {
            DownloadError::Blob => "blob",
            DownloadError::ObjectUrl => "object URL",
            DownloadError::NoDocument => "no document",
            DownloadError::Link => "link",
        };
        write!(f, "the browser refused it ({step})")
    }
}

pub fn text(filename: &str, mime: &str, content: &str) -> Result<(), DownloadError> {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| DownloadError::Blob)?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| DownloadError::ObjectUrl)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(DownloadError::NoDocument)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into().ok())
        .ok_or(DownloadError::Link)?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
