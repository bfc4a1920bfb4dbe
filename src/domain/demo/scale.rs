//! Generated departments for the benchmark: S (8 managers × 1 year) and L (50 managers × 3 years), every entered
//! metric every working day, and monthly plans split among the managers. Deterministic, so runs compare.

use crate::domain::core::calendar::{month_end, month_start};
use crate::domain::core::clock::Clock;
use crate::domain::core::dataset::{Dataset, Edit};
use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::planning::fact::DayFacts;
use crate::domain::planning::metric::Builtin;
use crate::domain::planning::plan::{Plan, PlanStatus};
use crate::domain::planning::split::{available_days, split_among_managers, SplitMethod};
use crate::domain::team::{Manager, Role};
use chrono::{Months, NaiveDate};

/// The benchmark's department sizes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// 8 managers, one year of facts.
    S,
    /// 50 managers, three years of facts.
    L,
}

impl Scale {
    pub fn managers(self) -> usize {
        match self {
            Scale::S => 8,
            Scale::L => 50,
        }
    }

    pub fn years(self) -> u32 {
        match self {
            Scale::S => 1,
            Scale::L => 3,
        }
    }
}

/// The department at `scale`, with facts up to the day before `today`, stamped at `wall_millis`.
pub fn generated(scale: Scale, today: NaiveDate, wall_millis: u64) -> Dataset {
    let mut data = Dataset::default();
    let mut clock = Clock::default();
    let device = uuid::Uuid::from_u128(0xbe4c);
    let mut put = |data: &mut Dataset, e: Edit| {
        let changes = data
            .stamp(e, &mut clock, wall_millis, device)
            .expect("generated edits are valid");
        data.apply_all(changes);
    };
    let start = month_start(today - Months::new(12 * scale.years()));
    let ids: Vec<RecordId> = (0..scale.managers())
        .map(|i| uuid::Uuid::from_u128(0x0005_ca1e_0000 + i as u128))
        .collect();
    for (i, id) in ids.iter().enumerate() {
        let name = format!("Менеджер {:02} Генерированный", i + 1);
        put(
            &mut data,
            Edit::put(*id, Manager::new(&name, Role::Seller, start)),
        );
    }
    let calendar = data.calendar();
    let mut month = start;
    while month <= today {
        for (metric, per_manager) in [
            (Builtin::Payments, 180_000_000),
            (Builtin::Deals, 18),
            (Builtin::Leads, 80),
            (Builtin::Calls, 850),
            (Builtin::Minutes, 2_600),
            (Builtin::TasksDone, 220),
        ] {
            let total = per_manager * ids.len() as i64;
            let plan = |manager, value| {
                Edit::derived(Plan {
                    month,
                    metric: metric.id(),
                    manager,
                    value,
                    status: PlanStatus::Approved,
                })
            };
            put(&mut data, plan(None, total));
            let shares = split_among_managers(
                &data,
                &calendar,
                month,
                total,
                &ids,
                &SplitMethod::ByWorkingDays,
                &[],
            );
            for share in shares {
                put(&mut data, plan(Some(share.manager), share.value));
            }
        }
        month = add_days(month_end(month), 1);
    }
    for (i, id) in ids.iter().enumerate() {
        let m = data.managers[id].data.clone();
        let days = available_days(&data, &calendar, *id, &m, start, add_days(today, -1));
        for (n, date) in days.into_iter().enumerate() {
            let k = (i * 7 + n * 13) as i64 % 10;
            let values = [
                (Builtin::Calls, 35 + k * 2),
                (Builtin::Minutes, 110 + k * 5),
                (Builtin::Leads, 3 + k % 3),
                (Builtin::Deals, k % 2),
                (Builtin::Payments, (k % 2) * (9_000_000 + k * 250_000)),
                (Builtin::TasksDone, 9 + k % 4),
                (Builtin::TaskQuality, 380 + k * 10),
            ]
            .into_iter()
            .map(|(b, v)| (b.id(), v))
            .collect();
            put(
                &mut data,
                Edit::derived(DayFacts {
                    manager: *id,
                    date,
                    values,
                }),
            );
        }
    }
    data
}

/// A CRM export of `deals` deals as amoCRM writes it (UTF-8 with a mark, `;`, quoted names, «не закрыта»), spread
/// over `people`: the benchmark's large file, read natively and in the browser.
pub fn crm_export(people: &[String], deals: usize) -> Vec<u8> {
    let stages = [
        "Первичный контакт",
        "Выявление потребностей",
        "Коммерческое предложение",
        "Согласование договора",
        "Успешно реализовано",
        "Закрыто и не реализовано",
    ];
    let mut out = String::from("\u{feff}ID;Название сделки;Бюджет ₽;Ответственный;Дата создания сделки;Дата закрытия;Этап сделки;Воронка;Ближайшая задача;Причина отказа;Компания;Телефон\r\n");
    for i in 0..deals {
        let stage = stages[i % stages.len()];
        let closed = if i % stages.len() >= 4 {
            format!("{:02}.11.2026 12:00:00", 1 + i % 26)
        } else {
            "не закрыта".to_string()
        };
        let next = if i % 3 == 0 {
            String::new()
        } else {
            format!("{:02}.12.2026", 1 + i % 28)
        };
        let reason = if i % 6 == 5 && i % 4 != 0 {
            "Дорого"
        } else {
            ""
        };
        out.push_str(&format!(
            "{};\"Сделка №{i}; поставка\";{} {:03};{};{:02}.10.2026 10:{:02}:00;{closed};{stage};Продажи;{next};{reason};ООО «Клиент {}»;+7 900 {:07}\r\n",
            100_000 + i,
            10 + i % 900,
            i % 1000,
            people[i % people.len()],
            1 + i % 28,
            i % 60,
            i % 5000,
            i
        ));
    }
    out.into_bytes()
}
