//! The browser half of the benchmark (`scripts/bench.sh`), in headless Chromium: for the L department, loading
//! it from IndexedDB at start next to plain JavaScript reading the same records (`getAll` on each store), writing
//! every record next to plain JavaScript putting the same records, the
//! month's plan/fact for every manager next to summing the month's facts, and export and import.
//! Prints a table; asserts nothing about time (timings are measured, not tested).
#![cfg(target_arch = "wasm32")]

use rop::domain::demo::scale::{generated, Scale};
use rop::domain::planning::metric::catalog;
use rop::domain::planning::planfact::{board, Period};
use rop::domain::{Dataset, RecordId, StoreName};
use rop::store::{Backup, Store};
use rop::sync::{export, merge, read_file};
use rop::sync::{Batch, Storage};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// The median of `runs` timings, in milliseconds.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = now_ms();
            f();
            now_ms() - t
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

/// Plain JavaScript: open the database and `getAll` every store in one read transaction. Resolves to the number
/// of records read.
const JS_READ_ALL: &str = r#"
return new Promise((resolve, reject) => {
  const open = indexedDB.open(name);
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(stores, "readonly");
    let count = 0;
    for (const s of stores) {
      const r = tx.objectStore(s).getAll();
      r.onsuccess = () => { count += r.result.length; };
    }
    tx.oncomplete = () => { db.close(); resolve(count); };
    tx.onerror = () => reject(tx.error);
  };
});
"#;

/// Plain JavaScript: the same records (parsed from the export file beforehand, not timed) put into a fresh
/// database in one read-write transaction. Resolves to the milliseconds of the transaction alone: the floor any
/// write of every record has.
const JS_PUT_ALL: &str = r#"
return new Promise((resolve, reject) => {
  const file = JSON.parse(text);
  const names = Object.keys(file.stores);
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => { for (const s of names) open.result.createObjectStore(s, { keyPath: "id" }); };
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const t = performance.now();
    const tx = db.transaction(names, "readwrite");
    for (const s of names) { const os = tx.objectStore(s); for (const r of file.stores[s]) os.put(r); }
    tx.oncomplete = () => { db.close(); resolve(performance.now() - t); };
    tx.onerror = () => reject(tx.error);
  };
});
"#;

async fn js_put_all(name: &str, text: &str) -> f64 {
    let f = js_sys::Function::new_with_args("name, text", JS_PUT_ALL);
    let promise: js_sys::Promise = f
        .call2(&wasm_bindgen::JsValue::NULL, &name.into(), &text.into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let ms = wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    ms.as_f64().unwrap()
}

async fn js_read_all(name: &str) -> (f64, u32) {
    let stores = js_sys::Array::new();
    for s in StoreName::ALL {
        stores.push(&s.as_str().into());
    }
    let f = js_sys::Function::new_with_args("name, stores", JS_READ_ALL);
    let t = now_ms();
    let promise: js_sys::Promise = f
        .call2(&wasm_bindgen::JsValue::NULL, &name.into(), &stores)
        .unwrap()
        .dyn_into()
        .unwrap();
    let count = wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    (now_ms() - t, count.as_f64().unwrap() as u32)
}

#[wasm_bindgen_test]
async fn bench_l_department() {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let t = now_ms();
    let data = generated(Scale::L, today, 1_795_770_000_000);
    let generate = now_ms() - t;
    let name = format!("rop-bench-{}", uuid::Uuid::new_v4());
    let store = Store::open(&name).await.unwrap();
    let t = now_ms();
    // What a restore of a large backup makes the user wait for: every record in one batch.
    store
        .commit(Batch {
            clear: true,
            backup: Some(Backup::of(
                &Dataset::default(),
                "bench",
                "bench",
                "bench".to_string(),
                false,
            )),
            puts: data.all_changes(),
            scrub: None,
        })
        .await
        .unwrap();
    let write = now_ms() - t;
    let plain_put = js_put_all(
        &format!("rop-bench-plain-{}", uuid::Uuid::new_v4()),
        &export(&data, "bench"),
    )
    .await;

    // Load at start: ours, then plain JS, seven times each (interleaved, so both see the same machine), medians.
    let mut ours = Vec::new();
    let mut plain = Vec::new();
    let mut loaded = Dataset::default();
    for _ in 0..7 {
        let t = now_ms();
        loaded = store.load().await.unwrap();
        ours.push(now_ms() - t);
        let (ms, count) = js_read_all(&name).await;
        assert_eq!(
            count as usize,
            data.record_count() + 0,
            "the baseline reads every record"
        );
        plain.push(ms);
    }
    assert_eq!(loaded, data);
    ours.sort_by(f64::total_cmp);
    plain.sort_by(f64::total_cmp);

    let ids: Vec<RecordId> = data.managers.keys().copied().collect();
    let metrics = catalog(&data);
    let cal = data.calendar();
    let period = Period::month(today);
    let through = today - chrono::Days::new(1);
    let planfact = median_ms(11, || {
        std::hint::black_box(board(&data, &cal, &metrics, &ids, period, through));
    });
    let baseline = median_ms(11, || {
        let mut sum = 0i64;
        for r in data.facts.values() {
            if period.contains(r.data.date) {
                sum += r.data.values.values().sum::<i64>();
            }
        }
        std::hint::black_box(sum);
    });
    // What a stand-up recomputes when it opens or when its data changes: five boards.
    let standup = median_ms(11, || {
        std::hint::black_box(rop::domain::organisation::meeting_numbers::numbers(
            &data, today,
        ));
    });
    let mut file = String::new();
    let export_ms = median_ms(3, || file = export(&data, "bench"));
    let import_ms = median_ms(3, || {
        let incoming = read_file(
            file.as_bytes(),
            &rop::sync::Context::alone(1_795_770_000_000),
        )
        .unwrap();
        std::hint::black_box(merge(
            &Dataset::default(),
            &incoming,
            uuid::Uuid::nil(),
            None,
        ));
    });
    let rows = [
        ("records".to_string(), format!("{}", data.record_count())),
        ("generate, ms".into(), format!("{generate:.0}")),
        (
            "write all (one transaction), ms".into(),
            format!("{write:.0}"),
        ),
        (
            "  baseline: plain JS put of the same records, ms".into(),
            format!("{plain_put:.0}"),
        ),
        (
            "load at start (IndexedDB → typed), ms".into(),
            format!("{:.0}", ours[3]),
        ),
        (
            "  baseline: plain JS getAll of every store, ms".into(),
            format!("{:.0}", plain[3]),
        ),
        (
            "month plan/fact, all managers, ms".into(),
            format!("{planfact:.1}"),
        ),
        (
            "  baseline: sum the month's facts, ms".into(),
            format!("{baseline:.1}"),
        ),
        (
            "a stand-up's numbers (five boards), ms".into(),
            format!("{standup:.1}"),
        ),
        ("export, ms".into(), format!("{export_ms:.0}")),
        (
            "import (read + merge into empty), ms".into(),
            format!("{import_ms:.0}"),
        ),
    ];
    console_log!("{:<46} {:>10}", "Chromium (wasm, release)", "L");
    for (k, v) in rows {
        console_log!("{k:<46} {v:>10}");
    }
    store.close();
}

/// The CRM reader's work on a 50 000-deal amoCRM export, in the browser's wasm (the worker runs this same code),
/// next to plain JavaScript splitting the same bytes into cells.
#[wasm_bindgen_test]
async fn bench_crm_export() {
    use rop::sync::crm_file::{answer, Answer, Request};
    const DEALS: usize = 50_000;
    let people: Vec<String> = (1..=8).map(|i| format!("Менеджер Номер {i}")).collect();
    let bytes = rop::domain::demo::scale::crm_export(&people, DEALS);
    let request = Request {
        name: "amocrm.csv".into(),
        currency: "RUB".into(),
        mapped: None,
    };
    let mut rows = 0;
    let read = median_ms(3, || {
        if let Answer::Read(r) = answer(&request, &bytes) {
            rows = r.rows.map(|v| v.len()).unwrap_or(0);
        }
    });
    assert_eq!(rows, DEALS, "every deal read");
    let js = js_sys::Uint8Array::from(&bytes[..]);
    let split = js_sys::Function::new_with_args(
        "bytes",
        "const t = performance.now(); \
         const rows = new TextDecoder().decode(bytes).split('\\r\\n').map(l => l.split(';')); \
         return [performance.now() - t, rows.length];",
    );
    let mut plain = Vec::new();
    for _ in 0..3 {
        let r: js_sys::Array = split
            .call1(&wasm_bindgen::JsValue::NULL, &js)
            .unwrap()
            .into();
        plain.push(r.get(0).as_f64().unwrap());
    }
    plain.sort_by(f64::total_cmp);
    console_log!(
        "{:<46} {:>10}",
        format!(
            "CRM export, {DEALS} deals ({:.1} MB)",
            bytes.len() as f64 / 1_048_576.0
        ),
        "ms"
    );
    console_log!(
        "{:<46} {:>10.0}",
        "read in wasm (the CRM reader worker's job)",
        read
    );
    console_log!(
        "{:<46} {:>10.0}",
        "  baseline: JS TextDecoder and split into cells",
        plain[1]
    );
}
