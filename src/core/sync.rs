//! Two tabs, one saved copy: what a tab writes when it saves, and what it shows when another tab
//! saved (docs/storage.md, "Two tabs"). Plain data in, plain data out: the browser adapter reads
//! and writes localStorage around it, so every interleaving of two tabs can be tested here.
//!
//! The rule: changes merge key by key (`merge`) against the last state both tabs saw; when
//! both changed the same value, the tab doing the merge keeps its own, unsaved change.

use super::from_json::FromJson;
use super::store::{self, Loaded, Store, MAX_HISTORY, MAX_RECEIVED, SCHEMA};

/// What one tab knows of the saved copy.
#[derive(Clone, Debug)]
pub struct Tab {
    /// The text storage held when this tab last read or wrote it: a change of it is another
    /// tab's write. Kept even when unreadable, so that it is never merged into.
    raw: Option<String>,
    /// That text, read: the base of the next merge.
    latest: Store,
    /// What this tab read or wrote lately, to find what another tab's write was made from.
    seen: Seen,
}

/// What the saved copy holds that this tab cannot read (most often data of a newer version, or
/// a change by hand): this tab stops saving rather than overwrite it.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub raw: String,
    pub reason: String,
}

/// What to do after a save or another tab's write.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// This tab's data merged with another tab's: to show in place of what the tab shows.
    pub show: Option<Store>,
    /// The text to store, when there is something new to store. Once stored, hand it back with
    /// `Tab::wrote`; when storing fails, drop it and save again later.
    pub write: Option<Write>,
}

/// One write, made from the store it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Write {
    pub text: String,
    store: Store,
}

impl Tab {
    /// Starts from what storage held when the page opened: `raw` as stored, `read` as read
    /// (the default store when it was empty or unreadable).
    ///
    /// Stored data no tab wrote (of a schema without revs, or unreadable) is named after its
    /// text, so that two tabs opened on it agree on what they both saw; nothing stored stays
    /// rev 0, which names no write (storage may be emptied and filled again).
    pub fn new(raw: Option<String>, mut read: Store) -> Tab {
        if read.rev == 0 {
            read.rev = raw.as_deref().map_or(0, name_of);
        }
        let mut seen = Seen::default();
        seen.add(read.clone());
        Tab {
            raw,
            latest: read,
            seen,
        }
    }

    /// What storage held when this tab last read or wrote it.
    pub fn latest(&self) -> &Store {
        &self.latest
    }

    /// That text, as stored.
    pub fn raw(&self) -> Option<&str> {
        self.raw.as_deref()
    }

    /// Whether storage still holds what this tab last read or wrote: nothing to take in.
    pub fn holds(&self, now: Option<&str>) -> bool {
        now == self.raw.as_deref()
    }

    /// This tab saves `mine`, its whole data, while storage holds `now`. If another tab wrote
    /// since this tab last looked, the two are merged, to show and to write. `rev` names the
    /// write (random in the app; 0 is taken as 1, since 0 means "no write yet").
    pub fn save(
        &mut self,
        now: Option<&str>,
        mut mine: Store,
        rev: u32,
    ) -> Result<Outcome, Unreadable> {
        let mut show = None;
        // Emptied since (by hand, or site data cleared): written again at this tab's next change.
        if let Some(theirs) = self.changed(now)? {
            mine = self.merge_in(now, theirs, &mine);
            show = Some(mine.clone());
        }
        mine.rev = self.latest.rev;
        mine.base = self.latest.base;
        mine.lineage = self.latest.lineage.clone();
        // Nothing new since this tab last read or wrote: nothing to write.
        if self.raw.as_deref() == Some(store::encode(&mine).as_str()) {
            return Ok(Outcome { show, write: None });
        }
        mine.lineage = self.latest.ancestors().take(Seen::KEEP - 1).collect();
        mine.base = self.latest.rev;
        mine.rev = rev.max(1);
        let write = Write {
            text: store::encode(&mine),
            store: mine,
        };
        Ok(Outcome {
            show,
            write: Some(write),
        })
    }

    /// The write `save` returned is stored: it is what this tab last wrote.
    pub fn wrote(&mut self, write: Write) {
        self.seen.add(write.store.clone());
        self.raw = Some(write.text);
        self.latest = write.store;
    }

    /// Another tab saved (or may have): merge what storage holds now with this tab's data and
    /// show the result. What storage holds now, not what a `storage` event carried: an event can
    /// arrive after this tab already merged that value while saving, and merging it again
    /// against the newer base would undo this tab's own changes.
    pub fn take_in(&mut self, now: Option<&str>, mine: &Store) -> Result<Outcome, Unreadable> {
        let Some(theirs) = self.changed(now)? else {
            return Ok(Outcome::default());
        };
        let merged = self.merge_in(now, theirs, mine);
        Ok(Outcome {
            show: Some(merged),
            write: None,
        })
    }

    /// What another tab wrote, if storage holds something else than this tab last read or
    /// wrote: none when nothing changed or storage was emptied.
    fn changed(&self, now: Option<&str>) -> Result<Option<Store>, Unreadable> {
        if self.holds(now) {
            return Ok(None);
        }
        match store::decode(now) {
            Loaded::Read(theirs) => Ok(Some(*theirs)),
            Loaded::Fresh => Ok(None),
            Loaded::Unreadable { raw, reason } => Err(Unreadable { raw, reason }),
            Loaded::Newer { raw, schema } => Err(Unreadable {
                raw,
                reason: store::newer_reason(schema),
            }),
        }
    }

    /// Merges another tab's write, read from `now`, into `mine`: against the write it was made
    /// from if this tab saw it, else against this tab's latest. It is then what this tab last read.
    fn merge_in(&mut self, now: Option<&str>, theirs: Store, mine: &Store) -> Store {
        let merged = merge(self.seen.base_for(&theirs, &self.latest), mine, &theirs);
        self.seen.add(theirs.clone());
        self.raw = now.map(str::to_string);
        self.latest = theirs;
        merged
    }
}

/// A rev for stored text no tab wrote: FNV-1a of the text, never 0.
fn name_of(text: &str) -> u32 {
    let hash = text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    hash.max(1)
}

/// Stores a tab read or wrote lately. Another tab's write names the write it was made from: when
/// that tab had not seen this tab's latest write, their common ancestor is among these, and a
/// merge against it keeps both tabs' changes (against this tab's latest write, what the other tab
/// never saw would look deleted).
#[derive(Clone, Debug, Default)]
pub struct Seen(Vec<Store>);

impl Seen {
    /// Writes remembered: far more than two tabs make between two of each other's.
    pub const KEEP: usize = 16;

    pub fn add(&mut self, store: Store) {
        self.0.retain(|s| s.rev != store.rev);
        self.0.push(store);
        let excess = self.0.len().saturating_sub(Self::KEEP);
        self.0.drain(..excess);
    }

    /// What to merge `theirs` against: the nearest write it descends from that this tab saw
    /// (everything this tab saw is in what it holds, so that write is an ancestor of both), else
    /// this tab's latest.
    pub fn base_for<'a>(&'a self, theirs: &Store, latest: &'a Store) -> &'a Store {
        theirs
            .ancestors()
            .find_map(|rev| self.0.iter().find(|s| s.rev == rev))
            .unwrap_or(latest)
    }
}

/// Merges what another tab saved (`theirs`) with this tab's state (`mine`), both descended from
/// `base` (docs/storage.md, "Two tabs").
pub fn merge(base: &Store, mine: &Store, theirs: &Store) -> Store {
    let value = |s: &Store| store::as_value(s).unwrap_or_default();
    let merged = super::merge::three_way(&value(base), &value(mine), &value(theirs));
    match Store::from_json(merged) {
        Ok(mut store) => {
            // A merge of two valid stores is valid; keep the bounds all the same.
            for shelf in store.mine.values_mut() {
                super::order::sort_by_key(&mut shelf.history, |h| h.completed);
                let excess = shelf.history.len().saturating_sub(MAX_HISTORY);
                shelf.history.drain(..excess);
            }
            let excess = store.received.len().saturating_sub(MAX_RECEIVED);
            store.received.drain(..excess);
            store.schema = SCHEMA;
            store
        }
        // Cannot happen for two valid stores; if it did, what is saved stays as it is.
        Err(_) => theirs.clone(),
    }
}
