//! The verdict with its reasons and confidence; the scores; strengths and gaps; answer quality.

use crate::core::scoring::rounded;
use crate::core::Report;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn RoleSwitch(current: String) -> impl IntoView {
    let app = use_app();
    let options = app
        .framework
        .roles
        .iter()
        .map(|r| view! { <option value=r.id.clone() selected=r.id == current>{r.name.as_str()}</option> })
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
pub fn VerdictCard(report: Report) -> impl IntoView {
    let kind = report.verdict.kind;
    let reasons = report
        .verdict
        .reasons
        .iter()
        .map(|r| view! { <li>{r.clone()}</li> })
        .collect_view();
    let confidence = report.quality.confidence;
    view! {
        <section class=format!("verdict-card verdict-{}", kind.key()) aria-labelledby="verdict-heading">
            <h2 id="verdict-heading" class="sr-only">"Verdict"</h2>
            <p class="verdict" data-testid="verdict">{kind.label()}</p>
            <p class="confidence">
                {format!("Confidence: {}", confidence.label())}
                <a href="#answer-quality" class="quiet-link" on:click=|ev| {
                    ev.prevent_default();
                    crate::browser::location::jump_to("answer-quality");
                }>" (why)"</a>
            </p>
            <ul class="reasons">{reasons}</ul>
        </section>
    }
}

#[component]
pub fn Scores(report: Report) -> impl IntoView {
    let app = use_app();
    let f = app.framework;
    let pillars = report
        .scores
        .pillars
        .iter()
        .map(|p| {
            let name = f.pillar(&p.id).map_or_else(|| p.id.clone(), |x| x.name.clone());
            let value = rounded(p.score);
            view! {
                <li class="bar-row">
                    <span class="bar-label">{name}</span>
                    <span class="bar" aria-hidden="true"><span class="bar-fill" style=format!("width: {value}%")></span></span>
                    <span class="bar-value">{value}</span>
                </li>
            }
        })
        .collect_view();
    let ability = rounded(report.scores.overall);
    let motivation = report.scores.motivation.map(rounded);
    let threshold = f.motivation.threshold;
    let fit = match report.scores.motivation {
        None => "You did not answer the motivation questions, so the report cannot say whether the job itself suits you.".to_string(),
        Some(m) if m < threshold => "Your answers suggest the day-to-day of the role may not suit you yet. Ability can be learned; wanting the job is worth testing first: try parts of it before you decide.".to_string(),
        Some(m) if m >= 75.0 => "You want what the job is: others' success, less coding, more conversations.".to_string(),
        Some(_) => "You are open to the job, with some reservations worth exploring with a manager you trust.".to_string(),
    };
    view! {
        <section class="scores" aria-labelledby="scores-heading">
            <h2 id="scores-heading">"Scores"</h2>
            <div class="score-grid">
                <div class="big-score">
                    <span class="big-number" data-testid="overall-score">{ability}</span>
                    <span class="big-label">"Overall ability, out of 100"</span>
                </div>
                <ul class="bars">{pillars}</ul>
            </div>
            <h3>"Motivation and ability"</h3>
            <p class="split">
                <span>{format!("Ability: {ability} / 100")}</span>
                <span>{motivation.map_or("Motivation: not answered".to_string(), |m| format!("Motivation: {m} / 100"))}</span>
            </p>
            <p>{fit}</p>
            <details class="how">
                <summary>"How these numbers are made"</summary>
                <ul>
                    <li>"Each answer is worth (level − 1) × 25 points: level 1 is 0 and level 5 is 100."</li>
                    <li>"A competency's score is the mean of its answered items; \"No opportunity yet\" is left out and lowers confidence instead. A competency with no rated item counts as 0."</li>
                    <li>{format!("Pillar and overall scores are means of competencies, weighted for {}.", report.role.name)}</li>
                    <li>{format!("The verdict compares each competency's level (1 + score ÷ 25) with the role's minimum. Motivation is scored apart; below {threshold} the verdict is \"Explore the role first\".")}</li>
                </ul>
            </details>
        </section>
    }
}

#[component]
pub fn StrengthsAndGaps(report: Report) -> impl IntoView {
    let f = use_app().framework;
    let name = move |id: &str| f.competency(id).map_or(id.to_string(), |c| c.name.clone());
    let strengths = report.strengths();
    let strengths = if strengths.is_empty() {
        view! { <p>"None at level 4 or above yet: strengths grow from the plan below."</p> }
            .into_any()
    } else {
        let items = strengths
            .iter()
            .map(|(id, level)| view! { <li>{format!("{} (level {level:.1})", name(id))}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    let gaps = if report.verdict.blockers.is_empty() {
        view! { <p>{format!("None: every competency meets the level {} needs.", crate::core::text::a_or_an(&report.role.name))}</p> }.into_any()
    } else {
        let items = report.verdict.blockers.iter().map(|b| view! {
            <li>{format!("{}: level {:.1}, needs {} ({:.1} short)", name(&b.competency), b.level, b.minimum, b.gap)}</li>
        }).collect_view();
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
pub fn AnswerQuality(report: Report) -> impl IntoView {
    let (noted, all) = report.quality.notes;
    let signals = if report.quality.signals.is_empty() {
        view! { <p>"Your answers are varied and complete, with evidence for most competencies."</p> }.into_any()
    } else {
        let items = report
            .quality
            .signals
            .iter()
            .map(|s| view! { <li>{s.message.clone()}</li> })
            .collect_view();
        view! { <ul>{items}</ul> }.into_any()
    };
    view! {
        <section id="answer-quality" aria-labelledby="quality-heading">
            <h2 id="quality-heading">{format!("Answer quality: {} confidence", report.quality.confidence.label().to_lowercase())}</h2>
            {signals}
            {(all > 0).then(|| view! {
                <p>{format!("Evidence notes: {noted} of {all} competencies. Confidence sits beside the verdict and never changes it.")}</p>
            })}
        </section>
    }
}
