//! The native half of the benchmark (`scripts/bench.sh`): for the S and L departments, the month's plan/fact for
//! every manager, a stand-up's numbers, export, and import (read + merge into an empty database), each next to a baseline measured in
//! the same run: summing the month's facts in a plain loop, and parsing the file as untyped JSON.
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
}
