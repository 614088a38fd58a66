//! The radar chart of competencies, with the same figures in a table for screen readers (and
//! for anyone who prefers numbers).

use crate::core::radar;
use crate::core::report::change_since;
use crate::core::scoring::{level_of, rounded, score};
use crate::core::{Assessment, Report};
use crate::ui::state::use_app;
use leptos::prelude::*;

const SIZE: f64 = 320.0;
const CENTRE: (f64, f64) = (SIZE / 2.0, SIZE / 2.0);
const RADIUS: f64 = 130.0;

#[component]
pub fn Competencies(report: Report, previous: Option<Assessment>) -> impl IntoView {
    let f = use_app().framework;
    let scores: Vec<f64> = report
        .scores
        .competencies
        .iter()
        .map(|c| c.value())
        .collect();
    let minimums: Vec<f64> = report
        .scores
        .competencies
        .iter()
        .map(|c| (report.role.minimum(&c.id) as f64 - 1.0) * 25.0)
        .collect();
    let n = scores.len();
    let rings = [25.0, 50.0, 75.0, 100.0]
        .map(|v| view! { <polygon class="ring" points=radar::polygon(&vec![v; n], CENTRE, RADIUS) /> })
        .into_iter()
        .collect_view();
    let axes = (0..n)
        .map(|i| {
            let (x, y) = radar::point(i, n, 100.0, CENTRE, RADIUS);
            let (lx, ly) = radar::point(i, n, 116.0, CENTRE, RADIUS);
            view! {
                <line class="axis" x1=CENTRE.0 y1=CENTRE.1 x2=x y2=y />
                <text class="axis-label" x=lx y=ly + 4.0 text-anchor="middle">{(i + 1).to_string()}</text>
            }
        })
        .collect_view();
    let change = previous.map(|p| change_since(&report.scores, &score(f, &p, &report.role)));
    let has_change = change.is_some();
    let rows = report
        .scores
        .competencies
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let name = f.competency(&c.id).map_or_else(|| c.id.clone(), |x| x.name.clone());
            let minimum = report.role.minimum(&c.id);
            let level = level_of(c.value());
            let delta = change.as_ref().and_then(|ch| ch.iter().find(|d| d.0 == c.id)).map(|d| {
                let points = d.1.round() as i64;
                match points {
                    0 => "no change".to_string(),
                    p if p > 0 => format!("+{p}"),
                    p => format!("−{}", -p),
                }
            });
            let status = if level + 1e-9 >= minimum as f64 { "meets" } else { "below" };
            view! {
                <tr class=status>
                    <td class="num">{(i + 1).to_string()}</td>
                    <th scope="row">{name}</th>
                    <td class="num">{c.score.map_or("not rated".to_string(), |s| rounded(s).to_string())}</td>
                    <td class="num">{format!("{level:.1}")}</td>
                    <td class="num">{minimum.to_string()}</td>
                    <td>{if status == "meets" { "Meets" } else { "Below" }}</td>
                    {delta.map(|d| view! { <td class="num">{d}</td> })}
                </tr>
            }
        })
        .collect_view();
    let role = report.role.name.clone();
    view! {
        <section class="competencies" aria-labelledby="competencies-heading">
            <h2 id="competencies-heading">"Competencies"</h2>
            <figure class="radar">
                <svg viewBox=format!("0 0 {SIZE} {SIZE}") role="img" aria-labelledby="radar-title radar-desc">
                    <title id="radar-title">"Radar chart of competency scores"</title>
                    <desc id="radar-desc">{format!("Your score per competency against the minimum for {role}. The table below gives the same figures.")}</desc>
                    {rings}
                    {axes}
                    <polygon class="minimum" points=radar::polygon(&minimums, CENTRE, RADIUS) />
                    <polygon class="self" points=radar::polygon(&scores, CENTRE, RADIUS) />
                </svg>
                <figcaption>
                    <span class="key key-self">"Your scores"</span>
                    <span class="key key-minimum">{format!("Minimum for {role}")}</span>
                </figcaption>
            </figure>
            <div class="table-wrap">
                <table class="competency-table">
                    <caption>{format!("Competency scores (0–100) and levels (1–5) against the minimum for {role}")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"#"</th>
                            <th scope="col">"Competency"</th>
                            <th scope="col">"Score"</th>
                            <th scope="col">"Level"</th>
                            <th scope="col">"Minimum"</th>
                            <th scope="col">"Status"</th>
                            {has_change.then(|| view! { <th scope="col">"Since last time"</th> })}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// Two reports side by side per competency: someone's shared report and the viewer's own.
#[component]
pub fn SideBySide(theirs: Report, mine: Report, their_label: String) -> impl IntoView {
    let f = use_app().framework;
    let show = |s: Option<f64>| s.map_or("—".to_string(), |s| rounded(s).to_string());
    let rows = theirs
        .scores
        .competencies
        .iter()
        .map(|c| {
            let name = f
                .competency(&c.id)
                .map_or_else(|| c.id.clone(), |x| x.name.clone());
            let own = mine.scores.competency(&c.id).and_then(|m| m.score);
            let difference = match (c.score, own) {
                (Some(t), Some(m)) => {
                    let d = (m - t).round() as i64;
                    if d > 0 {
                        format!("+{d}")
                    } else if d < 0 {
                        format!("−{}", -d)
                    } else {
                        "same".into()
                    }
                }
                _ => "—".into(),
            };
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="num">{show(c.score)}</td>
                    <td class="num">{show(own)}</td>
                    <td class="num">{difference}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">"Side by side"</h2>
            <div class="table-wrap">
                <table class="compare-table">
                    <caption>"Competency scores (0–100); the difference is yours minus theirs."</caption>
                    <thead><tr>
                        <th scope="col">"Competency"</th>
                        <th scope="col">{their_label}</th>
                        <th scope="col">"Mine"</th>
                        <th scope="col">"Difference"</th>
                    </tr></thead>
                    <tbody>
                        <tr class="overall-row">
                            <th scope="row">"Overall"</th>
                            <td class="num">{rounded(theirs.scores.overall).to_string()}</td>
                            <td class="num">{rounded(mine.scores.overall).to_string()}</td>
                            <td class="num"></td>
                        </tr>
                        {rows}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
