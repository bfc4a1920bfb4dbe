//! What a meeting looks back on, decided once for every screen (O4–O6): who it is about, the promises that fell
//! due, the week under review and the month reported, and attendance for everyone not yet marked.

use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::date::add_days;
use crate::domain::organisation::meeting::previous_working_day;
use crate::domain::organisation::promise::{promises, Promise};
use crate::domain::organisation::protocol::{attendance_of, Attendance, Presence};
use crate::domain::planning::planfact::Period;
use crate::domain::{AbsenceKind, Dataset, Edit, Manager, Record, RecordId};
use chrono::NaiveDate;

/// The managers a meeting on `date` is about: employed that day, by name.
pub fn people_on(data: &Dataset, date: NaiveDate) -> Vec<&Record<Manager>> {
    data.managers_by_name()
        .into_iter()
        .filter(|r| r.data.is_employed_on(date))
        .collect()
}

/// The promises a stand-up on `date` opens with: due from the last working day before it (Friday's on a Monday,
/// the day before a holiday run) up to the day before the meeting. Returns that first day too.
pub fn promises_to_review<'a>(
    data: &'a Dataset,
    calendar: &WorkCalendar,
    date: NaiveDate,
) -> (NaiveDate, Vec<(RecordId, &'a Promise)>) {
    let from = previous_working_day(calendar, date);
    let due = promises(data)
        .into_iter()
        .filter(|(_, p)| p.due >= from && p.due < date)
        .collect();
    (from, due)
}

/// The week a meeting on `date` reviews: the week of the last working day before it (a Monday's weekly meeting
/// reviews the week just ended).
pub fn review_week(calendar: &WorkCalendar, date: NaiveDate) -> Period {
    Period::week(previous_working_day(calendar, date))
}

/// The week a meeting on `date` plans: the one after [`review_week`].
pub fn plan_week(calendar: &WorkCalendar, date: NaiveDate) -> Period {
    Period::week(add_days(review_week(calendar, date).from, 7))
}

/// The month a monthly meeting on `date` reports: the month of the last working day before it (the meeting on the
/// first working day of December reports November).
pub fn report_month(calendar: &WorkCalendar, date: NaiveDate) -> NaiveDate {
    Period::month(previous_working_day(calendar, date)).from
}

/// Why `manager` is away on `date` by the schedule (vacation, sick leave…), if an absence covers the day.
pub fn away_on(data: &Dataset, manager: RecordId, date: NaiveDate) -> Option<AbsenceKind> {
    data.absences_of(manager)
        .into_iter()
        .find(|a| a.data.covers(date))
        .map(|a| a.data.kind)
}

/// "Everyone else is here": attendance for each person of the meeting not marked yet: absent, with the reason,
/// when an absence covers the day; present otherwise. `reason` words an absence kind in the user's language.
pub fn attendance_defaults(
    data: &Dataset,
    meeting: RecordId,
    date: NaiveDate,
    reason: impl Fn(AbsenceKind) -> String,
) -> Vec<Edit> {
    let marked: Vec<RecordId> = attendance_of(data, meeting)
        .into_iter()
        .map(|a| a.manager)
        .collect();
    people_on(data, date)
        .into_iter()
        .filter(|r| !marked.contains(&r.id))
        .map(|r| {
            let (presence, reason) = match away_on(data, r.id, date).map(&reason) {
                Some(why) => (Presence::Absent, why),
                None => (Presence::Present, String::new()),
            };
            Edit::put(
                Attendance::id_for(meeting, r.id),
                Attendance {
                    meeting,
                    manager: r.id,
                    presence,
                    reason,
                },
            )
        })
        .collect()
}
