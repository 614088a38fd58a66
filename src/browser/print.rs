//! Printing the page (the report has a print style sheet).

/// Opens the browser's print dialog (which also saves as PDF).
pub fn page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
