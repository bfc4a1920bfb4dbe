//! The sales floor end to end (O1–O3, C3, P2): an amoCRM CSV and a Bitrix24 XLSX loaded into the demo department
//! (a CRM user mapped on the way), a person's list of deals to fix opened and printed.

use crate::browser::{click, find, go, press, print_a4, screenshot, wait_js, Engine};
use fantoccini::Client;
use serde_json::json;

const NOVIKOV: &str = "de700000-0000-4000-8000-000000000006";
const KUZNETSOV: &str = "de700000-0000-4000-8000-000000000002";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/crm/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Puts a file's bytes into the CRM page's file input as if the user had picked it.
async fn pick_bytes(c: &Client, name: &str, bytes: &[u8]) {
    find(c, "[data-test=crm-file]").await;
    c.execute(
        "const [name, bytes] = arguments; const dt = new DataTransfer(); \
         dt.items.add(new File([new Uint8Array(bytes)], name)); \
         const input = document.querySelector('[data-test=crm-file]'); input.files = dt.files; \
         input.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![json!(name), json!(bytes)],
    )
    .await
    .unwrap();
}

/// Sets the snapshot's day to the day before today (the demo's own snapshot of today stays).
async fn yesterday(c: &Client) {
    c.execute(
        "const el = document.querySelector('[data-test=crm-taken]'); \
         const d = new Date(el.value); d.setDate(d.getDate() - 1); \
         el.value = d.toISOString().slice(0, 10); el.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![],
    )
    .await
    .unwrap();
}

pub async fn crm(c: &Client, engine: Engine) {
    go(c, "/crm").await;
    find(c, "[data-test=hygiene-department]").await;
    // amoCRM, UTF-8 with a mark: «Артём Кузнецов» is nobody by that name, so he is mapped.
    yesterday(c).await;
    pick_bytes(c, "amocrm-deals.csv", &fixture("amocrm-deals.csv")).await;
    find(c, "[data-test=crm-users]").await;
    crate::browser::choose(c, "[data-user='Артём Кузнецов']", KUZNETSOV).await;
    press(c, engine, "[data-test=crm-users-done]").await;
    let preview = find(c, "[data-test=crm-preview]")
        .await
        .text()
        .await
        .unwrap();
    assert!(preview.contains("amoCRM: сделок 6"), "{preview}");
    press(c, engine, "[data-test=crm-apply]").await;
    find(c, "[data-test=crm-done]").await;
    // Bitrix24 as an Excel workbook: its people are the team's by name, so straight to the preview.
    pick_bytes(c, "bitrix24-deals.xlsx", &fixture("bitrix24-deals.xlsx")).await;
    let preview = find(c, "[data-test=crm-preview]")
        .await
        .text()
        .await
        .unwrap();
    assert!(preview.contains("Bitrix24: сделок 4"), "{preview}");
    press(c, engine, "[data-test=crm-apply]").await;
    find(c, "[data-test=crm-done]").await;
    wait_js(
        c,
        "both snapshots listed",
        "document.querySelectorAll('[data-test=crm-snapshot]').length === 6",
    )
    .await;
    // A broken file: every bad row with its line, nothing saved.
    pick_bytes(c, "amocrm-bad.csv", &fixture("amocrm-bad.csv")).await;
    wait_js(
        c,
        "four bad rows",
        "document.querySelectorAll('[data-test=crm-problems] li').length === 4",
    )
    .await;
    screenshot(c, engine, "crm", (1180, 820)).await;
    screenshot(c, engine, "crm-portrait", (820, 1180)).await;
    c.set_window_size(1180, 820).await.unwrap();
    // Новиков's list to fix, printed.
    click(
        c,
        &format!("tr[data-manager='{NOVIKOV}'] [data-test=fix-list]"),
    )
    .await;
    wait_js(
        c,
        "his deals to fix",
        "document.querySelectorAll('[data-test=fix-deals] tbody tr').length > 0",
    )
    .await;
    screenshot(c, engine, "crm-fix", (820, 1180)).await;
    c.set_window_size(1180, 820).await.unwrap();
    print_a4(c, engine, "crm-fix").await;
}

/// A hard case for Новиков with a joint call, closed; the mentoring table shows his cases closed alone.
pub async fn hard_client(c: &Client, engine: Engine) {
    go(c, "/hard-clients").await;
    find(
        c,
        &format!("[data-test=mentoring] tr[data-manager='{NOVIKOV}'] [data-test=closed-alone]"),
    )
    .await;
    crate::browser::choose(
        c,
        "[data-test=new-escalation] select[name=manager]",
        NOVIKOV,
    )
    .await;
    crate::browser::type_into(
        c,
        "[data-test=new-escalation] input[name=client]",
        "E2E: ООО «Трудный»",
    )
    .await;
    crate::browser::choose(
        c,
        "[data-test=new-escalation] select[name=role]",
        "JointCall",
    )
    .await;
    crate::browser::type_into(
        c,
        "[data-test=new-escalation] textarea[name=why]",
        "Требует скидку 25 %",
    )
    .await;
    press(c, engine, "[data-test=save-escalation]").await;
    wait_js(
        c,
        "the new case among the open ones",
        "[...document.querySelectorAll('[data-test=escalation]')].some(a => a.textContent.includes('E2E: ООО'))",
    )
    .await;
    screenshot(c, engine, "hard-clients", (1180, 820)).await;
    c.set_window_size(1180, 820).await.unwrap();
    c.execute(
        "[...document.querySelectorAll('[data-test=escalation]')].find(a => a.textContent.includes('E2E: ООО')).querySelector('[data-test=close-escalation]').click();",
        vec![],
    )
    .await
    .unwrap();
    wait_js(
        c,
        "the case closed",
        "![...document.querySelectorAll('[data-test=escalation]')].some(a => a.textContent.includes('E2E: ООО'))",
    )
    .await;
}

/// Time logged for a person; the biggest sink turned into a task of the week.
pub async fn time_use(c: &Client, engine: Engine) {
    go(c, "/time").await;
    find(c, "[data-test=time-department] [data-test=selling-share]").await;
    crate::browser::choose(c, "[data-test=time-form] select[name=manager]", NOVIKOV).await;
    crate::browser::type_into(c, "[data-test=time-form] input[name=minutes]", "45").await;
    crate::browser::type_into(
        c,
        "[data-test=time-form] input[name=what]",
        "Счета и акты для бухгалтерии",
    )
    .await;
    press(c, engine, "[data-test=save-time]").await;
    wait_js(
        c,
        "the form cleared after saving",
        "document.querySelector('[data-test=time-form] input[name=minutes]').value === ''",
    )
    .await;
    press(c, engine, "[data-test=sink] [data-test=sink-task]").await;
    find(c, "[data-test=sink] .chip.ok").await;
    screenshot(c, engine, "time", (1180, 820)).await;
    c.set_window_size(1180, 820).await.unwrap();
}

/// Новиков's late arrivals at the stand-ups are in the register by themselves; a warning given to one stays.
pub async fn discipline(c: &Client, engine: Engine) {
    go(c, "/discipline").await;
    let late = format!("[data-test=violation][data-kind=Lateness][data-manager='{NOVIKOV}']");
    find(c, &late).await;
    find(
        c,
        &format!("[data-test=violation-counts] tr[data-manager='{NOVIKOV}']"),
    )
    .await;
    screenshot(c, engine, "discipline", (1180, 820)).await;
    screenshot(c, engine, "discipline-portrait", (820, 1180)).await;
    c.set_window_size(1180, 820).await.unwrap();
}

/// What worked: the top against the bottom with their numbers, won against lost, a finding made a hypothesis.
pub async fn insights(c: &Client, engine: Engine) {
    go(c, "/insights").await;
    wait_js(
        c,
        "the numbers compared",
        "document.querySelectorAll('[data-test=compared]').length >= 5",
    )
    .await;
    find(c, "[data-test=won-lost] table").await;
    crate::browser::type_into(
        c,
        "[data-test=findings] textarea[name=finding]",
        "E2E: лучшие ставят задачу по каждой сделке",
    )
    .await;
    press(c, engine, "[data-test=save-finding]").await;
    wait_js(
        c,
        "the finding listed",
        "[...document.querySelectorAll('[data-test=finding]')].some(li => li.textContent.includes('E2E: лучшие'))",
    )
    .await;
    c.execute(
        "[...document.querySelectorAll('[data-test=finding]')].find(li => li.textContent.includes('E2E: лучшие')).querySelector('[data-test=finding-hypothesis]').click();",
        vec![],
    )
    .await
    .unwrap();
    wait_js(
        c,
        "the finding became a hypothesis",
        "[...document.querySelectorAll('[data-test=finding]')].some(li => li.textContent.includes('E2E: лучшие') && !li.querySelector('[data-test=finding-hypothesis]'))",
    )
    .await;
    screenshot(c, engine, "insights", (1180, 820)).await;
    screenshot(c, engine, "insights-portrait", (820, 1180)).await;
    c.set_window_size(1180, 820).await.unwrap();
}
