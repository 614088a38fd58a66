//! Validation of a parsed framework: every rule of docs/framework-format.md, every problem reported.

use super::framework::{
    Action, ActionKind, BackgroundRequirement, Competency, Framework, Item, FORMAT,
};
use super::problem::Problem;
use super::text::exact;
use std::collections::BTreeSet;

pub fn framework(f: &Framework) -> Vec<Problem> {
    let mut v = Validator::default();
    let mut ids = Ids::default();
    v.header(f);
    v.pillars(f, &mut ids);
    v.competencies(f, &mut ids);
    v.motivation(f, &mut ids);
    v.background(f, &mut ids);
    v.checklist(f, &ids);
    v.roles(f, &mut ids);
    v.references(f, &ids);
    v.plans(f, &mut ids);
    v.role_plans(f);
    v.problems
}

/// The ids each part of the framework defines, for the parts that name them.
#[derive(Default)]
struct Ids<'a> {
    pillars: BTreeSet<&'a str>,
    competencies: BTreeSet<&'a str>,
    items: BTreeSet<&'a str>,
    actions: BTreeSet<&'a str>,
    questions: BTreeSet<&'a str>,
    roles: BTreeSet<&'a str>,
}

/// One part of the framework at a time, in the order the format gives them.
impl Validator {
    /// The format, ids, version and the size of each list.
    fn header(&mut self, f: &Framework) {
        if f.format != FORMAT {
            self.push("format", format!("must be {FORMAT}, found {}", f.format));
        }
        self.id("id", &f.id);
        self.text("version", &f.version, 1, 20);
        for (i, old) in f.replaces.iter().enumerate() {
            self.text(&format!("replaces[{i}]"), old, 1, 20);
            if *old == f.version {
                self.push(&format!("replaces[{i}]"), "names this version itself");
            }
        }
        self.text("title", &f.title, 2, 80);
        self.text("description", &f.description, 10, 600);
        self.count("pillars", f.pillars.len(), 1, 8);
        self.count("competencies", f.competencies.len(), 1, 40);
        self.count("background", f.background.len(), 0, 6);
        self.count("checklist", f.checklist.len(), 0, 12);
        self.count("roles", f.roles.len(), 1, 6);
    }

    /// Each pillar: a unique id, a name and description, at least one competency.
    fn pillars<'a>(&mut self, f: &'a Framework, ids: &mut Ids<'a>) {
        for (i, p) in f.pillars.iter().enumerate() {
            let at = format!("pillars[{i}]");
            self.unique_id(&at, &p.id, &mut ids.pillars, "pillar");
            self.text(&format!("{at}.name"), &p.name, 2, 80);
            self.text(&format!("{at}.description"), &p.description, 10, 400);
            if !f.competencies.iter().any(|c| c.pillar == p.id) {
                self.push(&at, format!("pillar {:?} has no competency", p.id));
            }
        }
    }

    /// Each competency, its items and its actions.
    fn competencies<'a>(&mut self, f: &'a Framework, ids: &mut Ids<'a>) {
        for (i, c) in f.competencies.iter().enumerate() {
            let at = format!("competencies[{i}]");
            self.competency(
                &at,
                c,
                &ids.pillars,
                &mut ids.competencies,
                &mut ids.items,
                &mut ids.actions,
            );
        }
    }

    /// The motivation questions.
    fn motivation<'a>(&mut self, f: &'a Framework, ids: &mut Ids<'a>) {
        let m = &f.motivation;
        self.text("motivation.name", &m.name, 2, 80);
        self.text("motivation.description", &m.description, 10, 400);
        self.range("motivation.threshold", m.threshold, 0.0, 100.0);
        self.count("motivation.items", m.items.len(), 1, 20);
        for (i, item) in m.items.iter().enumerate() {
            self.item(&format!("motivation.items[{i}]"), item, &mut ids.items);
        }
    }

    /// The background questions and their options.
    fn background<'a>(&mut self, f: &'a Framework, ids: &mut Ids<'a>) {
        for (i, q) in f.background.iter().enumerate() {
            let at = format!("background[{i}]");
            self.unique_id(&at, &q.id, &mut ids.questions, "background question");
            self.text(&format!("{at}.question"), &q.question, 10, 200);
            self.count(&format!("{at}.options"), q.options.len(), 2, 8);
            for (j, p) in q.supports.iter().enumerate() {
                if !ids.pillars.contains(p.as_str()) {
                    self.push(
                        &format!("{at}.supports[{j}]"),
                        format!("names no pillar: {p:?}"),
                    );
                }
            }
            for (j, o) in q.options.iter().enumerate() {
                self.text(&format!("{at}.options[{j}].label"), &o.label, 1, 80);
                // Written with up to 3 decimals wherever the app shows or sends it (a radio's
                // value, a report), so no more than that, and two options never read the same.
                let three_places = (o.value * 1000.0).round() / 1000.0 == o.value;
                if !o.value.is_finite() || o.value.abs() > 1e6 || !three_places {
                    self.push(
                        &format!("{at}.options[{j}].value"),
                        "must be a number from -1000000 to 1000000 with at most 3 decimals",
                    );
                }
            }
            if q.options.windows(2).any(|w| w[0].value >= w[1].value) {
                self.push(
                    &format!("{at}.options"),
                    "values must be strictly ascending",
                );
            }
        }
    }

    /// The job-posting checklist: each entry names a background question or a competency.
    fn checklist(&mut self, f: &Framework, ids: &Ids) {
        let mut checklist_ids = BTreeSet::new();
        for (i, e) in f.checklist.iter().enumerate() {
            let at = format!("checklist[{i}]");
            self.unique_id(&at, &e.id, &mut checklist_ids, "checklist entry");
            self.text(&format!("{at}.label"), &e.label, 2, 120);
            match (&e.background, &e.competency) {
                (Some(b), None) => {
                    if !ids.questions.contains(b.question.as_str()) {
                        self.push(
                            &format!("{at}.background.question"),
                            format!("names no background question: {:?}", b.question),
                        );
                    }
                }
                (None, Some(c)) => {
                    if !ids.competencies.contains(c.id.as_str()) {
                        self.push(
                            &format!("{at}.competency.id"),
                            format!("names no competency: {:?}", c.id),
                        );
                    }
                    if let Some(level) = c.min_level {
                        self.level(&format!("{at}.competency.min_level"), level);
                    }
                }
                _ => self.push(&at, "give exactly one of \"background\" and \"competency\""),
            }
        }
    }

    /// Each role: its minimums and weights for every competency asked for it, its thresholds.
    fn roles<'a>(&mut self, f: &'a Framework, ids: &mut Ids<'a>) {
        for (i, r) in f.roles.iter().enumerate() {
            let at = format!("roles[{i}]");
            self.unique_id(&at, &r.id, &mut ids.roles, "role");
            self.text(&format!("{at}.name"), &r.name, 2, 80);
            self.text(&format!("{at}.description"), &r.description, 10, 400);
            for (id, level) in &r.minimums {
                if !ids.competencies.contains(id.as_str()) {
                    self.push(&format!("{at}.minimums.{id}"), "names no competency");
                }
                self.level(&format!("{at}.minimums.{id}"), *level);
            }
            for c in f.competencies.iter().filter(|c| c.asked_for(&r.id)) {
                if !r.minimums.contains_key(&c.id) {
                    self.push(
                        &format!("{at}.minimums"),
                        format!("no minimum for competency {:?}", c.id),
                    );
                }
            }
            for (id, weight) in &r.weights {
                if !ids.competencies.contains(id.as_str()) {
                    self.push(&format!("{at}.weights.{id}"), "names no competency");
                }
                self.range(&format!("{at}.weights.{id}"), *weight, 0.1, 10.0);
            }
            if let Some(months) = r.almost_ready.max_months {
                self.range(&format!("{at}.almost_ready.max_months"), months, 1.0, 36.0);
            }
            if let Some(gap) = r.almost_ready.max_gap {
                self.range(&format!("{at}.almost_ready.max_gap"), gap, 0.25, 4.0);
            }
            if let Some(n) = r.almost_ready.max_blockers {
                self.count_value(&format!("{at}.almost_ready.max_blockers"), n, 1, 40);
            }
            if let Some(budget) = r.almost_ready.max_weighted_gap {
                self.range(
                    &format!("{at}.almost_ready.max_weighted_gap"),
                    budget,
                    0.25,
                    40.0,
                );
            }
        }
        if !ids.roles.contains(f.default_role.as_str()) {
            self.push(
                "default_role",
                format!("names no role: {:?}", f.default_role),
            );
        }
    }

    /// What names a background question, a role or a version names one that exists, and every
    /// role is asked about at least one competency.
    fn references(&mut self, f: &Framework, ids: &Ids) {
        self.requirements(
            "experienced_manager",
            &f.experienced_manager,
            &ids.questions,
        );
        self.requirements("offered", &f.offered, &ids.questions);
        for (i, r) in f.roles.iter().enumerate() {
            self.requirements(
                &format!("roles[{i}].held_when"),
                &r.held_when,
                &ids.questions,
            );
        }
        for (i, c) in f.competencies.iter().enumerate() {
            for (j, a) in c.actions.iter().enumerate() {
                let at = format!("competencies[{i}].actions[{j}].already");
                self.requirements(&at, &a.already, &ids.questions);
            }
        }
        // `since` names this version or one it replaces; `roles` name roles, and every role is
        // asked about at least one competency.
        let versions: Vec<&str> = f.versions().collect();
        for (i, c) in f.competencies.iter().enumerate() {
            self.names(
                &format!("competencies[{i}].roles"),
                &c.roles,
                &ids.roles,
                "role",
            );
            self.since(&format!("competencies[{i}].since"), &c.since, &versions);
            for (j, a) in c.actions.iter().enumerate() {
                self.names(
                    &format!("competencies[{i}].actions[{j}].roles"),
                    &a.roles,
                    &ids.roles,
                    "role",
                );
            }
        }
        for r in &f.roles {
            if !f.competencies.iter().any(|c| c.asked_for(&r.id)) {
                self.push("competencies", format!("none is asked for role {:?}", r.id));
            }
        }
        for (i, q) in f.background.iter().enumerate() {
            self.since(&format!("background[{i}].since"), &q.since, &versions);
        }
    }

    /// The role-level plans: each list with the kinds of action it may hold.
    fn plans<'a>(&mut self, f: &'a Framework, ids: &mut Ids<'a>) {
        if !f.plans.alternative.is_empty() {
            self.text("plans.alternative", &f.plans.alternative, 2, 200);
        }
        let mut motivation_ids = BTreeSet::new();
        motivation_ids.extend(f.motivation.items.iter().map(|i| i.id.as_str()));
        let plans: [(&str, &[Action], &[ActionKind]); 3] = [
            ("plans.ready", &f.plans.ready, &[ActionKind::Transition]),
            ("plans.building", &f.plans.building, &[ActionKind::Route]),
            (
                "plans.explore",
                &f.plans.explore,
                &[ActionKind::Trial, ActionKind::Path],
            ),
        ];
        for (at, actions, kinds) in plans {
            for (j, a) in actions.iter().enumerate() {
                let at = format!("{at}[{j}]");
                self.action(&at, a, &mut ids.actions, kinds);
                self.names(
                    &format!("{at}.items"),
                    &a.items,
                    &motivation_ids,
                    "motivation item",
                );
                self.names(&format!("{at}.roles"), &a.roles, &ids.roles, "role");
                if let Some(via) = &a.via {
                    if !ids.roles.contains(via.as_str()) {
                        self.push(&format!("{at}.via"), format!("names no role: {via:?}"));
                    }
                }
                self.requirements(&format!("{at}.unless"), &a.unless, &ids.questions);
                self.requirements(&format!("{at}.already"), &a.already, &ids.questions);
            }
        }
    }

    /// Every role gets a whole plan for every verdict.
    fn role_plans(&mut self, f: &Framework) {
        for r in &f.roles {
            let count = |actions: &[Action], kind: ActionKind| {
                actions
                    .iter()
                    .filter(|a| a.kind == Some(kind) && a.is_for(&r.id))
                    .count()
            };
            // Trials a background can rule out (`already`) do not count: an Explore plan needs two
            // that anyone can take.
            let open_trials = f
                .plans
                .explore
                .iter()
                .filter(|a| {
                    a.kind == Some(ActionKind::Trial) && a.is_for(&r.id) && a.already.is_empty()
                })
                .count();
            let needs = [
                (
                    "plans.ready",
                    count(&f.plans.ready, ActionKind::Transition),
                    3,
                    "transition actions",
                ),
                (
                    "plans.building",
                    count(&f.plans.building, ActionKind::Route),
                    1,
                    "route",
                ),
                (
                    "plans.explore",
                    open_trials,
                    2,
                    "trials that no background rules out (no `already`)",
                ),
                (
                    "plans.explore",
                    count(&f.plans.explore, ActionKind::Path),
                    1,
                    "path",
                ),
            ];
            for (at, found, least, what) in needs {
                if found < least {
                    self.push(
                        at,
                        format!(
                            "role {:?} needs at least {least} {what}, found {found}",
                            r.id
                        ),
                    );
                }
            }
        }
    }
}

/// The kinds a competency's own actions may have.
const COMPETENCY_KINDS: [ActionKind; 5] = [
    ActionKind::Stretch,
    ActionKind::Practice,
    ActionKind::Feedback,
    ActionKind::Reading,
    ActionKind::Opportunity,
];

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn push(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    fn text(&mut self, path: &str, text: &str, min: usize, max: usize) {
        let len = text.trim().chars().count();
        if len == 0 {
            self.push(path, "is required");
        } else if len < min || len > max {
            self.push(path, format!("must be {min}–{max} characters, found {len}"));
        }
    }

    fn id(&mut self, path: &str, id: &str) -> bool {
        let well_formed = (1..=40).contains(&id.len())
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if id.is_empty() {
            self.push(path, "is required");
        } else if !well_formed {
            self.push(
                path,
                format!("{id:?} is not an id: 1–40 of a–z, 0–9 and -, starting with a letter"),
            );
        }
        well_formed
    }

    fn unique_id<'a>(&mut self, at: &str, id: &'a str, seen: &mut BTreeSet<&'a str>, kind: &str) {
        let path = format!("{at}.id");
        if self.id(&path, id) && !seen.insert(id) {
            self.push(&path, format!("another {kind} already has the id {id:?}"));
        }
    }

    fn count(&mut self, path: &str, n: usize, min: usize, max: usize) {
        if n < min || n > max {
            self.push(path, format!("must have {min}–{max} entries, found {n}"));
        }
    }

    fn count_value(&mut self, path: &str, n: usize, min: usize, max: usize) {
        if n < min || n > max {
            self.push(path, format!("must be {min}–{max}, found {n}"));
        }
    }

    fn range(&mut self, path: &str, x: f64, min: f64, max: f64) {
        if !(x >= min && x <= max) {
            self.push(
                path,
                format!(
                    "must be between {} and {}, found {}",
                    exact(min),
                    exact(max),
                    exact(x)
                ),
            );
        }
    }

    fn level(&mut self, path: &str, level: u32) {
        if !(1..=5).contains(&level) {
            self.push(path, format!("must be a level from 1 to 5, found {level}"));
        }
    }

    fn competency<'a>(
        &mut self,
        at: &str,
        c: &'a Competency,
        pillars: &BTreeSet<&str>,
        competencies: &mut BTreeSet<&'a str>,
        items: &mut BTreeSet<&'a str>,
        actions: &mut BTreeSet<&'a str>,
    ) {
        self.unique_id(at, &c.id, competencies, "competency");
        if !pillars.contains(c.pillar.as_str()) {
            self.push(
                &format!("{at}.pillar"),
                format!("names no pillar: {:?}", c.pillar),
            );
        }
        self.text(&format!("{at}.name"), &c.name, 2, 80);
        if !c.short.is_empty() {
            self.text(&format!("{at}.short"), &c.short, 1, 20);
        }
        self.text(&format!("{at}.description"), &c.description, 10, 400);
        self.range(&format!("{at}.weight"), c.weight, 0.1, 10.0);
        self.count(&format!("{at}.items"), c.items.len(), 1, 20);
        for (j, item) in c.items.iter().enumerate() {
            self.item(&format!("{at}.items[{j}]"), item, items);
        }
        self.count(&format!("{at}.actions"), c.actions.len(), 1, 30);
        let mut own_items = BTreeSet::new();
        own_items.extend(c.items.iter().map(|i| i.id.as_str()));
        for (j, a) in c.actions.iter().enumerate() {
            let at = format!("{at}.actions[{j}]");
            self.action(&at, a, actions, &COMPETENCY_KINDS);
            self.names(
                &format!("{at}.items"),
                &a.items,
                &own_items,
                "item of this competency",
            );
            if a.via.is_some() {
                self.push(
                    &format!("{at}.via"),
                    "only a route in plans.building names a role to pass through",
                );
            }
        }
    }

    fn action<'a>(
        &mut self,
        at: &str,
        a: &'a Action,
        ids: &mut BTreeSet<&'a str>,
        kinds: &[ActionKind],
    ) {
        self.unique_id(at, &a.id, ids, "action");
        self.text(&format!("{at}.text"), &a.text, 10, 300);
        self.text(&format!("{at}.signal"), &a.signal, 10, 300);
        if ![30, 60, 90].contains(&a.horizon) {
            self.push(
                &format!("{at}.horizon"),
                format!("must be 30, 60 or 90, found {}", a.horizon),
            );
        }
        match a.levels[..] {
            [lo, hi] if 1 <= lo && lo <= hi && hi <= 5 => {}
            _ => self.push(
                &format!("{at}.levels"),
                format!(
                    "must be [min, max] with 1 ≤ min ≤ max ≤ 5, found {:?}",
                    a.levels
                ),
            ),
        }
        let names: Vec<&str> = kinds.iter().map(|k| k.key()).collect();
        match a.kind {
            None => self.push(
                &format!("{at}.kind"),
                format!("is required: {}", names.join(", ")),
            ),
            Some(k) if !kinds.contains(&k) => self.push(
                &format!("{at}.kind"),
                format!(
                    "must be one of {} here, found {}",
                    names.join(", "),
                    k.key()
                ),
            ),
            Some(_) => {}
        }
        match (a.kind, &a.book) {
            (Some(ActionKind::Reading), None) => {
                self.push(&format!("{at}.book"), "a reading action names its book")
            }
            (Some(ActionKind::Reading | ActionKind::Path), Some(book)) => {
                self.text(&format!("{at}.book.title"), &book.title, 1, 150);
                self.text(&format!("{at}.book.author"), &book.author, 2, 150);
            }
            (_, Some(_)) => self.push(
                &format!("{at}.book"),
                "only a reading action (or a path) names a book",
            ),
            (_, None) => {}
        }
    }

    /// Every name in `names` must be in `known`.
    fn names(&mut self, at: &str, names: &[String], known: &BTreeSet<&str>, what: &str) {
        for (k, name) in names.iter().enumerate() {
            if !known.contains(name.as_str()) {
                self.push(&format!("{at}[{k}]"), format!("names no {what}: {name:?}"));
            }
        }
    }

    /// A `since` must name this version or one it replaces.
    fn since(&mut self, at: &str, since: &Option<String>, versions: &[&str]) {
        if let Some(since) = since {
            if !versions.contains(&since.as_str()) {
                self.push(
                    at,
                    format!("names neither this version nor one it replaces: {since:?}"),
                );
            }
        }
    }

    /// Each requirement must name a background question.
    fn requirements(
        &mut self,
        at: &str,
        list: &[BackgroundRequirement],
        questions: &BTreeSet<&str>,
    ) {
        for (k, r) in list.iter().enumerate() {
            if !questions.contains(r.question.as_str()) {
                self.push(
                    &format!("{at}[{k}].question"),
                    format!("names no background question: {:?}", r.question),
                );
            }
        }
    }

    fn item<'a>(&mut self, at: &str, item: &'a Item, ids: &mut BTreeSet<&'a str>) {
        self.unique_id(at, &item.id, ids, "item");
        self.text(&format!("{at}.situation"), &item.situation, 10, 300);
        if !item.topic.is_empty() {
            self.text(&format!("{at}.topic"), &item.topic, 3, 80);
        }
        if let Some(rater) = &item.rater_situation {
            self.text(&format!("{at}.rater_situation"), rater, 10, 300);
        }
        if item.anchors.len() != 5 {
            self.push(
                &format!("{at}.anchors"),
                format!("expected exactly 5 anchors, found {}", item.anchors.len()),
            );
        }
        for (k, anchor) in item.anchors.iter().enumerate() {
            self.text(&format!("{at}.anchors[{k}]"), anchor, 3, 200);
        }
    }
}
