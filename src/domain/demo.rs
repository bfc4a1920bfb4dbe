//! The demo department: a realistic team to try the app on, loaded from the first-run screen.
//!
//! Ids are fixed, so loading the demo on two devices and merging their files gives one team, not two.

use super::dataset::Edit;
use super::record::RecordId;
use super::settings::Settings;
use super::team::{Absence, AbsenceKind, Manager, ManagerStatus, Role};
use chrono::{Days, Months, NaiveDate};

/// A fixed id for the n-th demo record.
fn demo_id(n: u128) -> RecordId {
    uuid::Uuid::from_u128(0xde70_0000_0000_4000_8000_0000_0000_0000 | n)
}

struct Person {
    name: &'static str,
    role: Role,
    /// Months before today when they were hired.
    months: u32,
    phone: &'static str,
    email: &'static str,
    notes: &'static str,
}

const TEAM: [Person; 8] = [
    Person {
        name: "Соколова Анна Дмитриевна",
        role: Role::TeamLead,
        months: 52,
        phone: "+7 916 204-11-08",
        email: "a.sokolova@example.ru",
        notes: "Ведёт сложных клиентов, наставник новичков.",
    },
    Person {
        name: "Кузнецов Артём Игоревич",
        role: Role::SeniorSeller,
        months: 37,
        phone: "+7 903 517-42-90",
        email: "a.kuznetsov@example.ru",
        notes: "Лучшая конверсия в отделе.",
    },
    Person {
        name: "Морозова Екатерина Сергеевна",
        role: Role::SeniorSeller,
        months: 29,
        phone: "+7 925 388-07-15",
        email: "e.morozova@example.ru",
        notes: "",
    },
    Person {
        name: "Волков Дмитрий Александрович",
        role: Role::Seller,
        months: 18,
        phone: "+7 977 640-23-51",
        email: "d.volkov@example.ru",
        notes: "Стабильный результат.",
    },
    Person {
        name: "Лебедева Мария Андреевна",
        role: Role::Seller,
        months: 14,
        phone: "+7 915 772-90-34",
        email: "m.lebedeva@example.ru",
        notes: "",
    },
    Person {
        name: "Новиков Илья Павлович",
        role: Role::Seller,
        months: 9,
        phone: "+7 926 115-68-27",
        email: "i.novikov@example.ru",
        notes: "Отстаёт по звонкам: разбор на 1:1.",
    },
    Person {
        name: "Фёдорова Ольга Викторовна",
        role: Role::Seller,
        months: 6,
        phone: "+7 999 301-45-66",
        email: "o.fedorova@example.ru",
        notes: "",
    },
    Person {
        name: "Попов Никита Романович",
        role: Role::Trainee,
        months: 1,
        phone: "+7 964 208-13-79",
        email: "n.popov@example.ru",
        notes: "Стажёр, план с понижающим коэффициентом.",
    },
];

/// The demo department as of `today`: settings, eight managers and their absences, as edits for the write path.
pub fn department(today: NaiveDate) -> Vec<Edit> {
    let mut edits = vec![Edit::Settings(Settings {
        company: "ООО «Северный ветер»".into(),
        department: "Отдел продаж B2B".into(),
        ..Settings::default()
    })];
    for (i, p) in TEAM.iter().enumerate() {
        let hired = today
            .checked_sub_months(Months::new(p.months))
            .unwrap_or(today);
        let mut m = Manager::new(p.name, p.role, hired);
        m.phone = p.phone.into();
        m.email = p.email.into();
        m.notes = p.notes.into();
        m.max_open_deals = if p.role == Role::Trainee { 15 } else { 40 };
        edits.push(Edit::Manager(demo_id(i as u128 + 1), m));
    }
    // One former seller, archived: their history stays, they no longer count.
    let mut left = Manager::new(
        "Зайцев Олег Николаевич",
        Role::Seller,
        today - Months::new(30),
    );
    left.status = ManagerStatus::Left {
        on: today - Months::new(4),
    };
    edits.push(Edit::Manager(demo_id(9), left));

    let absence = |who: u128, kind, from: NaiveDate, days: u64, note: &str| Absence {
        manager: demo_id(who),
        kind,
        from,
        to: from + Days::new(days - 1),
        note: note.into(),
    };
    let absences = [
        absence(
            5,
            AbsenceKind::Vacation,
            today - Days::new(9),
            14,
            "Ежегодный отпуск",
        ),
        absence(3, AbsenceKind::SickLeave, today - Days::new(40), 5, ""),
        absence(
            4,
            AbsenceKind::Training,
            today + Days::new(12),
            2,
            "Курс «Переговоры с ЛПР»",
        ),
        absence(2, AbsenceKind::Vacation, today + Days::new(27), 10, ""),
    ];
    for (i, a) in absences.into_iter().enumerate() {
        edits.push(Edit::Absence(demo_id(100 + i as u128), a));
    }
    edits
}
