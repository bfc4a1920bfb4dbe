//! The demo department's sales floor (O1–O3, C3, P2): three amoCRM snapshots a week apart with a task export on the
//! last day, the funnel's stage rules, hard cases with joint calls (one today), a fortnight of non-selling time, a
//! lateness confirmed with a warning and a bonus reduction, and a finding.
//!
//! Each person's deals move through the funnel as they sell: the star moves fast and keeps the CRM tidy; Новиков's
//! deals stall and his tasks go overdue; Попов loses deals without saying why.

use super::{demo_id, Noise};
use crate::domain::control::finding::Finding;
use crate::domain::control::violation::{Decision, Origin, Violation, ViolationKind};
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::{add_days, month_start};
use crate::domain::core::record::RecordId;
use crate::domain::motivation::rate::Bp;
use crate::domain::motivation::reduction::decide;
use crate::domain::organisation::crm::columns::{CrmSystem, ExportKind, Field};
use crate::domain::organisation::crm::deal::{CrmTask, Deal, Outcome};
use crate::domain::organisation::crm::snapshot::{CrmSnapshot, CrmSource, Required, StageRule};
use crate::domain::organisation::hard_client::{
    CaseResult, Difficulty, Escalation, HeadRole, Outcome as CaseOutcome,
};
use crate::domain::organisation::protocol::{Attendance, Presence};
use crate::domain::organisation::time_use::{TimeKind, TimeLog};
use chrono::NaiveDate;

pub const SOURCE: &str = "amoCRM";
const PIPELINE: &str = "Продажи";
/// The open stages in order, with their norm in days; then won and lost.
const STAGES: [(&str, Option<u16>); 4] = [
    ("Первичный контакт", Some(3)),
    ("Выявление потребностей", Some(7)),
    ("Коммерческое предложение", Some(7)),
    ("Согласование договора", Some(10)),
];
const WON: &str = "Успешно реализовано";
const LOST: &str = "Закрыто и не реализовано";
const EXTRA: [&str; 4] = ["Компания", "Телефон", "ИНН", "Теги"];
const COMPANIES: [&str; 12] = [
    "ООО «Вектор»",
    "АО «Гранит»",
    "ООО «Северный ветер»",
    "ИП Корнеев",
    "ООО «Кофейная лига»",
    "ООО «Линия»",
    "АО «Ромашка»",
    "ООО «Техноторг»",
    "ООО «Зерно»",
    "ООО «Маяк»",
    "ООО «Альфа-Сервис»",
    "АО «Квант»",
];
const REASONS: [&str; 4] = [
    "Дорого",
    "Выбрали конкурента",
    "Нет бюджета в этом году",
    "Не дозвонились до ЛПР",
];

/// How one person works their deals: the share (percent) that moves a stage each week, of next tasks kept, of lost
/// deals with a reason, and how many deals they hold.
struct Habit {
    moves: u64,
    tasks: u64,
    reasons: u64,
    deals: u32,
}

fn habit(n: u128) -> Habit {
    match n {
        2 => Habit {
            moves: 70,
            tasks: 100,
            reasons: 100,
            deals: 16,
        },
        6 => Habit {
            moves: 25,
            tasks: 55,
            reasons: 80,
            deals: 14,
        },
        8 => Habit {
            moves: 45,
            tasks: 75,
            reasons: 20,
            deals: 13,
        },
        9 => Habit {
            moves: 50,
            tasks: 90,
            reasons: 100,
            deals: 6,
        },
        _ => Habit {
            moves: 50,
            tasks: 90,
            reasons: 90,
            deals: 12,
        },
    }
}

/// The snapshot days: two weeks ago, a week ago, today.
pub fn snapshot_days(today: NaiveDate) -> [NaiveDate; 3] {
    [add_days(today, -14), add_days(today, -7), today]
}

/// A deal's path: where it is at each snapshot (an index into the open stages, or won/lost).
#[derive(Clone, Copy, PartialEq)]
enum At {
    Open(usize),
    Won,
    Lost,
}

pub fn sales_floor(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
    let mut edits = Vec::new();
    let days = snapshot_days(today);
    let mut noise = Noise(0x5a1e_f100);
    let people: Vec<(u128, String)> = data
        .managers_by_name()
        .into_iter()
        .filter_map(|m| {
            (1..=9u128)
                .find(|n| demo_id(*n) == m.id)
                .map(|n| (n, m.data.full_name.clone()))
        })
        .collect();
    // Stage rules.
    for (i, (stage, norm)) in STAGES.iter().enumerate() {
        let required = match i {
            2 => vec![Required::Field(Field::Amount)],
            3 => vec![
                Required::Field(Field::Amount),
                Required::Column("ИНН".into()),
                Required::Column("Телефон".into()),
            ],
            _ => Vec::new(),
        };
        edits.push(Edit::derived(StageRule {
            pipeline: PIPELINE.into(),
            stage: (*stage).into(),
            order: i as u16 + 1,
            outcome: Outcome::Open,
            norm_days: *norm,
            required,
        }));
    }
    for (order, stage, outcome) in [(5, WON, Outcome::Won), (6, LOST, Outcome::Lost)] {
        edits.push(Edit::derived(StageRule {
            pipeline: PIPELINE.into(),
            stage: stage.into(),
            order,
            outcome,
            norm_days: None,
            required: Vec::new(),
        }));
    }
    // Deals and their paths.
    let mut snapshots: Vec<Vec<Deal>> = vec![Vec::new(), Vec::new(), Vec::new()];
    let mut tasks: Vec<CrmTask> = Vec::new();
    let mut next_id = 41_000u32;
    for (n, name) in &people {
        let h = habit(*n);
        for k in 0..h.deals {
            next_id += 1;
            let created = add_days(today, -(3 + (noise.next() % 55) as i64));
            let amount = (60 + noise.next() % 900) as i64 * 1_000_00;
            // Where the deal stood two weeks ago: older deals further on.
            let age = (days[0] - created).num_days();
            let mut at = if age < 0 {
                None
            } else {
                Some(At::Open(((age / 12) as usize).min(3)))
            };
            let company = COMPANIES[(noise.next() % COMPANIES.len() as u64) as usize];
            let sloppy = noise.next() % 100 >= h.tasks;
            let mut path = [None; 3];
            for (w, day) in days.iter().enumerate() {
                if at.is_none() && created <= *day {
                    at = Some(At::Open(0));
                } else if let Some(At::Open(s)) = at {
                    if w > 0 && noise.next() % 100 < h.moves {
                        at = Some(if s == 3 {
                            if noise.next() % 100 < 60 {
                                At::Won
                            } else {
                                At::Lost
                            }
                        } else if noise.next() % 100 < 12 {
                            At::Lost
                        } else {
                            At::Open(s + 1)
                        });
                    }
                }
                path[w] = at;
            }
            let closed_on = add_days(days[2], -(1 + (noise.next() % 6) as i64));
            let reason = noise.next() % 100 < h.reasons;
            for (w, day) in days.iter().enumerate() {
                let Some(at) = path[w] else { continue };
                let (stage, closed) = match at {
                    At::Open(s) => (STAGES[s].0, None),
                    At::Won => (WON, Some(closed_on.min(*day))),
                    At::Lost => (LOST, Some(closed_on.min(*day))),
                };
                let open = matches!(at, At::Open(_));
                let next_task = (open && !sloppy).then(|| {
                    // Новиков's tasks slip past their day.
                    if *n == 6 && k % 2 == 0 {
                        add_days(*day, -2)
                    } else {
                        add_days(*day, 1 + (k % 4) as i64)
                    }
                });
                let blank: Vec<u16> = (0..EXTRA.len() as u16)
                    .filter(|c| match c {
                        2 => matches!(at, At::Open(s) if s < 3) || sloppy,
                        3 => k % 3 != 0,
                        _ => false,
                    })
                    .collect();
                snapshots[w].push(Deal {
                    id: next_id.to_string(),
                    name: format!("{company}: поставка {}", k + 1),
                    amount,
                    owner: name.clone(),
                    manager: demo_id(*n),
                    created,
                    closed,
                    stage: stage.into(),
                    pipeline: PIPELINE.into(),
                    source: ["Сайт", "Выставка", "Партнёр", "Холодный звонок"][k as usize % 4]
                        .into(),
                    lost_reason: if at == At::Lost && reason {
                        REASONS[(k as usize) % REASONS.len()].into()
                    } else {
                        String::new()
                    },
                    next_task,
                    blank,
                });
                if w == 2 {
                    if let Some(due) = next_task {
                        tasks.push(CrmTask {
                            id: format!("t{next_id}"),
                            name: "Следующий шаг по сделке".into(),
                            owner: name.clone(),
                            manager: demo_id(*n),
                            deadline: due,
                            done: false,
                            deal: next_id.to_string(),
                        });
                    }
                }
            }
        }
    }
    // Every deal field but the currency, which an amoCRM export does not have.
    let fields: Vec<Field> = Field::DEAL
        .into_iter()
        .filter(|f| *f != Field::Currency)
        .collect();
    for (w, deals) in snapshots.into_iter().enumerate() {
        edits.push(Edit::derived(CrmSnapshot {
            source: SOURCE.into(),
            system: CrmSystem::Amo,
            kind: ExportKind::Deals,
            taken: days[w],
            file: format!("amocrm_export_{}.csv", days[w]),
            fields: fields.clone(),
            extra: EXTRA.iter().map(|s| s.to_string()).collect(),
            deals,
            tasks: Vec::new(),
        }));
    }
    edits.push(Edit::derived(CrmSnapshot {
        source: SOURCE.into(),
        system: CrmSystem::Amo,
        kind: ExportKind::Tasks,
        taken: today,
        file: format!("amocrm_tasks_{today}.csv"),
        fields: vec![
            Field::Id,
            Field::Name,
            Field::Owner,
            Field::Deadline,
            Field::Status,
            Field::Deal,
        ],
        extra: Vec::new(),
        deals: Vec::new(),
        tasks,
    }));
    edits.push(Edit::derived(CrmSource {
        name: SOURCE.into(),
        kind: ExportKind::Deals,
        columns: [
            (Field::Id, "ID"),
            (Field::Name, "Название сделки"),
            (Field::Amount, "Бюджет ₽"),
            (Field::Owner, "Ответственный"),
            (Field::Created, "Дата создания сделки"),
            (Field::Closed, "Дата закрытия"),
            (Field::Stage, "Этап сделки"),
            (Field::Pipeline, "Воронка"),
            (Field::Source, "Источник"),
            (Field::LostReason, "Причина отказа"),
            (Field::NextTask, "Ближайшая задача"),
        ]
        .into_iter()
        .map(|(f, h)| (f, h.to_string()))
        .collect(),
        users: Default::default(),
    }));
    edits.extend(hard_cases(today));
    edits.extend(time_logs(data, today));
    edits.extend(discipline(data, today));
    edits.push(Edit::put(
        demo_id(0x6300),
        Finding {
            date: add_days(today, -3),
            from: add_days(month_start(today), -30).max(add_days(today, -60)),
            to: add_days(today, -4),
            text: "У лучших следующая задача стоит по каждой сделке, и сделка не висит на этапе КП дольше недели; у отстающих половина сделок без задачи.".into(),
            action: "Правило: сделка без следующей задачи разбирается на планёрке в тот же день.".into(),
            hypothesis: None,
            standard: None,
        },
    ));
    edits
}

fn person(n: u128) -> RecordId {
    demo_id(n)
}

/// Hard cases: Новиков escalates price talks and learns to close them alone; a joint call today.
fn hard_cases(today: NaiveDate) -> Vec<Edit> {
    let case = |n: u128,
                client: &str,
                days_ago: i64,
                d: Difficulty,
                why: &str,
                role: HeadRole,
                outcome: Option<(i64, CaseResult, &str)>| Escalation {
        manager: person(n),
        client: client.into(),
        deal: String::new(),
        opened: add_days(today, -days_ago),
        difficulty: d,
        why: why.into(),
        role,
        call_on: matches!(role, HeadRole::JointCall | HeadRole::HeadLeads)
            .then(|| add_days(today, -days_ago + 2)),
        outcome: outcome.map(|(ago, result, lesson)| CaseOutcome {
            closed: add_days(today, -ago),
            result,
            lesson: lesson.into(),
        }),
    };
    let list = [
        case(
            6,
            "ООО «Гранит»",
            80,
            Difficulty::Price,
            "Требует скидку 20 %",
            HeadRole::JointCall,
            Some((70, CaseResult::Won, "Скидку обменяли на предоплату")),
        ),
        case(
            6,
            "ООО «Маяк»",
            60,
            Difficulty::Price,
            "Сравнивает с прайсом конкурента",
            HeadRole::Advice,
            Some((52, CaseResult::Won, "Считать стоимость владения, а не цену")),
        ),
        case(
            6,
            "ООО «Линия»",
            35,
            Difficulty::Price,
            "Просит скидку за объём",
            HeadRole::Alone,
            Some((28, CaseResult::Won, "")),
        ),
        case(
            6,
            "АО «Квант»",
            12,
            Difficulty::Price,
            "Торгуется по каждой позиции",
            HeadRole::Alone,
            Some((6, CaseResult::Won, "")),
        ),
        case(
            6,
            "ООО «Техноторг»",
            9,
            Difficulty::DecisionMaker,
            "Директор не выходит на связь",
            HeadRole::JointCall,
            None,
        ),
        case(
            8,
            "ООО «Альфа-Сервис»",
            40,
            Difficulty::Competitor,
            "Конкурент дал отсрочку платежа",
            HeadRole::HeadLeads,
            Some((30, CaseResult::Lost, "Отсрочку обсуждать раньше конкурента")),
        ),
        case(
            8,
            "ИП Корнеев",
            14,
            Difficulty::Complaint,
            "Жалоба на сроки поставки",
            HeadRole::Advice,
            Some((10, CaseResult::Kept, "Извиниться и дать дату")),
        ),
        case(
            9,
            "ООО «Кофейная лига»",
            20,
            Difficulty::BigDeal,
            "Сеть из 40 точек — первая крупная сделка",
            HeadRole::JointCall,
            None,
        ),
        case(
            1,
            "АО «Ромашка»",
            25,
            Difficulty::Terms,
            "Юристы правят договор",
            HeadRole::Advice,
            Some((15, CaseResult::Won, "")),
        ),
    ];
    let mut out: Vec<Edit> = list
        .into_iter()
        .enumerate()
        .map(|(i, e)| Edit::put(demo_id(0x6000 + i as u128), e))
        .collect();
    // Today's joint call: the stand-up shows it.
    out.push(Edit::put(
        demo_id(0x6020),
        Escalation {
            manager: person(6),
            client: "ООО «Северный ветер»".into(),
            deal: String::new(),
            opened: add_days(today, -2),
            difficulty: Difficulty::DecisionMaker,
            why: "Новый закупщик, не знает нас".into(),
            role: HeadRole::JointCall,
            call_on: Some(today),
            outcome: None,
        },
    ));
    out
}

/// Two weeks of non-selling work: invoices for accounting and sample deliveries eat the most.
fn time_logs(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
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
fn discipline(data: &Dataset, today: NaiveDate) -> Vec<Edit> {
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
