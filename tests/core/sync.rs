//! Two tabs sharing one saved copy (`core::sync`): what each writes and shows, step by step, and
//! for any interleaving of their changes, saves, late reads and failed writes, nothing is lost.

use super::{answered, day, small};
use proptest::prelude::*;
use ready_to_lead::core::feedback::Rater;
use ready_to_lead::core::store::{
    already_kept, decode, encode, Loaded, Received, Shelf, Store, Theme, SCHEMA,
};
use ready_to_lead::core::sync::{merge, Seen, Tab, Unreadable};
use ready_to_lead::core::{Answer, Assessment, Framework};
use std::collections::BTreeMap;

/// A store holding one assessment of `f` in progress.
fn with_current(f: &Framework, a: Assessment) -> Store {
    let mut s = Store {
        schema: SCHEMA,
        ..Store::default()
    };
    s.put_shelf(
        f,
        Shelf {
            current: Some(a),
            ..Shelf::default()
        },
    );
    s
}

/// A store with one assessment of `f` in progress, as write `rev`.
fn store_with(f: &Framework, rev: u32, a: Assessment) -> Store {
    Store {
        rev,
        ..with_current(f, a)
    }
}

fn current_of(s: &Store) -> Assessment {
    current(s).clone()
}

fn shelf_mut(s: &mut Store) -> &mut Shelf {
    s.mine.values_mut().next().expect("a shelf")
}

fn current(s: &Store) -> &Assessment {
    let shelf = s.mine.values().next().expect("a shelf");
    shelf.current.as_ref().expect("a current assessment")
}

fn current_mut(s: &mut Store) -> &mut Assessment {
    let shelf = s.mine.values_mut().next().expect("a shelf");
    shelf.current.as_mut().expect("a current assessment")
}

fn read(text: &str) -> Store {
    match decode(Some(text)) {
        Loaded::Read(s) => *s,
        other => panic!("not read: {other:?}"),
    }
}

/// What an earlier visit wrote: an assessment just started, as write 100.
fn written(f: &Framework) -> String {
    let mut s = with_current(f, answered(f, "lead", &[]));
    s.rev = 100;
    encode(&s)
}

/// What an older version wrote (schema 1, no revs): an assessment just started.
fn written_by_schema_1(f: &Framework) -> String {
    let a = serde_json::to_string(&answered(f, "lead", &[])).expect("an assessment writes");
    format!(
        r#"{{"schema":1,"current":{a},"history":[],"theme":"auto","name":"","raters":[],"ratings":[]}}"#
    )
}

/// A tab that opened on `stored`.
fn open(stored: Option<&str>) -> Tab {
    Tab::new(
        stored.map(str::to_string),
        stored.map(read).unwrap_or_default(),
    )
}

#[test]
fn a_save_writes_only_what_is_new_and_names_what_it_was_made_from() {
    let f = small();
    let mine = with_current(&f, answered(&f, "lead", &[("coach-1", "3")]));
    let mut tab = open(None);
    let first = tab.save(None, mine.clone(), 7).unwrap();
    assert_eq!(first.show, None, "nothing to merge with");
    let write = first.write.expect("something new");
    let stored = read(&write.text);
    assert_eq!((stored.rev, stored.base), (7, 0));
    tab.wrote(write.clone());
    assert!(tab.holds(Some(&write.text)));
    // The same data again: nothing to write.
    let again = tab.save(Some(&write.text), mine.clone(), 8).unwrap();
    assert_eq!(again.write, None);
    // A change: a write made from the last one. A rev of 0 (no write yet) is never given.
    let mut changed = mine;
    current_mut(&mut changed).set_answer("hire-1", Answer::Level(4));
    let next = tab
        .save(Some(&write.text), changed, 0)
        .unwrap()
        .write
        .unwrap();
    let stored = read(&next.text);
    assert_eq!((stored.rev, stored.base), (1, 7));
    assert_eq!(current(&stored).answer("hire-1"), Some(Answer::Level(4)));
}

#[test]
fn another_tabs_write_is_merged_to_show_and_to_write() {
    let f = small();
    let start = encode(&with_current(&f, answered(&f, "lead", &[("coach-1", "3")])));
    let (mut a, mut b) = (open(Some(&start)), open(Some(&start)));
    // B answers and saves.
    let mut theirs = read(&start);
    current_mut(&mut theirs).set_answer("design-1", Answer::NoOpportunity);
    let w = b.save(Some(&start), theirs, 20).unwrap().write.unwrap();
    b.wrote(w.clone());
    // A answered something else meanwhile; it hears of B's write and shows both answers.
    let mut mine = read(&start);
    current_mut(&mut mine).set_answer("hire-1", Answer::Level(4));
    let shown = a.take_in(Some(&w.text), &mine).unwrap();
    assert_eq!(shown.write, None, "taking in never writes");
    let shown = shown.show.expect("a merge to show");
    assert_eq!(current(&shown).answer("hire-1"), Some(Answer::Level(4)));
    assert_eq!(
        current(&shown).answer("design-1"),
        Some(Answer::NoOpportunity)
    );
    // Hearing of it twice changes nothing.
    assert_eq!(a.take_in(Some(&w.text), &shown).unwrap().show, None);
    // A saves without having heard of B's write: the merge is shown and written.
    let mut a2 = open(Some(&start));
    let out = a2.save(Some(&w.text), mine, 30).unwrap();
    let written = read(&out.write.expect("A's answer is new").text);
    assert_eq!(out.show.as_ref().map(current), Some(current(&written)));
    assert_eq!(written.base, 20, "made from B's write");
    assert_eq!(current(&written).answer("hire-1"), Some(Answer::Level(4)));
}

/// B wrote over A's write without seeing it, then wrote again: A never saw the write B's latest
/// was made from, and finds what both saw in its lineage. Against its own latest instead, A's
/// note would look deleted by B.
#[test]
fn a_tab_that_missed_a_write_merges_against_the_nearest_it_saw() {
    let f = small();
    let start = written(&f);
    let (mut a, mut b) = (open(Some(&start)), open(Some(&start)));
    let mut mine = read(&start);
    current_mut(&mut mine).set_note("coach", "Ran the onboarding.");
    let r1 = a
        .save(Some(&start), mine.clone(), 1)
        .unwrap()
        .write
        .unwrap();
    a.wrote(r1);
    // B read storage before A's write landed.
    let mut theirs = read(&start);
    current_mut(&mut theirs).set_answer("hire-1", Answer::Level(3));
    let r2 = b
        .save(Some(&start), theirs.clone(), 2)
        .unwrap()
        .write
        .unwrap();
    b.wrote(r2.clone());
    current_mut(&mut theirs).set_answer("hire-2", Answer::Level(2));
    let r3 = b.save(Some(&r2.text), theirs, 3).unwrap().write.unwrap();
    assert_eq!(read(&r3.text).ancestors().collect::<Vec<_>>(), [2, 100]);
    let shown = a.take_in(Some(&r3.text), &mine).unwrap().show.unwrap();
    let shown = current(&shown);
    assert_eq!(shown.note("coach"), "Ran the onboarding.");
    assert_eq!(shown.answer("hire-2"), Some(Answer::Level(2)));
}

/// Storage emptied by hand while a tab that wrote is open, then a new assessment started in
/// another tab: the old tab shows the new one and does not bring its own back over it. Data
/// never written by a tab (rev 0) is never taken as what both saw.
#[test]
fn an_old_tab_does_not_bring_back_what_was_emptied_over_a_fresh_start() {
    let f = small();
    let mut old = open(None);
    let mut mine = with_current(&f, answered(&f, "lead", &[("coach-1", "2")]));
    let w = old.save(None, mine.clone(), 5).unwrap().write.unwrap();
    old.wrote(w);
    // Emptied; another tab starts anew and writes from nothing.
    let mut fresh = answered(&f, "manager", &[("hire-1", "4")]);
    fresh.id = "a-2".into();
    let mut new = open(None);
    let r1 = new
        .save(None, with_current(&f, fresh.clone()), 6)
        .unwrap()
        .write
        .unwrap();
    let shown = old.take_in(Some(&r1.text), &mine).unwrap().show.unwrap();
    assert_eq!(current(&shown), &fresh);
    mine = shown;
    assert_eq!(
        old.save(Some(&r1.text), mine, 7).unwrap().write,
        None,
        "nothing of its own to add"
    );
}

#[test]
fn what_a_tab_cannot_read_stops_it_and_is_handed_back_whole() {
    let f = small();
    let start = written(&f);
    let mut tab = open(Some(&start));
    let newer = start.replace(&format!("\"schema\":{SCHEMA}"), "\"schema\":99");
    let mine = read(&start);
    for result in [
        tab.clone().save(Some(&newer), mine.clone(), 5),
        tab.take_in(Some(&newer), &mine),
    ] {
        let Err(Unreadable { raw, reason }) = result else {
            panic!("read data it cannot read");
        };
        assert_eq!(raw, newer);
        assert!(reason.contains("newer version"), "{reason}");
    }
    // Emptied by hand (site data cleared): nothing to show, and nothing written back until this
    // tab changes something.
    assert_eq!(tab.take_in(None, &mine).unwrap().show, None);
    assert_eq!(tab.save(None, mine.clone(), 6).unwrap().write, None);
    let mut changed = mine;
    current_mut(&mut changed).set_answer("hire-1", Answer::Level(2));
    assert!(tab.save(None, changed, 7).unwrap().write.is_some());
}

#[test]
fn data_of_an_older_schema_is_written_back_migrated_once() {
    let raw = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/storage/schema-1-in-progress.json"
    ))
    .expect("the fixture");
    let mut tab = open(Some(&raw));
    let mine = tab.latest().clone();
    let w = tab
        .save(Some(&raw), mine.clone(), 3)
        .unwrap()
        .write
        .unwrap();
    assert!(w.text.contains(&format!("\"schema\":{SCHEMA}")));
    tab.wrote(w.clone());
    assert_eq!(tab.save(Some(&w.text), mine, 4).unwrap().write, None);
}

// The merge of two stores (`sync::merge`) and the write both tabs saw (`Seen`).

/// Two tabs: each answers different items of the same assessment; both answers survive.
#[test]
fn two_tabs_answering_different_items_keep_both_answers() {
    let f = small();
    let base = store_with(&f, 0, answered(&f, "lead", &[("coach-1", "3")]));
    let change = |item: &str, value: Answer| {
        let mut s = base.clone();
        current_mut(&mut s).set_answer(item, value);
        s
    };
    let mine = change("hire-1", Answer::Level(4));
    let theirs = change("design-1", Answer::NoOpportunity);
    let merged = merge(&base, &mine, &theirs);
    let a = current_of(&merged);
    assert_eq!(a.answer("coach-1"), Some(Answer::Level(3)));
    assert_eq!(a.answer("hire-1"), Some(Answer::Level(4)));
    assert_eq!(a.answer("design-1"), Some(Answer::NoOpportunity));
    // The same item changed in both: the unsaved change (mine) is the most recent and wins.
    let mine = change("coach-1", Answer::Level(5));
    let theirs = change("coach-1", Answer::Level(1));
    let a = current_of(&merge(&base, &mine, &theirs));
    assert_eq!(a.answer("coach-1"), Some(Answer::Level(5)));
}

#[test]
fn two_tabs_merge_lists_by_id_and_ticks_as_sets() {
    let f = small();
    let mut a = answered(&f, "lead", &[]);
    a.done.insert("coach-practice".into());
    let base = store_with(&f, 0, a);
    let mut mine = base.clone();
    let mut theirs = base.clone();
    // Mine ticks an action and keeps a colleague's report; theirs unticks one, ticks another,
    // adds a rater and changes the theme.
    {
        current_mut(&mut mine).done.insert("hire-practice".into());
        mine.received.push(Received::of_shared(
            &answered(&f, "lead", &[]),
            None,
            "s-1".into(),
            day("2026-11-28"),
        ));
    }
    {
        let a = current_mut(&mut theirs);
        a.done.remove("coach-practice");
        a.done.insert("design-practice".into());
        theirs.raters.push(Rater {
            id: "r-1".into(),
            ..Rater::default()
        });
        theirs.prefs.theme = Theme::Dark;
    }
    let merged = merge(&base, &mine, &theirs);
    let a = current_of(&merged);
    let done: Vec<&str> = a.done.iter().map(String::as_str).collect();
    assert_eq!(done, ["design-practice", "hire-practice"]);
    assert_eq!(merged.received.len(), 1);
    assert_eq!(merged.raters.len(), 1);
    assert_eq!(merged.prefs.theme, Theme::Dark);
    // A merge with no change on one side is the other side.
    assert_eq!(merge(&base, &base, &theirs), theirs);
    assert_eq!(merge(&base, &mine, &base), mine);
}

/// One tab starts a new assessment while the other finishes the old one: the two are never mixed.
#[test]
fn two_tabs_never_mix_two_different_assessments() {
    let f = small();
    let old = answered(&f, "lead", &[("coach-1", "3")]);
    let base = store_with(&f, 0, old.clone());
    // Mine: a new assessment (retake from blank).
    let mut mine = base.clone();
    let mut fresh = answered(&f, "lead", &[]);
    fresh.id = "a-2".into();
    shelf_mut(&mut mine).current = Some(fresh.clone());
    // Theirs: the old one answered further and finished, and recorded.
    let mut theirs = base.clone();
    {
        let shelf = shelf_mut(&mut theirs);
        let a = shelf.current.as_mut().unwrap();
        a.set_answer("hire-1", Answer::Level(4));
        a.completed = Some(day("2026-11-28"));
        let done = a.clone();
        shelf.record(done);
    }
    let merged = merge(&base, &mine, &theirs);
    let shelf = merged.mine.values().next().unwrap();
    assert_eq!(shelf.current, Some(fresh), "the new assessment, whole");
    assert_eq!(shelf.history.len(), 1);
    assert_eq!(shelf.history[0].answer("hire-1"), Some(Answer::Level(4)));
    // And the other way round: theirs started anew, mine finished the old one.
    let merged = merge(&base, &theirs, &mine);
    assert_eq!(current_of(&merged).id, "a-2");
    // Removed in one tab, changed in the other: the change is kept.
    let mut cleared = base.clone();
    shelf_mut(&mut cleared).current = None;
    let mut edited = base.clone();
    current_mut(&mut edited).set_answer("design-1", Answer::Level(2));
    for (m, t) in [(&cleared, &edited), (&edited, &cleared)] {
        let merged = merge(&base, m, t);
        let a = merged
            .mine
            .values()
            .next()
            .unwrap()
            .current
            .clone()
            .expect("kept");
        assert_eq!(a.answer("design-1"), Some(Answer::Level(2)));
    }
    // A colleague's report kept twice from the same link is recognised.
    let kept = Received::of_shared(&old, Some("Ada"), "s-1".into(), day("2026-11-28"));
    assert!(already_kept(
        std::slice::from_ref(&kept),
        &old,
        Some(" Ada ")
    ));
    assert!(!already_kept(&[kept], &old, None));
}

/// Two tabs write at once: B overwrites A's write without having seen it. Merged against their
/// common ancestor (found by the write B names as its base), A keeps its answer; merged against
/// A's latest write, A's answer would look deleted by B.
#[test]
fn a_write_made_without_seeing_mine_merges_against_what_both_saw() {
    let f = small();
    let r0 = store_with(&f, 10, answered(&f, "lead", &[("coach-1", "3")]));
    let answer = |s: &Store, item: &str, value: Answer, rev: u32| {
        let mut next = s.clone();
        current_mut(&mut next).set_answer(item, value);
        next.base = s.rev;
        next.rev = rev;
        next
    };
    // A wrote r1 (hire-1) from r0; B, still at r0, wrote r2 (design-1) over it.
    let r1 = answer(&r0, "hire-1", Answer::Level(4), 11);
    let r2 = answer(&r0, "design-1", Answer::NoOpportunity, 12);
    let mut seen = Seen::default();
    seen.add(r0.clone());
    seen.add(r1.clone());
    let base = seen.base_for(&r2, &r1);
    assert_eq!(base.rev, 10, "the common ancestor");
    let a = current_of(&merge(base, &r1, &r2));
    assert_eq!(a.answer("hire-1"), Some(Answer::Level(4)));
    assert_eq!(a.answer("design-1"), Some(Answer::NoOpportunity));
    // Against A's latest instead, A's own answer would be lost: what the ancestor prevents.
    assert_eq!(current_of(&merge(&r1, &r1, &r2)).answer("hire-1"), None);
    // A write made from A's latest merges against it, as before.
    let r3 = answer(&r1, "design-2", Answer::Level(2), 13);
    assert_eq!(seen.base_for(&r3, &r1).rev, 11);
    // An unknown base (older than what is remembered) falls back to the latest.
    let stray = Store {
        base: 999,
        ..r2.clone()
    };
    assert_eq!(seen.base_for(&stray, &r1).rev, 11);
}

/// What a person or the browser does in one of two tabs.
#[derive(Clone, Debug)]
enum Step {
    Answer {
        tab: usize,
        item: usize,
        level: u8,
    },
    Note {
        tab: usize,
        competency: usize,
        text: u8,
    },
    /// Ticks an action, or unticks it.
    Tick {
        tab: usize,
        action: u8,
        on: bool,
    },
    /// Saves. `late`: storage is read just before the other tab's last write landed, so this
    /// write goes over one it never saw. `fails`: storage is full and the write is dropped.
    Save {
        tab: usize,
        late: bool,
        fails: bool,
    },
    /// The `storage` event, or the page coming back into view.
    Hear {
        tab: usize,
    },
}

fn step() -> impl Strategy<Value = Step> {
    let tab = 0..2usize;
    prop_oneof![
        3 => (tab.clone(), 0..6usize, 1..=5u8).prop_map(|(tab, item, level)| Step::Answer { tab, item, level }),
        1 => (tab.clone(), 0..3usize, 0..4u8).prop_map(|(tab, competency, text)| Step::Note { tab, competency, text }),
        2 => (tab.clone(), 0..8u8, prop::bool::weighted(0.7)).prop_map(|(tab, action, on)| Step::Tick { tab, action, on }),
        3 => (tab.clone(), prop::bool::weighted(0.25), prop::bool::weighted(0.1))
            .prop_map(|(tab, late, fails)| Step::Save { tab, late, fails }),
        2 => tab.prop_map(|tab| Step::Hear { tab }),
    ]
}

const ITEMS: [&str; 6] = [
    "coach-1", "coach-2", "hire-1", "hire-2", "design-1", "design-2",
];
const COMPETENCIES: [&str; 3] = ["coach", "hire", "design"];

/// Two tabs and one storage, run step by step.
struct World {
    tabs: [Tab; 2],
    /// What each tab shows.
    shown: [Store; 2],
    storage: Option<String>,
    /// What storage held before its last write, and which tab made that write: what a late
    /// read by the other tab sees.
    before: Option<String>,
    last_writer: Option<usize>,
    rev: u32,
}

impl World {
    fn save(&mut self, tab: usize, late: bool, fails: bool) {
        // A read can be late only for a write this tab has not read yet, and never goes back
        // past one it has.
        let unread = self.last_writer.is_some_and(|w| w != tab)
            && !self.tabs[tab].holds(self.storage.as_deref());
        let now = if late && unread {
            self.before.clone()
        } else {
            self.storage.clone()
        };
        self.rev += 1;
        let out = self.tabs[tab]
            .save(now.as_deref(), self.shown[tab].clone(), self.rev)
            .expect("both tabs write data both can read");
        if let Some(show) = out.show {
            self.shown[tab] = show;
        }
        if let (Some(write), false) = (out.write, fails) {
            self.before = self.storage.replace(write.text.clone());
            self.last_writer = Some(tab);
            self.tabs[tab].wrote(write);
        }
    }

    fn hear(&mut self, tab: usize) {
        let out = self.tabs[tab]
            .take_in(self.storage.as_deref(), &self.shown[tab])
            .expect("both tabs write data both can read");
        if let Some(show) = out.show {
            self.shown[tab] = show;
        }
    }
}

/// Every change to each key (an answer, a note, a tick), in order: by which tab, to what, and
/// whether the tab then showed the other tab's last change to it (it had heard of it).
#[derive(Default)]
struct Expected {
    changes: BTreeMap<String, Vec<Change>>,
}

struct Change {
    tab: usize,
    value: String,
    /// The other tab's last change to the key, which this tab showed when it made this one.
    saw_other: bool,
}

impl Expected {
    /// `shown` is what the tab showed for the key just before the change. Only values that
    /// cannot repeat (notes: each text is unique) tell that the tab had heard of a change.
    fn changed(&mut self, tab: usize, key: String, shown: String, value: String, unique: bool) {
        let list = self.changes.entry(key).or_default();
        let other = list.iter().rev().find(|c| c.tab != tab);
        let saw_other = unique && other.is_some_and(|o| o.value == shown && !o.value.is_empty());
        list.push(Change {
            tab,
            value,
            saw_other,
        });
    }

    /// What the key may end with: the last change if only one tab changed it, or if it was
    /// made after hearing the other tab's last; else either tab's last change.
    fn allowed(&self, key: &str) -> Vec<&str> {
        let list = &self.changes[key];
        let last = list.last().expect("changed");
        let other = list.iter().rev().find(|c| c.tab != last.tab);
        match other {
            Some(o) if !last.saw_other => vec![&last.value, &o.value],
            _ => vec![&last.value],
        }
    }
}

fn value_of(a: &Assessment, key: &str) -> String {
    match key.split_once(':') {
        Some(("answer", item)) => format!("{:?}", a.answer(item)),
        Some(("note", competency)) => a.note(competency).to_string(),
        Some(("tick", action)) => a.done.contains(action).to_string(),
        _ => unreachable!("keys are made below"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any interleaving of two tabs' changes (answers, notes written and cleared, actions ticked
    /// and unticked), saves (late or failing) and reads loses nothing: once both tabs have saved
    /// and heard of each other, storage and both tabs hold every change. Where both tabs changed
    /// the same thing, a change made after hearing the other's wins; otherwise either may.
    #[test]
    fn two_tabs_lose_nothing_in_any_interleaving(
        steps in prop::collection::vec(step(), 1..40),
        from_schema_1 in any::<bool>(),
    ) {
        let f = small();
        // Both tabs open on data a tab wrote, or on data of an older schema that has no revs.
        let start = if from_schema_1 { written_by_schema_1(&f) } else { written(&f) };
        let mut w = World {
            tabs: [open(Some(&start)), open(Some(&start))],
            shown: [read(&start), read(&start)],
            storage: Some(start.clone()),
            before: Some(start),
            last_writer: None,
            rev: 100,
        };
        let mut expected = Expected::default();
        for (i, step) in steps.iter().enumerate() {
            match *step {
                Step::Answer { tab, item, level } => {
                    let key = format!("answer:{}", ITEMS[item]);
                    let shown = value_of(current(&w.shown[tab]), &key);
                    current_mut(&mut w.shown[tab]).set_answer(ITEMS[item], Answer::Level(level));
                    let value = format!("{:?}", Some(Answer::Level(level)));
                    expected.changed(tab, key, shown, value, false);
                }
                // Text 0 clears the note; any other is a text no other change writes.
                Step::Note { tab, competency, text } => {
                    let key = format!("note:{}", COMPETENCIES[competency]);
                    let shown = value_of(current(&w.shown[tab]), &key);
                    let text = if text == 0 { String::new() } else { format!("note {i} from tab {tab}") };
                    current_mut(&mut w.shown[tab]).set_note(COMPETENCIES[competency], &text);
                    expected.changed(tab, key, shown, text, true);
                }
                Step::Tick { tab, action, on } => {
                    let id = format!("action-{action}");
                    let key = format!("tick:{id}");
                    let shown = value_of(current(&w.shown[tab]), &key);
                    let done = &mut current_mut(&mut w.shown[tab]).done;
                    if on { done.insert(id); } else { done.remove(&id); }
                    expected.changed(tab, key, shown, on.to_string(), false);
                }
                Step::Save { tab, late, fails } => w.save(tab, late, fails),
                Step::Hear { tab } => w.hear(tab),
            }
        }
        // Both tabs save and hear of each other until nothing changes.
        for _ in 0..3 {
            for tab in 0..2 {
                w.hear(tab);
                w.save(tab, false, false);
            }
        }
        let stored = read(w.storage.as_deref().expect("written"));
        let without_revs = |s: &Store| encode(&Store { rev: 0, base: 0, lineage: Vec::new(), ..s.clone() });
        for tab in 0..2 {
            prop_assert_eq!(without_revs(&w.shown[tab]), without_revs(&stored), "tab {} shows what is stored", tab);
            prop_assert!(w.tabs[tab].holds(w.storage.as_deref()));
        }
        let a = current(&stored);
        for key in expected.changes.keys() {
            let got = value_of(a, key);
            let allowed = expected.allowed(key);
            prop_assert!(allowed.contains(&got.as_str()), "{}: {:?}, expected one of {:?}", key, got, allowed);
        }
    }
}
