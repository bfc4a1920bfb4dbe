//! The native half of the benchmark (`scripts/bench.sh`): for the S and L departments, the month's plan/fact for
//! every manager, a stand-up's numbers, export, and import (read + merge into an empty database), each next to a baseline measured in
//! the same run: summing the month's facts in a plain loop, and parsing the file as untyped JSON. Then a CRM export
//! of 50 000 deals: read as the CRM reader worker reads it, imported as a snapshot, and its hygiene, next to the csv
//! crate reading the same bytes into untyped records.
//! `cargo run --release --example bench`.

use rop::domain::demo::scale::{generated, Scale};
use rop::domain::planning::metric::catalog;
use rop::domain::planning::planfact::{board, Period};
use rop::domain::{Dataset, RecordId};
use rop::sync::{export, merge, read_file};
use std::hint::black_box;
use std::time::Instant;

/// 2026-11-27T09:00:00Z, the benchmark's "now".
const NOW: u64 = 1_795_770_000_000;

/// The median of `runs` timings of `f`, in milliseconds.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn month_sum_baseline(data: &Dataset, period: Period) -> i64 {
    let mut sum = 0;
    for r in data.facts.values() {
        if period.contains(r.data.date) {
            sum += r.data.values.values().sum::<i64>();
        }
    }
    sum
}

fn main() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    println!("{:<46} {:>10} {:>10}", "native (release)", "S", "L");
    let rows: Vec<(&str, Vec<String>)> = {
        let mut cols: Vec<Vec<String>> = Vec::new();
        for scale in [Scale::S, Scale::L] {
            let t = Instant::now();
            let data = generated(scale, today, NOW);
            let gen_ms = t.elapsed().as_secs_f64() * 1000.0;
            let ids: Vec<RecordId> = data.managers.keys().copied().collect();
            let metrics = catalog(&data);
            let cal = data.calendar();
            let period = Period::month(today);
            let through = today - chrono::Days::new(1);
            let board_ms = median_ms(21, || {
                black_box(board(&data, &cal, &metrics, &ids, period, through));
            });
            let base_ms = median_ms(21, || {
                black_box(month_sum_baseline(&data, period));
            });
            // A stand-up's numbers: five boards (last working day, today, month, week, next week).
            let meeting_ms = median_ms(21, || {
                black_box(rop::domain::organisation::meeting_numbers::numbers(
                    &data, today,
                ));
            });
            let mut file = String::new();
            let export_ms = median_ms(5, || file = export(&data, "bench"));
            let parse_ms = median_ms(5, || {
                black_box(serde_json::from_str::<serde_json::Value>(&file).unwrap());
            });
            let import_ms = median_ms(5, || {
                let incoming = read_file(file.as_bytes(), &rop::sync::Context::alone(NOW)).unwrap();
                black_box(merge(
                    &Dataset::default(),
                    &incoming,
                    uuid::Uuid::nil(),
                    None,
                ));
            });
            cols.push(vec![
                format!("{}", data.record_count()),
                format!("{:.1}", file.len() as f64 / 1_048_576.0),
                format!("{gen_ms:.0}"),
                format!("{board_ms:.2}"),
                format!("{base_ms:.2}"),
                format!("{meeting_ms:.2}"),
                format!("{export_ms:.0}"),
                format!("{parse_ms:.0}"),
                format!("{import_ms:.0}"),
            ]);
        }
        let names = [
            "records",
            "export file, MB",
            "generate, ms",
            "month plan/fact, all managers, ms",
            "  baseline: sum the month's facts, ms",
            "a stand-up's numbers (five boards), ms",
            "export, ms",
            "  baseline: parse the file as untyped JSON, ms",
            "import (read + merge into empty), ms",
        ];
        names
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, cols.iter().map(|c| c[i].clone()).collect()))
            .collect()
    };
    for (name, v) in rows {
        println!("{:<46} {:>10} {:>10}", name, v[0], v[1]);
    }
    crm(today);
}

fn crm(today: chrono::NaiveDate) {
    use rop::domain::organisation::crm::columns::names_of;
    use rop::domain::organisation::crm::hygiene::Context;
    use rop::domain::organisation::crm::snapshot::{import, Reading};
    use rop::sync::crm_file::{answer, Answer, Request};
    let mut data = Dataset::default();
    let mut clock = rop::domain::Clock::default();
    for e in rop::domain::demo::department(today) {
        for c in data.stamp(e, &mut clock, NOW, uuid::Uuid::nil()).unwrap() {
            data.apply(c);
        }
    }
    const DEALS: usize = 50_000;
    let people: Vec<String> = data
        .managers_by_name()
        .into_iter()
        .map(|m| m.data.full_name.clone())
        .collect();
    let bytes = rop::domain::demo::scale::crm_export(&people, DEALS);
    let request = Request {
        name: "amocrm.csv".into(),
        currency: "RUB".into(),
        mapped: None,
    };
    let mut read = None;
    let read_ms = median_ms(5, || read = Some(answer(&request, &bytes)));
    let Some(Answer::Read(read)) = read else {
        panic!("the generated export reads")
    };
    let rows = read.rows.clone().expect("no bad rows");
    let reading = Reading {
        source: "amoCRM".into(),
        system: read.system,
        kind: read.kind,
        taken: today,
        file: "amocrm.csv".into(),
        columns: names_of(&read.header, &read.columns),
        extra: read.extra.clone(),
        rows,
        users: Default::default(),
    };
    let mut done = None;
    let import_ms = median_ms(5, || done = Some(import(&data, reading.clone()).unwrap()));
    let json_ms = median_ms(5, || {
        black_box(serde_json::to_string(&read).unwrap());
    });
    let mut clock = data
        .newest_stamp()
        .map(rop::domain::Clock::starting_after)
        .unwrap_or_default();
    for e in done.expect("imported").edits {
        for c in data.stamp(e, &mut clock, NOW, uuid::Uuid::nil()).unwrap() {
            data.apply(c);
        }
    }
    let hygiene_ms = median_ms(5, || {
        let ctx = Context::at(&data, today).unwrap();
        black_box(ctx.department(&data));
    });
    let baseline_ms = median_ms(5, || {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .has_headers(false)
            .flexible(true)
            .from_reader(&bytes[..]);
        black_box(reader.records().filter_map(Result::ok).count());
    });
    println!();
    println!(
        "{:<46} {:>10}",
        format!(
            "CRM export, {DEALS} deals ({:.1} MB)",
            bytes.len() as f64 / 1_048_576.0
        ),
        "ms"
    );
    println!(
        "{:<46} {:>10.0}",
        "read (the worker's job: decode, columns, rows)", read_ms
    );
    println!(
        "{:<46} {:>10.0}",
        "  baseline: csv crate, untyped records", baseline_ms
    );
    println!("{:<46} {:>10.0}", "the worker's answer as JSON", json_ms);
    println!(
        "{:<46} {:>10.0}",
        "import (owners matched, snapshot, stages)", import_ms
    );
    println!("{:<46} {:>10.0}", "hygiene of the department", hygiene_ms);
}
