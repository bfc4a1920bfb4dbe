//! The demo department's meetings: five weeks of daily stand-ups (one skipped, one overrun, one cut short),
//! weekly meetings with cases, last month's monthly meeting, promises checked against the demo's own facts (kept
//! and broken), tasks (some still open, so they carry over) and a library of objections.

use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::add_days;
use crate::domain::core::locale::{plural, Lang};
use crate::domain::core::record::RecordId;
use crate::domain::organisation::meeting::{Meeting, MeetingKind, Template};
use crate::domain::organisation::promise::Promise;
use crate::domain::organisation::protocol::{
    Attendance, MeetingNote, MeetingTask, NoteKind, Presence,
};
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::Builtin;
use crate::domain::training::case::{tags, Case};
use chrono::{Datelike, NaiveDate, NaiveTime};

fn demo_id(n: u128) -> RecordId {
    uuid::Uuid::from_u128(0xde70_0000_0000_4000_8000_0001_0000_0000 | n)
}

/// The id of the library's `k`-th demo case (the scripts' demo links to them).
pub(super) fn case_id(k: usize) -> RecordId {
    demo_id(0x900 + k as u128)
}

fn person(n: u128) -> RecordId {
    uuid::Uuid::from_u128(0xde70_0000_0000_4000_8000_0000_0000_0000 | n)
}

/// Wall-clock milliseconds of `date` at `h:m` Moscow time (UTC+3).
fn at(date: NaiveDate, h: u32, m: u32) -> u64 {
    let t = date.and_time(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default());
    (t.and_utc().timestamp_millis() - 3 * 3_600_000).max(0) as u64
}

const REPEAT: [&str; 5] = [
    "Звонить после вебинара в тот же день — конверсия выше",
    "Подтверждать встречу письмом с повесткой",
    "Называть цену после выявления потребностей, не раньше",
    "Брать у клиента дату следующего контакта",
    "Отправлять кейс из той же отрасли",
];
const DONT_REPEAT: [&str; 4] = [
    "Отправлять КП без созвона",
    "Давать скидку при первом «дорого»",
    "Оставлять сделки без следующей задачи в CRM",
    "Звонить ЛПР без подготовки по сайту клиента",
];
const TRAINING: [&str; 5] = [
    "Возражение «дорого»: три ответа",
    "Как выйти на ЛПР через секретаря",
    "Презентация годовой лицензии за 2 минуты",
    "Дожим оплаты: письмо-напоминание",
    "Разбор лучшего звонка недели",
];
const CASES: [(&str, &str, &str); 8] = [
    ("«Дорого»", "Сравнить с ценой простоя: сколько клиент теряет в месяц без системы; предложить оплату поквартально.", "возражение, цена"),
    ("«Нам надо подумать»", "Спросить, что именно смущает; договориться о дате решения и о том, кто ещё участвует.", "возражение, затягивание"),
    ("«У нас уже есть поставщик»", "Не спорить; предложить пилот на одном отделе и сравнить по цифрам через месяц.", "возражение, конкурент"),
    ("«Пришлите предложение на почту»", "Согласиться и назначить созвон на разбор КП, пока клиент на линии.", "возражение, кп"),
    ("Секретарь не соединяет с ЛПР", "Просить не соединить, а подсказать, кто отвечает за задачу; называть тему, а не продукт.", "лпр, холодный звонок"),
    ("Клиент пропал после КП", "Письмо с одним вопросом и кейсом из отрасли; через два дня звонок с новым поводом.", "дожим, кп"),
    ("«Сейчас нет бюджета»", "Узнать, когда формируется бюджет, и кто его утверждает; поставить задачу на эту дату.", "возражение, бюджет"),
    ("Требуют скидку 30 % за объём", "Скидку только в обмен: предоплата за год или кейс с отзывом; максимум по регламенту — 15 %.", "скидка, переговоры"),
];

/// Attendance at a meeting on `date`: everyone employed then; absent on vacation by the schedule, late when
/// `late(position)` says so, present otherwise.
fn attendance(
    data: &Dataset,
    people: &[RecordId],
    meeting: RecordId,
    date: NaiveDate,
    late: impl Fn(usize) -> bool,
) -> Vec<Edit> {
    people
        .iter()
        .enumerate()
        .filter(|(_, who)| {
            data.managers
                .get(who)
                .is_some_and(|r| r.data.is_employed_on(date))
        })
        .map(|(k, who)| {
            let away = data.absences_of(*who).iter().any(|a| a.data.covers(date));
            let (presence, reason) = if away {
                (Presence::Absent, "Отпуск")
            } else if late(k) {
                (Presence::Late, "Пробки, опоздал на 10 минут")
            } else {
                (Presence::Present, "")
            };
            Edit::put(
                Attendance::id_for(meeting, *who),
                Attendance {
                    meeting,
                    manager: *who,
                    presence,
                    reason: reason.into(),
                },
            )
        })
        .collect()
}

/// The meetings as edits, against the department's data (team and facts already in `data`).
pub fn meetings(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
    let calendar = data.calendar();
    let mut edits = Vec::new();
    let mut n = 0u128;
    let mut next = || {
        n += 1;
        demo_id(n)
    };
    // The head confirmed the daily template with a renamed training step.
    let mut daily = Template::default_for(MeetingKind::Daily);
    if let Some(step) = daily
        .agenda
        .iter_mut()
        .find(|s| s.block == crate::domain::organisation::meeting::Block::Training)
    {
        step.title = "Обучение или мотивация (5 минут)".into();
    }
    edits.push(Edit::put(
        Template::id_for(MeetingKind::Daily),
        daily.clone(),
    ));

    let people: Vec<RecordId> = (1..=8).map(person).collect();
    let deals = Builtin::Deals.id();
    let calls = Builtin::Calls.id();
    let fact = |who: RecordId, d: NaiveDate, metric: RecordId| {
        data.facts
            .get(&DayFacts::id_for(who, d))
            .and_then(|r| r.data.values.get(&metric).copied())
    };
    let days = calendar.working_days(add_days(today, -36), add_days(today, -1));
    for (i, date) in days.iter().copied().enumerate() {
        if i + 10 == days.len() {
            continue; // a skipped stand-up: discipline shows it
        }
        let id = Meeting::id_for(MeetingKind::Daily, date).unwrap_or_default();
        let mut m = Meeting::from_template(&daily, date, "");
        let length = [
            17, 19, 15, 24, 18, 16, 20, 14, 18, 21, 17, 19, 16, 18, 22, 17,
        ][i % 16];
        m.started = Some(at(date, 9, 30));
        m.ended = Some(at(date, 9, 30) + length * 60_000 + 20_000);
        m.step = if i == 9 { 4 } else { m.agenda.len() as u16 - 1 };
        edits.push(Edit::put(id, m.clone()));
        // Новиков (the sixth) is late now and then.
        edits.extend(attendance(data, &people, id, date, |k| {
            k == 5 && i % 5 == 2
        }));
        let step_of = |b| {
            m.agenda
                .iter()
                .find(|s| s.block == b)
                .map(|s| s.key.clone())
                .unwrap_or_default()
        };
        use crate::domain::organisation::meeting::Block;
        let note = |step: &str, kind, text: &str, by| MeetingNote {
            meeting: id,
            step: step.into(),
            kind,
            text: text.into(),
            by,
            resolved: false,
        };
        edits.push(Edit::put(
            next(),
            note(
                &step_of(Block::RepeatLists),
                NoteKind::Repeat,
                REPEAT[i % REPEAT.len()],
                None,
            ),
        ));
        edits.push(Edit::put(
            next(),
            note(
                &step_of(Block::RepeatLists),
                NoteKind::DontRepeat,
                DONT_REPEAT[i % DONT_REPEAT.len()],
                None,
            ),
        ));
        edits.push(Edit::put(
            next(),
            note(
                &step_of(Block::Training),
                NoteKind::Training,
                TRAINING[i % TRAINING.len()],
                Some(people[if i % 2 == 0 { 0 } else { 1 }]),
            ),
        ));
        if i % 4 == 1 {
            let mut q = note(
                &step_of(Block::Today),
                NoteKind::Question,
                "Кто берёт входящие с сайта, пока Лебедева в отпуске?",
                None,
            );
            q.resolved = i + 5 < days.len();
            edits.push(Edit::put(next(), q));
        }
        // Promises: two or three sellers a day commit to deals or calls; the targets sit around what they then did,
        // so some are kept and some broken, as in life.
        for (k, who) in people.iter().enumerate().skip(1) {
            if (i + k) % 3 != 0 {
                continue;
            }
            let by_calls = k % 2 == 0;
            let metric = if by_calls { calls } else { deals };
            let Some(did) = fact(*who, date, metric) else {
                continue;
            };
            let target = if (i + k) % 4 == 0 {
                did + 1 + did / 10
            } else {
                (did - did / 10).max(1)
            };
            let (one, few, many) = if by_calls {
                ("звонок", "звонка", "звонков")
            } else {
                ("сделку", "сделки", "сделок")
            };
            let word = plural(Lang::Ru, target as u64, one, few, many);
            let text = format!("{target} {word} сегодня");
            edits.push(Edit::put(
                next(),
                Promise {
                    manager: *who,
                    meeting: Some(id),
                    made: date,
                    due: date,
                    text,
                    metric: Some(metric),
                    target: Some(target),
                    mark: None,
                },
            ));
        }
        if i % 5 == 3 {
            edits.push(Edit::put(
                next(),
                Promise {
                    manager: people[6],
                    meeting: Some(id),
                    made: date,
                    due: add_days(date, 2),
                    text: "Отправить договор ООО «Вектор» на согласование".into(),
                    metric: None,
                    target: None,
                    mark: Some(i % 2 == 0),
                },
            ));
        }
        if i % 3 == 0 {
            edits.push(Edit::put(
                next(),
                MeetingTask {
                    meeting: id,
                    text: [
                        "Обновить стадии сделок в CRM до обеда",
                        "Подготовить кейс для клиента из ритейла",
                        "Назначить повторные звонки по холодной базе",
                        "Разобрать просроченные задачи в CRM",
                    ][i / 3 % 4]
                        .into(),
                    owner: Some(people[(i / 3) % 8]),
                    due: add_days(date, 1),
                    done: i + 4 < days.len(),
                },
            ));
        }
    }
    // A promise made yesterday for today, still open this morning.
    if let Some(last) = days.last() {
        edits.push(Edit::put(
            next(),
            Promise {
                manager: people[1],
                meeting: Meeting::id_for(MeetingKind::Daily, *last),
                made: today,
                due: today,
                text: "3 сделки сегодня".into(),
                metric: Some(deals),
                target: Some(3),
                mark: None,
            },
        ));
    }

    // Weekly meetings on this week's and the last four weeks' first working day, with the weeks' cases.
    let weekly = Template::default_for(MeetingKind::Weekly);
    for w in 0..=4u64 {
        let week = add_days(
            crate::domain::planning::actions::monday(today),
            -7 * w as i64,
        );
        let Some(date) = calendar
            .working_days(week, add_days(week, 6))
            .first()
            .copied()
        else {
            continue;
        };
        let id = Meeting::id_for(MeetingKind::Weekly, date).unwrap_or_default();
        let mut m = Meeting::from_template(&weekly, date, "");
        m.started = Some(at(date, 16, 0));
        m.ended = Some(at(date, 16, 0) + [55, 52, 64, 48, 57][w as usize] * 60_000);
        m.step = m.agenda.len() as u16 - 1;
        edits.push(Edit::put(id, m));
        edits.extend(attendance(data, &people, id, date, |_| false));
        // Three cases a week, the library's eight spread over the last weeks (each case once).
        for k in (w as usize * 3..w as usize * 3 + 3).filter(|k| *k < CASES.len()) {
            let (problem, answer, tag_text) = CASES[k];
            edits.push(Edit::put(
                case_id(k),
                Case {
                    problem: problem.into(),
                    answer: answer.into(),
                    tags: tags(tag_text),
                    date,
                    raised_by: Some(people[1 + k % 7]),
                    meeting: Some(id),
                    script: None,
                },
            ));
        }
    }

    // Last month's monthly meeting.
    let month = add_days(crate::domain::core::date::month_start(today), -1)
        .with_day(1)
        .unwrap_or(today);
    if let Some(date) = calendar
        .working_days(month, add_days(month, 10))
        .first()
        .copied()
    {
        let monthly = Template::default_for(MeetingKind::Monthly);
        let id = Meeting::id_for(MeetingKind::Monthly, date).unwrap_or_default();
        let mut m = Meeting::from_template(&monthly, date, "");
        m.started = Some(at(date, 15, 0));
        m.ended = Some(at(date, 15, 0) + 84 * 60_000);
        m.step = m.agenda.len() as u16 - 1;
        let goals = m.agenda[2].key.clone();
        edits.push(Edit::put(id, m));
        edits.extend(attendance(data, &people, id, date, |_| false));
        edits.push(Edit::put(
            next(),
            MeetingNote {
                meeting: id,
                step: goals,
                kind: NoteKind::Decision,
                text:
                    "План по оплатам на месяц оставить 14 млн ₽; Новикову — наставник на две недели"
                        .into(),
                by: None,
                resolved: false,
            },
        ));
    }
    edits
}
