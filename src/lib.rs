//! Ready to Lead: a self-assessment for engineers who ask "am I ready to become an Engineering
//! Manager?". The `core` is the assessment and runs anywhere; `browser` and `ui` are the web app.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
