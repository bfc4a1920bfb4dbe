//! Facts from CSV files as Excel writes them: separators, byte-order marks, decimal commas, date formats, name
//! matching with a mapping step, and every bad row reported with its line while nothing is written.

mod common;
use common::day;
use rop::domain::planning::fact::DayFacts;
use rop::domain::planning::metric::{catalog, Builtin, Metric, ValueError};
use rop::domain::{Clock, Dataset, Edit, Manager, ManagerStatus, RecordId, Role};
use rop::sync::facts_csv::{
    find_manager, match_columns, parse_date, plan, read_table, unknown_names, CsvError, RowIssue,
    RowProblem,
};
use std::collections::BTreeMap;

fn id(n: u128) -> RecordId {
    uuid::Uuid::from_u128(n)
}

fn team() -> Dataset {
    let mut data = Dataset::default();
    let mut clock = Clock::default();
    let mut left = Manager::new("Зайцев Олег Николаевич", Role::Seller, day("2024-01-01"));
    left.status = ManagerStatus::Left {
        on: day("2026-06-30"),
    };
    for e in [
        Edit::put(
            id(1),
            Manager::new("Кузнецов Артём Игоревич", Role::Seller, day("2024-03-01")),
        ),
        Edit::put(
            id(2),
            Manager::new("Фёдорова Ольга Викторовна", Role::Seller, day("2026-05-01")),
        ),
        Edit::put(id(3), left),
        Edit::derived(DayFacts {
            manager: id(1),
            date: day("2026-11-02"),
            values: [(Builtin::TasksDone.id(), 9)].into_iter().collect(),
        }),
    ] {
        let c = data
            .stamp(e, &mut clock, 1_795_770_000_000, id(0xd))
            .unwrap();
        data.apply_all(c);
    }
    data
}

/// Every name a metric may be written by in a file.
fn names(m: &Metric) -> Vec<String> {
    let mut out = vec![m.name.clone()];
    if let Some(b) = m.builtin {
        out.push(b.key().to_string());
        out.push(
            match b {
                Builtin::Leads => "Лиды",
                Builtin::Calls => "Звонки",
                Builtin::Payments => "Оплаты",
                Builtin::Deals => "Сделки",
                _ => "",
            }
            .to_string(),
        );
    }
    out
}

#[test]
fn excel_files_in_both_separators_with_and_without_bom() {
    let data = team();
    let metrics = catalog(&data);
    let files: [&[u8]; 3] = [
        "\u{feff}Дата;Менеджер;Звонки;Оплаты\r\n02.11.2026;Кузнецов Артём Игоревич;42;125 000,50\r\n03.11.2026;Фёдорова О. В.;31;\r\n".as_bytes(),
        b"date,manager,calls,payments\n2026-11-02,\xd0\x9a\xd1\x83\xd0\xb7\xd0\xbd\xd0\xb5\xd1\x86\xd0\xbe\xd0\xb2,42,\"125000,50\"\n03.11.26,\"\xd0\xa4\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0 \xd0\x9e\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0 \xd0\x92\xd0\xb8\xd0\xba\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb2\xd0\xbd\xd0\xb0\",31,\n",
        "Дата\tСотрудник\tЗвонки\tОплаты\n02.11.2026\tкузнецов а.и.\t42\t125000.5\n03.11.2026\tФедорова\t31\t\n".as_bytes(),
    ];
    for (i, bytes) in files.into_iter().enumerate() {
        let table = read_table(bytes).unwrap_or_else(|e| panic!("file {i}: {e}"));
        let columns = match_columns(&table.header, &metrics, names).unwrap();
        assert!(
            unknown_names(&data, &table, &columns).is_empty(),
            "file {i}"
        );
        let import = plan(&data, &metrics, &table, &columns, &BTreeMap::new()).unwrap();
        assert_eq!((import.rows, import.values), (2, 3), "file {i}");
        assert_eq!(
            (import.first, import.last),
            (Some(day("2026-11-02")), Some(day("2026-11-03")))
        );
        let kuznetsov = &import.days[0];
        assert_eq!(kuznetsov.manager, id(1));
        assert_eq!(kuznetsov.values[&Builtin::Calls.id()], 42);
        assert_eq!(
            kuznetsov.values[&Builtin::Payments.id()],
            12_500_050,
            "file {i}: decimal comma, kopecks"
        );
        assert_eq!(
            kuznetsov.values[&Builtin::TasksDone.id()],
            9,
            "the day's other facts are kept"
        );
        assert!(
            !import.days[1].values.contains_key(&Builtin::Payments.id()),
            "an empty cell is not a zero"
        );
        // Applied, each day's record replaces the stored one: the day's other facts stay, the file's are in.
        let mut applied = data.clone();
        let mut clock = applied
            .newest_stamp()
            .map(Clock::starting_after)
            .unwrap_or_default();
        for e in import.clone().edits() {
            let c = applied
                .stamp(e, &mut clock, 1_795_770_000_000, id(0xd))
                .unwrap();
            applied.apply_all(c);
        }
        let stored = applied
            .live::<DayFacts>(DayFacts::id_for(id(1), day("2026-11-02")))
            .unwrap();
        assert_eq!(stored.data, import.days[0], "file {i}");
        assert_eq!(stored.data.values[&Builtin::TasksDone.id()], 9);
    }
}

#[test]
fn whole_file_problems() {
    let data = team();
    let metrics = catalog(&data);
    assert_eq!(read_table(b""), Err(CsvError::Empty));
    assert_eq!(read_table(b"\xEF\xBB\xBF \r\n"), Err(CsvError::Empty));
    assert_eq!(
        read_table(b"\xc4\xe0\xf2\xe0;x\n"),
        Err(CsvError::NotUtf8),
        "Windows-1251 «Дата»"
    );
    let t = read_table("Менеджер;Звонки\nКузнецов;1\n".as_bytes()).unwrap();
    assert_eq!(
        match_columns(&t.header, &metrics, names),
        Err(CsvError::MissingColumn("date"))
    );
    let t = read_table("Дата;Менеджер;Отдел\n02.11.2026;Кузнецов;B2B\n".as_bytes()).unwrap();
    assert_eq!(
        match_columns(&t.header, &metrics, names),
        Err(CsvError::NoMetrics)
    );
    let t = read_table("Дата;Менеджер;Звонки;Отдел\n".as_bytes()).unwrap();
    assert_eq!(
        match_columns(&t.header, &metrics, names).unwrap().ignored,
        vec!["Отдел".to_string()]
    );
}

#[test]
fn every_bad_row_is_listed_with_its_line_and_nothing_is_planned() {
    let data = team();
    let metrics = catalog(&data);
    let text = "Дата;Менеджер;Звонки;Оплаты\n\
                02.11.2026;Кузнецов;-3;1000\n\
                31.02.2026;Кузнецов;1;1\n\
                03.11.2026;Петров;1;1\n\
                03.11.2026;Зайцев;1;1\n\
                01.04.2026;Фёдорова;1;1\n\
                04.11.2026;Кузнецов;сорок;1,005\n\
                05.11.2026;Кузнецов;1;1\n\
                05.11.2026;Кузнецов;2;2\n\
                06.11.2026;Кузнецов\n";
    let table = read_table(text.as_bytes()).unwrap();
    let columns = match_columns(&table.header, &metrics, names).unwrap();
    assert_eq!(
        unknown_names(&data, &table, &columns),
        vec!["Петров".to_string()]
    );
    let problems = plan(&data, &metrics, &table, &columns, &BTreeMap::new()).unwrap_err();
    let calls = || "Звонки".to_string();
    let p = |line, issue| RowProblem { line, issue };
    assert_eq!(
        problems,
        vec![
            p(
                2,
                RowIssue::BadValue {
                    column: calls(),
                    error: ValueError::Negative
                }
            ),
            p(3, RowIssue::BadDate("31.02.2026".into())),
            p(4, RowIssue::UnknownManager("Петров".into())),
            p(
                5,
                RowIssue::NotEmployed {
                    name: "Зайцев".into(),
                    date: day("2026-11-03")
                }
            ),
            p(
                6,
                RowIssue::NotEmployed {
                    name: "Фёдорова".into(),
                    date: day("2026-04-01")
                }
            ),
            p(
                7,
                RowIssue::BadValue {
                    column: calls(),
                    error: ValueError::NotANumber
                }
            ),
            p(
                7,
                RowIssue::BadValue {
                    column: "Оплаты".into(),
                    error: ValueError::TooPrecise
                }
            ),
            p(9, RowIssue::Duplicate { first_line: 8 }),
            p(10, RowIssue::Short),
        ]
    );
    // The mapping step: «Петров» is Kuznetsov under another name; mapping a name to nothing skips its rows.
    let fixed = "Дата;Менеджер;Звонки\n03.11.2026;Петров;5\n03.11.2026;Гость;7\n";
    let table = read_table(fixed.as_bytes()).unwrap();
    let columns = match_columns(&table.header, &metrics, names).unwrap();
    let mapping: BTreeMap<String, Option<RecordId>> = [
        ("Петров".to_string(), Some(id(1))),
        ("Гость".to_string(), None),
    ]
    .into_iter()
    .collect();
    let import = plan(&data, &metrics, &table, &columns, &mapping).unwrap();
    assert_eq!(import.days.len(), 1);
    assert_eq!(import.days[0].manager, id(1));
}

#[test]
fn names_and_dates() {
    let data = team();
    assert_eq!(
        find_manager(&data, " КУЗНЕЦОВ артём игоревич "),
        Some(id(1))
    );
    assert_eq!(
        find_manager(&data, "Федорова О.В."),
        Some(id(2)),
        "ё as е, initials without spaces"
    );
    assert_eq!(find_manager(&data, "Кузнецова"), None);
    assert_eq!(parse_date("27.11.2026"), Some(day("2026-11-27")));
    assert_eq!(parse_date("27.11.26"), Some(day("2026-11-27")));
    assert_eq!(parse_date("2026-11-27"), Some(day("2026-11-27")));
    assert_eq!(parse_date("27/11/2026"), Some(day("2026-11-27")));
    assert_eq!(parse_date("11/27/2026"), None, "no month 27");
    assert_eq!(parse_date("вчера"), None);
}

#[test]
fn lines_are_counted_with_windows_line_ends() {
    let data = team();
    let metrics = catalog(&data);
    let text =
        "\u{feff}Дата;Менеджер;Звонки\r\n27.11.2026;Петров П.;10\r\n27.11.2026;Кузнецов;-5\r\n";
    let table = read_table(text.as_bytes()).unwrap();
    let lines: Vec<usize> = table.rows.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![2, 3]);
    let columns = match_columns(&table.header, &metrics, names).unwrap();
    let mapping: BTreeMap<String, Option<RecordId>> =
        [("Петров П.".to_string(), None)].into_iter().collect();
    let problems = plan(&data, &metrics, &table, &columns, &mapping).unwrap_err();
    assert_eq!(problems[0].line, 3);
}
