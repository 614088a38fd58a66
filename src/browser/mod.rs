//! Small adapters between the core and the browser. Each returns errors rather than panicking:
//! storage can be full or blocked, and a panic would end the whole app.

pub mod clipboard;
pub mod clock;
pub mod download;
pub mod file;
pub mod focus;
pub mod host;
pub mod lifecycle;
pub mod location;
pub mod print;
pub mod shell;
pub mod storage;
pub mod theme;
pub mod updates;
