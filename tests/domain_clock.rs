//! The hybrid logical clock: monotonic, tolerant of a wrong wall clock, with a drift limit.

use rop::domain::clock::{check_drift, MAX_DRIFT_MS};
use rop::domain::{Clock, ClockError, Stamp};

const T0: u64 = 1_795_000_000_000; // 2026-11-18T11:06:40Z

#[test]
fn text_form_round_trips_and_sorts_like_stamps() {
    let cases = [
        (Stamp::new(T0, 0), "2026-11-18T11:06:40.000Z-0000"),
        (Stamp::new(T0 + 1, 0), "2026-11-18T11:06:40.001Z-0000"),
        (Stamp::new(T0, 255), "2026-11-18T11:06:40.000Z-00ff"),
        (Stamp::new(0, 1), "1970-01-01T00:00:00.000Z-0001"),
    ];
    for (stamp, text) in cases {
        assert_eq!(stamp.to_string(), text);
        assert_eq!(text.parse::<Stamp>().unwrap(), stamp);
    }
    let mut texts: Vec<_> = cases.iter().map(|c| c.1).collect();
    let mut stamps: Vec<_> = cases.iter().map(|c| c.0).collect();
    texts.sort();
    stamps.sort();
    assert_eq!(
        texts,
        stamps.iter().map(|s| s.to_string()).collect::<Vec<_>>()
    );
}

#[test]
fn malformed_text_is_refused() {
    for bad in [
        "",
        "2026-11-18",
        "2026-11-18T11:06:40.000Z-00FF",
        "2026-11-18T11:06:40.000Z+0000",
        "x".repeat(29).as_str(),
    ] {
        assert!(
            matches!(bad.parse::<Stamp>(), Err(ClockError::Malformed(_))),
            "{bad}"
        );
    }
}

#[test]
fn tick_follows_the_wall_clock_when_it_moves_forward() {
    let mut c = Clock::default();
    assert_eq!(c.tick(T0), Stamp::new(T0, 0));
    assert_eq!(c.tick(T0 + 5), Stamp::new(T0 + 5, 0));
}

#[test]
fn tick_stays_monotonic_when_the_wall_clock_stands_or_goes_back() {
    let mut c = Clock::default();
    c.tick(T0);
    assert_eq!(c.tick(T0), Stamp::new(T0, 1)); // same millisecond
    assert_eq!(c.tick(T0 - 60_000), Stamp::new(T0, 2)); // clock set back a minute
    assert_eq!(c.tick(T0 + 1), Stamp::new(T0 + 1, 0));
}

#[test]
fn counter_overflow_moves_to_the_next_millisecond() {
    let mut c = Clock::starting_after(Stamp::new(T0, u16::MAX));
    assert_eq!(c.tick(T0), Stamp::new(T0 + 1, 0));
}

#[test]
fn observing_a_remote_stamp_makes_the_next_local_one_later() {
    let mut c = Clock::default();
    c.tick(T0);
    c.observe(Stamp::new(T0 + 1000, 7), T0).unwrap();
    assert_eq!(c.tick(T0 + 10), Stamp::new(T0 + 1000, 8));
}

#[test]
fn drift_limit_is_one_day_exactly() {
    assert!(check_drift(Stamp::new(T0 + MAX_DRIFT_MS, 0), T0).is_ok());
    assert_eq!(
        check_drift(Stamp::new(T0 + MAX_DRIFT_MS + 1, 0), T0),
        Err(ClockError::Drift {
            ahead_ms: MAX_DRIFT_MS + 1
        })
    );
    let mut c = Clock::default();
    assert!(c
        .observe(Stamp::new(T0 + 400 * MAX_DRIFT_MS, 0), T0)
        .is_err());
    assert_eq!(
        c.last(),
        Stamp::default(),
        "a refused stamp does not move the clock"
    );
}
