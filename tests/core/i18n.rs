//! Languages: which one a person gets, plural forms, numbers, and the framework's translations.

use proptest::prelude::*;
use ready_to_lead::core::i18n::{Dir, Lang, Plural};

#[test]
fn a_regional_variant_falls_back_to_its_language() {
    assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
    assert_eq!(Lang::from_tag("pt-PT"), Some(Lang::PtBr));
    assert_eq!(Lang::from_tag("pt-BR"), Some(Lang::PtBr));
    assert_eq!(Lang::from_tag("PT_br"), Some(Lang::PtBr));
    assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
    assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
    for unknown in ["it", "nl-NL", "", "-", "e", "deu", "zh-Hant"] {
        assert_eq!(Lang::from_tag(unknown), None, "{unknown}");
    }
}

#[test]
fn the_first_preferred_language_the_app_speaks_wins_and_english_is_the_last_resort() {
    assert_eq!(Lang::negotiate(["it-IT", "fr-FR", "de"]), Lang::Fr);
    assert_eq!(Lang::negotiate(["ar"]), Lang::Ar);
    assert_eq!(Lang::negotiate(["it", "nl"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
}

#[test]
fn the_page_asks_first_then_the_persons_choice_then_the_browser() {
    let browser = ["fr-FR", "en"];
    assert_eq!(Lang::choose(Some("ar"), "de", browser), Lang::Ar);
    assert_eq!(Lang::choose(None, "de", browser), Lang::De);
    assert_eq!(Lang::choose(None, "", browser), Lang::Fr);
    assert_eq!(Lang::choose(Some("it"), "", browser), Lang::Fr);
    assert_eq!(Lang::choose(Some("x"), "zz", ["it"]), Lang::En);
    assert_eq!(Lang::choose(Some("pt-PT"), "", browser), Lang::PtBr);
}

#[test]
fn every_tag_reads_back_and_only_arabic_runs_right_to_left() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        let rtl = lang == Lang::Ar;
        assert_eq!(lang.dir() == Dir::Rtl, rtl);
    }
    let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    assert_eq!(tags, ["en", "de", "fr", "es", "pt-BR", "ar"]);
}

#[test]
fn plural_forms_follow_each_languages_rules() {
    use Plural::*;
    let forms = |lang: Lang, ns: &[u64]| ns.iter().map(|&n| lang.plural(n)).collect::<Vec<_>>();
    assert_eq!(forms(Lang::En, &[0, 1, 2, 5]), [Other, One, Other, Other]);
    assert_eq!(forms(Lang::De, &[0, 1, 2, 21]), [Other, One, Other, Other]);
    // French and Portuguese say "0 question", like 1; millions take "de": "1 million de".
    assert_eq!(
        forms(Lang::Fr, &[0, 1, 2, 1_000_000]),
        [One, One, Other, Many]
    );
    assert_eq!(
        forms(Lang::PtBr, &[0, 1, 2, 2_000_000]),
        [One, One, Other, Many]
    );
    assert_eq!(
        forms(Lang::Es, &[0, 1, 2, 1_000_000]),
        [Other, One, Other, Many]
    );
    assert_eq!(
        forms(
            Lang::Ar,
            &[0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000]
        ),
        [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Many, Other]
    );
}

proptest! {
    #[test]
    fn every_count_takes_a_form_the_language_has(n in any::<u64>()) {
        for lang in Lang::ALL {
            prop_assert!(lang.plurals().contains(&lang.plural(n)), "{:?} {}", lang, n);
        }
    }

    #[test]
    fn a_decimal_differs_between_languages_only_in_its_separator(x in -1.0e6f64..1.0e6, places in 0u32..4) {
        let english = Lang::En.decimal(x, places);
        for lang in Lang::ALL {
            let shown = lang.decimal(x, places);
            let expected = if lang.decimal_comma() { english.replace('.', ",") } else { english.clone() };
            prop_assert_eq!(shown, expected);
        }
    }
}

#[test]
fn decimal_commas_where_the_language_uses_them() {
    assert_eq!(Lang::En.decimal(3.25, 1), "3.3");
    assert_eq!(Lang::De.decimal(3.25, 1), "3,3");
    assert_eq!(Lang::Fr.plain(0.5), "0,5");
    assert_eq!(Lang::Es.plain(2.0), "2");
    assert_eq!(Lang::PtBr.decimal(1.75, 2), "1,75");
    assert_eq!(Lang::Ar.decimal(1.75, 2), "1.75");
}

mod translations {
    use ready_to_lead::core::i18n::Lang;
    use ready_to_lead::core::translation::own_texts;
    use ready_to_lead::core::Framework;
    use serde_json::{json, Value};

    // Spanish and Brazilian Portuguese are still to come.
    const LANGS: [(&str, &str); 3] = [
        (
            "de",
            include_str!("../../content/engineering-manager.de.json"),
        ),
        (
            "fr",
            include_str!("../../content/engineering-manager.fr.json"),
        ),
        (
            "ar",
            include_str!("../../content/engineering-manager.ar.json"),
        ),
    ];

    /// The built-in framework's own text as a translation into `lang`, with its header.
    fn english_as(lang: &str) -> Value {
        let mut t = own_texts(&Framework::builtin());
        let o = t.as_object_mut().unwrap();
        o.insert("format".into(), json!(1));
        o.insert("framework".into(), json!("engineering-manager"));
        o.insert("lang".into(), json!(lang));
        t
    }

    fn problems(t: &Value) -> Vec<String> {
        let mut f = Framework::builtin();
        match f.add_translation(&t.to_string()) {
            Ok(_) => vec![],
            Err(p) => p.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn every_language_of_the_built_in_framework_translates_every_text() {
        let mut f = Framework::builtin();
        for (tag, json) in LANGS {
            let lang = f
                .add_translation(json)
                .unwrap_or_else(|p| panic!("{tag}: {p:?}"));
            assert_eq!(lang.tag(), tag);
        }
        assert_eq!(f.languages(), [Lang::En, Lang::De, Lang::Fr, Lang::Ar]);
        let english = Framework::builtin();
        let texts = own_texts(&english);
        for lang in f.languages() {
            let translated = f.in_lang(lang);
            assert_eq!(translated.lang, lang);
            // The structure is the framework's: only its text differs.
            assert_eq!(
                translated
                    .items()
                    .map(|(c, i)| (&c.id, &i.id, i.anchors.len()))
                    .collect::<Vec<_>>(),
                english
                    .items()
                    .map(|(c, i)| (&c.id, &i.id, i.anchors.len()))
                    .collect::<Vec<_>>()
            );
            assert_eq!(
                translated
                    .roles
                    .iter()
                    .map(|r| &r.minimums)
                    .collect::<Vec<_>>(),
                english
                    .roles
                    .iter()
                    .map(|r| &r.minimums)
                    .collect::<Vec<_>>()
            );
            if lang != Lang::En {
                // Translated, not copied: at most a tenth (role names kept in English, books
                // under their published titles and authors) reads the same as the English.
                let same = count_same(&own_texts(&translated), &texts);
                assert!(
                    same * 10 < count(&texts),
                    "{lang:?}: {same} texts are the English ones"
                );
            }
        }
    }

    fn count(v: &Value) -> usize {
        match v {
            Value::Object(m) => m.values().map(count).sum(),
            Value::Array(a) => a.len(),
            _ => 1,
        }
    }

    fn count_same(a: &Value, b: &Value) -> usize {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => x
                .iter()
                .map(|(k, v)| y.get(k).map_or(0, |w| count_same(v, w)))
                .sum(),
            (Value::Array(x), Value::Array(y)) => x.iter().zip(y).filter(|(v, w)| v == w).count(),
            (x, y) => usize::from(x == y),
        }
    }

    #[test]
    fn a_missing_text_is_named_by_its_path() {
        let mut t = english_as("de");
        t["competencies"]["mentoring"]["items"]["mentoring-1"]
            .as_object_mut()
            .unwrap()
            .remove("situation");
        t["roles"]["tech-lead"]
            .as_object_mut()
            .unwrap()
            .remove("first_90_days");
        assert_eq!(
            problems(&t),
            [
                "competencies.mentoring.items.mentoring-1.situation: missing: every text of the framework needs its translation",
                "roles.tech-lead.first_90_days: missing: every text of the framework needs its translation",
            ]
        );
    }

    #[test]
    fn a_wrong_number_of_anchors_or_options_is_named_by_its_path() {
        let mut t = english_as("fr");
        t["competencies"]["mentoring"]["items"]["mentoring-1"]["anchors"]
            .as_array_mut()
            .unwrap()
            .pop();
        t["background"]["years-hands-on"]["options"] = json!("Moins de 2 ans");
        assert_eq!(
            problems(&t),
            [
                "competencies.mentoring.items.mentoring-1.anchors: expected 5 texts, as in the framework, found 4",
                "background.years-hands-on.options: expected a list of 4 texts",
            ]
        );
    }

    #[test]
    fn an_id_or_field_the_framework_does_not_have_is_named_by_its_path() {
        let mut t = english_as("es");
        t["competencies"]["mentorin"] = json!({ "name": "Mentoría" });
        t["competencies"]["mentoring"]["weight"] = json!("2");
        t["pillars"]["coaching"]["items"] = json!({});
        let found = problems(&t);
        let not_in = "not in the framework: a translation gives only the framework's own texts";
        assert_eq!(
            found,
            [
                format!("competencies.mentorin: {not_in}"),
                format!("competencies.mentoring.weight: {not_in}"),
                format!("pillars.coaching.items: {not_in}"),
            ]
        );
    }

    #[test]
    fn a_translation_names_its_framework_and_a_language_of_the_app() {
        let mut t = english_as("it");
        assert_eq!(
            problems(&t),
            ["lang: expected one of the app's languages: en, de, fr, es, pt-BR, ar"]
        );
        t["lang"] = json!("en");
        assert_eq!(
            problems(&t),
            ["lang: this is the framework's own language: its text is the framework's"]
        );
        t["lang"] = json!("de");
        t["framework"] = json!("staff-engineer");
        assert_eq!(
            problems(&t),
            ["framework: expected \"engineering-manager\", the framework this translates"]
        );
    }

    #[test]
    fn translated_text_keeps_the_formats_text_rules() {
        let mut t = english_as("pt-BR");
        t["competencies"]["mentoring"]["short"] = json!("Mentoria e acompanhamento de pessoas");
        t["title"] = json!("  ");
        let found = problems(&t);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().any(|p| p.starts_with("title")), "{found:?}");
        assert!(found.iter().any(|p| p.contains(".short")), "{found:?}");
    }

    #[test]
    fn a_framework_may_carry_its_translations_and_names_a_problem_in_them_with_the_language() {
        let source = include_str!("../../content/engineering-manager.json");
        let mut framework: Value = serde_json::from_str(source).unwrap();
        let mut de: Value = serde_json::from_str(LANGS[0].1).unwrap();
        framework["translations"] = json!({ "de": de.clone() });
        let f = Framework::load(&framework.to_string()).unwrap();
        assert_eq!(f.languages(), [Lang::En, Lang::De]);
        assert_ne!(f.in_lang(Lang::De).title, f.title);
        // A language it lacks reads in its own.
        assert_eq!(f.in_lang(Lang::Fr).title, f.title);
        de["competencies"]["feedback"]
            .as_object_mut()
            .unwrap()
            .remove("name");
        framework["translations"] = json!({ "de": de, "it": {} });
        let problems: Vec<String> = Framework::load(&framework.to_string())
            .unwrap_err()
            .iter()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(
            problems,
            [
                "translations.de.competencies.feedback.name: missing: every text of the framework needs its translation",
                "translations.it: expected one of the app's languages: en, de, fr, es, pt-BR, ar",
            ]
        );
    }

    #[test]
    fn a_framework_in_another_language_says_so_and_falls_back_to_it() {
        let source = include_str!("../../content/engineering-manager.json");
        let mut framework: Value = serde_json::from_str(source).unwrap();
        framework["lang"] = json!("fr");
        let f = Framework::load(&framework.to_string()).unwrap();
        assert_eq!(f.languages(), [Lang::Fr]);
        assert_eq!(f.in_lang(Lang::De).lang, Lang::Fr);
        framework["lang"] = json!("french");
        let problems = Framework::load(&framework.to_string()).unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "lang: expected one of en, de, fr, es, pt-BR, ar, found text"
        );
    }
}

mod catalogues {
    use ready_to_lead::core::i18n::{Catalogue, Lang};
    use serde_json::{json, Value};

    fn english() -> Value {
        serde_json::from_str(include_str!("../../content/ui/en.json")).unwrap()
    }

    /// The English catalogue with every plural message given the forms of `lang`, copied from
    /// its "other" form.
    fn english_with_forms_of(lang: Lang) -> Value {
        let mut c = english();
        for message in c["messages"].as_object_mut().unwrap().values_mut() {
            if let Some(forms) = message.as_object_mut() {
                let other = forms["other"].clone();
                forms.clear();
                for p in lang.plurals() {
                    forms.insert(p.key().into(), other.clone());
                }
            }
        }
        c
    }

    fn plural_messages() -> usize {
        english()["messages"]
            .as_object()
            .unwrap()
            .values()
            .filter(|m| m.is_object())
            .count()
    }

    fn problems(lang: Lang, catalogue: &Value) -> Vec<String> {
        match Catalogue::load(lang, &catalogue.to_string()) {
            Ok(_) => vec![],
            Err(p) => p.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn messages_fill_their_placeholders_and_pick_the_plural_form() {
        let t = Catalogue::english();
        assert_eq!(t.verdict_ready(), "Ready now");
        assert_eq!(t.questionnaire_page(&2, &15), "Page 2 of 15");
        assert_eq!(t.count_questions(1), "1 question");
        assert_eq!(t.count_questions(0), "0 questions");
        let mut arabic = english_with_forms_of(Lang::Ar);
        arabic["messages"]["count.questions"] = json!({
            "zero": "لا أسئلة", "one": "سؤال واحد", "two": "سؤالان",
            "few": "{n} أسئلة", "many": "{n} سؤالًا", "other": "{n} سؤال"
        });
        let t = Catalogue::load(Lang::Ar, &arabic.to_string()).unwrap();
        let forms: Vec<String> = [0, 1, 2, 3, 11, 100].map(|n| t.count_questions(n)).into();
        assert_eq!(
            forms,
            [
                "لا أسئلة",
                "سؤال واحد",
                "سؤالان",
                "3 أسئلة",
                "11 سؤالًا",
                "100 سؤال"
            ]
        );
    }

    #[test]
    fn lists_counts_and_measures_read_as_the_language_writes_them() {
        let t = Catalogue::english();
        let words = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(t.list(&words(&["a"])), "a");
        assert_eq!(t.list(&words(&["a", "b", "c"])), "a, b and c");
        assert_eq!(t.unit_levels(1.0), "1 level");
        assert_eq!(t.unit_levels(1.5), "1.5 levels");
        assert_eq!(t.count_competencies(3), "three competencies");
        assert_eq!(t.count_competencies(12), "12 competencies");
        assert_eq!(t.count_actions(1), "1 action");
        assert_eq!(t.count_actions(0), "0 actions");
    }

    #[test]
    fn a_catalogue_with_a_missing_message_or_placeholder_is_refused_by_key() {
        let mut c = english();
        let m = c["messages"].as_object_mut().unwrap();
        m.remove("verdict.ready");
        m.insert("questionnaire.page".into(), json!("Seite {page}"));
        m.insert("verdict.maybe".into(), json!("Vielleicht"));
        assert_eq!(
            problems(Lang::De, &c),
            [
                "messages.questionnaire.page: the placeholder {pages} is missing",
                "messages.verdict.ready: missing",
                "messages.verdict.maybe: not a message of the app",
            ]
        );
        let mut c = english();
        c["messages"]["questionnaire.page"] = json!("Seite {seite} von {pages}");
        assert_eq!(
            problems(Lang::De, &c),
            ["messages.questionnaire.page: {seite} is not a placeholder of this message"]
        );
    }

    #[test]
    fn plural_forms_are_exactly_the_languages_own() {
        // English forms given to French lack its "many"; Arabic needs six.
        let french = problems(Lang::Fr, &english());
        assert_eq!(french.len(), plural_messages());
        assert!(french.contains(
            &"messages.count.questions.many: missing: fr needs this plural form".to_string()
        ));
        assert!(
            french
                .iter()
                .all(|p| p.ends_with(".many: missing: fr needs this plural form")),
            "{french:?}"
        );
        assert_eq!(problems(Lang::Ar, &english()).len(), 4 * plural_messages());
        assert_eq!(
            problems(Lang::Ar, &english_with_forms_of(Lang::Ar)),
            Vec::<String>::new()
        );
        let mut c = english();
        c["messages"]["count.questions"]["few"] = json!("{n} Fragen");
        assert_eq!(
            problems(Lang::De, &c),
            ["messages.count.questions.few: not a plural form of de"]
        );
        c["messages"]["count.questions"] = json!("{n} Fragen");
        assert_eq!(
            problems(Lang::De, &c),
            ["messages.count.questions: expected plural forms"]
        );
        // A form may write out the count, but never lose another placeholder.
        let mut c = english();
        c["messages"]["questionnaire.answered-of"] =
            json!({ "one": "Eine Frage beantwortet", "other": "{n} Fragen beantwortet" });
        assert_eq!(
            problems(Lang::De, &c),
            ["messages.questionnaire.answered-of: the placeholder {answered} is missing"]
        );
        c["messages"]["questionnaire.answered-of"] =
            json!({ "one": "{answered} von einer Frage", "other": "{answered} von {n} Fragen" });
        assert_eq!(problems(Lang::De, &c), Vec::<String>::new());
    }

    #[test]
    fn every_language_has_every_message_with_its_placeholders_and_plural_forms() {
        for lang in Lang::ALL {
            let path = format!(
                "{}/content/ui/{}.json",
                env!("CARGO_MANIFEST_DIR"),
                lang.tag()
            );
            let Ok(json) = std::fs::read_to_string(&path) else {
                continue;
            };
            if let Err(p) = Catalogue::load(lang, &json) {
                panic!("{path}: {p:?}");
            }
        }
    }
}

mod bundles {
    use ready_to_lead::core::i18n::{Bundle, Lang};
    use ready_to_lead::core::Framework;
    use serde_json::{json, Value};

    /// A German bundle: German framework text, and (for the test) the English words, whose
    /// plural forms German shares.
    fn german() -> Value {
        let ui: Value = serde_json::from_str(include_str!("../../content/ui/en.json")).unwrap();
        let framework: Value =
            serde_json::from_str(include_str!("../../content/engineering-manager.de.json"))
                .unwrap();
        json!({ "lang": "de", "ui": ui, "framework": framework })
    }

    fn problems(lang: Lang, bundle: &Value) -> Vec<String> {
        let f = Framework::builtin();
        match Bundle::read(lang, &bundle.to_string(), Some(&f)) {
            Ok(_) => vec![],
            Err(p) => p.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn a_bundle_brings_the_words_and_the_framework_text_of_its_language() {
        let f = Framework::builtin();
        let b = Bundle::read(Lang::De, &german().to_string(), Some(&f)).unwrap();
        assert_eq!(b.words.lang, Lang::De);
        let t = b.framework.unwrap();
        assert_eq!(
            t.apply(&f).competencies[1].name,
            "Feedback und Leistungsgespräche"
        );
        // For a host's framework, only the words are read.
        assert!(Bundle::read(Lang::De, &german().to_string(), None)
            .unwrap()
            .framework
            .is_none());
    }

    #[test]
    fn a_bundle_that_is_not_the_language_asked_for_or_incomplete_is_refused_by_path() {
        assert_eq!(problems(Lang::Fr, &german()), ["lang: expected \"fr\""]);
        let mut b = german();
        b["ui"]["messages"]
            .as_object_mut()
            .unwrap()
            .remove("verdict.ready");
        assert_eq!(
            problems(Lang::De, &b),
            ["ui.messages.verdict.ready: missing"]
        );
        let mut b = german();
        b["framework"]["roles"]["tech-lead"]
            .as_object_mut()
            .unwrap()
            .remove("name");
        assert_eq!(
            problems(Lang::De, &b),
            ["framework.roles.tech-lead.name: missing: every text of the framework needs its translation"]
        );
        assert_eq!(
            problems(Lang::De, &json!("nothing")),
            ["lang: expected \"de\""]
        );
    }
}
