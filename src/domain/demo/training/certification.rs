//! The demo's certification: a product test, attempts, and an expired certificate.

use super::demo_id;
use super::{id, skill_id};
use crate::domain::core::dataset::Edit;
use crate::domain::core::date::add_days;
use crate::domain::training::certification::{Answer, Attempt, CertTest, Given, Question};
use chrono::NaiveDate;

pub(super) fn certification(today: NaiveDate) -> Vec<Edit> {
    let single = |qid, text: &str, options: &[&str], correct| Question {
        id: qid,
        text: text.into(),
        answer: Answer::Single {
            options: options.iter().map(|o| (*o).into()).collect(),
            correct,
        },
    };
    let test = CertTest {
        title: "Продукт и тарифы: базовый уровень".into(),
        skill: Some(skill_id(1)),
        standard: None,
        questions: vec![
            single(1, "Сколько пользователей входит в тариф «Старт»?", &["3", "5", "10"], 1),
            single(
                2,
                "Какой срок бесплатного пробного периода?",
                &["7 дней", "14 дней", "30 дней"],
                1,
            ),
            Question {
                id: 3,
                text: "Что входит в тариф «Бизнес»?".into(),
                answer: Answer::Multiple {
                    options: vec![
                        "Телефония".into(),
                        "Аналитика воронки".into(),
                        "Личный менеджер".into(),
                        "Собственный сервер".into(),
                    ],
                    correct: vec![0, 1, 2],
                },
            },
            single(
                4,
                "При оплате за год скидка составляет…",
                &["10 %", "15 %", "20 %"],
                2,
            ),
            Question {
                id: 5,
                text: "Объясните клиенту своими словами, чем «Бизнес» выгоднее «Старта» для отдела из 12 человек."
                    .into(),
                answer: Answer::Short {
                    model: "Цена за пользователя ниже, есть аналитика воронки и телефония: не нужно платить за них отдельно."
                        .into(),
                },
            },
        ],
        // The usual settings: 80 % to pass, 15 minutes, two attempts, shuffled, valid 180 days.
        ..CertTest::blank()
    };
    let crm_test = CertTest {
        title: "Правила работы в CRM".into(),
        skill: Some(skill_id(2)),
        standard: Some(id(500)),
        questions: vec![
            single(
                1,
                "Когда сделку нужно перевести на следующий этап?",
                &[
                    "В конце недели",
                    "Сразу после события",
                    "Когда попросит руководитель",
                ],
                1,
            ),
            single(
                2,
                "Что обязательно у каждой открытой сделки?",
                &["Следующая задача с датой", "Комментарий", "Тег"],
                0,
            ),
        ],
        draw: 0,
        pass_percent: 100,
        minutes: 0,
        attempts: 0,
        shuffle: false,
        valid_days: 365,
        recert_days: 30,
    };
    // (attempt n, test, who, days ago, given answers: q1, q2, q3 choices, q4, short answer graded)
    let all_right = |text: &str| {
        vec![
            given_choice(1, &[1]),
            given_choice(2, &[1]),
            given_choice(3, &[0, 1, 2]),
            given_choice(4, &[2]),
            Given {
                question: 5,
                chosen: Vec::new(),
                text: text.into(),
                graded: Some(true),
            },
        ]
    };
    let mut edits = vec![Edit::put(id(400), test), Edit::put(id(401), crm_test)];
    let attempt = |who: u128, ago: i64, given: Vec<Given>| Attempt {
        test: id(400),
        manager: demo_id(who),
        paper: vec![1, 2, 3, 4, 5],
        started: add_days(today, -ago),
        started_ms: 0,
        submitted: Some(add_days(today, -ago)),
        given,
    };
    // Кузнецов passed 200 days ago: expired (valid 180 days).
    edits.push(Edit::put(
        id(410),
        attempt(2, 200, all_right("Дешевле на человека и всё включено")),
    ));
    // Морозова passed 170 days ago: re-certification due.
    edits.push(Edit::put(
        id(411),
        attempt(
            3,
            170,
            all_right("На 12 человек «Бизнес» дешевле, плюс аналитика"),
        ),
    ));
    // Новиков failed once (60 %), then passed.
    let mut failed = all_right("Не знаю");
    failed[0] = given_choice(1, &[2]);
    failed[4].graded = Some(false);
    edits.push(Edit::put(id(412), attempt(6, 40, failed)));
    edits.push(Edit::put(
        id(413),
        attempt(
            6,
            33,
            all_right("Телефония и аналитика уже внутри, а цена за место ниже"),
        ),
    ));
    // Попов's short answer waits for the head's grade.
    let mut pending = all_right("Там больше функций");
    pending[4].graded = None;
    edits.push(Edit::put(id(414), attempt(8, 1, pending)));
    // The CRM rules test, passed by two.
    for (k, who) in [1u128, 4].into_iter().enumerate() {
        edits.push(Edit::put(
            id(420 + k as u128),
            Attempt {
                test: id(401),
                manager: demo_id(who),
                paper: vec![1, 2],
                started: add_days(today, -10),
                started_ms: 0,
                submitted: Some(add_days(today, -10)),
                given: vec![given_choice(1, &[1]), given_choice(2, &[0])],
            },
        ));
    }
    edits
}

fn given_choice(question: u16, chosen: &[u8]) -> Given {
    Given {
        question,
        chosen: chosen.to_vec(),
        text: String::new(),
        graded: None,
    }
}
