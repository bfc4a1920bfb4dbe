//! The demo's fortnight of non-selling time, and a lateness confirmed with a warning and a bonus reduction.

use super::*;
use crate::domain::control::violation::{Decision, Origin, Violation, ViolationKind};
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::{add_days, month_start};
use crate::domain::demo::{demo_id, Noise};
use crate::domain::motivation::rate::Bp;
use crate::domain::motivation::reduction::decide;
use crate::domain::organisation::protocol::{Attendance, Presence};
use crate::domain::organisation::time_use::{TimeKind, TimeLog};
use chrono::NaiveDate;

/// Two weeks of non-selling work: invoices for accounting and sample deliveries eat the most.
pub(super) fn time_logs(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
    let calendar = data.calendar();
    let mut out = Vec::new();
    let mut noise = Noise(0x7173_0001);
    let mut n_id = 0x6100u128;
    let work: [(TimeKind, &str); 5] = [
        (TimeKind::Documents, "Счета и акты для бухгалтерии"),
        (TimeKind::Logistics, "Доставка образцов клиентам"),
        (TimeKind::Complaints, "Разбор рекламаций"),
        (TimeKind::Internal, "Запросы юристов по договорам"),
        (TimeKind::Other, "Отчёты для маркетинга"),
    ];
    for day in calendar.working_days(add_days(today, -14), add_days(today, -1)) {
        for n in 1..=8u128 {
            if noise.next() % 100 < 25 {
                continue;
            }
            let (kind, what) = work[(noise.next() % 100) as usize / 21 % 5];
            // Новиков carries the invoices of half the team.
            let minutes = (30 + noise.next() % 90 + if n == 6 { 60 } else { 0 }) as u16;
            n_id += 1;
            out.push(Edit::put(
                demo_id(n_id),
                TimeLog {
                    manager: person(n),
                    date: day,
                    kind,
                    minutes,
                    what: what.into(),
                    by_head: n_id.is_multiple_of(4),
                },
            ));
        }
    }
    out
}

/// Новиков's latest lateness this month, confirmed with a warning and a 10 % bonus reduction.
pub(super) fn discipline(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
    let late = data
        .live_records::<Attendance>()
        .filter(|r| r.data.manager == person(6) && r.data.presence == Presence::Late)
        .filter_map(|r| {
            let m = data.live::<crate::domain::organisation::meeting::Meeting>(r.data.meeting)?;
            (month_start(m.data.date) == month_start(today)).then_some((m.data.date, r.id))
        })
        .max();
    let Some((date, attendance)) = late else {
        return Vec::new();
    };
    let v = Violation {
        manager: person(6),
        date,
        kind: ViolationKind::Lateness,
        origin: Some(Origin::Attendance(attendance)),
        standard: None,
        note: "Третье опоздание на планёрку за месяц".into(),
        decision: Decision::Warning,
    };
    let id = Violation::id_for(person(6), Origin::Attendance(attendance));
    decide(data, id, v, Some(Bp::percent(10)), |v, _| {
        use chrono::Datelike;
        format!(
            "П. 3.1 правил внутреннего распорядка: опоздание на планёрку {:02}.{:02}.{}",
            v.date.day(),
            v.date.month(),
            v.date.year()
        )
    })
}
