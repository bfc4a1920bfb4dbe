//! The demo's hiring (O7): one open vacancy with thirteen candidates spread over every stage and every way out, two
//! interviewers' scorecards, the final interview with its guide and role-play, and the trainee Попов, hired a month
//! ago from this vacancy, on probation with his onboarding under way.

use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::demo::{demo_id, training};
use crate::domain::team::hiring::candidate::{Candidate, Left, Move};
use crate::domain::team::hiring::interview::{Interview, PlayMark, Rating, RolePlay};
use crate::domain::team::hiring::onboarding::{probation_end, Onboarding};
use crate::domain::team::hiring::stage::{LeaveReason, Stage, Verdict};
use crate::domain::team::hiring::vacancy::{Attribute, Category, Vacancy};
use crate::domain::team::Manager;
use crate::domain::training::first_steps::{first_steps, StepTexts};
use crate::domain::{Dataset, Edit};
use chrono::NaiveDate;

pub fn id(n: u128) -> RecordId {
    demo_id(0x7000 + n)
}

/// The demo's vacancy.
pub const VACANCY: u128 = 1;
/// The trainee who came through the vacancy (the demo's eighth manager).
pub const HIRED: u128 = 8;

/// (id, category, text, stages)
const ATTRIBUTES: [(u16, Category, &str, &[Stage]); 6] = [
    (
        1,
        Category::Experience,
        "Продавал по телефону или B2B от полугода",
        &[Stage::PhoneScreen, Stage::Interview],
    ),
    (
        2,
        Category::Selling,
        "Выясняет потребность вопросами, а не рассказом",
        &[Stage::Interview, Stage::RolePlay, Stage::Final],
    ),
    (
        3,
        Category::Selling,
        "Отрабатывает возражение о цене",
        &[Stage::RolePlay, Stage::Final],
    ),
    (
        4,
        Category::Motivation,
        "Хочет зарабатывать на результате, а не на окладе",
        &[Stage::PhoneScreen, Stage::Final],
    ),
    (
        5,
        Category::Fit,
        "Принимает правила CRM и ежедневные отчёты",
        &[Stage::Interview, Stage::Final],
    ),
    (
        6,
        Category::Fit,
        "Слышит обратную связь и меняет подход",
        &[Stage::Final],
    ),
];

const GUIDE: [&str; 5] = [
    "Почему продажи и почему наша компания?",
    "Расскажите о сделке, которой вы гордитесь: что сделали вы сами?",
    "Как вы поступите, если до конца месяца неделя, а план выполнен на 60 %?",
    "Сколько вы хотите зарабатывать через полгода и за счёт чего?",
    "Что вы ждёте от руководителя?",
];

/// (id, name, source, days ago applied, stages entered with days after applying, left: (reason, days after applying))
type Row = (
    u128,
    &'static str,
    &'static str,
    i64,
    &'static [(Stage, i64)],
    Option<(LeaveReason, i64)>,
);

const CANDIDATES: [Row; 12] = [
    (10, "Егоров Павел Сергеевич", "hh.ru", 2, &[], None),
    (
        11,
        "Никитина Дарья Олеговна",
        "Telegram-канал компании",
        1,
        &[],
        None,
    ),
    (
        12,
        "Захаров Роман Ильич",
        "hh.ru",
        6,
        &[(Stage::PhoneScreen, 2)],
        None,
    ),
    (
        13,
        "Белова Ксения Андреевна",
        "SuperJob",
        5,
        &[(Stage::PhoneScreen, 1)],
        None,
    ),
    (
        14,
        "Тарасов Глеб Викторович",
        "hh.ru",
        12,
        &[(Stage::PhoneScreen, 2), (Stage::Interview, 6)],
        None,
    ),
    (
        15,
        "Орлова Вера Михайловна",
        "Рекомендация сотрудника",
        9,
        &[(Stage::Interview, 3)],
        None,
    ),
    (
        16,
        "Гусев Антон Павлович",
        "hh.ru",
        16,
        &[
            (Stage::PhoneScreen, 1),
            (Stage::Interview, 5),
            (Stage::RolePlay, 9),
        ],
        None,
    ),
    (
        17,
        "Смирнова Алина Игоревна",
        "Рекомендация сотрудника",
        20,
        &[
            (Stage::PhoneScreen, 1),
            (Stage::Interview, 4),
            (Stage::RolePlay, 8),
            (Stage::Final, 13),
        ],
        None,
    ),
    (
        18,
        "Киселёв Денис Алексеевич",
        "hh.ru",
        24,
        &[
            (Stage::PhoneScreen, 2),
            (Stage::Interview, 6),
            (Stage::RolePlay, 10),
            (Stage::Final, 14),
            (Stage::Offer, 17),
        ],
        None,
    ),
    (
        19,
        "Фролов Максим Андреевич",
        "SuperJob",
        30,
        &[(Stage::PhoneScreen, 2), (Stage::Interview, 7)],
        Some((LeaveReason::Rejected, 8)),
    ),
    (
        20,
        "Медведева Полина Сергеевна",
        "hh.ru",
        40,
        &[
            (Stage::PhoneScreen, 1),
            (Stage::Interview, 5),
            (Stage::RolePlay, 9),
            (Stage::Final, 12),
        ],
        Some((LeaveReason::Declined, 15)),
    ),
    (
        21,
        "Соловьёв Артур Ренатович",
        "Telegram-канал компании",
        18,
        &[(Stage::PhoneScreen, 3)],
        Some((LeaveReason::NoAnswer, 10)),
    ),
];

const HEAD: &str = "Руководитель отдела";
const LEAD: &str = "Соколова Анна (тимлид)";

fn ratings(stage: Stage, verdicts: &[(u16, Verdict)], note: &str) -> Vec<Rating> {
    ATTRIBUTES
        .iter()
        .filter(|(_, _, _, stages)| stages.contains(&stage))
        .map(|(aid, ..)| Rating {
            attribute: *aid,
            verdict: verdicts.iter().find(|(a, _)| a == aid).map(|(_, v)| *v),
            note: if *aid == 3 {
                note.into()
            } else {
                String::new()
            },
        })
        .collect()
}

fn interview(
    candidate: u128,
    stage: Stage,
    who: &str,
    date: NaiveDate,
    verdicts: &[(u16, Verdict)],
    recommendation: Verdict,
    note: &str,
) -> Interview {
    Interview {
        candidate: id(candidate),
        stage,
        interviewer: who.into(),
        date,
        ratings: ratings(stage, verdicts, note),
        answers: Vec::new(),
        role_play: None,
        recommendation: Some(recommendation),
        notes: String::new(),
        erased: false,
    }
}

pub fn hiring(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
    use Verdict::*;
    let card = training::id(training::CARD);
    let vacancy = Vacancy {
        title: "Менеджер по продажам B2B (стажёр)".into(),
        role: crate::domain::team::Role::Trainee,
        headcount: 2,
        opened: add_days(today, -75),
        target: Some(add_days(today, 20)),
        sources: vec![
            "hh.ru".into(),
            "SuperJob".into(),
            "Рекомендация сотрудника".into(),
            "Telegram-канал компании".into(),
        ],
        attributes: ATTRIBUTES
            .iter()
            .map(|(aid, category, text, stages)| Attribute {
                id: *aid,
                category: *category,
                text: (*text).into(),
                stages: stages.to_vec(),
            })
            .collect(),
        guide: GUIDE.iter().map(|q| (*q).into()).collect(),
        role_play: Some(card),
        closed: None,
    };
    let mut edits = vec![Edit::put(id(VACANCY), vacancy)];

    let phone = |n: u128| format!("+7 9{:02} 4{:02}-{:02}-{:02}", 10 + n, n, 30 + n, 50 + n);
    for (cid, name, source, ago, path, left) in CANDIDATES {
        let applied = add_days(today, -ago);
        let mut c = Candidate::new(id(VACANCY), name, source, applied);
        c.phone = phone(cid);
        c.resume = format!("https://hh.ru/resume/demo-{cid}");
        c.moves.extend(path.iter().map(|(stage, after)| Move {
            stage: *stage,
            on: add_days(applied, *after),
        }));
        c.left = left.map(|(reason, after)| Left {
            reason,
            on: add_days(applied, after),
            note: match reason {
                LeaveReason::Rejected => "Не держит разговор, спорит с клиентом".into(),
                LeaveReason::Declined => "Приняла другое предложение: выше оклад".into(),
                LeaveReason::NoAnswer => String::new(),
            },
        });
        edits.push(Edit::put(id(cid), c));
    }

    // Попов came through this vacancy: responded seven weeks before his first day, at work since.
    let popov = demo_id(HIRED);
    if let Some(m) = data.live::<Manager>(popov).map(|r| &r.data) {
        let start = m.hired;
        let applied = add_days(start, -24);
        let mut c = Candidate::new(id(VACANCY), &m.full_name, "hh.ru", applied);
        c.phone = m.phone.clone();
        c.email = m.email.clone();
        for (stage, after) in [
            (Stage::PhoneScreen, 1),
            (Stage::Interview, 4),
            (Stage::RolePlay, 8),
            (Stage::Final, 11),
            (Stage::Offer, 14),
            (Stage::Probation, 24),
        ] {
            c.moves.push(Move {
                stage,
                on: add_days(applied, after),
            });
        }
        c.manager = Some(popov);
        edits.push(Edit::put(id(30), c));
        edits.push(Edit::put(
            id(40),
            interview(
                30,
                Stage::Interview,
                LEAD,
                add_days(applied, 4),
                &[(1, Mixed), (2, Yes), (5, Yes)],
                Yes,
                "",
            ),
        ));
        let mut fin = interview(
            30,
            Stage::Final,
            HEAD,
            add_days(applied, 11),
            &[(2, Yes), (3, Mixed), (4, StrongYes), (5, Yes), (6, Yes)],
            Yes,
            "Сдался на втором «дорого», но услышал подсказку",
        );
        fin.answers = vec![
            "Хочет расти в доходе, продавал курсы по телефону".into(),
            "Закрыл корпоративный заказ на 12 мест сам".into(),
            "Поднимет спящую базу, попросит помощи у тимлида".into(),
            "80 000 ₽ через полгода, за счёт процента".into(),
            "Разборы звонков и понятный план".into(),
        ];
        edits.push(Edit::put(id(41), fin));
        let steps = first_steps(
            data,
            &StepTexts {
                product: "Обучение по продукту и тарифам".into(),
                crm: "Обучение по CRM: этапы и обязательные поля".into(),
                script: "Скрипт «Входящая заявка»: прочитан и отыгран".into(),
                certification: "Первая аттестация по продукту".into(),
            },
        );
        let mut onboarding = Onboarding {
            manager: popov,
            probation_end: probation_end(start, 3),
            steps,
        };
        // The CRM training was his first week's, ticked by the head.
        if let Some(s) = onboarding.steps.get_mut(1) {
            s.done = Some(add_days(start, 3));
        }
        edits.push(Edit::derived(onboarding));
    }

    // Two interviewers on the candidate at the final, who also played the price objection.
    edits.push(Edit::put(
        id(42),
        interview(
            17,
            Stage::Interview,
            LEAD,
            add_days(today, -16),
            &[(1, Yes), (2, StrongYes), (5, Mixed)],
            StrongYes,
            "",
        ),
    ));
    let mut fin = interview(
        17,
        Stage::Final,
        HEAD,
        add_days(today, -7),
        &[(2, StrongYes), (3, Yes), (4, Yes), (5, Mixed), (6, Yes)],
        Yes,
        "Спокойно вернула разговор к ценности",
    );
    fin.answers = vec![
        "Нравится результат, который можно посчитать".into(),
        "Вернула клиента, ушедшего к конкуренту".into(),
        String::new(),
        String::new(),
        String::new(),
    ];
    fin.role_play = Some(RolePlay {
        scorecard: card,
        scenario: "Клиент: «У конкурента на 15 % дешевле»".into(),
        marks: [1, 2, 2, 1, 4, 1, 2, 1]
            .iter()
            .enumerate()
            .map(|(k, v)| PlayMark {
                criterion: k as u16 + 1,
                value: Some(*v),
                comment: String::new(),
            })
            .collect(),
    });
    edits.push(Edit::put(id(43), fin));
    // The rejected one's interview, by the lead.
    edits.push(Edit::put(
        id(44),
        interview(
            19,
            Stage::Interview,
            LEAD,
            add_days(today, -23),
            &[(1, No), (2, DefinitelyNot), (5, Mixed)],
            DefinitelyNot,
            "",
        ),
    ));
    edits
}
