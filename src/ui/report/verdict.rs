//! The verdict with its reasons and confidence; the scores; strengths and gaps; answer quality.

use crate::core::scoring::{level_width, rounded};
use crate::core::text::a_or_an;
use crate::core::Report;
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn RoleSwitch(current: String) -> impl IntoView {
    let app = use_app();
    let options = app
        .framework()
        .roles
        .iter()
        .map(|r| {
            view! {
                <option value=r.id.clone() selected=r.id == current>
                    {r.name.as_str()}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="role-switch">
            "Compare against "
            <select on:change:target=move |ev| {
                let role = ev.target().value();
                app.update_current(|a| a.role = role);
            }>{options}</select>
        </label>
    }
}

#[component]
pub fn VerdictCard(report: Arc<Report>) -> impl IntoView {
    let t = use_app().t();
    let kind = report.verdict.kind;
    let reasons = report
        .verdict
        .reasons
        .iter()
        .map(|r| view! { <li>{r.clone()}</li> })
        .collect_view();
    let confidence = report.quality.confidence;
    view! {
        <section
            class=format!("verdict-card verdict-{}", kind.key())
            aria-labelledby="verdict-heading"
        >
            <h2 id="verdict-heading" class="sr-only">
                "Verdict"
            </h2>
            <p class="verdict" data-testid="verdict">
                {kind.label(&t).to_string()}
            </p>
            <p class="confidence">
                {format!("Confidence: {}", confidence.label(&t))}
                <a
                    href="#answer-quality"
                    class="quiet-link"
                    on:click=|ev| {
                        ev.prevent_default();
                        crate::browser::location::jump_to("answer-quality");
                    }
                >
                    " (why)"
                </a>
            </p>
            <ul class="reasons">{reasons}</ul>
            <p class="fit" data-testid="fit">
                {report.fit.text(&use_app().t())}
            </p>
        </section>
    }
}

#[component]
pub fn Scores(report: Arc<Report>) -> impl IntoView {
    let app = use_app();
    let f = app.framework();
    let pillars = report
        .scores
        .pillars
        .iter()
        .map(|p| {
            let name = f
                .pillar(&p.id)
                .map_or_else(|| p.id.clone(), |x| x.name.clone());
            view! {
                <li class="bar-row">
                    <span class="bar-label">{name}</span>
                    <span class="bar" aria-hidden="true">
                        <span
                            class="bar-fill"
                            style:width=format!("{}%", level_width(p.level))
                        ></span>
                    </span>
                    <span class="bar-value">{use_app().t().level(p.level)}</span>
                </li>
            }
        })
        .collect_view();
    let role_match = rounded(report.scores.role_match);
    let motivation = report.scores.motivation.map(rounded);
    let role = report.role.name.clone();
    view! {
        <section class="scores" aria-labelledby="scores-heading">
            <h2 id="scores-heading">"Scores"</h2>
            <div class="score-grid">
                <div class="big-score">
                    <span class="big-number" data-testid="role-match">
                        {role_match}
                    </span>
                    <span class="big-label">{format!("Match to {role}, out of 100")}</span>
                </div>
                <div>
                    <p class="bars-caption">"Pillar levels, from 1 to 5"</p>
                    <ul class="bars">{pillars}</ul>
                </div>
            </div>
            <h3>"Motivation and ability"</h3>
            <p class="split">
                <span>{format!("Match to {role}: {role_match} / 100")}</span>
                <span>
                    {motivation
                        .map_or(
                            "Motivation: not answered".to_string(),
                            |m| format!("Motivation: {m} / 100"),
                        )}
                </span>
            </p>
            <details class="how">
                <summary>"How these numbers are made"</summary>
                <ul>
                    {report
                        .how_scored(&f, &app.t())
                        .into_iter()
                        .map(|rule| view! { <li>{rule}</li> })
                        .collect_view()}
                </ul>
            </details>
        </section>
    }
}

#[component]
pub fn StrengthsAndGaps(report: Arc<Report>) -> impl IntoView {
    let f = use_app().framework();
    let strengths = report.strengths();
    let strengths = if strengths.is_empty() {
        view! { <p>"Too few rated answers to name strengths yet."</p> }.into_any()
    } else {
        let items = strengths
            .iter()
            .map(|(id, level)| {
                view! {
                    <li>
                        {format!(
                            "{} (level {})",
                            f.competency_name(id),
                            use_app().t().level(Some(*level)),
                        )}
                    </li>
                }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let t = use_app().t();
    let gaps = if report.verdict.blockers.is_empty() {
        view! {
            <p>
                {format!(
                    "None: every competency meets the level {} needs.",
                    a_or_an(&report.role.name),
                )}
            </p>
        }
        .into_any()
    } else {
        let items = report
            .verdict
            .blockers
            .iter()
            .map(|b| view! { <li>{b.line(&f, &t)}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    view! {
        <section class="two-columns" aria-label="Strengths and gaps">
            <div>
                <h2>"Strengths"</h2>
                {strengths}
            </div>
            <div>
                <h2>"Gaps"</h2>
                {gaps}
            </div>
        </section>
    }
}

#[component]
pub fn AnswerQuality(report: Arc<Report>) -> impl IntoView {
    let (noted, all) = report.quality.notes;
    let caveats = if report.quality.caveats.is_empty() {
        view! { <p>"Your answers are varied and complete, with evidence for most competencies."</p> }.into_any()
    } else {
        let items = report
            .quality
            .caveats
            .iter()
            .map(|s| view! { <li>{s.message.clone()}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    view! {
        <section id="answer-quality" aria-labelledby="quality-heading">
            <h2 id="quality-heading">
                {format!(
                    "Answer quality: {} confidence",
                    report.quality.confidence.label(&use_app().t()).to_ascii_lowercase(),
                )}
            </h2>
            {caveats}
            {(all > 0)
                .then(|| {
                    view! {
                        <p>
                            {format!(
                                "Evidence notes: {noted} of {all} competencies. Confidence sits beside the verdict and never changes it.",
                            )}
                        </p>
                    }
                })}
        </section>
    }
}
