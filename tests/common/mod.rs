//! Helpers shared by the native tests: a small department built through the real write path.
#![allow(dead_code)]

use chrono::NaiveDate;
use rop::domain::{demo, Clock, Dataset, DeviceId};

/// The wall clock the tests pretend it is: 2026-11-27T09:00:00Z.
pub const NOW: u64 = 1_795_770_000_000;

pub fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub fn device(n: u128) -> DeviceId {
    uuid::Uuid::from_u128(0xd0 << 64 | n)
}

/// The demo department as written by `device` at `NOW`.
pub fn demo_data(dev: DeviceId) -> Dataset {
    let mut data = Dataset::default();
    let mut clock = Clock::default();
    for e in demo::department(day("2026-11-27")) {
        for c in data.stamp(e, &mut clock, NOW, dev).unwrap() {
            data.apply(c);
        }
    }
    data
}

/// The golden file's data: the demo department with a few days of its facts and November's payment plans, so
/// that every store appears and the file stays small enough to read.
pub fn golden_data() -> Dataset {
    let mut data = demo_data(device(1));
    let payments = rop::domain::planning::metric::Builtin::Payments.id();
    data.facts.retain(|_, r| r.data.date >= day("2026-11-25"));
    data.plans
        .retain(|_, r| r.data.month == day("2026-11-01") && r.data.metric == payments);
    let plans = data.plans.clone();
    data.plan_log
        .retain(|_, r| plans.contains_key(&r.data.plan));
    // The meetings of the last week with what was said in them; the case library whole.
    data.meetings
        .retain(|_, r| r.data.date >= day("2026-11-23"));
    let meetings = data.meetings.clone();
    let kept = |m: &rop::domain::RecordId| meetings.contains_key(m);
    data.attendance.retain(|_, r| kept(&r.data.meeting));
    data.meeting_notes.retain(|_, r| kept(&r.data.meeting));
    data.meeting_tasks.retain(|_, r| kept(&r.data.meeting));
    data.promises
        .retain(|_, r| r.data.meeting.as_ref().is_some_and(kept));
    // The CRM snapshots with two people's deals and tasks; three days of time logs.
    let two = [rop::domain::demo::demo_id(1), rop::domain::demo::demo_id(2)];
    for r in data.crm_snapshots.values_mut() {
        r.data.deals.retain(|d| two.contains(&d.manager));
        r.data.tasks.retain(|t| two.contains(&t.manager));
    }
    data.time_logs
        .retain(|_, r| r.data.date >= day("2026-11-24"));
    data
}

/// A record id from a small number, for readable tests.
pub fn id(n: u128) -> rop::domain::RecordId {
    uuid::Uuid::from_u128(n)
}

/// Applies edits through the real write path, like the app after a restart: the clock continues after the
/// newest stamp.
pub fn apply(data: &mut Dataset, edits: Vec<rop::domain::Edit>) {
    let mut clock = data
        .newest_stamp()
        .map(Clock::starting_after)
        .unwrap_or_default();
    for e in edits {
        let c = data.stamp(e, &mut clock, NOW, id(0xdd)).unwrap();
        data.apply_all(c);
    }
}
