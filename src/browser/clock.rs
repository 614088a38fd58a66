//! The time, from the browser: the core takes it as a value so that it stays deterministic.

use crate::core::Date;

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today in the person's own time zone, which is what they mean by "today".
pub fn today() -> Date {
    let offset_minutes = js_sys::Date::new_0().get_timezone_offset();
    Date::from_unix_ms(now_ms() - offset_minutes * 60_000.0)
}

/// A random 32-bit number: a rate-me request's id.
pub fn random_u32() -> u32 {
    (js_sys::Math::random() * 4_294_967_296.0) as u32
}

/// A short id that is unique enough for one person's assessments.
pub fn new_id(prefix: &str) -> String {
    let mut n = now_ms() as u64;
    let mut digits = Vec::new();
    while n > 0 {
        let d = (n % 36) as u8;
        digits.push(if d < 10 { b'0' + d } else { b'a' + d - 10 });
        n /= 36;
    }
    digits.reverse();
    format!("{prefix}-{}", String::from_utf8(digits).unwrap_or_default())
}
