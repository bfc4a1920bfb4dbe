//! M1 in the browser: the month's payroll of the demo department, a payslip whose lines show their formulas and the
//! next step, printed on A4 and exported as CSV; the month closed, a fact of it corrected afterwards, and the
//! correction arriving as an adjustment in the next month.

use crate::browser::{
    choose, download, find, go, press, print_a4, screenshot, texts, wait_js, Engine,
};
use crate::SIZES;
use fantoccini::Client;

/// Opens the payslip of the person whose name starts with `surname`.
async fn open_payslip(c: &Client, engine: Engine, surname: &str) {
    // The row's place, counted from 1 (a 0 would read as "not yet").
    let row = wait_js(
        c,
        "the person in the payroll",
        &format!("[...document.querySelectorAll('[data-test=payslip-open]')].findIndex(b => b.textContent.startsWith('{surname}')) + 1"),
    )
    .await;
    let css = format!(
        "[data-test=payroll] tbody tr:nth-child({}) [data-test=payslip-open]",
        row.as_u64().unwrap()
    );
    press(c, engine, &css).await;
    find(c, "[data-test=payslip]").await;
}

/// Фёдорова's own scheme, designed in the editor: refused while it has no name, saved from the open month, tried
/// over the closed months next to what was paid, then her payslip pays by it with the next step named.
pub async fn design_scheme(c: &Client, engine: Engine) {
    go(c, "/pay/schemes").await;
    find(c, "[data-test=scheme-version]").await;
    press(c, engine, "[data-test=new-scheme]").await;
    find(c, "[data-test=scheme-editor]").await;
    press(c, engine, "[data-test=save-scheme]").await;
    let problems = find(c, "[data-test=scheme-problems]")
        .await
        .text()
        .await
        .unwrap();
    assert!(problems.contains("название"), "{problems}");
    crate::browser::type_into(c, "[data-test=scheme-name]", "E2E: Фёдорова, рост").await;
    choose(c, "[data-test=scheme-applies]", "person").await;
    choose(c, "select[name=scheme-person]", FEDOROVA).await;
    press(c, engine, "[data-test=add-component]").await;
    wait_js(
        c,
        "two components",
        "document.querySelectorAll('[data-test=component]').length === 2",
    )
    .await;
    press(c, engine, "[data-test=save-scheme]").await;
    let outcome = find(c, "[data-test=scheme-outcome]")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(outcome, "Схема сохранена");
    // The what-if over the closed months (the demo has three): what was paid next to the draft, per month and person.
    press(c, engine, "[data-test=try-scheme]").await;
    find(c, "[data-test=what-if-months]").await;
    wait_js(
        c,
        "the three closed months",
        "document.querySelectorAll('[data-test=what-if-months] tbody tr:not(.total)').length === 3",
    )
    .await;
    let people = texts(c, "[data-test=what-if-people] tbody tr").await;
    assert!(
        people.iter().any(|p| p.starts_with("Фёдорова")),
        "{people:?}"
    );
    let problems = crate::accessibility::violations(c).await;
    assert!(
        problems.is_empty(),
        "the scheme editor and its what-if: {problems:?}"
    );
    for size in SIZES {
        screenshot(c, engine, "scheme-editor", size).await;
    }
    c.set_window_size(1180, 820).await.unwrap();
    go(c, "/pay").await;
    find(c, "[data-test=payroll]").await;
    open_payslip(c, engine, "Фёдорова").await;
    let lines = texts(c, "[data-test=payslip-line]").await;
    assert!(
        lines.iter().any(|l| l.starts_with("Комиссия: оплаты")
            && (l.contains("3\u{a0}%") || l.contains("5\u{a0}%"))),
        "{lines:?}"
    );
    find(c, "[data-test=next-step]").await;
}

const FEDOROVA: &str = "de700000-0000-4000-8000-000000000007";

pub async fn pay_month(c: &Client, engine: Engine) {
    go(c, "/pay").await;
    find(c, "[data-test=payroll]").await;
    wait_js(
        c,
        "everyone on the payroll",
        "document.querySelectorAll('[data-test=payslip-open]').length === 8",
    )
    .await;
    find(c, "[data-test=month-open]").await;

    // A seller's payslip: salary and commission, each line with its computation; the total is the row's.
    open_payslip(c, engine, "Волков").await;
    let lines = texts(c, "[data-test=payslip-line]").await;
    assert!(lines.iter().any(|l| l.starts_with("Оклад")), "{lines:?}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Комиссия: оплаты") && l.contains('×')),
        "{lines:?}"
    );
    // The sellers' share of salary by completion band, each bound stated.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Премия: доля оклада по выполнению плана")
                && (l.contains("ни в одном диапазоне") || l.contains("включительно"))),
        "{lines:?}"
    );
    scroll_to_payslip(c).await;
    for size in SIZES {
        screenshot(c, engine, "payslip", size).await;
    }
    c.set_window_size(1180, 820).await.unwrap();
    print_a4(c, engine, "payslip").await;

    // A senior's commission on the quarter's running total: before, the month, after, and the difference.
    open_payslip(c, engine, "Кузнецов").await;
    let lines = texts(c, "[data-test=payslip-line]").await;
    assert!(
        lines
            .iter()
            .any(|l| l.contains("нарастающий итог с начала квартала")
                && l.contains("было")
                && l.contains("стало")),
        "{lines:?}"
    );
    scroll_to_payslip(c).await;
    screenshot(c, engine, "payslip-running-total", (1180, 820)).await;
    screenshot(c, engine, "payslip-running-total", (390, 844)).await;
    c.set_window_size(1180, 820).await.unwrap();
    open_payslip(c, engine, "Волков").await;

    // What if the month's payments came to 3 000 000 ₽: the pay follows.
    crate::browser::type_into(c, "[data-test=what-if-payments]", "3 000 000").await;
    let what_if = find(c, "[data-test=what-if-total]")
        .await
        .text()
        .await
        .unwrap();
    assert!(what_if.starts_with("К выплате было бы"), "{what_if}");

    // The trainee on a guarantee: topped up to it.
    open_payslip(c, engine, "Попов").await;
    let lines = texts(c, "[data-test=payslip-line]").await;
    assert!(
        lines.iter().any(|l| l.starts_with("Доплата до гарантии")),
        "{lines:?}"
    );

    // The accountant's CSV: every person, every line, amounts with a decimal comma. (Back to the top first: the
    // sticky header would take a click on the toolbar below it.)
    c.execute("window.scrollTo(0, 0);", vec![]).await.unwrap();
    let (csv, name) = download(c, "[data-test=payroll-csv]").await;
    assert!(
        name.starts_with("payroll-") && name.ends_with(".csv"),
        "{name}"
    );
    // (Blob.text() decodes UTF-8 and drops the byte-order mark the file starts with.)
    assert!(csv.contains("Волков Дмитрий Александрович"), "{csv}");
    assert!(csv.contains(";Итого;"), "{csv}");

    // Close the month, then correct one of its facts: the payroll of the month stays as paid, the next month
    // carries the difference.
    let paid = find(c, "[data-test=payroll-total]")
        .await
        .text()
        .await
        .unwrap();
    // Through the page in WebKit: its driver's click on «Закрыть месяц» once reached nothing (no confirmation came).
    press(c, engine, "[data-test=close-month]").await;
    press(c, engine, "[data-test=close-yes]").await;
    find(c, "[data-test=month-closed]").await;
    go(c, "/facts").await;
    let payments = format!("[data-test=fact-cell][data-metric='{}']", crate::PAYMENTS);
    let cell = find(c, &payments).await;
    cell.clear().await.unwrap();
    cell.send_keys(&format!("2 000 000{}", crate::ENTER))
        .await
        .unwrap();
    wait_js(
        c,
        "the corrected fact",
        "[...document.querySelectorAll('[data-test=total]')].some(t => t.textContent.replace(/\\s/g, '').startsWith('2000000'))",
    )
    .await;
    go(c, "/pay").await;
    find(c, "[data-test=month-closed]").await;
    assert_eq!(
        find(c, "[data-test=payroll-total]")
            .await
            .text()
            .await
            .unwrap(),
        paid,
        "a closed month is not recomputed"
    );
    press(c, engine, "[data-test=next-month]").await;
    find(c, "[data-test=month-open]").await;
    open_payslip(c, engine, "Волков").await;
    wait_js(
        c,
        "the adjustment",
        "[...document.querySelectorAll('[data-test=payslip-line]')].some(l => l.textContent.startsWith('Перерасчёт за'))",
    )
    .await;
    screenshot(c, engine, "payslip-adjustment", (820, 1180)).await;
    c.set_window_size(1180, 820).await.unwrap();
}

/// Brings the open payslip to the top of the window for its screenshots.
async fn scroll_to_payslip(c: &Client) {
    c.execute(
        "document.querySelector('[data-test=payslip]').scrollIntoView();",
        vec![],
    )
    .await
    .unwrap();
}
