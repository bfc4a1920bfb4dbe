//! The demo's CRM: three amoCRM snapshots a week apart, a task export, the funnel's stage rules, and the sales floor put together.

use super::*;
use crate::domain::control::finding::Finding;
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::{add_days, month_start};
use crate::domain::demo::{demo_id, Noise};
use crate::domain::organisation::crm::columns::{CrmSystem, ExportKind, Field};
use crate::domain::organisation::crm::deal::{CrmTask, Deal, Outcome};
use crate::domain::organisation::crm::snapshot::{CrmSnapshot, CrmSource, Required, StageRule};
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
