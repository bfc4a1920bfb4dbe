//! The demo's call scorecard and a dozen reviews by the head and quality control, three calls scored by both.

use super::demo_id;
use super::{id, skill_id};
use crate::domain::core::dataset::Edit;
use crate::domain::core::date::add_days;
use crate::domain::training::review::{Mark, Review, Reviewer, Subject};
use crate::domain::training::scorecard::{CardUse, Criterion, Remedy, Scale, Scorecard};
use crate::domain::training::skill::SkillGroup;
use chrono::NaiveDate;

/// The call card (also the role-play card of the final interview in hiring).
pub const CARD: u128 = 100;
const QUALITY: &str = "Ирина Белова (ОКК)";

/// Criteria of the call card: (id, stage, text, scale, weight, skill).
const CRITERIA: [(u16, SkillGroup, &str, Scale, u8, u128); 8] = [
    (
        1,
        SkillGroup::Contact,
        "Представился, назвал компанию и цель звонка",
        Scale::YesNo,
        1,
        4,
    ),
    (
        2,
        SkillGroup::Contact,
        "Получил согласие клиента на разговор",
        Scale::ZeroTwo,
        2,
        4,
    ),
    (
        3,
        SkillGroup::Needs,
        "Задал не меньше трёх открытых вопросов",
        Scale::ZeroTwo,
        3,
        5,
    ),
    (
        4,
        SkillGroup::Needs,
        "Резюмировал потребность словами клиента",
        Scale::ZeroTwo,
        2,
        5,
    ),
    (
        5,
        SkillGroup::Presentation,
        "Говорил выгодами для клиента, а не свойствами",
        Scale::OneFive,
        2,
        6,
    ),
    (
        6,
        SkillGroup::Objections,
        "Отработал возражение о цене по скрипту",
        Scale::ZeroTwo,
        3,
        7,
    ),
    (
        7,
        SkillGroup::Closing,
        "Договорился о следующем шаге с датой",
        Scale::ZeroTwo,
        3,
        9,
    ),
    (
        8,
        SkillGroup::Closing,
        "Внёс итоги звонка в CRM в тот же день",
        Scale::YesNo,
        1,
        2,
    ),
];

pub(super) fn scorecard_and_reviews(today: NaiveDate) -> Vec<Edit> {
    let card = Scorecard {
        name: "Оценка звонка".into(),
        used_for: CardUse::Both,
        criteria: CRITERIA
            .iter()
            .map(|(cid, stage, text, scale, weight, skill)| Criterion {
                id: *cid,
                stage: *stage,
                text: (*text).into(),
                scale: *scale,
                weight: *weight,
                skill: Some(skill_id(*skill)),
                remedy: match cid {
                    6 => Some(Remedy::Script(id(200))),
                    7 => Some(Remedy::Event(id(305))),
                    3 => Some(Remedy::Event(id(301))),
                    _ => None,
                },
            })
            .collect(),
    };
    let mut edits = vec![Edit::put(id(CARD), card)];
    // (who, days ago, client, reviewer is quality control, marks per criterion 1..=8; 9 = not applicable)
    let reviews: [(u128, i64, &str, bool, [u8; 8]); 14] = [
        (6, 30, "ООО «Вектор»", false, [1, 1, 0, 0, 2, 0, 1, 1]),
        (6, 30, "ООО «Вектор»", true, [1, 1, 1, 0, 2, 0, 0, 1]),
        (6, 16, "ИП Савельев", false, [1, 2, 1, 1, 3, 1, 1, 1]),
        (6, 9, "АО «Север»", true, [1, 2, 2, 1, 3, 1, 2, 1]),
        (6, 9, "АО «Север»", false, [1, 2, 2, 1, 4, 1, 2, 1]),
        (2, 20, "ООО «Гранит»", false, [1, 2, 2, 2, 5, 2, 2, 1]),
        (2, 6, "ООО «Лада-Сервис»", true, [1, 2, 2, 2, 4, 9, 2, 1]),
        (3, 12, "ЗАО «Меридиан»", false, [1, 2, 2, 1, 4, 2, 2, 1]),
        (4, 14, "ООО «Прогресс»", true, [1, 1, 1, 1, 3, 1, 1, 0]),
        (5, 8, "ООО «Техносфера»", false, [1, 2, 1, 1, 3, 1, 2, 1]),
        (8, 11, "ИП Орлова", false, [0, 1, 1, 0, 2, 0, 1, 0]),
        (8, 11, "ИП Орлова", true, [1, 1, 0, 0, 1, 0, 0, 0]),
        (7, 5, "ООО «Альянс»", true, [1, 2, 1, 1, 3, 1, 1, 1]),
        (1, 18, "ГК «Созвездие»", false, [1, 2, 2, 2, 5, 2, 2, 1]),
    ];
    for (k, (who, ago, client, quality, marks)) in reviews.into_iter().enumerate() {
        edits.push(Edit::put(
            id(110 + k as u128),
            Review {
                scorecard: id(CARD),
                manager: demo_id(who),
                date: add_days(today, -ago),
                subject: Subject::Call {
                    client: client.into(),
                    link: format!("crm://calls/{}", 48_100 + k * 37),
                },
                reviewer: if quality {
                    Reviewer::Quality {
                        name: QUALITY.into(),
                    }
                } else {
                    Reviewer::Head
                },
                marks: marks
                    .iter()
                    .enumerate()
                    .map(|(c, v)| Mark {
                        criterion: c as u16 + 1,
                        value: (*v != 9).then_some(*v),
                        comment: match (c, *v) {
                            (5, 0) => "Сразу дал скидку, не выяснив, с чем сравнивает".into(),
                            (2, 0) => "Только закрытые вопросы".into(),
                            _ => String::new(),
                        },
                    })
                    .collect(),
                comment: String::new(),
            },
        ));
    }
    // Two role-plays in pairs on the price objection.
    for (k, (who, partner, marks)) in [
        (8u128, 1u128, [1, 2, 1, 1, 3, 1, 1, 1]),
        (6, 2, [1, 2, 2, 1, 3, 2, 2, 1]),
    ]
    .into_iter()
    .enumerate()
    {
        edits.push(Edit::put(
            id(130 + k as u128),
            Review {
                scorecard: id(CARD),
                manager: demo_id(who),
                date: add_days(today, -4 - k as i64),
                subject: Subject::RolePlay {
                    partner: Some(demo_id(partner)),
                    scenario: "Клиент: «У конкурентов на 20 % дешевле»".into(),
                },
                reviewer: Reviewer::Head,
                marks: marks
                    .iter()
                    .enumerate()
                    .map(|(c, v)| Mark {
                        criterion: c as u16 + 1,
                        value: Some(*v),
                        comment: String::new(),
                    })
                    .collect(),
                comment: "Хорошо держит паузу после цены".into(),
            },
        ));
    }
    edits
}
