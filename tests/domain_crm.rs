//! O2 CRM exports against values worked out by hand: both CRMs' headers and their variants, encodings and
//! separators, quoted line breaks, «не закрыта», every bad row listed, XLSX, hostile files; then days in stage across
//! snapshots, each hygiene part and the score, and the funnel's conversion, cycle and velocity.

mod common;
use common::*;
use rop::domain::core::bp::Bp;
use rop::domain::core::links::Related;
use rop::domain::organisation::crm::columns::{detect, CrmSystem, ExportKind, Field};
use rop::domain::organisation::crm::deal::{CrmTask, Deal, Item, Outcome, RowIssue, RowProblem};
use rop::domain::organisation::crm::history::{in_stage, sightings, stage_history};
use rop::domain::organisation::crm::hygiene::{Check, Context, Fault, Parts};
use rop::domain::organisation::crm::pipeline::{funnels, Period};
use rop::domain::organisation::crm::snapshot::{
    import, CrmSnapshot, ImportError, Reading, Required, StageRule,
};
use rop::domain::{Dataset, Edit, Manager, RecordId, Role};
use rop::sync::crm_file::{answer, decode, read_table, Answer, FileError, Read, Request};
use std::collections::BTreeMap;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/crm/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn request(name: &str) -> Request {
    Request {
        name: name.into(),
        currency: "RUB".into(),
        mapped: None,
    }
}

fn read(name: &str) -> Read {
    match answer(&request(name), &fixture(name)) {
        Answer::Read(r) => r,
        other => panic!("{name}: {other:?}"),
    }
}

fn deals(r: &Read) -> Vec<Deal> {
    r.rows
        .clone()
        .unwrap()
        .into_iter()
        .map(|row| match row.item {
            Item::Deal(d) => d,
            Item::Task(_) => panic!("a task"),
        })
        .collect()
}

#[test]
fn amo_csv_with_bom_is_read_with_its_variants() {
    let r = read("amocrm-deals.csv");
    assert_eq!((r.system, r.kind), (CrmSystem::Amo, ExportKind::Deals));
    // «Бюджет ₽» is the amount; «Компания», «Телефон» and «Теги» are kept as the other columns.
    assert_eq!(r.header[r.columns[&Field::Amount]], "Бюджет ₽");
    assert_eq!(r.extra, vec!["Теги", "Компания", "Телефон"]);
    let d = deals(&r);
    assert_eq!(d.len(), 6);
    assert_eq!(d[0].closed, None, "«не закрыта» is an open deal");
    assert_eq!(d[0].created, day("2026-11-02"));
    assert_eq!(d[0].next_task, Some(day("2026-11-30")));
    assert_eq!(d[1].amount, 125_000_050, "1 250 000,50 ₽ in kopecks");
    assert_eq!(d[1].blank, vec![0, 2], "no tags, no phone");
    assert_eq!(
        d[2].name, "Сервис на год\nс выездом",
        "a quoted line break stays in the cell"
    );
    assert_eq!(d[2].closed, Some(day("2026-11-20")));
    // A formula in a name is text: nothing evaluates it, and the page shows it as text.
    assert!(d[3].name.starts_with("=HYPERLINK"));
    assert_eq!(d[5].lost_reason, "Дорого");
    assert_eq!(Outcome::guess(&d[2].stage), Outcome::Won);
    assert_eq!(Outcome::guess(&d[3].stage), Outcome::Lost);
    assert_eq!(Outcome::guess(&d[0].stage), Outcome::Open);
    // Lines: the quoted line break makes row 4 start on line 5.
    let lines: Vec<usize> = r.rows.clone().unwrap().iter().map(|x| x.line).collect();
    assert_eq!(lines, vec![2, 3, 4, 6, 7, 8]);
}

#[test]
fn bitrix_in_windows_1251_is_read() {
    let bytes = fixture("bitrix24-deals-1251.csv");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture is not UTF-8"
    );
    let r = read("bitrix24-deals-1251.csv");
    assert_eq!((r.system, r.kind), (CrmSystem::Bitrix, ExportKind::Deals));
    let d = deals(&r);
    assert_eq!(d.len(), 4);
    assert_eq!(d[1].name, "Зерно ежемесячно,\nдоговор на год");
    assert_eq!(d[1].amount, 184_000_000);
    assert_eq!(d[0].pipeline, "Общая");
    assert_eq!(d[0].source, "Сайт");
    // Bitrix24 has no closing date for open deals in this export: «Предполагаемая дата закрытия» is the plan.
    assert_eq!(Outcome::guess(&d[2].stage), Outcome::Won);
    assert_eq!(Outcome::guess(&d[3].stage), Outcome::Lost);
}

#[test]
fn xlsx_reads_as_its_csv_does() {
    let x = read("bitrix24-deals.xlsx");
    assert_eq!((x.system, x.kind), (CrmSystem::Bitrix, ExportKind::Deals));
    assert_eq!(
        x.header[x.columns[&Field::Pipeline]],
        "Направление",
        "the variant"
    );
    let c = read("bitrix24-deals-1251.csv");
    let strip = |v: Vec<Deal>| -> Vec<Deal> { v };
    let (xd, cd) = (strip(deals(&x)), strip(deals(&c)));
    assert_eq!(xd.len(), cd.len());
    for (a, b) in xd.iter().zip(&cd) {
        assert_eq!(
            (&a.id, &a.name, a.amount, a.created, &a.stage),
            (&b.id, &b.name, b.amount, b.created, &b.stage)
        );
    }
    let lines: Vec<usize> = x.rows.clone().unwrap().iter().map(|r| r.line).collect();
    assert_eq!(lines, vec![2, 3, 4, 5], "the sheet's row numbers");
}

#[test]
fn task_export_is_recognised() {
    let r = read("amocrm-tasks.csv");
    assert_eq!((r.system, r.kind), (CrmSystem::Amo, ExportKind::Tasks));
    let tasks: Vec<CrmTask> = r
        .rows
        .unwrap()
        .into_iter()
        .map(|row| match row.item {
            Item::Task(t) => t,
            Item::Deal(_) => panic!("a deal"),
        })
        .collect();
    assert_eq!(tasks.len(), 3);
    assert!(!tasks[0].done && tasks[2].done);
    assert_eq!(tasks[1].deadline, day("2026-11-25"));
    assert_eq!(tasks[1].deal, "1005");
}

#[test]
fn every_bad_row_is_listed_with_its_line() {
    let r = read("amocrm-bad.csv");
    let problems = r.rows.unwrap_err();
    let at = |line: usize| -> Vec<RowIssue> {
        problems
            .iter()
            .filter(|p| p.line == line)
            .map(|p: &RowProblem| p.issue.clone())
            .collect()
    };
    assert!(at(2).is_empty(), "the good row");
    assert!(
        matches!(
            at(3).as_slice(),
            [RowIssue::BadDate {
                field: Field::Created,
                ..
            }]
        ),
        "31.02"
    );
    assert!(matches!(at(4).as_slice(), [RowIssue::BadAmount { .. }]));
    assert_eq!(at(5), vec![RowIssue::Duplicate { first_line: 2 }]);
    assert_eq!(at(6), vec![RowIssue::Empty(Field::Stage)]);
    assert_eq!(problems.len(), 4);
}

#[test]
fn encodings_and_separators() {
    // UTF-16 with its mark (Excel's "Unicode text", tab-separated).
    let text = "ID\tНазвание сделки\tБюджет\tОтветственный\tДата создания сделки\tЭтап сделки\r\n7\tКофе\t100\tМорозова\t01.11.2026\tПереговоры\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    assert_eq!(decode(&utf16), text);
    let t = read_table("x.txt", &utf16).unwrap();
    assert_eq!(t.header.len(), 6);
    // Commas, no mark.
    let comma = "ID,Название сделки,Бюджет,Ответственный,Дата создания сделки,Этап сделки\n7,\"Кофе, зерно\",100,Морозова,2026-11-01 10:00,Переговоры\n";
    let a = answer(&request("x.csv"), comma.as_bytes());
    let Answer::Read(r) = a else { panic!("{a:?}") };
    let d = deals(&r);
    assert_eq!(d[0].name, "Кофе, зерно");
    assert_eq!(d[0].created, day("2026-11-01"));
}

#[test]
fn hostile_files_are_refused() {
    // 100 000 columns.
    let wide = (0..100_000)
        .map(|i| format!("c{i}"))
        .collect::<Vec<_>>()
        .join(";");
    assert!(matches!(
        read_table("wide.csv", wide.as_bytes()),
        Err(FileError::TooManyColumns { found: 100_000, .. })
    ));
    // 20 MB and more.
    let big = vec![b'a'; 21 * 1024 * 1024];
    assert!(matches!(
        read_table("big.csv", &big),
        Err(FileError::TooLarge { .. })
    ));
    // Not a workbook, though named one.
    assert!(matches!(
        read_table("fake.xlsx", b"PK\x03\x04 nothing else"),
        Err(FileError::Workbook(_))
    ));
    assert_eq!(read_table("empty.csv", b""), Err(FileError::Empty));
    // An unknown header asks for a mapping, with the first rows to help.
    let odd = "Номер;Клиент;Деньги\n1;А;10\n";
    assert!(
        matches!(answer(&request("odd.csv"), odd.as_bytes()), Answer::Unknown { ref header, .. } if header.len() == 3)
    );
}

#[test]
fn header_detection_needs_the_required_columns() {
    let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert!(detect(&h(&["ID", "Ответственный"])).is_none());
    let amo = detect(&h(&[
        "ID",
        "Название сделки",
        "Бюджет",
        "Ответственный",
        "Дата создания сделки",
        "Этап сделки",
    ]))
    .unwrap();
    assert_eq!(amo.system, CrmSystem::Amo);
    let bitrix = detect(&h(&[
        "ID",
        "Название",
        "Стадия сделки",
        "Сумма",
        "Валюта",
        "Ответственный",
        "Дата создания",
    ]))
    .unwrap();
    assert_eq!(bitrix.system, CrmSystem::Bitrix);
    // «ё» and case do not matter.
    let upper = detect(&h(&[
        "id",
        "НАЗВАНИЕ СДЕЛКИ",
        "бюджет",
        "ответственный",
        "дата создания сделки",
        "этап сделки",
    ]))
    .unwrap();
    assert_eq!(upper.system, CrmSystem::Amo);
}

// ---- snapshots, hygiene, funnel -----------------------------------------------------------------------------

const ANNA: u128 = 1;
const OLEG: u128 = 2;

fn team() -> Dataset {
    let mut data = Dataset::default();
    apply(
        &mut data,
        vec![
            Edit::put(
                id(ANNA),
                Manager::new("Соколова Анна Дмитриевна", Role::Seller, day("2025-01-01")),
            ),
            Edit::put(
                id(OLEG),
                Manager::new("Попов Олег Ильич", Role::Seller, day("2025-01-01")),
            ),
        ],
    );
    data
}

fn deal(n: u32, who: u128, stage: &str, created: &str) -> Deal {
    Deal {
        id: n.to_string(),
        name: format!("Сделка {n}"),
        amount: 100_000,
        owner: format!("user {who}"),
        manager: id(who),
        created: day(created),
        closed: None,
        stage: stage.into(),
        pipeline: "Продажи".into(),
        source: String::new(),
        lost_reason: String::new(),
        next_task: None,
        blank: Vec::new(),
    }
}

fn snapshot(taken: &str, deals: Vec<Deal>) -> CrmSnapshot {
    CrmSnapshot {
        source: "amoCRM".into(),
        system: CrmSystem::Amo,
        kind: ExportKind::Deals,
        taken: day(taken),
        file: "deals.csv".into(),
        fields: vec![
            Field::Id,
            Field::Owner,
            Field::Stage,
            Field::Created,
            Field::Closed,
            Field::NextTask,
            Field::LostReason,
            Field::Amount,
        ],
        extra: vec!["Телефон".into()],
        deals,
        tasks: Vec::new(),
    }
}

fn stage(
    name: &str,
    order: u16,
    outcome: Outcome,
    norm: Option<u16>,
    required: Vec<Required>,
) -> Edit {
    Edit::derived(StageRule {
        pipeline: "Продажи".into(),
        stage: name.into(),
        order,
        outcome,
        norm_days: norm,
        required,
    })
}

fn funnel_rules() -> Vec<Edit> {
    vec![
        stage("Контакт", 1, Outcome::Open, Some(7), vec![]),
        stage("Переговоры", 2, Outcome::Open, Some(10), vec![]),
        stage(
            "Договор",
            3,
            Outcome::Open,
            None,
            vec![
                Required::Field(Field::Amount),
                Required::Column("Телефон".into()),
            ],
        ),
        stage("Успешно", 4, Outcome::Won, None, vec![]),
        stage("Отказ", 5, Outcome::Lost, None, vec![]),
    ]
}

#[test]
fn days_in_stage_across_snapshots() {
    let a1 = deal(1, ANNA, "Контакт", "2026-11-01");
    let a2 = Deal {
        stage: "Переговоры".into(),
        ..a1.clone()
    };
    let first = snapshot("2026-11-07", vec![a1.clone()]);
    let second = snapshot("2026-11-14", vec![a2.clone()]);
    let third = snapshot("2026-11-21", vec![a2.clone()]);
    let all = [&first, &second, &third];
    let tracks = sightings(&all);
    let seen = &tracks[&("amoCRM", "1")];
    // Moved to «Переговоры» between the 7th and the 14th: seen there from the 14th, 7 days by the 21st, exact.
    let at = in_stage(seen, day("2026-11-21")).unwrap();
    assert_eq!(
        (at.since, at.days, at.at_least),
        (day("2026-11-14"), 7, false)
    );
    // On the first snapshot it had sat in «Контакт» at least since then (created on the 1st, before the 7th).
    let at = in_stage(seen, day("2026-11-07")).unwrap();
    assert_eq!((at.days, at.at_least), (0, true));
    assert_eq!(
        stage_history(seen),
        vec![
            (day("2026-11-07"), "Контакт"),
            (day("2026-11-14"), "Переговоры")
        ]
    );
}

#[test]
fn hygiene_parts_and_score_by_hand() {
    let mut data = team();
    apply(&mut data, funnel_rules());
    // Anna, as of the 21st:
    // 1: «Контакт» since the 7th (14 days > 7): stuck; next task on the 25th: fine.
    // 2: «Договор», amount 0 and no phone: incomplete; no next task.
    // 3: «Переговоры», next task the 20th: overdue.
    // 4: lost on the 15th without a reason. 5: lost on the 1st of October: outside the 30 days, not checked.
    // 6: won.
    let mut d1 = deal(1, ANNA, "Контакт", "2026-11-06");
    d1.next_task = Some(day("2026-11-25"));
    let mut d2 = deal(2, ANNA, "Договор", "2026-11-10");
    d2.amount = 0;
    d2.blank = vec![0];
    let mut d3 = deal(3, ANNA, "Переговоры", "2026-11-12");
    d3.next_task = Some(day("2026-11-20"));
    let mut d4 = deal(4, ANNA, "Отказ", "2026-11-01");
    d4.closed = Some(day("2026-11-15"));
    let mut d5 = deal(5, ANNA, "Отказ", "2026-09-01");
    d5.closed = Some(day("2026-10-01"));
    let mut d6 = deal(6, ANNA, "Успешно", "2026-11-01");
    d6.closed = Some(day("2026-11-18"));
    let older = snapshot("2026-11-07", vec![d1.clone()]);
    let now = snapshot("2026-11-21", vec![d1, d2, d3, d4, d5, d6]);
    apply(&mut data, vec![Edit::derived(older), Edit::derived(now)]);
    let mut anna = data.managers[&id(ANNA)].data.clone();
    anna.max_open_deals = 2;
    apply(&mut data, vec![Edit::put(id(ANNA), anna)]);

    let ctx = Context::at(&data, day("2026-11-28")).unwrap();
    let anna = ctx.person(id(ANNA));
    let p = anna.parts;
    assert_eq!(p.open, 3);
    assert_eq!(p.over_limit, 1, "3 open against a limit of 2");
    assert_eq!(p.next_task, Check { made: 3, failed: 1 });
    assert_eq!(p.overdue, Check { made: 2, failed: 1 });
    // Norms: «Контакт» 7 (deal 1: 14 days), «Переговоры» 10 (deal 3: 0 days); «Договор» has none.
    assert_eq!(p.stuck, Check { made: 2, failed: 1 });
    assert_eq!(p.complete, Check { made: 1, failed: 1 });
    assert_eq!(p.lost_reason, Check { made: 1, failed: 1 });
    // Checks: 1 + 3 + 2 + 2 + 1 + 1 = 10; failed 1 + 1 + 1 + 1 + 1 + 1 = 6; (10 − 6) / 10 = 40 %.
    assert_eq!(
        p.total(),
        Check {
            made: 10,
            failed: 6
        }
    );
    assert_eq!(p.score(), Some(40));
    let faults: BTreeMap<&str, &Vec<Fault>> = anna
        .deals
        .iter()
        .map(|t| (t.deal.id.as_str(), &t.faults))
        .collect();
    assert_eq!(
        faults["1"],
        &vec![Fault::Stuck {
            days: 14,
            norm: 7,
            at_least: true
        }]
    );
    assert_eq!(
        faults["2"],
        &vec![
            Fault::NoTask,
            Fault::Incomplete(vec![
                Required::Field(Field::Amount),
                Required::Column("Телефон".into())
            ])
        ]
    );
    assert_eq!(faults["3"], &vec![Fault::TaskOverdue(day("2026-11-20"))]);
    assert_eq!(faults["4"], &vec![Fault::LostNoReason]);
    assert_eq!(faults.len(), 4);
    // The department: Anna alone has deals, so its parts are hers.
    let (people, total) = ctx.department(&data);
    assert_eq!(people.len(), 1);
    assert_eq!(total, p);
    assert_eq!(Parts::default().score(), None);
}

#[test]
fn a_task_export_of_the_same_day_decides_the_next_task() {
    let mut data = team();
    apply(&mut data, funnel_rules());
    let d1 = deal(1, OLEG, "Контакт", "2026-11-20");
    let d2 = deal(2, OLEG, "Контакт", "2026-11-20");
    let tasks = CrmSnapshot {
        kind: ExportKind::Tasks,
        deals: Vec::new(),
        tasks: vec![
            CrmTask {
                id: "t1".into(),
                name: "Позвонить".into(),
                owner: "Олег".into(),
                manager: id(OLEG),
                deadline: day("2026-11-19"),
                done: false,
                deal: "1".into(),
            },
            CrmTask {
                id: "t2".into(),
                name: "Письмо".into(),
                owner: "Олег".into(),
                manager: id(OLEG),
                deadline: day("2026-11-19"),
                done: true,
                deal: "2".into(),
            },
        ],
        ..snapshot("2026-11-21", vec![])
    };
    apply(
        &mut data,
        vec![
            Edit::derived(snapshot("2026-11-21", vec![d1, d2])),
            Edit::derived(tasks),
        ],
    );
    let h = Context::at(&data, day("2026-11-21"))
        .unwrap()
        .person(id(OLEG));
    // Deal 1 has an open (overdue) task; deal 2's only task is done: no next task.
    assert_eq!(h.parts.next_task, Check { made: 2, failed: 1 });
    assert_eq!(h.parts.overdue, Check { made: 1, failed: 1 });
    assert_eq!(h.overdue.len(), 1);
}

#[test]
fn funnel_conversion_cycle_and_velocity_by_hand() {
    let mut data = team();
    apply(&mut data, funnel_rules());
    // Ten deals. Seen at: 1–4 only «Контакт»; 5–6 reached «Переговоры»; 7 reached «Договор»;
    // 8, 9 won (created the 1st, won the 11th and the 21st: 10 and 20 days; 300 000 and 500 000 ₽);
    // 10 lost from «Переговоры» («Дорого»).
    let mut first = Vec::new();
    let mut last = Vec::new();
    for n in 1..=4 {
        let d = deal(
            n,
            if n % 2 == 0 { OLEG } else { ANNA },
            "Контакт",
            "2026-11-01",
        );
        first.push(d.clone());
        last.push(d);
    }
    for n in 5..=6 {
        first.push(deal(n, ANNA, "Контакт", "2026-11-01"));
        last.push(deal(n, ANNA, "Переговоры", "2026-11-01"));
    }
    first.push(deal(7, ANNA, "Переговоры", "2026-11-01"));
    last.push(deal(7, ANNA, "Договор", "2026-11-01"));
    for (n, closed, amount) in [(8, "2026-11-11", 30_000_000), (9, "2026-11-21", 50_000_000)] {
        first.push(deal(n, ANNA, "Контакт", "2026-11-01"));
        let mut w = deal(n, ANNA, "Успешно", "2026-11-01");
        w.closed = Some(day(closed));
        w.amount = amount;
        last.push(w);
    }
    first.push(deal(10, OLEG, "Переговоры", "2026-11-01"));
    let mut l = deal(10, OLEG, "Отказ", "2026-11-01");
    l.closed = Some(day("2026-11-15"));
    l.lost_reason = "Дорого".into();
    last.push(l);
    apply(
        &mut data,
        vec![
            Edit::derived(snapshot("2026-11-07", first)),
            Edit::derived(snapshot("2026-11-21", last)),
        ],
    );
    let period = Period {
        from: day("2026-11-01"),
        to: day("2026-11-30"),
    };
    let f = &funnels(&data, None, period)[0];
    let reached: Vec<u32> = f.stages.iter().map(|s| s.reached).collect();
    // «Контакт» all 10; «Переговоры»: 5, 6, 7, 8, 9 (won), 10 = 6; «Договор»: 7, 8, 9 = 3.
    assert_eq!(reached, vec![10, 6, 3]);
    // 6/10 = 60.0 %, 3/6 = 50.0 %.
    assert_eq!(f.conversions(), vec![Some(600), Some(500)]);
    assert_eq!((f.won, f.lost, f.open), (2, 1, 7));
    assert_eq!(f.win_rate(), Some(667), "2 / 3 = 66.7 %");
    assert_eq!(f.cycle(), Some(15), "(10 + 20) / 2");
    assert_eq!(f.average_won(), Some(40_000_000));
    // 7 open × 800 000 ₽ × 2 won / (3 closed × 30 days) = 124 444,44 ₽ a day.
    assert_eq!(f.velocity(), Some(12_444_444));
    assert_eq!(f.lost_reasons, vec![("Дорого".to_string(), 1)]);
    let now: Vec<u32> = f.stages.iter().map(|s| s.now).collect();
    assert_eq!(now, vec![4, 2, 1]);
    // Oleg alone: deals 2, 4 and 10.
    let o = &funnels(&data, Some(id(OLEG)), period)[0];
    assert_eq!(
        o.stages.iter().map(|s| s.reached).collect::<Vec<_>>(),
        vec![3, 1, 0]
    );
    assert_eq!((o.won, o.lost), (0, 1));
}

#[test]
fn import_matches_owners_and_remembers_the_answers() {
    let data = team();
    let r = read("amocrm-deals.csv");
    let reading = |users: BTreeMap<String, Option<RecordId>>| Reading {
        source: "amoCRM".into(),
        system: r.system,
        kind: r.kind,
        taken: day("2026-11-28"),
        file: "amocrm-deals.csv".into(),
        columns: rop::domain::organisation::crm::columns::names_of(&r.header, &r.columns),
        extra: r.extra.clone(),
        rows: r.rows.clone().unwrap(),
        users,
    };
    // «Артём Кузнецов» and «Морозова» are nobody the team knows by that name.
    assert_eq!(
        import(&data, reading(BTreeMap::new())).unwrap_err(),
        ImportError::Unmatched(vec!["Артём Кузнецов".into(), "Морозова".into()])
    );
    let answers: BTreeMap<String, Option<RecordId>> = [
        ("Артём Кузнецов".to_string(), Some(id(OLEG))),
        ("Морозова".to_string(), None),
    ]
    .into();
    let done = import(&data, reading(answers.clone())).unwrap();
    assert_eq!(done.skipped, 2, "Морозова's two rows are left out");
    assert_eq!(done.snapshot.deals.len(), 4);
    assert_eq!(done.snapshot.deals[2].manager, id(OLEG));
    assert_eq!(
        done.snapshot.derived_id().unwrap(),
        CrmSnapshot::id_for("amoCRM", ExportKind::Deals, day("2026-11-28"))
    );
    // New stages placed: open ones by the mean age of their deals, then won, then lost.
    let order: Vec<(&str, u16, Outcome)> = done
        .new_stages
        .iter()
        .map(|s| (s.stage.as_str(), s.order, s.outcome))
        .collect();
    assert_eq!(
        order,
        vec![
            ("Первичный контакт", 1, Outcome::Open),
            ("Переговоры", 2, Outcome::Open),
            ("Успешно реализовано", 3, Outcome::Won),
            ("Закрыто и не реализовано", 4, Outcome::Lost),
        ]
    );
    // Everything is one write: the snapshot, the four stages, the remembered source.
    assert_eq!(done.edits.len(), 6);
    let mut with = data.clone();
    apply(&mut with, done.edits);
    let source =
        rop::domain::organisation::crm::snapshot::CrmSource::of(&with, "amoCRM", ExportKind::Deals)
            .unwrap();
    assert_eq!(source.users, answers);
    assert_eq!(source.columns[&Field::Amount], "Бюджет ₽");
    // A second file needs no questions.
    assert!(import(&with, reading(BTreeMap::new())).is_ok());
}

// ---- hard clients, time use, discipline --------------------------------------------------------------------

use rop::domain::control::violation::{
    counts, register, Decision, Origin, Violation, ViolationKind,
};
use rop::domain::motivation::reduction::decide;
use rop::domain::organisation::hard_client::{
    mentoring, CaseResult, Difficulty, Escalation, HeadRole,
};
use rop::domain::organisation::meeting::{Meeting, MeetingKind, Template};
use rop::domain::organisation::protocol::{Attendance, Presence};
use rop::domain::organisation::time_use::{sinks, time_use, TimeKind, TimeLog};
use rop::domain::planning::fact::DayFacts;
use rop::domain::planning::metric::Builtin;
use rop::domain::{Absence, AbsenceKind};

fn escalation(n: u128, opened: &str, d: Difficulty, role: HeadRole) -> Escalation {
    Escalation {
        manager: id(n),
        client: "ООО «Вектор»".into(),
        deal: String::new(),
        opened: day(opened),
        difficulty: d,
        why: "Торгуется".into(),
        role,
        call_on: None,
        outcome: None,
    }
}

#[test]
fn mentoring_counts_cases_closed_alone_after_the_first_escalation() {
    let mut data = team();
    // Price: alone before any help (not counted), help in September, then help, alone, alone.
    // Competitor: alone only (never escalated: nothing to count).
    let list = [
        escalation(ANNA, "2026-08-20", Difficulty::Price, HeadRole::Alone),
        escalation(ANNA, "2026-09-10", Difficulty::Price, HeadRole::JointCall),
        escalation(ANNA, "2026-10-05", Difficulty::Price, HeadRole::Advice),
        escalation(ANNA, "2026-10-20", Difficulty::Price, HeadRole::Alone),
        escalation(ANNA, "2026-11-15", Difficulty::Price, HeadRole::Alone),
        escalation(ANNA, "2026-11-16", Difficulty::Competitor, HeadRole::Alone),
        escalation(OLEG, "2026-11-16", Difficulty::Price, HeadRole::HeadLeads),
    ];
    apply(
        &mut data,
        list.into_iter()
            .enumerate()
            .map(|(i, e)| Edit::put(id(100 + i as u128), e))
            .collect(),
    );
    let m = mentoring(&data, id(ANNA));
    // After 10 September: 3 price cases, 2 alone.
    assert_eq!(m.alone.get(&Difficulty::Price), Some(&(3, 2)));
    assert_eq!(m.alone.get(&Difficulty::Competitor), None);
    assert_eq!(m.total(), (3, 2));
    assert_eq!(
        m.by_month,
        vec![(day("2026-09-01"), 1), (day("2026-10-01"), 1)]
    );
    // An outcome before the day it opened is refused.
    let mut bad = escalation(ANNA, "2026-11-10", Difficulty::Price, HeadRole::Advice);
    bad.outcome = Some(rop::domain::organisation::hard_client::Outcome {
        closed: day("2026-11-01"),
        result: CaseResult::Won,
        lesson: String::new(),
    });
    assert!(!bad.problems().is_empty());
}

#[test]
fn selling_share_and_time_sinks_by_hand() {
    let mut data = team();
    let calendar = data.calendar();
    // 16–20 November 2026: five working days; Anna absent on the 20th → 4 days × 480 = 1 920 minutes.
    let log = |who: u128, date: &str, kind, minutes, what: &str| TimeLog {
        manager: id(who),
        date: day(date),
        kind,
        minutes,
        what: what.into(),
        by_head: false,
    };
    apply(
        &mut data,
        vec![
            Edit::put(
                id(300),
                Absence {
                    manager: id(ANNA),
                    kind: AbsenceKind::SickLeave,
                    from: day("2026-11-20"),
                    to: day("2026-11-20"),
                    note: String::new(),
                },
            ),
            Edit::put(
                id(301),
                log(
                    ANNA,
                    "2026-11-16",
                    TimeKind::Documents,
                    90,
                    "Счета для бухгалтерии",
                ),
            ),
            Edit::put(
                id(302),
                log(
                    ANNA,
                    "2026-11-17",
                    TimeKind::Documents,
                    60,
                    "счета для бухгалтерии ",
                ),
            ),
            Edit::put(
                id(303),
                log(ANNA, "2026-11-18", TimeKind::Logistics, 90, "Образцы"),
            ),
            Edit::put(
                id(304),
                log(
                    OLEG,
                    "2026-11-18",
                    TimeKind::Documents,
                    120,
                    "Счета для бухгалтерии",
                ),
            ),
            Edit::derived(DayFacts {
                manager: id(ANNA),
                date: day("2026-11-16"),
                values: [(Builtin::Minutes.id(), 150)].into(),
            }),
        ],
    );
    let t = time_use(
        &data,
        &calendar,
        id(ANNA),
        day("2026-11-16"),
        day("2026-11-20"),
    );
    assert_eq!(t.working_minutes, 1_920);
    assert_eq!(t.non_selling(), 240);
    assert_eq!(t.on_line, 150);
    // (1 920 − 240) / 1 920 = 87.5 %.
    assert_eq!(t.selling_share(), Some(875));
    let s = sinks(&data, day("2026-11-16"), day("2026-11-20"));
    // Invoices: 90 + 60 + 120 = 270 minutes by two people (the spelling differs only in case and spaces).
    assert_eq!((s[0].minutes, s[0].people, s[0].entries), (270, 2, 3));
    assert_eq!(s[0].what, "Счета для бухгалтерии");
    assert_eq!((s[1].kind, s[1].minutes), (TimeKind::Logistics, 90));
}

#[test]
fn attendance_becomes_violations_and_a_reduction_shows_its_reasons() {
    let mut data = team();
    let calendar = data.calendar();
    let daily = Template::default_for(MeetingKind::Daily);
    let stand_up = |date: &str| {
        let mut m = Meeting::from_template(&daily, day(date), "");
        m.started = Some(1);
        m
    };
    let m1 = Meeting::id_for(MeetingKind::Daily, day("2026-11-16")).unwrap();
    let m2 = Meeting::id_for(MeetingKind::Daily, day("2026-11-17")).unwrap();
    let mark = |meeting, who: u128, presence| Attendance {
        meeting,
        manager: id(who),
        presence,
        reason: String::new(),
    };
    apply(
        &mut data,
        vec![
            Edit::put(m1, stand_up("2026-11-16")),
            Edit::put(m2, stand_up("2026-11-17")),
            Edit::derived(mark(m1, ANNA, Presence::Late)),
            Edit::derived(mark(m1, OLEG, Presence::Present)),
            Edit::derived(mark(m2, ANNA, Presence::Absent)),
            // Oleg's absence is his vacation: excused.
            Edit::derived(mark(m2, OLEG, Presence::Absent)),
            Edit::put(
                id(400),
                Absence {
                    manager: id(OLEG),
                    kind: AbsenceKind::Vacation,
                    from: day("2026-11-17"),
                    to: day("2026-11-17"),
                    note: String::new(),
                },
            ),
        ],
    );
    let found = register(
        &data,
        &calendar,
        day("2026-11-16"),
        day("2026-11-17"),
        day("2026-11-30"),
    );
    let kinds: Vec<(RecordId, ViolationKind)> = found
        .iter()
        .map(|e| (e.violation.manager, e.violation.kind))
        .collect();
    // No facts in the department at all: no "missed report" is found.
    assert_eq!(
        kinds,
        vec![
            (id(ANNA), ViolationKind::Lateness),
            (id(ANNA), ViolationKind::Absence)
        ]
    );
    // The head warns about the lateness with a 10 % reduction, then notes the absence with 5 %.
    let line = |v: &Violation, bp: Bp| format!("{:?} {} {}", v.kind, v.date, bp.0);
    let late = found[0].violation.clone();
    let late_id = Violation::id_for(late.manager, late.origin.unwrap());
    let edits = decide(
        &data,
        late_id,
        Violation {
            decision: Decision::Warning,
            ..late
        },
        Some(Bp(1_000)),
        line,
    );
    apply(&mut data, edits);
    let absent = found[1].violation.clone();
    let absent_id = Violation::id_for(absent.manager, absent.origin.unwrap());
    let edits = decide(&data, absent_id, absent, Some(Bp(500)), line);
    apply(&mut data, edits);
    // Each violation carries its own reduction, with its own reason; the violations carry no pay.
    use rop::domain::motivation::reduction::{of_month, share_of, BonusReduction};
    let month = day("2026-11-01");
    let list: Vec<(Bp, &str, Option<RecordId>)> = of_month(&data, id(ANNA), month)
        .into_iter()
        .map(|r| (r.percent_bp, r.reason.as_str(), r.violation))
        .collect();
    assert_eq!(
        list,
        vec![
            (Bp(1_000), "Lateness 2026-11-16 1000", Some(late_id)),
            (Bp(500), "Absence 2026-11-17 500", Some(absent_id)),
        ]
    );
    assert_eq!(share_of(&data, late_id), Some(Bp(1_000)));
    assert_eq!(
        data.reductions[&BonusReduction::id_for_violation(late_id)]
            .data
            .month,
        month
    );
    let found = register(
        &data,
        &calendar,
        day("2026-11-16"),
        day("2026-11-17"),
        day("2026-11-30"),
    );
    assert_eq!(
        found[0].id,
        Some(late_id),
        "the decision is found where the lateness was"
    );
    let c = &counts(&found)[&id(ANNA)];
    assert_eq!((c.total(), c.warnings), (2, 1));
    // Dismissing both takes the reduction away: they no longer count.
    for (vid, v) in [
        (late_id, found[0].violation.clone()),
        (absent_id, found[1].violation.clone()),
    ] {
        let edits = decide(
            &data,
            vid,
            Violation {
                decision: Decision::Dismissed,
                ..v
            },
            share_of(&data, vid),
            line,
        );
        apply(&mut data, edits);
    }
    assert!(of_month(&data, id(ANNA), month).is_empty());
    let found = register(
        &data,
        &calendar,
        day("2026-11-16"),
        day("2026-11-17"),
        day("2026-11-30"),
    );
    assert!(counts(&found).is_empty());
    // Reports: once the department enters facts, a working day without Anna's is a missed report.
    apply(
        &mut data,
        vec![Edit::derived(DayFacts {
            manager: id(OLEG),
            date: day("2026-11-16"),
            values: [(Builtin::Calls.id(), 10)].into(),
        })],
    );
    let found = register(
        &data,
        &calendar,
        day("2026-11-16"),
        day("2026-11-16"),
        day("2026-11-30"),
    );
    let missed: Vec<RecordId> = found
        .iter()
        .filter(|e| e.violation.kind == ViolationKind::MissedReport)
        .map(|e| e.violation.manager)
        .collect();
    assert_eq!(missed, vec![id(ANNA)]);
    assert_eq!(
        found
            .iter()
            .find(|e| e.violation.kind == ViolationKind::MissedReport)
            .unwrap()
            .violation
            .origin,
        Some(Origin::Report(day("2026-11-16")))
    );
}

// ---- what worked ------------------------------------------------------------------------------------------

use rop::domain::control::insights::{compare, won_lost, Measure, Parts as InsightParts, WonLost};
use rop::domain::planning::metric::catalog;
use rop::domain::planning::plan::{Plan, PlanStatus};
use rop::domain::planning::planfact::Period as PlanPeriod;

#[test]
fn top_against_bottom_from_summed_parts() {
    let mut data = team();
    let calendar = data.calendar();
    // 16–20 November: five working days each. Anna makes her plan (100 of 100), Oleg half of it.
    let mut edits = Vec::new();
    for who in [ANNA, OLEG] {
        edits.push(Edit::derived(Plan {
            month: day("2026-11-01"),
            metric: Builtin::Payments.id(),
            manager: Some(id(who)),
            value: 100,
            status: PlanStatus::Approved,
        }));
    }
    for (i, d) in [
        "2026-11-16",
        "2026-11-17",
        "2026-11-18",
        "2026-11-19",
        "2026-11-20",
    ]
    .iter()
    .enumerate()
    {
        // Anna: 60 calls, 4 leads, 1 deal a day (and all 100 of payments on the first day).
        // Oleg: 30 calls, 4 leads, a deal every other day (50 of payments on the first).
        let anna: Vec<(RecordId, i64)> = vec![
            (Builtin::Calls.id(), 60),
            (Builtin::Leads.id(), 4),
            (Builtin::Deals.id(), 1),
            (Builtin::Payments.id(), if i == 0 { 100 } else { 0 }),
        ];
        let oleg: Vec<(RecordId, i64)> = vec![
            (Builtin::Calls.id(), 30),
            (Builtin::Leads.id(), 4),
            (Builtin::Deals.id(), (i % 2 == 0) as i64),
            (Builtin::Payments.id(), if i == 0 { 50 } else { 0 }),
        ];
        edits.push(Edit::derived(DayFacts {
            manager: id(ANNA),
            date: day(d),
            values: anna.into_iter().collect(),
        }));
        edits.push(Edit::derived(DayFacts {
            manager: id(OLEG),
            date: day(d),
            values: oleg.into_iter().collect(),
        }));
    }
    apply(&mut data, edits);
    let metrics = catalog(&data);
    let period = PlanPeriod {
        from: day("2026-11-16"),
        to: day("2026-11-20"),
    };
    let c = compare(&data, &calendar, &metrics, period, day("2026-11-20")).unwrap();
    assert_eq!(
        (c.top.clone(), c.bottom.clone()),
        (vec![id(ANNA)], vec![id(OLEG)])
    );
    let get = |m: Measure| c.numbers.iter().find(|n| n.measure == m).unwrap().clone();
    let calls = get(Measure::CallsPerDay);
    // 300 calls / 5 days against 150 / 5: +100 %.
    assert_eq!(
        (calls.top, calls.bottom),
        (
            InsightParts { num: 300, den: 5 },
            InsightParts { num: 150, den: 5 }
        )
    );
    assert_eq!(calls.difference, Some(1000));
    // Conversion 5/20 against 3/20: +66.7 %.
    assert_eq!(get(Measure::Conversion).difference, Some(667));
    // Average check 100/5 = 20 against 50/3 = 16.67: +20 %.
    assert_eq!(get(Measure::AverageCheck).difference, Some(200));
    // Leads are equal: 0 %, ranked after the others.
    assert_eq!(get(Measure::LeadsPerDay).difference, Some(0));
    let order: Vec<Measure> = c
        .numbers
        .iter()
        .take(3)
        .map(|n| n.measure.clone())
        .collect();
    assert_eq!(
        order,
        vec![
            Measure::CallsPerDay,
            Measure::Conversion,
            Measure::AverageCheck
        ]
    );
}

#[test]
fn won_against_lost_by_source_size_cycle_and_stage() {
    let mut data = team();
    apply(&mut data, funnel_rules());
    let mut seen_open = deal(3, OLEG, "Переговоры", "2026-11-01");
    seen_open.source = "Сайт".into();
    let mut w1 = deal(1, ANNA, "Успешно", "2026-11-01");
    w1.closed = Some(day("2026-11-05"));
    w1.source = "Сайт".into();
    w1.amount = 20_000_000; // 200 000 ₽
    let mut w2 = deal(2, ANNA, "Успешно", "2026-10-01");
    w2.closed = Some(day("2026-11-20"));
    w2.source = "Выставка".into();
    w2.amount = 150_000_000; // 1,5 млн ₽
    let mut l3 = deal(3, OLEG, "Отказ", "2026-11-01");
    l3.closed = Some(day("2026-11-18"));
    l3.source = "Сайт".into();
    apply(
        &mut data,
        vec![
            Edit::derived(snapshot("2026-11-10", vec![seen_open])),
            Edit::derived(snapshot("2026-11-21", vec![w1, w2, l3])),
        ],
    );
    let s = won_lost(&data, day("2026-11-01"), day("2026-11-30"));
    assert_eq!(
        s.by_source[0],
        ("Сайт".to_string(), WonLost { won: 1, lost: 1 })
    );
    assert_eq!(
        s.by_source[1],
        ("Выставка".to_string(), WonLost { won: 1, lost: 0 })
    );
    // 200 000 ₽ is in 100–500 thousand; 1,5 million from a million; 1 000 ₽ below 100 thousand.
    assert_eq!(s.by_size[1], WonLost { won: 1, lost: 0 });
    assert_eq!(s.by_size[3], WonLost { won: 1, lost: 0 });
    assert_eq!(s.by_size[0], WonLost { won: 0, lost: 1 });
    // Cycles: 4 days (≤ 7), 50 days (31–90), 17 days (8–30).
    assert_eq!(
        s.by_cycle,
        [
            WonLost { won: 1, lost: 0 },
            WonLost { won: 0, lost: 1 },
            WonLost { won: 1, lost: 0 },
            WonLost::default()
        ]
    );
    assert_eq!(s.lost_at, vec![("Переговоры".to_string(), 1)]);
    assert_eq!(WonLost { won: 1, lost: 2 }.win_rate(), Some(333));
}

#[test]
fn a_finding_becomes_a_hypothesis_or_a_standard_in_one_write() {
    use rop::domain::control::finding::{to_hypothesis, to_standard, Finding};
    let mut data = team();
    let f = Finding {
        date: day("2026-11-27"),
        from: day("2026-11-01"),
        to: day("2026-11-26"),
        text: "У лучших задача по каждой сделке".into(),
        action: "Сделка без задачи — разбор на планёрке".into(),
        hypothesis: None,
        standard: None,
    };
    apply(&mut data, vec![Edit::put(id(500), f.clone())]);
    let edits = to_hypothesis(id(500), &f, id(501), day("2026-11-28"));
    apply(&mut data, edits);
    let h = &data.hypotheses[&id(501)].data;
    assert_eq!(
        (h.title.as_str(), h.start),
        ("У лучших задача по каждой сделке", day("2026-11-28"))
    );
    assert_eq!(data.findings[&id(500)].data.hypothesis, Some(id(501)));
    let f = data.findings[&id(500)].data.clone();
    apply(
        &mut data,
        to_standard(id(500), &f, id(502), day("2026-11-28")),
    );
    let st = &data.standards[&id(502)].data;
    assert_eq!(
        st.versions[0].text,
        "Сделка без задачи — разбор на планёрке"
    );
    assert_eq!(st.versions[0].effective, day("2026-11-28"));
    let f = &data.findings[&id(500)].data;
    assert_eq!(
        (f.hypothesis, f.standard),
        (Some(id(501)), Some(id(502))),
        "both kept"
    );
}

#[test]
fn a_time_sink_becomes_this_weeks_task() {
    use rop::domain::organisation::time_use::sink_action;
    // Saturday the 28th: the task goes on Friday of that week.
    let a = sink_action("Снять с продавцов: счета".into(), day("2026-11-28"));
    assert_eq!((a.week, a.day, a.owner), (day("2026-11-23"), 4, None));
    let a = sink_action("x".into(), day("2026-11-25"));
    assert_eq!(a.day, 2, "a Wednesday");
}

#[test]
fn the_demo_sales_floor_has_what_the_pages_show() {
    let data = demo_data(device(1));
    let today = day("2026-11-27");
    // Three deal snapshots a week apart and a task export on the last day.
    let days: Vec<_> = rop::domain::organisation::crm::snapshot::deal_snapshots(&data)
        .iter()
        .map(|s| s.taken)
        .collect();
    assert_eq!(days, vec![day("2026-11-13"), day("2026-11-20"), today]);
    assert!(rop::domain::organisation::crm::snapshot::tasks_on(&data, today).is_some());
    let ctx = Context::at(&data, today).unwrap();
    let (people, total) = ctx.department(&data);
    assert_eq!(people.len(), 9);
    // Новиков's tasks slip and his deals stall: his score is the department's lowest.
    let novikov = rop::domain::demo::demo_id(6);
    let worst = people.iter().min_by_key(|h| h.parts.score()).unwrap();
    assert_eq!(worst.manager, novikov);
    assert!(total.score().unwrap() < 100 && total.stuck.failed > 0 && total.lost_reason.failed > 0);
    // Today's joint call; a lateness confirmed with its reduction.
    assert_eq!(
        rop::domain::organisation::hard_client::joint_calls_on(&data, today).len(),
        1
    );
    let r = rop::domain::motivation::reduction::of_month(&data, novikov, day("2026-11-01"));
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].percent_bp, Bp(1_000));
    assert!(
        r[0].reason.contains("опоздание на планёрку"),
        "{}",
        r[0].reason
    );
    assert!(r[0].violation.is_some());
}

#[test]
fn a_mapped_table_reads_through_the_workers_json() {
    // An unknown table: the user maps its columns; the request travels to the worker as JSON and back.
    let odd = "Номер;Клиент;Деньги;Кто;Когда;Где\n7;ООО «Вектор»;1 000;Соколова Анна Дмитриевна;01.11.2026;Переговоры\n";
    let columns: rop::domain::organisation::crm::columns::ColumnMap = [
        (Field::Id, 0),
        (Field::Name, 1),
        (Field::Amount, 2),
        (Field::Owner, 3),
        (Field::Created, 4),
        (Field::Stage, 5),
    ]
    .into();
    let request = Request {
        name: "odd.csv".into(),
        currency: "RUB".into(),
        mapped: Some((ExportKind::Deals, columns)),
    };
    let sent: Request = serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
    assert_eq!(sent, request);
    let reply = serde_json::to_string(&answer(&sent, odd.as_bytes())).unwrap();
    let Answer::Read(r) = serde_json::from_str::<Answer>(&reply).unwrap() else {
        panic!("{reply}")
    };
    assert_eq!(r.system, CrmSystem::Other);
    let d = deals(&r);
    assert_eq!(
        (d[0].id.as_str(), d[0].amount, d[0].stage.as_str()),
        ("7", 100_000, "Переговоры")
    );
    // Remembered by header text, the mapping finds the same columns in the next file of the source.
    let names = rop::domain::organisation::crm::columns::names_of(&r.header, &r.columns);
    assert_eq!(
        rop::domain::organisation::crm::columns::remembered(&r.header, &names),
        r.columns
    );
}
