//! The demo's month of training events with attendance.

use super::demo_id;
use super::id;
use crate::domain::core::dataset::Edit;
use crate::domain::core::date::{add_days, monday};
use crate::domain::training::event::{EventKind, TrainingAttendance, TrainingEvent};
use chrono::NaiveDate;

pub(super) fn events(today: NaiveDate) -> Vec<Edit> {
    let week = monday(today);
    let first = add_days(week, -21);
    let everyone = Vec::new();
    let ev =
        |title: &str, kind, date, start: u16, minutes, leader: Option<u128>, people: &[u128]| {
            TrainingEvent {
                title: title.into(),
                kind,
                date,
                start,
                minutes,
                leader: leader.map(demo_id),
                speaker: String::new(),
                participants: people.iter().map(|p| demo_id(*p)).collect(),
                materials: String::new(),
                weekly_until: None,
                skipped: Vec::new(),
                cancelled: false,
                sequence: 0,
            }
        };
    let mut roleplay = ev(
        "Ролевые игры: возражения",
        EventKind::RolePlay,
        add_days(first, 3),
        17 * 60,
        60,
        Some(1),
        &[],
    );
    roleplay.weekly_until = Some(add_days(first, 3 + 7 * 7));
    roleplay.materials = "Скрипт «Входящая заявка», блок «Возражения»".into();
    roleplay.sequence = 1;
    let mut review = ev(
        "Разбор звонков недели",
        EventKind::CallReview,
        add_days(first, 1),
        16 * 60 + 30,
        45,
        None,
        &[],
    );
    review.weekly_until = Some(add_days(first, 1 + 7 * 7));
    review.skipped = vec![add_days(first, 1 + 7)];
    let mut product = ev(
        "Новые тарифы 2027",
        EventKind::Product,
        add_days(week, 2),
        10 * 60,
        90,
        None,
        &[],
    );
    product.materials = "Презентация тарифов, прайс с 1 января".into();
    let mut crm = ev(
        "Этапы сделки и обязательные поля",
        EventKind::Crm,
        add_days(first, 9),
        11 * 60,
        60,
        Some(1),
        &[6, 7, 8],
    );
    crm.materials = "Регламент работы в CRM, версия 2".into();
    let mut speaker = ev(
        "Переговоры о цене",
        EventKind::Speaker,
        add_days(week, 10),
        15 * 60,
        120,
        None,
        &everyone,
    );
    speaker.speaker = "Алексей Громов, бизнес-тренер".into();
    let reading = ev(
        "Книжный клуб: «СПИН-продажи», главы 1–3",
        EventKind::Reading,
        add_days(first, 11),
        18 * 60,
        45,
        Some(2),
        &[4, 5, 6, 7, 8],
    );
    let mut edits = vec![
        Edit::put(id(301), review.clone()),
        Edit::put(id(302), product),
        Edit::put(id(303), crm.clone()),
        Edit::put(id(304), speaker),
        Edit::put(id(305), roleplay.clone()),
        Edit::put(id(306), reading),
    ];
    // Attendance of the past occurrences: everyone but one or two each time.
    let team: Vec<u128> = (1..=8).collect();
    let mut n = 0;
    for (event, data) in [(301, &review), (305, &roleplay), (303, &crm)] {
        for date in data.occurrences(first, add_days(today, -1)) {
            n += 1;
            let invited: Vec<u128> = if data.participants.is_empty() {
                team.clone()
            } else {
                vec![6, 7, 8]
            };
            let present = invited
                .iter()
                .filter(|p| !(**p as usize + n).is_multiple_of(5))
                .map(|p| demo_id(*p))
                .collect();
            edits.push(Edit::derived(TrainingAttendance {
                event: id(event),
                date,
                present,
            }));
        }
    }
    edits
}
