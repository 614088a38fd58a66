//! Validation of a parsed framework: every rule of docs/framework-format.md, every problem reported.

use super::framework::{
    Action, ActionKind, BackgroundRequirement, Competency, Framework, Item, FORMAT,
};
use super::problem::Problem;
use super::text::exact;
use std::collections::BTreeSet;

pub fn framework(f: &Framework) -> Vec<Problem> {
    let mut v = Validator::default();
    if f.format != FORMAT {
        v.push("format", format!("must be {FORMAT}, found {}", f.format));
    }
    v.id("id", &f.id);
    v.text("version", &f.version, 1, 20);
    for (i, old) in f.replaces.iter().enumerate() {
        v.text(&format!("replaces[{i}]"), old, 1, 20);
        if *old == f.version {
            v.push(&format!("replaces[{i}]"), "names this version itself");
        }
    }
    v.text("title", &f.title, 2, 80);
    v.text("description", &f.description, 10, 600);
    v.count("pillars", f.pillars.len(), 1, 8);
    v.count("competencies", f.competencies.len(), 1, 40);
    v.count("background", f.background.len(), 0, 6);
    v.count("checklist", f.checklist.len(), 0, 12);
    v.count("roles", f.roles.len(), 1, 6);

    let mut pillar_ids = BTreeSet::new();
    for (i, p) in f.pillars.iter().enumerate() {
        let at = format!("pillars[{i}]");
        v.unique_id(&at, &p.id, &mut pillar_ids, "pillar");
        v.text(&format!("{at}.name"), &p.name, 2, 80);
        v.text(&format!("{at}.description"), &p.description, 10, 400);
        if !f.competencies.iter().any(|c| c.pillar == p.id) {
            v.push(&at, format!("pillar {:?} has no competency", p.id));
        }
    }

    let mut competency_ids = BTreeSet::new();
    let mut item_ids = BTreeSet::new();
    let mut action_ids = BTreeSet::new();
    for (i, c) in f.competencies.iter().enumerate() {
        let at = format!("competencies[{i}]");
        v.competency(
            &at,
            c,
            &pillar_ids,
            &mut competency_ids,
            &mut item_ids,
            &mut action_ids,
        );
    }

    let m = &f.motivation;
    v.text("motivation.name", &m.name, 2, 80);
    v.text("motivation.description", &m.description, 10, 400);
    v.range("motivation.threshold", m.threshold, 0.0, 100.0);
    v.count("motivation.items", m.items.len(), 1, 20);
    for (i, item) in m.items.iter().enumerate() {
        v.item(&format!("motivation.items[{i}]"), item, &mut item_ids);
    }

    let mut question_ids = BTreeSet::new();
    for (i, q) in f.background.iter().enumerate() {
        let at = format!("background[{i}]");
        v.unique_id(&at, &q.id, &mut question_ids, "background question");
        v.text(&format!("{at}.question"), &q.question, 10, 200);
        v.count(&format!("{at}.options"), q.options.len(), 2, 8);
        for (j, p) in q.supports.iter().enumerate() {
            if !pillar_ids.contains(p.as_str()) {
                v.push(
                    &format!("{at}.supports[{j}]"),
                    format!("names no pillar: {p:?}"),
                );
            }
        }
        for (j, o) in q.options.iter().enumerate() {
            v.text(&format!("{at}.options[{j}].label"), &o.label, 1, 80);
            // Written with up to 3 decimals wherever the app shows or sends it (a radio's
            // value, a report), so no more than that, and two options never read the same.
            let three_places = (o.value * 1000.0).round() / 1000.0 == o.value;
            if !o.value.is_finite() || o.value.abs() > 1e6 || !three_places {
                v.push(
                    &format!("{at}.options[{j}].value"),
                    "must be a number from -1000000 to 1000000 with at most 3 decimals",
                );
            }
        }
        if q.options.windows(2).any(|w| w[0].value >= w[1].value) {
            v.push(
                &format!("{at}.options"),
                "values must be strictly ascending",
            );
        }
    }

    let mut checklist_ids = BTreeSet::new();
    for (i, e) in f.checklist.iter().enumerate() {
        let at = format!("checklist[{i}]");
        v.unique_id(&at, &e.id, &mut checklist_ids, "checklist entry");
        v.text(&format!("{at}.label"), &e.label, 2, 120);
        match (&e.background, &e.competency) {
            (Some(b), None) => {
                if !question_ids.contains(b.question.as_str()) {
                    v.push(
                        &format!("{at}.background.question"),
                        format!("names no background question: {:?}", b.question),
                    );
                }
            }
            (None, Some(c)) => {
                if !competency_ids.contains(c.id.as_str()) {
                    v.push(
                        &format!("{at}.competency.id"),
                        format!("names no competency: {:?}", c.id),
                    );
                }
                if let Some(level) = c.min_level {
                    v.level(&format!("{at}.competency.min_level"), level);
                }
            }
            _ => v.push(&at, "give exactly one of \"background\" and \"competency\""),
        }
    }

    let mut role_ids = BTreeSet::new();
    for (i, r) in f.roles.iter().enumerate() {
        let at = format!("roles[{i}]");
        v.unique_id(&at, &r.id, &mut role_ids, "role");
        v.text(&format!("{at}.name"), &r.name, 2, 80);
        v.text(&format!("{at}.description"), &r.description, 10, 400);
        for (id, level) in &r.minimums {
            if !competency_ids.contains(id.as_str()) {
                v.push(&format!("{at}.minimums.{id}"), "names no competency");
            }
            v.level(&format!("{at}.minimums.{id}"), *level);
        }
        for c in f.competencies.iter().filter(|c| c.asked_for(&r.id)) {
            if !r.minimums.contains_key(&c.id) {
                v.push(
                    &format!("{at}.minimums"),
                    format!("no minimum for competency {:?}", c.id),
                );
            }
        }
        for (id, weight) in &r.weights {
            if !competency_ids.contains(id.as_str()) {
                v.push(&format!("{at}.weights.{id}"), "names no competency");
            }
            v.range(&format!("{at}.weights.{id}"), *weight, 0.1, 10.0);
        }
        if let Some(months) = r.almost_ready.max_months {
            v.range(&format!("{at}.almost_ready.max_months"), months, 1.0, 36.0);
        }
        if let Some(gap) = r.almost_ready.max_gap {
            v.range(&format!("{at}.almost_ready.max_gap"), gap, 0.25, 4.0);
        }
        if let Some(n) = r.almost_ready.max_blockers {
            v.count_value(&format!("{at}.almost_ready.max_blockers"), n, 1, 40);
        }
        if let Some(budget) = r.almost_ready.max_weighted_gap {
            v.range(
                &format!("{at}.almost_ready.max_weighted_gap"),
                budget,
                0.25,
                40.0,
            );
        }
    }
    if !role_ids.contains(f.default_role.as_str()) {
        v.push(
            "default_role",
            format!("names no role: {:?}", f.default_role),
        );
    }
    v.requirements("experienced_manager", &f.experienced_manager, &question_ids);
    v.requirements("offered", &f.offered, &question_ids);
    for (i, r) in f.roles.iter().enumerate() {
        v.requirements(
            &format!("roles[{i}].held_when"),
            &r.held_when,
            &question_ids,
        );
    }
    for (i, c) in f.competencies.iter().enumerate() {
        for (j, a) in c.actions.iter().enumerate() {
            let at = format!("competencies[{i}].actions[{j}].already");
            v.requirements(&at, &a.already, &question_ids);
        }
    }
    // `since` names this version or one it replaces; `roles` name roles, and every role is
    // asked about at least one competency.
    let versions: Vec<&str> = f.versions().collect();
    for (i, c) in f.competencies.iter().enumerate() {
        v.names(
            &format!("competencies[{i}].roles"),
            &c.roles,
            &role_ids,
            "role",
        );
        v.since(&format!("competencies[{i}].since"), &c.since, &versions);
        for (j, a) in c.actions.iter().enumerate() {
            v.names(
                &format!("competencies[{i}].actions[{j}].roles"),
                &a.roles,
                &role_ids,
                "role",
            );
        }
    }
    for r in &f.roles {
        if !f.competencies.iter().any(|c| c.asked_for(&r.id)) {
            v.push("competencies", format!("none is asked for role {:?}", r.id));
        }
    }
    for (i, q) in f.background.iter().enumerate() {
        v.since(&format!("background[{i}].since"), &q.since, &versions);
    }

    if !f.plans.alternative.is_empty() {
        v.text("plans.alternative", &f.plans.alternative, 2, 200);
    }
    // Plans: role-level actions, each list with the kinds it may hold.
    let mut motivation_ids = BTreeSet::new();
    motivation_ids.extend(m.items.iter().map(|i| i.id.as_str()));
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
            v.action(&at, a, &mut action_ids, kinds);
            v.names(
                &format!("{at}.items"),
                &a.items,
                &motivation_ids,
                "motivation item",
            );
            v.names(&format!("{at}.roles"), &a.roles, &role_ids, "role");
            if let Some(via) = &a.via {
                if !role_ids.contains(via.as_str()) {
                    v.push(&format!("{at}.via"), format!("names no role: {via:?}"));
                }
            }
            v.requirements(&format!("{at}.unless"), &a.unless, &question_ids);
            v.requirements(&format!("{at}.already"), &a.already, &question_ids);
        }
    }
    // Every role gets a whole plan for every verdict.
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
                v.push(
                    at,
                    format!(
                        "role {:?} needs at least {least} {what}, found {found}",
                        r.id
                    ),
                );
            }
        }
    }
    v.problems
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
