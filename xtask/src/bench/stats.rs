//! Order statistics and the units the report prints in.

use std::time::Duration;

/// The value at quantile `q` (0..=1) of `values`, nearest rank; `None` when empty.
pub fn quantile<T: Copy + PartialOrd>(values: &[T], q: f64) -> Option<T> {
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let last = sorted.len().checked_sub(1)?;
    let at = ((last as f64) * q).round() as usize;
    sorted.get(at.min(last)).copied()
}

/// The median.
pub fn median<T: Copy + PartialOrd>(values: &[T]) -> Option<T> {
    quantile(values, 0.5)
}

/// The median of durations, the mean of the two middle ones for an even count (for
/// few, evenly spread samples, where the nearest rank would be off by half a step).
pub fn median_time(values: &[Duration]) -> Option<Duration> {
    let mut sorted = values.to_vec();
    sorted.sort();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
    }
}

/// Milliseconds.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `12.34 ms`, or `-` for no value.
pub fn fmt_ms(d: Option<Duration>) -> String {
    d.map_or_else(|| "-".into(), |d| format!("{:.2} ms", ms(d)))
}

/// `1.23 s`, or `-`.
pub fn fmt_s(d: Option<Duration>) -> String {
    d.map_or_else(|| "-".into(), |d| format!("{:.2} s", d.as_secs_f64()))
}

/// `4.21 MiB` from KiB, or `-`.
pub fn fmt_mib(kib: Option<u64>) -> String {
    kib.map_or_else(|| "-".into(), |k| format!("{:.2} MiB", k as f64 / 1024.0))
}

/// `a / b` as `12.3x`, or `-`.
pub fn ratio(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => format!("{:.1}x", a / b),
        _ => "-".into(),
    }
}
