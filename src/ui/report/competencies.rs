//! The radar chart of competency levels, with the same figures in a table for screen readers (and
//! for anyone who prefers numbers). One scale everywhere: levels 1–5 against the role's minimum.

use crate::core::radar::{self, coord};
use crate::core::scoring::{show_change, shown_change, Status};
use crate::core::{Assessment, Report};
use crate::ui::state::use_app;
use leptos::prelude::*;
use std::sync::Arc;

const SIZE: f64 = 360.0;
const CENTRE: (f64, f64) = (SIZE / 2.0, SIZE / 2.0);
const RADIUS: f64 = 110.0;

/// A level's distance from the centre on a 0–100 scale: level 1 at the centre, 5 at the edge.
fn radius_of(level: f64) -> f64 {
    (level - 1.0) * 25.0
}

#[component]
pub fn Competencies(report: Arc<Report>, previous: Option<Assessment>) -> impl IntoView {
    let f = use_app().framework();
    let t = use_app().t();
    let competencies = &report.scores.competencies;
    // Limited evidence is left out of the shape (not drawn as the lowest level) and marked on
    // its axis label.
    let levels: Vec<(usize, f64)> = competencies
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((i, radius_of(c.level()?))))
        .collect();
    let minimums: Vec<f64> = competencies
        .iter()
        .map(|c| radius_of(report.role.minimum(&c.id) as f64))
        .collect();
    let n = competencies.len();
    let rings = [25.0, 50.0, 75.0, 100.0]
        .map(|v| view! { <polygon class="ring" points=radar::polygon(&vec![v; n], CENTRE, RADIUS) /> })
        .into_iter()
        .collect_view();
    let axes = competencies
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let (x, y) = radar::point(i, n, 100.0, CENTRE, RADIUS);
            let (lx, ly) = radar::point(i, n, 112.0, CENTRE, RADIUS);
            let anchor = radar::anchor(lx, CENTRE.0);
            let short = f
                .competency(&c.id)
                .map_or(c.id.as_str(), |x| x.short_name());
            let label = if c.level().is_some() {
                short.to_string()
            } else {
                format!("{short} (?)")
            };
            view! {
                <line class="axis" x1=coord(CENTRE.0) y1=coord(CENTRE.1) x2=coord(x) y2=coord(y) />
                <text class="axis-label" x=coord(lx) y=coord(ly + 4.0) text-anchor=anchor>
                    {label}
                </text>
            }
        })
        .collect_view();
    let ring_labels = (2..=5)
        .map(|l| {
            let (_, y) = radar::point(0, n, radius_of(l as f64), CENTRE, RADIUS);
            view! {
                <text class="ring-label" x=coord(CENTRE.0 + 4.0) y=coord(y + 11.0)>
                    {l.to_string()}
                </text>
            }
        })
        .collect_view();
    let change = previous.map(|p| report.since(&f, &p));
    let has_change = change.is_some();
    let rows = competencies
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let name = f.competency_name(&c.id).to_string();
            let minimum = report.role.minimum(&c.id);
            let status = Status::of(c, minimum);
            let delta = change
                .as_ref()
                .map(|ch| show_change(&t, ch.iter().find(|d| d.0 == c.id).and_then(|d| d.1)));
            let evidence = c.evidence_count();
            view! {
                <tr class=status.key()>
                    <td class="num">{(i + 1).to_string()}</td>
                    <th scope="row">{name}</th>
                    <td class="num">{t.level(c.level())}{evidence}</td>
                    <td class="num">{minimum.to_string()}</td>
                    <td>{status.label(&t).to_string()}</td>
                    {delta.map(|d| view! { <td class="num">{d}</td> })}
                </tr>
            }
        })
        .collect_view();
    let role = report.role.name.clone();
    let any_limited = competencies.iter().any(|c| c.level().is_none());
    let limited = t.competencies_limited_legend().to_string();
    let since = t.competencies_col_since().to_string();
    view! {
        <section class="competencies" aria-labelledby="competencies-heading">
            <h2 id="competencies-heading">{t.competencies_heading().to_string()}</h2>
            <figure class="radar">
                <svg viewBox="-70 -10 500 380" role="img" aria-labelledby="radar-title radar-desc">
                    <title id="radar-title">{t.competencies_radar_title().to_string()}</title>
                    <desc id="radar-desc">{t.competencies_radar_desc(&role)}</desc>
                    {rings}
                    {axes}
                    {ring_labels}
                    <polygon class="minimum" points=radar::polygon(&minimums, CENTRE, RADIUS) />
                    <polygon class="self" points=radar::polygon_at(&levels, n, CENTRE, RADIUS) />
                </svg>
                <figcaption>
                    <span class="key key-self">{t.competencies_key_self().to_string()}</span>
                    <span class="key key-minimum">{t.competencies_key_minimum(&role)}</span>
                    {any_limited.then(|| view! { <span>{limited}</span> })}
                </figcaption>
            </figure>
            <div class="table-wrap">
                <table class="competency-table">
                    <caption>{t.competencies_caption(&role)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.competencies_col_number().to_string()}</th>
                            <th scope="col">{t.competencies_col_competency().to_string()}</th>
                            <th scope="col">{t.competencies_col_level().to_string()}</th>
                            <th scope="col">{t.competencies_col_minimum().to_string()}</th>
                            <th scope="col">{t.competencies_col_status().to_string()}</th>
                            {has_change.then(|| view! { <th scope="col">{since}</th> })}
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
    let f = use_app().framework();
    let t = use_app().t();
    let rows = theirs
        .scores
        .competencies
        .iter()
        .map(|c| {
            let name = f.competency_name(&c.id).to_string();
            let own = mine.scores.competency(&c.id).and_then(|m| m.level());
            let difference = show_change(
                &t,
                own.zip(c.level()).map(|(m, then)| shown_change(m, then)),
            );
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="num">{t.level(c.level())}</td>
                    <td class="num">{t.level(own)}</td>
                    <td class="num">{difference}</td>
                </tr>
            }
        })
        .collect_view();
    let role = theirs.role.name.clone();
    view! {
        <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t.competencies_side_by_side().to_string()}</h2>
            <div class="table-wrap">
                <table class="compare-table">
                    <caption>{t.competencies_compare_caption().to_string()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.competencies_col_competency().to_string()}</th>
                            <th scope="col">{their_label}</th>
                            <th scope="col">{t.competencies_col_mine().to_string()}</th>
                            <th scope="col">{t.competencies_col_difference().to_string()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr class="overall-row">
                            <th scope="row">{t.competencies_compare_match(&role)}</th>
                            <td class="num">
                                {crate::core::scoring::rounded(theirs.scores.role_match)
                                    .to_string()}
                            </td>
                            <td class="num">
                                {crate::core::scoring::rounded(mine.scores.role_match).to_string()}
                            </td>
                            <td class="num"></td>
                        </tr>
                        {rows}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
