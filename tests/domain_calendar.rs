//! The production calendar against the official figures: working days per month of every built-in year.

mod common;
use chrono::{Datelike, NaiveDate};
use common::day;
use rop::domain::core::calendar::{built_in_years, month_end, DayKind, WorkCalendar};

/// Working days per month for a five-day week, from the official production calendars (Consultant/Garant tables
/// of the decrees). 2027 is the Labour Code's own calendar, counted by hand, until its decree is built in: the
/// decree will move the two January weekend holidays and lower the year to 247.
const OFFICIAL: [(i32, [u32; 12], u32); 4] = [
    (2024, [17, 20, 20, 21, 20, 19, 23, 22, 21, 23, 21, 21], 248),
    (2025, [17, 20, 21, 22, 18, 19, 23, 21, 22, 23, 19, 22], 247),
    (2026, [15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22], 247),
    (2027, [15, 19, 22, 22, 19, 21, 22, 22, 22, 21, 21, 23], 249),
];

/// Hours of a 40-hour week: 8 per working day, minus 1 per short pre-holiday day.
const HOURS: [(i32, u32); 3] = [(2024, 1979), (2025, 1972), (2026, 1972)];

#[test]
fn working_days_per_month_match_the_official_calendar() {
    let cal = WorkCalendar::official();
    for (year, months, total) in OFFICIAL {
        let mut sum = 0;
        for (i, want) in months.iter().enumerate() {
            let first = NaiveDate::from_ymd_opt(year, i as u32 + 1, 1).unwrap();
            let got = cal.working_days(first, month_end(first)).len() as u32;
            assert_eq!(got, *want, "{year}-{:02}", i + 1);
            sum += got;
        }
        assert_eq!(sum, total, "{year}");
    }
}

#[test]
fn hours_per_year_count_the_short_days() {
    let cal = WorkCalendar::official();
    for (year, hours) in HOURS {
        let days = cal.working_days(day(&format!("{year}-01-01")), day(&format!("{year}-12-31")));
        let short = days
            .iter()
            .filter(|d| cal.day(**d) == DayKind::Short)
            .count() as u32;
        assert_eq!(days.len() as u32 * 8 - short, hours, "{year}");
    }
}

#[test]
fn only_2027_is_provisional() {
    let years: Vec<_> = built_in_years().collect();
    assert_eq!(
        years,
        vec![(2024, false), (2025, false), (2026, false), (2027, true)]
    );
}

#[test]
fn days_are_named_by_what_they_are() {
    let cal = WorkCalendar::official();
    assert_eq!(
        cal.day(day("2024-04-27")),
        DayKind::WorkingWeekend,
        "Saturday worked for 29 April"
    );
    assert_eq!(
        cal.day(day("2024-04-29")),
        DayKind::Holiday,
        "moved day off"
    );
    assert_eq!(
        cal.day(day("2026-01-03")),
        DayKind::Holiday,
        "a January holiday on a Saturday"
    );
    assert_eq!(
        cal.day(day("2026-03-09")),
        DayKind::Holiday,
        "8 March on a Sunday moves to Monday"
    );
    assert_eq!(cal.day(day("2026-06-11")), DayKind::Short);
    assert_eq!(cal.day(day("2026-11-28")), DayKind::Weekend);
    assert_eq!(cal.day(day("2026-11-27")), DayKind::Working);
    assert_eq!(
        cal.day(day("2023-05-01")),
        DayKind::Working,
        "outside the built-in years: the week only"
    );
}

#[test]
fn the_department_week_and_overrides_apply_over_the_official_calendar() {
    let mut cal = WorkCalendar::official();
    cal.week[5] = true; // the department works Saturdays
    assert_eq!(cal.day(day("2026-11-28")), DayKind::WorkingWeekend);
    assert_eq!(
        cal.day(day("2026-01-03")),
        DayKind::Holiday,
        "a holiday stays a holiday"
    );
    cal.overrides.insert(day("2026-11-27"), false);
    cal.overrides.insert(day("2026-11-29"), true);
    assert_eq!(cal.day(day("2026-11-27")), DayKind::CompanyOff);
    assert_eq!(cal.day(day("2026-11-29")), DayKind::WorkingWeekend);
    // November 2026: 20 official days + 4 working Saturdays − 1 company day off + 1 working Sunday.
    let nov = cal.working_days(day("2026-11-01"), day("2026-11-30"));
    assert_eq!(nov.len(), 24);
    assert!(nov.iter().all(|d| d.month() == 11));
}

#[test]
fn a_window_of_days_counts_both_ends() {
    use rop::domain::core::date::window_start;
    let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    // 7 days ending on Sunday 29 November 2026 start on Monday the 23rd; 30 days on 31 October; 1 day on itself.
    assert_eq!(window_start(d("2026-11-29"), 7), d("2026-11-23"));
    assert_eq!(window_start(d("2026-11-29"), 30), d("2026-10-31"));
    assert_eq!(window_start(d("2026-11-29"), 1), d("2026-11-29"));
    // 365 days ending on 28 February 2028 (a leap year) start on 1 March 2027.
    assert_eq!(window_start(d("2028-02-28"), 365), d("2027-03-01"));
    assert_eq!(
        window_start(d("2026-11-29"), 0),
        d("2026-11-29"),
        "no empty window"
    );
}
