//! Share links: an assessment, its results, a "rate me" request or a rater's answers, packed into
//! the URL fragment so that no server ever sees them. The format is in docs/share-links.md.

use super::assessment::{Answer, Assessment};
use super::bits::{crc24, fnv1a, BitReader, BitWriter, ReadError};
use super::date::Date;
use super::framework::Framework;
use super::quality::Confidence;
use super::report::Report;
use std::collections::BTreeMap;
use std::fmt;

/// The format version written by this build; every earlier version stays readable.
pub const VERSION: u64 = 1;
/// Anything longer is not a link this app made (a full link with long notes is a few KB).
pub const MAX_CHARS: usize = 20_000;
/// The longest name a link carries, in bytes.
pub const MAX_NAME_BYTES: usize = 80;
/// The fragment prefix of every share link.
pub const PREFIX: &str = "#/s/";

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Scores, verdict inputs and background; no answers.
    Results = 0,
    /// Every answer, so the viewer's app recomputes the same report.
    Full = 1,
    /// Asks someone to rate the sender.
    RateRequest = 2,
    /// A rater's answers about the sender.
    RaterResponse = 3,
}

/// Scores as a results-only link carries them, in the framework's competency order.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedResults {
    pub role: String,
    pub background: BTreeMap<String, f64>,
    /// Hundredths of a point: exact to what the report shows.
    pub competencies: Vec<Option<f64>>,
    pub motivation: Option<f64>,
    pub confidence: Confidence,
    pub name: Option<String>,
    pub date: Option<Date>,
}

impl SharedResults {
    /// What a results-only link carries of a report.
    pub fn of(report: &Report, a: &Assessment, name: Option<String>) -> SharedResults {
        SharedResults {
            role: report.role.id.clone(),
            background: a.background.clone(),
            // Limited evidence travels as "not rated", so the receiver shows it the same way.
            competencies: report
                .scores
                .competencies
                .iter()
                .map(|c| c.level().and(c.score))
                .collect(),
            motivation: report.scores.motivation,
            confidence: report.quality.confidence,
            name,
            date: a.completed,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RateRequest {
    pub request: u32,
    pub role: String,
    pub name: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RaterResponse {
    pub request: u32,
    pub rater: Option<String>,
    /// Scored items only: motivation is the person's own to say.
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shared {
    Results(SharedResults),
    /// The assessment (answers, background, role; notes when included), and the sender's name.
    Full(Box<Assessment>, Option<String>),
    RateRequest(RateRequest),
    RaterResponse(RaterResponse),
}

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

/// What identifies a framework inside a link: links are written with this version's.
fn fingerprint(f: &Framework) -> u32 {
    fingerprint_of(f, &f.version)
}

fn fingerprint_of(f: &Framework, version: &str) -> u32 {
    fnv1a(&format!("{}@{version}", f.id))
}

// Item states in a link: 0 unanswered, 1–5 a level, 6 "No opportunity yet".
const STATES: u64 = 7;
const NA: u64 = 6;
// Scores in hundredths, with one more value for "not rated".
const SCORE_RADIX: u64 = 10_002;
const NOT_RATED: u64 = 10_001;

fn answer_digit(a: Option<Answer>) -> u64 {
    match a {
        None => 0,
        Some(Answer::Level(l)) => l.clamp(1, 5) as u64,
        Some(Answer::NoOpportunity) => NA,
    }
}

fn digit_answer(d: u64) -> Option<Answer> {
    match d {
        0 => None,
        NA => Some(Answer::NoOpportunity),
        l => Some(Answer::Level(l as u8)),
    }
}

fn score_digit(s: Option<f64>) -> u64 {
    s.map_or(NOT_RATED, |s| (s.clamp(0.0, 100.0) * 100.0).round() as u64)
}

fn digit_score(d: u64) -> Result<Option<f64>, ShareError> {
    match d {
        NOT_RATED => Ok(None),
        0..=10_000 => Ok(Some(d as f64 / 100.0)),
        _ => Err(ShareError::Damaged),
    }
}

fn role_digit(f: &Framework, role: &str) -> (u64, u64) {
    let index = f.roles.iter().position(|r| r.id == role).unwrap_or(0);
    (index as u64, f.roles.len().max(1) as u64)
}

fn background_digits(f: &Framework, background: &BTreeMap<String, f64>) -> Vec<(u64, u64)> {
    f.background
        .iter()
        .map(|q| {
            let chosen = background
                .get(&q.id)
                .and_then(|v| q.options.iter().position(|o| o.value == *v))
                .map_or(0, |i| i as u64 + 1);
            (chosen, q.options.len() as u64 + 1)
        })
        .collect()
}

fn read_background(f: &Framework, digits: &[u64]) -> BTreeMap<String, f64> {
    f.background
        .iter()
        .zip(digits)
        .filter_map(|(q, d)| {
            let option = q.options.get((*d as usize).checked_sub(1)?)?;
            Some((q.id.clone(), option.value))
        })
        .collect()
}

/// Optional fields after the body.
#[derive(Default)]
struct Extras {
    name: Option<String>,
    date: Option<Date>,
    request: Option<u32>,
    notes: Vec<(usize, String)>,
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
    fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.date.is_none()
            && self.request.is_none()
            && self.notes.is_empty()
    }

    fn write(&self, w: &mut BitWriter) {
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

    fn read(r: &mut BitReader, competencies: usize) -> Result<Extras, ShareError> {
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

/// Dates in links run from 1970 to the year 2517.
const MAX_DAYS: u64 = 200_000;
/// UTF-8 bytes: a 500-character note is at most 2000 bytes.
const NOTE_MAX_BYTES: usize = 2000;

/// Writes a link: header, body digits, extras, checksum; returns the text after `#/s/`.
fn finish(f: &Framework, kind: Kind, digits: &[(u64, u64)], extras: &Extras) -> String {
    let mut w = BitWriter::default();
    w.push(VERSION, 6);
    w.push(kind as u64, 2);
    w.push((fingerprint(f) & 0xff) as u64, 8);
    w.push(u64::from(!extras.is_empty()), 1);
    w.push_digits(digits);
    if !extras.is_empty() {
        extras.write(&mut w);
    }
    let crc = checksum(f, w.bytes());
    w.push(crc as u64, 24);
    to_text(&w)
}

fn checksum(f: &Framework, body: &[u8]) -> u32 {
    crc_with(fingerprint(f), body)
}

fn crc_with(fingerprint: u32, body: &[u8]) -> u32 {
    let mut data = fingerprint.to_be_bytes().to_vec();
    data.extend_from_slice(body);
    crc24(&data)
}

/// base64url without padding, six bits a character; the last character is zero-filled.
fn to_text(w: &BitWriter) -> String {
    let mut r = BitReader::new(w.bytes(), w.len());
    let mut out = String::with_capacity(w.len().div_ceil(6));
    while r.remaining() > 0 {
        let take = r.remaining().min(6) as u32;
        let v = r.read(take).unwrap_or(0) << (6 - take);
        out.push(ALPHABET[v as usize] as char);
    }
    out
}

fn from_text(text: &str) -> Result<(Vec<u8>, usize), ShareError> {
    let mut w = BitWriter::default();
    for (i, c) in text.chars().enumerate() {
        let v = match c {
            'A'..='Z' => c as u8 - b'A',
            'a'..='z' => c as u8 - b'a' + 26,
            '0'..='9' => c as u8 - b'0' + 52,
            '-' => 62,
            '_' => 63,
            _ => {
                return Err(ShareError::NotALink {
                    position: i + 1,
                    character: c,
                })
            }
        };
        w.push(v as u64, 6);
    }
    Ok((w.bytes().to_vec(), w.len()))
}

pub fn encode_full(f: &Framework, a: &Assessment, name: Option<&str>, with_notes: bool) -> String {
    let (role, roles) = role_digit(f, &a.role);
    let mut digits = vec![(role, roles)];
    digits.extend(background_digits(f, &a.background));
    digits.extend(
        f.all_items()
            .map(|i| (answer_digit(a.answer(&i.id)), STATES)),
    );
    let mut extras = Extras {
        name: name.map(str::to_string),
        ..Extras::default()
    };
    if with_notes {
        extras.notes = f
            .competencies
            .iter()
            .enumerate()
            .filter(|(_, c)| !a.note(&c.id).trim().is_empty())
            .map(|(i, c)| (i, a.note(&c.id).to_string()))
            .collect();
    }
    if !extras.is_empty() {
        extras.date = a.completed;
    }
    finish(f, Kind::Full, &digits, &extras)
}

pub fn encode_results(f: &Framework, r: &SharedResults) -> String {
    let (role, roles) = role_digit(f, &r.role);
    let mut digits = vec![(role, roles)];
    digits.extend(background_digits(f, &r.background));
    digits.extend(
        r.competencies
            .iter()
            .map(|s| (score_digit(*s), SCORE_RADIX)),
    );
    digits.push((score_digit(r.motivation), SCORE_RADIX));
    digits.push((r.confidence as u64, 3));
    let extras = Extras {
        name: r.name.clone(),
        date: r.date,
        ..Extras::default()
    };
    finish(f, Kind::Results, &digits, &extras)
}

pub fn encode_rate_request(f: &Framework, q: &RateRequest) -> String {
    let digits = [role_digit(f, &q.role)];
    let extras = Extras {
        name: q.name.clone(),
        request: Some(q.request),
        ..Extras::default()
    };
    finish(f, Kind::RateRequest, &digits, &extras)
}

pub fn encode_rater_response(f: &Framework, r: &RaterResponse) -> String {
    let digits: Vec<(u64, u64)> = f
        .items()
        .map(|(_, i)| (answer_digit(r.answers.get(&i.id).copied()), STATES))
        .collect();
    let extras = Extras {
        name: r.rater.clone(),
        request: Some(r.request),
        ..Extras::default()
    };
    finish(f, Kind::RaterResponse, &digits, &extras)
}

/// Reads a link: the text after `#/s/`, or a whole URL that contains it. Never panics.
pub fn decode(f: &Framework, text: &str) -> Result<Shared, ShareError> {
    let text = text.trim();
    let text = text
        .rfind(PREFIX)
        .map_or(text, |at| &text[at + PREFIX.len()..]);
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        return Err(ShareError::TooLong(chars));
    }
    let (bytes, len) = from_text(text)?;
    let mut r = BitReader::new(&bytes, len);
    let version = r.read(6)?;
    match version {
        VERSION => {}
        v if v > VERSION => return Err(ShareError::NewerVersion(v)),
        _ => return Err(ShareError::Damaged),
    }
    let kind = r.read(2)?;
    // This version, or an earlier one with the same questions (`replaces`).
    let tag = r.read(8)?;
    let fingerprint = f
        .versions()
        .map(|v| fingerprint_of(f, v))
        .find(|fp| (fp & 0xff) as u64 == tag)
        .ok_or(ShareError::OtherFramework)?;
    let has_extras = r.read(1)? == 1;
    let radices_of = |digits: &[(u64, u64)]| digits.iter().map(|d| d.1).collect::<Vec<u64>>();
    let roles = f.roles.len().max(1) as u64;
    let bg_radices = radices_of(&background_digits(f, &BTreeMap::new()));
    let role_at = |i: u64| {
        f.roles
            .get(i as usize)
            .map(|r| r.id.clone())
            .ok_or(ShareError::Damaged)
    };

    let shared = match kind {
        0 => {
            let mut radices = vec![roles];
            radices.extend(&bg_radices);
            radices.extend(std::iter::repeat_n(SCORE_RADIX, f.competencies.len() + 1));
            radices.push(3);
            let d = r.read_digits(&radices)?;
            let n = f.competencies.len();
            let bg_end = 1 + bg_radices.len();
            let competencies = d[bg_end..bg_end + n]
                .iter()
                .map(|x| digit_score(*x))
                .collect::<Result<Vec<_>, _>>()?;
            let confidence = match d[bg_end + n + 1] {
                0 => Confidence::Low,
                1 => Confidence::Medium,
                _ => Confidence::High,
            };
            let extras = read_extras(&mut r, has_extras, f)?;
            Shared::Results(SharedResults {
                role: role_at(d[0])?,
                background: read_background(f, &d[1..bg_end]),
                competencies,
                motivation: digit_score(d[bg_end + n])?,
                confidence,
                name: extras.name,
                date: extras.date,
            })
        }
        1 => {
            let items: Vec<String> = f.all_items().map(|i| i.id.clone()).collect();
            let mut radices = vec![roles];
            radices.extend(&bg_radices);
            radices.extend(std::iter::repeat_n(STATES, items.len()));
            let d = r.read_digits(&radices)?;
            let bg_end = 1 + bg_radices.len();
            let extras = read_extras(&mut r, has_extras, f)?;
            let mut a = Assessment {
                id: format!("shared-{:08x}", crc_with(fingerprint, &bytes) & 0xff_ffff),
                framework_id: f.id.clone(),
                framework_version: f.version.clone(),
                role: role_at(d[0])?,
                background: read_background(f, &d[1..bg_end]),
                started: extras.date,
                completed: extras.date,
                ..Assessment::default()
            };
            for (id, digit) in items.iter().zip(&d[bg_end..]) {
                if let Some(answer) = digit_answer(*digit) {
                    a.set_answer(id, answer);
                }
            }
            for (index, note) in extras.notes {
                a.set_note(&f.competencies[index].id, &note);
            }
            Shared::Full(Box::new(a), extras.name)
        }
        2 => {
            let d = r.read_digits(&[roles])?;
            let extras = read_extras(&mut r, has_extras, f)?;
            Shared::RateRequest(RateRequest {
                request: extras.request.ok_or(ShareError::Damaged)?,
                role: role_at(d[0])?,
                name: extras.name,
            })
        }
        _ => {
            let items: Vec<String> = f.items().map(|(_, i)| i.id.clone()).collect();
            let d = r.read_digits(&vec![STATES; items.len()])?;
            let extras = read_extras(&mut r, has_extras, f)?;
            let answers = items
                .into_iter()
                .zip(d)
                .filter_map(|(id, digit)| Some((id, digit_answer(digit)?)))
                .collect();
            Shared::RaterResponse(RaterResponse {
                request: extras.request.ok_or(ShareError::Damaged)?,
                rater: extras.name,
                answers,
            })
        }
    };

    // The checksum covers everything before it, bit for bit.
    let body_bits = r.position();
    let mut body = BitWriter::default();
    let mut again = BitReader::new(&bytes, body_bits);
    while again.remaining() > 0 {
        let take = again.remaining().min(8) as u32;
        body.push(again.read(take)?, take);
    }
    let crc = r.read(24)?;
    if crc != crc_with(fingerprint, body.bytes()) as u64 {
        return Err(ShareError::Damaged);
    }
    // At most five zero bits fill the last character; anything more was added.
    let rest = r.remaining();
    if rest >= 6 || r.read(rest as u32)? != 0 {
        return Err(ShareError::Damaged);
    }
    Ok(shared)
}

fn read_extras(r: &mut BitReader, present: bool, f: &Framework) -> Result<Extras, ShareError> {
    if present {
        Extras::read(r, f.competencies.len())
    } else {
        Ok(Extras::default())
    }
}

/// The information-theoretic length of a full-answers link's answers, in base64 characters.
pub fn answers_limit(f: &Framework) -> usize {
    let bits = f.all_items().count() as f64 * (STATES as f64).log2();
    (bits / 6.0).ceil() as usize
}
