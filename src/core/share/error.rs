//! Why a link cannot be read, in words a person can act on.

use super::VERSION;
use crate::core::bits::ReadError;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong(usize),
    NotALink { position: usize, character: char },
    NewerVersion(u64),
    OtherFramework,
    Truncated,
    Damaged,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => f.write_str("The link has no assessment in it. Ask for the whole link again."),
            ShareError::TooLong(n) => write!(f, "This link is {n} characters long, far longer than any Ready to Lead link. It is not one, or it was pasted together with other text."),
            ShareError::NotALink { position, character } => write!(f, "This link has a character that a Ready to Lead link never has ({character:?} at position {position}). It may have been changed while it was copied: ask for the link again."),
            ShareError::NewerVersion(v) => write!(f, "This link was made by a newer version of Ready to Lead (link format {v}; this page reads up to {VERSION}). Reload the page to get the latest version."),
            ShareError::OtherFramework => f.write_str("This link belongs to a different assessment (another framework or version), so this page cannot show it."),
            ShareError::Truncated => f.write_str("This link is incomplete: it was probably cut off when it was copied. Ask for the whole link again."),
            ShareError::Damaged => f.write_str("This link is damaged: some characters were changed, added or lost, so it cannot be trusted. Ask for the link again."),
        }
    }
}

impl From<ReadError> for ShareError {
    fn from(e: ReadError) -> ShareError {
        match e {
            ReadError::End => ShareError::Truncated,
            ReadError::Invalid => ShareError::Damaged,
        }
    }
}
