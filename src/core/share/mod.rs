//! Share links: an assessment, its results, a "rate me" request or a rater's answers, packed into
//! the URL fragment so that no server ever sees them. The format is in docs/share-links.md.
//!
//! `payload` is what a link carries, `codec` writes and reads it bit by bit, `extras` holds the
//! optional fields after the body, and `error` says why a link cannot be read.

mod codec;
mod error;
mod extras;
mod payload;

pub use codec::{
    answers_limit, decode, encode_full, encode_rate_request, encode_rater_response, encode_results,
};
pub use error::ShareError;
pub use payload::{Kind, RateRequest, RaterResponse, Shared, SharedResults};

/// The format version written by this build; every earlier version stays readable.
pub const VERSION: u64 = 1;
/// Anything longer is not a link this app made (a full link with long notes is a few KB).
pub const MAX_CHARS: usize = 20_000;
/// The longest name a link carries, in bytes.
pub const MAX_NAME_BYTES: usize = 80;
/// The fragment prefix of every share link.
pub const PREFIX: &str = "#/s/";
