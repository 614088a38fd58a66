//! The verdict with its reasons and confidence; the scores; strengths and gaps; answer quality.

use crate::core::quality::Confidence;
use crate::core::scoring::{level_width, rounded};
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
    let label = format!("{} ", app.t().verdict_card_compare_against());
    view! {
        <label class="role-switch">
            {label}
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
                {t.verdict_card_heading().to_string()}
            </h2>
            <p class="verdict" data-testid="verdict">
                {kind.label(&t).to_string()}
            </p>
            <p class="confidence">
                {t.verdict_card_confidence(&confidence.label(&t))}
                <a
                    href="#answer-quality"
                    class="quiet-link"
                    on:click=|ev| {
                        ev.prevent_default();
                        crate::browser::location::jump_to("answer-quality");
                    }
                >
                    {format!(" {}", t.verdict_card_why())}
                </a>
            </p>
            <ul class="reasons">{reasons}</ul>
            <p class="fit" data-testid="fit">
                {report.fit.text(&t)}
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
    let t = app.t();
    view! {
        <section class="scores" aria-labelledby="scores-heading">
            <h2 id="scores-heading">{t.verdict_card_scores().to_string()}</h2>
            <div class="score-grid">
                <div class="big-score">
                    <span class="big-number" data-testid="role-match">
                        {role_match}
                    </span>
                    <span class="big-label">{t.verdict_card_match_out_of(&role)}</span>
                </div>
                <div>
                    <p class="bars-caption">{t.verdict_card_pillar_levels().to_string()}</p>
                    <ul class="bars">{pillars}</ul>
                </div>
            </div>
            <h3>{t.verdict_card_motivation_and_ability().to_string()}</h3>
            <p class="split">
                <span>{t.verdict_card_match(&role, &role_match)}</span>
                <span>
                    {motivation
                        .map_or(
                            t.verdict_card_motivation_none().to_string(),
                            |m| t.verdict_card_motivation(&m),
                        )}
                </span>
            </p>
            <details class="how">
                <summary>{t.verdict_card_how().to_string()}</summary>
                <ul>
                    {report
                        .how_scored(&f, &t)
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
    let t = use_app().t();
    let strengths = report.strengths();
    let strengths = if strengths.is_empty() {
        view! { <p>{t.verdict_card_no_strengths().to_string()}</p> }.into_any()
    } else {
        let items = strengths
            .iter()
            .map(|(id, level)| {
                view! { <li>{t.brief_strength(&f.competency_name(id), &t.level(Some(*level)))}</li> }
            })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let gaps = if report.verdict.blockers.is_empty() {
        view! { <p>{t.verdict_card_no_gaps(&t.a_role(&report.role.name))}</p> }.into_any()
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
        <section class="two-columns" aria-label=t.verdict_card_strengths_and_gaps().to_string()>
            <div>
                <h2>{t.brief_strengths().to_string()}</h2>
                {strengths}
            </div>
            <div>
                <h2>{t.verdict_card_gaps().to_string()}</h2>
                {gaps}
            </div>
        </section>
    }
}

#[component]
pub fn AnswerQuality(report: Arc<Report>) -> impl IntoView {
    let t = use_app().t();
    let (noted, all) = report.quality.notes;
    let caveats = if report.quality.caveats.is_empty() {
        view! { <p>{t.verdict_card_quality_fine().to_string()}</p> }.into_any()
    } else {
        let items = report
            .quality
            .caveats
            .iter()
            .map(|s| view! { <li>{s.message.clone()}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let heading = match report.quality.confidence {
        Confidence::Low => t.verdict_card_quality_low(),
        Confidence::Medium => t.verdict_card_quality_medium(),
        Confidence::High => t.verdict_card_quality_high(),
    };
    view! {
        <section id="answer-quality" aria-labelledby="quality-heading">
            <h2 id="quality-heading">{heading.to_string()}</h2>
            {caveats}
            {(all > 0)
                .then(|| {
                    view! { <p>{t.verdict_card_evidence_notes(all, &noted)}</p> }
                })}
        </section>
    }
}
