//! The optional fields after a link's body: name, date, request id and notes.

use super::{ShareError, MAX_NAME_BYTES};
use crate::core::bits::{BitReader, BitWriter};
use crate::core::date::Date;

/// Dates in links run from 1970 to the year 2517.
pub(super) const MAX_DAYS: u64 = 200_000;
/// UTF-8 bytes: a 500-character note is at most 2000 bytes.
pub(super) const NOTE_MAX_BYTES: usize = 2000;

/// Optional fields after the body.
#[derive(Default)]
pub(super) struct Extras {
    pub(super) name: Option<String>,
    pub(super) date: Option<Date>,
    pub(super) request: Option<u32>,
    pub(super) notes: Vec<(usize, String)>,
}

const HAS_NAME: u64 = 1;
const HAS_NOTES: u64 = 2;
const HAS_DATE: u64 = 4;
const HAS_REQUEST: u64 = 8;

fn truncate_bytes(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn write_text(w: &mut BitWriter, text: &str) {
    w.push_varint(text.len() as u64);
    w.push_bytes(text.as_bytes());
}

fn read_text(r: &mut BitReader, max: usize) -> Result<String, ShareError> {
    let len = r.read_varint()? as usize;
    if len > max {
        return Err(ShareError::Damaged);
    }
    let bytes = r.read_bytes(len)?;
    String::from_utf8(bytes).map_err(|_| ShareError::Damaged)
}

impl Extras {
    pub(super) fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.date.is_none()
            && self.request.is_none()
            && self.notes.is_empty()
    }

    pub(super) fn write(&self, w: &mut BitWriter) {
        w.align();
        let mut flags = 0;
        if self.name.is_some() {
            flags |= HAS_NAME;
        }
        if !self.notes.is_empty() {
            flags |= HAS_NOTES;
        }
        // A date past what a reader accepts is left out rather than making the link unreadable.
        let days = self
            .date
            .map(|d| d.days_since(Date::default()))
            .filter(|d| (0..=MAX_DAYS as i64).contains(d));
        if days.is_some() {
            flags |= HAS_DATE;
        }
        if self.request.is_some() {
            flags |= HAS_REQUEST;
        }
        w.push(flags, 8);
        if let Some(name) = &self.name {
            write_text(w, truncate_bytes(name, MAX_NAME_BYTES));
        }
        if let Some(days) = days {
            w.push_varint(days as u64);
        }
        if let Some(request) = self.request {
            w.push(request as u64, 32);
        }
        if !self.notes.is_empty() {
            w.push_varint(self.notes.len() as u64);
            for (index, note) in &self.notes {
                w.push_varint(*index as u64);
                write_text(w, truncate_bytes(note, NOTE_MAX_BYTES));
            }
        }
    }

    pub(super) fn read(r: &mut BitReader, competencies: usize) -> Result<Extras, ShareError> {
        r.align()?;
        let flags = r.read(8)?;
        if flags & !0x0f != 0 {
            return Err(ShareError::Damaged);
        }
        let mut extras = Extras::default();
        if flags & HAS_NAME != 0 {
            extras.name = Some(read_text(r, MAX_NAME_BYTES)?);
        }
        if flags & HAS_DATE != 0 {
            let days = r.read_varint()?;
            if days > MAX_DAYS {
                return Err(ShareError::Damaged);
            }
            extras.date = Some(Date::default().add_days(days as i64));
        }
        if flags & HAS_REQUEST != 0 {
            extras.request = Some(r.read(32)? as u32);
        }
        if flags & HAS_NOTES != 0 {
            let count = r.read_varint()? as usize;
            if count == 0 || count > competencies {
                return Err(ShareError::Damaged);
            }
            for _ in 0..count {
                let index = r.read_varint()? as usize;
                if index >= competencies {
                    return Err(ShareError::Damaged);
                }
                extras.notes.push((index, read_text(r, NOTE_MAX_BYTES)?));
            }
        }
        Ok(extras)
    }
}
