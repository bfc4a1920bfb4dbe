//! The demo department's training and quality (T1–T5, C2, C3 standards): a competency model, a call scorecard with
//! a dozen reviews by the head and quality control (three calls scored by both), a cold-call script in three
//! versions, a month of training events, a certification with an expired certificate, two standards, two
//! hypotheses (one the demo's facts confirm, one too young to tell) and a reading list.

mod certification;
mod control;
mod events;
mod reviews;
mod scripts;

use certification::certification;
use control::{hypotheses, standards};
use events::events;
use reviews::scorecard_and_reviews;
pub use reviews::CARD;
use scripts::scripts;

use super::demo_id;
use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::dataset::Edit;
use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::team::Role;
use crate::domain::training::reading::{Material, MaterialKind, Reading, ReadingStatus};
use crate::domain::training::skill::{Skill, SkillGroup, SkillMark};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Новиков, who lags on calls: the confirmed hypothesis is about him.
pub const COACHED: u128 = 6;
/// His calls rise by this share (percent) from the coaching's start: what the demo's facts carry.
pub const COACHED_LIFT: i64 = 30;
/// Working days in each window of the demo hypotheses.
pub(super) const WINDOW: u16 = 10;

/// The day the coaching of [`COACHED`] started: 12 working days before today, so the 10-day after window has
/// ended by today.
pub fn coaching_start(calendar: &WorkCalendar, today: NaiveDate) -> NaiveDate {
    let mut day = today;
    let mut n = 0;
    while n < 12 {
        day = add_days(day, -1);
        if calendar.is_working(day) {
            n += 1;
        }
    }
    day
}

pub fn id(n: u128) -> RecordId {
    demo_id(0x5000 + n)
}

pub fn training(calendar: &WorkCalendar, today: NaiveDate) -> Vec<Edit> {
    let mut edits = skills(today);
    edits.extend(scorecard_and_reviews(today));
    edits.extend(scripts(today));
    edits.extend(events(today));
    edits.extend(certification(today));
    edits.extend(standards(today));
    edits.extend(hypotheses(calendar, today));
    edits.extend(reading(today));
    edits
}

const SKILLS: [(u128, &str, SkillGroup, [u8; 4]); 9] = [
    // (id, name, group, required level of trainee, seller, senior seller, team lead)
    (
        1,
        "Знание продукта и тарифов",
        SkillGroup::Product,
        [2, 3, 4, 4],
    ),
    (2, "Ведение сделок в CRM", SkillGroup::Crm, [2, 3, 3, 4]),
    (3, "Планирование дня", SkillGroup::Crm, [1, 2, 3, 3]),
    (
        4,
        "Установление контакта",
        SkillGroup::Contact,
        [2, 3, 3, 4],
    ),
    (5, "Выявление потребностей", SkillGroup::Needs, [1, 3, 4, 4]),
    (
        6,
        "Презентация выгоды",
        SkillGroup::Presentation,
        [1, 3, 3, 4],
    ),
    (
        7,
        "Работа с возражением «дорого»",
        SkillGroup::Objections,
        [1, 2, 3, 4],
    ),
    (8, "Прочие возражения", SkillGroup::Objections, [1, 2, 3, 3]),
    (
        9,
        "Закрытие и следующий шаг",
        SkillGroup::Closing,
        [1, 3, 4, 4],
    ),
];

pub(super) fn skill_id(n: u128) -> RecordId {
    id(n)
}

fn skills(today: NaiveDate) -> Vec<Edit> {
    let mut edits: Vec<Edit> = SKILLS
        .iter()
        .map(|(n, name, group, req)| {
            let required: BTreeMap<Role, u8> = Role::ALL.into_iter().zip(*req).collect();
            Edit::put(
                skill_id(*n),
                Skill {
                    name: (*name).into(),
                    group: *group,
                    levels: [
                        "Не знает, не применяет".into(),
                        "Знает в теории, применяет с подсказкой".into(),
                        "Применяет сам в типовых ситуациях".into(),
                        "Применяет уверенно, в том числе в сложных случаях".into(),
                        "Эталон отдела: может обучать других".into(),
                    ],
                    required,
                    order: *n as u32,
                },
            )
        })
        .collect();
    // The head's own judgement where no result speaks yet.
    for (k, (who, skill, level, note)) in [
        (
            1u128,
            3u128,
            4u8,
            "Планирует день лучше всех, показывает новичкам",
        ),
        (
            8,
            2,
            1,
            "Путается в этапах сделки, карточки заполняет не полностью",
        ),
        (4, 3, 2, "План дня есть, но звонки в нём не распределены"),
    ]
    .into_iter()
    .enumerate()
    {
        edits.push(Edit::put(
            id(20 + k as u128),
            SkillMark {
                manager: demo_id(who),
                skill: skill_id(skill),
                level,
                date: add_days(today, -40 + k as i64 * 3),
                note: note.into(),
            },
        ));
    }
    edits
}

fn reading(today: NaiveDate) -> Vec<Edit> {
    let materials = [
        (
            700u128,
            "СПИН-продажи",
            MaterialKind::Book,
            "Нил Рекхэм",
            5u128,
        ),
        (
            701,
            "Переговоры без поражения",
            MaterialKind::Book,
            "Роджер Фишер, Уильям Юри",
            7,
        ),
        (
            702,
            "Работа с возражениями",
            MaterialKind::Course,
            "Внутренний курс отдела",
            7,
        ),
        (
            703,
            "CRM за 30 минут",
            MaterialKind::Video,
            "Внутреннее видео",
            2,
        ),
    ];
    let mut edits: Vec<Edit> = materials
        .iter()
        .map(|(n, title, kind, author, skill)| {
            Edit::put(
                id(*n),
                Material {
                    title: (*title).into(),
                    kind: *kind,
                    author: (*author).into(),
                    link: String::new(),
                    skill: Some(skill_id(*skill)),
                },
            )
        })
        .collect();
    for (material, who, status, ago) in [
        (700u128, 4u128, ReadingStatus::Done, 20i64),
        (700, 5, ReadingStatus::Reading, 10),
        (700, 6, ReadingStatus::Reading, 10),
        (700, 8, ReadingStatus::Planned, 5),
        (702, 6, ReadingStatus::Done, 15),
        (702, 8, ReadingStatus::Reading, 3),
        (703, 8, ReadingStatus::Done, 25),
        (701, 2, ReadingStatus::Done, 60),
    ] {
        edits.push(Edit::derived(Reading {
            material: id(material),
            manager: demo_id(who),
            status,
            date: add_days(today, -ago),
        }));
    }
    edits
}
