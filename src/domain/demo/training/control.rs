//! The demo's two standards and two hypotheses (one its facts confirm, one too young to tell).

use super::demo_id;
use super::{coaching_start, id, CARD, COACHED, WINDOW};
use crate::domain::control::hypothesis::{Hypothesis, HypothesisAction, Measure};
use crate::domain::control::standard::{Acknowledgement, Standard, StandardVersion};
use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::dataset::Edit;
use crate::domain::core::date::add_days;
use crate::domain::planning::metric::Builtin;
use chrono::NaiveDate;

pub(super) fn standards(today: NaiveDate) -> Vec<Edit> {
    let crm = Standard {
        title: "Правила работы в CRM".into(),
        versions: vec![
            StandardVersion {
                number: 1,
                effective: add_days(today, -200),
                text: "1. Каждая заявка заносится в CRM в течение часа.\n2. У каждой открытой сделки есть следующая задача с датой.\n3. Этап сделки меняется сразу после события."
                    .into(),
                note: "Первая редакция".into(),
            },
            StandardVersion {
                number: 2,
                effective: add_days(today, -12),
                text: "1. Каждая заявка заносится в CRM в течение часа.\n2. У каждой открытой сделки есть следующая задача с датой.\n3. Этап сделки меняется сразу после события.\n4. Сделка закрывается как проигранная только с причиной из списка."
                    .into(),
                note: "Добавлена причина проигрыша".into(),
            },
        ],
    };
    let call = Standard {
        title: "Стандарт телефонного звонка".into(),
        versions: vec![StandardVersion {
            number: 1,
            effective: add_days(today, -90),
            text: "Представиться и назвать компанию; получить согласие на разговор; не меньше трёх открытых вопросов; следующий шаг с датой; итоги в CRM в тот же день."
                .into(),
            note: String::new(),
        }],
    };
    let mut edits = vec![Edit::put(id(500), crm), Edit::put(id(501), call)];
    for (standard, version, who, ago) in [
        (500u128, 1u16, 1u128, 190i64),
        (500, 1, 2, 190),
        (500, 2, 1, 11),
        (500, 2, 2, 10),
        (500, 2, 3, 10),
        (500, 2, 4, 9),
        (501, 1, 1, 88),
        (501, 1, 2, 88),
        (501, 1, 3, 87),
        (501, 1, 4, 87),
        (501, 1, 5, 86),
        (501, 1, 6, 80),
        (501, 1, 7, 80),
    ] {
        edits.push(Edit::derived(Acknowledgement {
            standard: id(standard),
            version,
            manager: demo_id(who),
            date: add_days(today, -ago),
        }));
    }
    edits
}

pub(super) fn hypotheses(calendar: &WorkCalendar, today: NaiveDate) -> Vec<Edit> {
    let calls = Hypothesis {
        title: "Новиков делает мало звонков".into(),
        measure: Measure::Metric {
            metric: Builtin::Calls.id(),
        },
        people: vec![demo_id(COACHED)],
        cause: "Тратит утро на оформление документов и не планирует звонки в CRM".into(),
        actions: vec![
            HypothesisAction {
                text: "Документы передать помощнику, утро — только звонки".into(),
                owner: None,
                event: None,
                script: None,
                done: true,
            },
            HypothesisAction {
                text: "Тренинг по планированию дня в CRM".into(),
                owner: Some(demo_id(1)),
                event: Some(id(303)),
                script: None,
                done: true,
            },
        ],
        start: coaching_start(calendar, today),
        window: WINDOW,
        expected_percent: 15,
        closed: false,
    };
    let price = Hypothesis {
        title: "Слабая отработка возражения о цене".into(),
        measure: Measure::Criterion {
            scorecard: id(CARD),
            criterion: 6,
        },
        people: Vec::new(),
        cause: "В скрипте был один ответ на «дорого», без вопроса о том, с чем сравнивают".into(),
        actions: vec![
            HypothesisAction {
                text: "Новый ответ на «дорого» в скрипте, версия 3".into(),
                owner: Some(demo_id(2)),
                event: None,
                script: Some(id(200)),
                done: true,
            },
            HypothesisAction {
                text: "Ролевые игры по возражениям каждый четверг".into(),
                owner: Some(demo_id(1)),
                event: Some(id(305)),
                script: None,
                done: false,
            },
        ],
        start: add_days(today, -3),
        window: WINDOW,
        expected_percent: 20,
        closed: false,
    };
    vec![Edit::put(id(600), calls), Edit::put(id(601), price)]
}
