//! Why a link cannot be read, in words a person can act on.

use super::VERSION;
use crate::core::bits::ReadError;
use crate::core::i18n::Catalogue;

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

impl ShareError {
    /// What went wrong and what to do, in the person's language.
    pub fn message(&self, t: &Catalogue) -> String {
        match self {
            ShareError::Empty => t.link_empty().into(),
            ShareError::TooLong(n) => t.link_too_long(n),
            ShareError::NotALink {
                position,
                character,
            } => t.link_not_a_link(&format!("{character:?}"), position),
            ShareError::NewerVersion(v) => t.link_newer(v, &VERSION),
            ShareError::OtherFramework => t.link_other_framework().into(),
            ShareError::Truncated => t.link_truncated().into(),
            ShareError::Damaged => t.link_damaged().into(),
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
