//! Ready to Lead: a self-assessment for engineers who ask "am I ready to become an Engineering
//! Manager?". The `core` is the assessment and runs anywhere; `browser` and `ui` are the web app.

pub mod core;

#[cfg(feature = "app")]
pub mod browser;
#[cfg(feature = "app")]
pub mod ui;
