//! Embedding on another site's page: the settings the loader (`public/embed.js`) passes in the
//! query string, the host's brand colour made readable, origins, and the messages exchanged
//! with the host page. Plain data and rules; `browser::host` does the sending. See
//! docs/embedding.md.

pub mod accent;
pub mod message;
pub mod origin;
pub mod progress;
pub mod settings;

pub use accent::Accent;
pub use message::{Command, Event};
pub use origin::Origin;
pub use settings::{Settings, Source, Warning};
