//! The demo department's training and quality (T1–T5, C2, C3 standards): a competency model, a call scorecard with
//! a dozen reviews by the head and quality control (three calls scored by both), a cold-call script in three
//! versions, a month of training events, a certification with an expired certificate, two standards, two
//! hypotheses (one the demo's facts confirm, one too young to tell) and a reading list.

use super::demo_id;
use crate::domain::control::hypothesis::{Hypothesis, HypothesisAction, Measure};
use crate::domain::control::standard::{Acknowledgement, Standard, StandardVersion};
use crate::domain::core::calendar::WorkCalendar;
use crate::domain::core::dataset::Edit;
use crate::domain::core::date::{add_days, monday};
use crate::domain::core::record::RecordId;
use crate::domain::planning::metric::Builtin;
use crate::domain::team::Role;
use crate::domain::training::case::Case;
use crate::domain::training::certification::{Answer, Attempt, CertTest, Given, Question};
use crate::domain::training::event::{EventKind, TrainingAttendance, TrainingEvent};
use crate::domain::training::reading::{Material, MaterialKind, Reading, ReadingStatus};
use crate::domain::training::review::{Mark, Review, Reviewer, Subject};
use crate::domain::training::scorecard::{CardUse, Criterion, Remedy, Scale, Scorecard};
use crate::domain::training::script::{BlockKind, Script, ScriptBlock, ScriptVersion, Stage};
use crate::domain::training::skill::{Skill, SkillGroup, SkillMark};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Новиков, who lags on calls: the confirmed hypothesis is about him.
pub const COACHED: u128 = 6;
/// His calls rise by this share (percent) from the coaching's start: what the demo's facts carry.
pub const COACHED_LIFT: i64 = 30;
/// Working days in each window of the demo hypotheses.
const WINDOW: u16 = 10;

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

fn skill_id(n: u128) -> RecordId {
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

fn scorecard_and_reviews(today: NaiveDate) -> Vec<Edit> {
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

fn block(kind: BlockKind, text: &str, answer: &str) -> ScriptBlock {
    ScriptBlock {
        kind,
        text: text.into(),
        answer: answer.into(),
        cases: Vec::new(),
    }
}

fn scripts(today: NaiveDate) -> Vec<Edit> {
    use BlockKind::*;
    let v1 = vec![
        Stage {
            name: "Приветствие".into(),
            blocks: vec![block(
                Say,
                "Здравствуйте! Меня зовут …, компания «Сфера». Удобно говорить?",
                "",
            )],
        },
        Stage {
            name: "Выявление потребностей".into(),
            blocks: vec![
                block(Ask, "Как вы сейчас решаете задачу учёта заявок?", ""),
                block(Ask, "Сколько заявок в месяц теряется?", ""),
            ],
        },
        Stage {
            name: "Возражения".into(),
            blocks: vec![block(
                Objection,
                "Дорого",
                "Понимаю. Давайте посчитаем, сколько стоит одна потерянная заявка.",
            )],
        },
        Stage {
            name: "Завершение".into(),
            blocks: vec![block(Say, "Давайте я пришлю предложение на почту.", "")],
        },
    ];
    let mut v2 = v1.clone();
    v2[0].blocks[0].text =
        "Здравствуйте, Иван Петрович! Меня зовут …, компания «Сфера». Звоню по вашей заявке на сайте — удобно две минуты?"
            .into();
    v2[1]
        .blocks
        .push(block(Ask, "Кто, кроме вас, принимает решение?", ""));
    v2[2].blocks[0].answer =
        "Понимаю. С чем сравниваете? Давайте посчитаем, сколько стоит одна потерянная заявка — обычно это окупает подписку за месяц."
            .into();
    v2[2].blocks.push(block(
        Objection,
        "Нам надо подумать",
        "Конечно. Что именно хотите обдумать — цену, сроки или условия?",
    ));
    v2[3].blocks[0].text =
        "Предлагаю созвониться в четверг в 11:00 и показать систему на ваших данных. Подходит?"
            .into();
    let mut v3 = v2.clone();
    v3[2].blocks[0].cases = vec![super::meetings::case_id(0)];
    let mut supplier = block(
        Objection,
        "Мы уже работаем с другим поставщиком",
        "Отлично, значит задача вам знакома. Что в нынешнем решении вы бы улучшили?",
    );
    supplier.cases = vec![super::meetings::case_id(2)];
    v3[2].blocks.push(supplier);
    let version = |n: u128, number: u32, author, ago: i64, note: &str, stages: Vec<Stage>| {
        Edit::put(
            id(n),
            ScriptVersion {
                script: id(200),
                number,
                author,
                date: add_days(today, -ago),
                note: note.into(),
                stages,
            },
        )
    };
    vec![
        Edit::put(
            id(200),
            Script {
                name: "Входящая заявка: первый звонок".into(),
                approved: Some(id(202)),
            },
        ),
        version(201, 1, None, 60, "Первая версия", v1),
        version(
            202,
            2,
            Some(demo_id(1)),
            25,
            "Обращение по имени, вопрос о ЛПР, ответ на «подумать», конкретный следующий шаг",
            v2,
        ),
        version(
            203,
            3,
            Some(demo_id(2)),
            3,
            "Возражение «уже есть поставщик»; ссылка на кейс о цене",
            v3,
        ),
        // Logged from the reader: the script did not cover it; waits for the weekly meeting.
        Edit::put(
            id(210),
            Case::from_reader(
                "Клиент спросил, можно ли оплатить частями по договору с отсрочкой",
                add_days(today, -2),
                Some(demo_id(5)),
                id(200),
            ),
        ),
    ]
}

fn events(today: NaiveDate) -> Vec<Edit> {
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

fn certification(today: NaiveDate) -> Vec<Edit> {
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

fn standards(today: NaiveDate) -> Vec<Edit> {
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

fn hypotheses(calendar: &WorkCalendar, today: NaiveDate) -> Vec<Edit> {
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
