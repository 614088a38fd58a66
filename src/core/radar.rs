//! Geometry of the radar chart: values on equally spaced axes, the first pointing up.

use super::text::decimal;

/// The point for `value` (0–100) on axis `i` of `n`, around a centre with a radius.
pub fn point(i: usize, n: usize, value: f64, centre: (f64, f64), radius: f64) -> (f64, f64) {
    use std::f64::consts::{FRAC_PI_2, TAU};
    let angle = TAU * i as f64 / n.max(1) as f64 - FRAC_PI_2;
    let (sin, cos) = sin_cos(angle);
    let r = radius * value.clamp(0.0, 100.0) / 100.0;
    (centre.0 + r * cos, centre.1 + r * sin)
}

/// The sine and cosine of `x`: to the nearest quarter turn, which is exact, then their series
/// on the rest (at most an eighth of a turn, where the terms after the tenth are below 1e-20).
/// The standard library's functions also reduce angles of any size: about 7 KB more wasm.
fn sin_cos(x: f64) -> (f64, f64) {
    use std::f64::consts::FRAC_PI_2;
    let quarters = (x / FRAC_PI_2 + 0.5).floor();
    let rest = x - quarters * FRAC_PI_2;
    let r2 = rest * rest;
    let (mut sin, mut cos) = (rest, 1.0);
    let (mut sin_term, mut cos_term) = (rest, 1.0);
    for k in 1..=10 {
        let k = f64::from(k);
        sin_term *= -r2 / ((2.0 * k) * (2.0 * k + 1.0));
        cos_term *= -r2 / ((2.0 * k - 1.0) * (2.0 * k));
        sin += sin_term;
        cos += cos_term;
    }
    match (quarters as i64).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// A coordinate as an SVG attribute: one decimal, without the standard library's float
/// formatting (which would add several KB to the wasm).
pub fn coord(x: f64) -> String {
    decimal(x, 1)
}

/// An SVG `points` attribute for a polygon through the values.
pub fn polygon(values: &[f64], centre: (f64, f64), radius: f64) -> String {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let (x, y) = point(i, values.len(), *v, centre, radius);
            format!("{},{}", coord(x), coord(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A polygon through some axes only (`(axis, value)` pairs), for values that are known: an axis
/// without one is skipped rather than drawn at the centre, which would read as the lowest level.
pub fn polygon_at(values: &[(usize, f64)], n: usize, centre: (f64, f64), radius: f64) -> String {
    values
        .iter()
        .map(|(i, v)| {
            let (x, y) = point(*i, n, *v, centre, radius);
            format!("{},{}", coord(x), coord(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `text-anchor` that keeps a label at `x` outside the chart: labels right of the centre
/// start at their point, labels left of it end there.
pub fn anchor(x: f64, centre_x: f64) -> &'static str {
    if (x - centre_x).abs() < 1.0 {
        "middle"
    } else if x > centre_x {
        "start"
    } else {
        "end"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sin_cos_matches_the_standard_library() {
        for step in -3000..=3000 {
            let x = std::f64::consts::PI * f64::from(step) / 1000.0;
            let (sin, cos) = sin_cos(x);
            assert!(
                (sin - x.sin()).abs() < 1e-12,
                "sin {x}: {sin} vs {}",
                x.sin()
            );
            assert!(
                (cos - x.cos()).abs() < 1e-12,
                "cos {x}: {cos} vs {}",
                x.cos()
            );
        }
        // Quarter turns are exact: the chart's axes at them are straight.
        let q = std::f64::consts::FRAC_PI_2;
        assert_eq!(sin_cos(-q), (-1.0, 0.0));
        assert_eq!(sin_cos(0.0), (0.0, 1.0));
        assert_eq!(sin_cos(q), (1.0, 0.0));
        assert_eq!(sin_cos(2.0 * q), (0.0, -1.0));
    }

    #[test]
    fn first_axis_points_up_and_values_scale_the_radius() {
        assert_eq!(point(0, 4, 100.0, (50.0, 50.0), 40.0), (50.0, 10.0));
        let (x, y) = point(1, 4, 50.0, (50.0, 50.0), 40.0);
        assert!((x - 70.0).abs() < 1e-9 && (y - 50.0).abs() < 1e-9);
        assert_eq!(polygon(&[0.0, 0.0], (5.0, 5.0), 4.0), "5.0,5.0 5.0,5.0");
        assert_eq!(point(0, 3, 250.0, (0.0, 0.0), 10.0).1, -10.0);
    }

    #[test]
    fn a_polygon_skips_the_axes_it_has_no_value_for() {
        assert_eq!(
            polygon_at(&[(0, 100.0), (2, 0.0)], 4, (5.0, 5.0), 4.0),
            "5.0,1.0 5.0,5.0"
        );
    }

    #[test]
    fn labels_are_anchored_away_from_the_centre() {
        assert_eq!(anchor(100.0, 100.0), "middle");
        assert_eq!(anchor(150.0, 100.0), "start");
        assert_eq!(anchor(50.0, 100.0), "end");
    }
}
