//! The hybrid logical clock: monotonic, tolerant of a wrong wall clock, with a drift limit.

use rop::domain::core::clock::{check_drift, MAX_DRIFT_MS};
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
    c.observe(Stamp::new(T0 + 1000, 7), T0);
    assert_eq!(c.tick(T0 + 10), Stamp::new(T0 + 1000, 8));
}

#[test]
fn drift_limit_is_five_minutes_exactly() {
    let seen = Stamp::default();
    assert_eq!(MAX_DRIFT_MS, 5 * 60 * 1000);
    assert!(check_drift(Stamp::new(T0 + MAX_DRIFT_MS, 0), T0, seen).is_ok());
    assert_eq!(
        check_drift(Stamp::new(T0 + MAX_DRIFT_MS + 1, 0), T0, seen),
        Err(ClockError::Drift {
            ahead_ms: MAX_DRIFT_MS + 1
        })
    );
}

/// Defect 3 of the data-safety issue: with the wall clock set back a day, this device's own stamps are "ahead" of
/// the wall clock but not of what the device has already seen, so they are no drift.
#[test]
fn regression_clock_set_back_own_stamps_are_not_from_the_future() {
    let day = 24 * 60 * 60 * 1000;
    let seen = Stamp::new(T0, 3);
    assert!(check_drift(Stamp::new(T0, 3), T0 - day, seen).is_ok());
    assert!(check_drift(Stamp::new(T0 + MAX_DRIFT_MS, 0), T0 - day, seen).is_ok());
    assert!(check_drift(Stamp::new(T0 + MAX_DRIFT_MS + 1, 0), T0 - day, seen).is_err());
}

/// Defect 7 of the data-safety issue (clock poisoning): a record stamped 23 h 30 min ahead may no longer pull this
/// device's clock a day ahead; the clock moves at most the drift window past the wall clock.
#[test]
fn regression_clock_poisoning_observe_is_capped_at_the_drift_window() {
    let ahead = (23 * 60 + 30) * 60 * 1000;
    let mut c = Clock::default();
    c.observe(Stamp::new(T0 + ahead, 0), T0);
    assert_eq!(c.last(), Stamp::new(T0 + MAX_DRIFT_MS, 0));
    // An hour later this device's edits carry the wall clock again, not a time a day ahead.
    assert_eq!(
        c.tick(T0 + 60 * 60 * 1000),
        Stamp::new(T0 + 60 * 60 * 1000, 0)
    );
}

/// An edit of a record stamped ahead (by another device's clock, within the window, or by this device before its
/// clock was set back) still beats the version it edits; the clock itself is not pulled along.
#[test]
fn an_edit_sorts_after_the_version_it_edits() {
    let mut c = Clock::default();
    let prior = Stamp::new(T0 + 60_000, 5);
    assert_eq!(c.tick_after(T0, Some(prior)), Stamp::new(T0 + 60_000, 6));
    assert_eq!(c.last(), Stamp::new(T0, 0));
    assert_eq!(
        c.tick_after(T0 + 70_000, Some(prior)),
        Stamp::new(T0 + 70_000, 0)
    );
}
