//! Writing and reading links: header, mixed-radix digits, extras, checksum, base64url text.

use super::extras::Extras;
use super::payload::{Kind, RateRequest, RaterResponse, Shared, SharedResults};
use super::{ShareError, MAX_CHARS, PREFIX, VERSION};
use crate::core::assessment::{Answer, Assessment};
use crate::core::bits::{crc24, fnv1a, BitReader, BitWriter};
use crate::core::framework::Framework;
use crate::core::quality::Confidence;
use std::collections::BTreeMap;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

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
    // Extended rather than collected: a collected map is sorted first, with its own copy of
    // std's sort (core::order).
    let mut background = BTreeMap::new();
    background.extend(f.background.iter().zip(digits).filter_map(|(q, d)| {
        let option = q.options.get((*d as usize).checked_sub(1)?)?;
        Some((q.id.clone(), option.value))
    }));
    background
}

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
    // This version, or an earlier one it replaces; two of them may share the 8-bit tag, and
    // then the checksum tells which. Each is read with the questions it had (`as_of`).
    let tag = r.read(8)?;
    let candidates: Vec<&str> = f
        .versions()
        .filter(|v| (fingerprint_of(f, v) & 0xff) as u64 == tag)
        .collect();
    if candidates.is_empty() {
        return Err(ShareError::OtherFramework);
    }
    let mut first_error = None;
    for v in candidates {
        let layout = f.as_of(v);
        match read_body(&layout, fingerprint_of(f, v), kind, &bytes, len) {
            Ok(shared) => return Ok(forward(f, &layout, shared)),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(first_error.unwrap_or(ShareError::Damaged))
}

/// A link read with an earlier version's questions, in this version's terms: answers and notes
/// are keyed by id already; a results link's scores move to their competencies' places.
fn forward(f: &Framework, layout: &Framework, shared: Shared) -> Shared {
    match shared {
        Shared::Results(mut r) if layout.competencies.len() != f.competencies.len() => {
            let by_id = |id: &str| {
                layout
                    .competencies
                    .iter()
                    .position(|c| c.id == id)
                    .and_then(|at| r.competencies.get(at).copied().flatten())
            };
            r.competencies = f.competencies.iter().map(|c| by_id(&c.id)).collect();
            Shared::Results(r)
        }
        other => other,
    }
}

/// The body of a link after its 16-bit header, read with one version's questions and checked
/// against that version's fingerprint.
fn read_body(
    f: &Framework,
    fingerprint: u32,
    kind: u64,
    bytes: &[u8],
    len: usize,
) -> Result<Shared, ShareError> {
    let mut r = BitReader::new(bytes, len);
    r.read(16)?;
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
                id: format!("shared-{:08x}", crc_with(fingerprint, bytes) & 0xff_ffff),
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
            let mut answers = BTreeMap::new();
            answers.extend(
                items
                    .into_iter()
                    .zip(d)
                    .filter_map(|(id, digit)| Some((id, digit_answer(digit)?))),
            );
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
    let mut again = BitReader::new(bytes, body_bits);
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

/// The information-theoretic length of a full-answers link's body, in base64 characters: the
/// role, each background answer and each item's state, with nothing spent on structure.
pub fn answers_limit(f: &Framework) -> usize {
    let mut bits = f.all_items().count() as f64 * (STATES as f64).log2();
    bits += (f.roles.len().max(1) as f64).log2();
    for q in &f.background {
        bits += (q.options.len() as f64 + 1.0).log2();
    }
    (bits / 6.0).ceil() as usize
}
