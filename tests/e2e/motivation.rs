//! M2–M4 in the browser: a contest created and a thank-you said, the running contest's leaderboard on the tablet, a
//! one-on-one planned and held with a carried action, a development step; then the meeting-room file: exported
//! without personal records, merged and restored into this device without losing its pay or one-on-ones.

use crate::browser::{
    click, download, find, go, press, screenshot, texts, type_into, wait_js, Engine,
};
use crate::SIZES;
use fantoccini::Client;
use serde_json::json;

const NOVIKOV: &str = "de700000-0000-4000-8000-000000000006";
const CONTEST: &str = "E2E: звонки недели";
const THANKS: &str = "E2E: лучший звонок недели";
const ACTION: &str = "E2E: разобрать три звонка";

pub async fn contests_and_one_on_ones(c: &Client, engine: Engine) {
    go(c, "/contests").await;
    find(c, "[data-test=contest]").await;
    // The demo's running contest leads, with a score for everyone who has a plan.
    let first = texts(c, "[data-test=contest] h2").await;
    assert_eq!(first[0], "Гонка сделок месяца", "{first:?}");

    // A new contest on calls, everyone taking part.
    type_into(c, "[data-test=contest-name]", CONTEST).await;
    c.execute(
        "const el = document.querySelector('[data-test=contest-metric]'); \
         el.value = [...el.options].find(o => o.textContent === 'Звонки').value; \
         el.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![],
    )
    .await
    .unwrap();
    press(c, engine, "[data-test=create-contest]").await;
    wait_js(
        c,
        "the new contest",
        &format!("[...document.querySelectorAll('[data-test=contest] h2')].some(h => h.textContent === {})", json!(CONTEST)),
    )
    .await;

    // A thank-you, listed at once.
    type_into(c, "[data-test=thank-reason]", THANKS).await;
    press(c, engine, "[data-test=thank]").await;
    wait_js(
        c,
        "the thank-you",
        &format!("document.querySelector('[data-test=recognitions]') && document.querySelector('[data-test=recognitions]').textContent.includes({})", json!(THANKS)),
    )
    .await;
    find(c, "[data-test=badges] li").await;
    for size in SIZES {
        screenshot(c, engine, "contests", size).await;
    }
    c.set_window_size(1180, 820).await.unwrap();

    // The running contest on the meeting-room screen.
    click(
        c,
        "[data-test=contest]:first-of-type [data-test=leaderboard-link]",
    )
    .await;
    find(c, "[data-test=leaderboard] .lb-rows li").await;
    let rows = texts(c, "[data-test=leaderboard] .lb-rows li").await;
    assert_eq!(rows.len(), 8, "{rows:?}");
    assert!(rows[0].starts_with('1'), "the leader first: {rows:?}");
    for size in SIZES {
        screenshot(c, engine, "leaderboard", size).await;
    }
    c.set_window_size(1180, 820).await.unwrap();

    // A one-on-one with Новиков: planned, with the open actions of the last ones carried over.
    go(c, "/one-on-ones").await;
    let row = format!("[data-test=cadences] tr[data-manager='{NOVIKOV}']");
    find(c, &row).await;
    press(c, engine, &format!("{row} [data-test=plan-one]")).await;
    find(c, "[data-test=one-on-one]").await;
    let carried = find(c, "[data-test=carried]").await.text().await.unwrap();
    assert!(
        carried.contains("Договориться с ассистентом") && carried.contains("Ролевая игра"),
        "{carried}"
    );
    type_into(c, "[data-test=point-text]", "E2E: как идут утренние блоки").await;
    press(c, engine, "[data-test=point-form] button[type=submit]").await;
    wait_js(
        c,
        "the talking point",
        "document.querySelector('[data-test=points]').textContent.includes('утренние блоки')",
    )
    .await;
    type_into(c, "[data-test=action-text]", ACTION).await;
    press(c, engine, "[data-test=add-action]").await;
    wait_js(
        c,
        "the agreed action",
        &format!(
            "document.querySelector('[data-test=talk-actions]').textContent.includes({})",
            json!(ACTION)
        ),
    )
    .await;
    press(c, engine, "[data-test=mood] input[value='4']").await;
    let problems = crate::accessibility::violations(c).await;
    assert!(problems.is_empty(), "a one-on-one: {problems:?}");
    // One carried action is done now: it leaves the list.
    press(c, engine, "[data-test=carried-done]").await;
    wait_js(
        c,
        "one carried action left",
        "document.querySelectorAll('[data-test=carried] li').length === 1",
    )
    .await;
    for size in SIZES {
        screenshot(c, engine, "one-on-one", size).await;
    }
    c.set_window_size(1180, 820).await.unwrap();

    // After a reload the planned one-on-one still holds what was said.
    c.refresh().await.unwrap();
    find(c, &format!("{row} [data-test=open-planned]")).await;
    press(c, engine, &format!("{row} [data-test=open-planned]")).await;
    wait_js(
        c,
        "the action kept",
        &format!("document.querySelector('[data-test=talk-actions]') && document.querySelector('[data-test=talk-actions]').textContent.includes({})", json!(ACTION)),
    )
    .await;

    // His development plan: the overdue step is marked done.
    go(c, "/development").await;
    find(c, "[data-test=dev-summary]").await;
    c.execute(
        "const el = document.querySelector('[data-test=dev-person]'); el.value = arguments[0]; \
         el.dispatchEvent(new Event('change', { bubbles: true }));",
        vec![json!(NOVIKOV)],
    )
    .await
    .unwrap();
    wait_js(c, "his plan", "document.querySelector('[data-test=dev-plan] h2') && document.querySelector('[data-test=dev-plan] h2').textContent.startsWith('Новиков')").await;
    press(c, engine, "[data-test=step].overdue [data-test=step-done]").await;
    wait_js(
        c,
        "no overdue step",
        "!document.querySelector('[data-test=step].overdue')",
    )
    .await;
    screenshot(c, engine, "development", (1180, 820)).await;
}

/// The payroll's rows as shown (name, fixed, variable, total), for comparing to the kopeck.
pub async fn payroll_rows(c: &Client) -> Vec<String> {
    go(c, "/pay").await;
    wait_js(
        c,
        "the payroll",
        "document.querySelectorAll('[data-test=payroll] tbody tr [data-test=payslip-open]').length > 0",
    )
    .await;
    texts(c, "[data-test=payroll] tbody tr").await
}

pub async fn meeting_room_file(c: &Client, engine: Engine) {
    let paid = payroll_rows(c).await;
    go(c, "/data").await;
    let (text, name) = download(c, "[data-test=export-meeting-room]").await;
    assert!(name.ends_with("-meeting-room.json"), "{name}");
    assert!(text.contains("\"scope\": \"meeting_room\""));
    for store in [
        "pay_schemes",
        "payslips",
        "reductions",
        "refunds",
        "one_on_ones",
        "dev_plans",
    ] {
        assert!(!text.contains(&format!("\"{store}\":")), "{store} left out");
    }
    // Nothing in the shared stores reveals pay: a violation carries no share of the bonus.
    assert!(!text.contains("reduction_bp") && !text.contains("percent_bp"));
    assert!(text.contains(THANKS), "the thank-you is shared");
    // Merged into this device, which has pay: said in the preview, nothing personal lost.
    crate::pick_file(c, &name, &text).await;
    find(c, "[data-test=meeting-room-file]").await;
    press(c, engine, "[data-test=apply-import]").await;
    find(c, "[data-test=import-done]").await;
    // Restored from it: the shared records are the file's, the personal ones stay.
    press(c, engine, "[data-test=mode-replace]").await;
    crate::pick_file(c, &name, &text).await;
    find(c, "[data-test=meeting-room-file]").await;
    assert!(
        c.find(fantoccini::Locator::Css("[data-test=mass-delete]"))
            .await
            .is_err(),
        "a restore from a meeting-room file deletes nothing"
    );
    press(c, engine, "[data-test=apply-import]").await;
    find(c, "[data-test=import-done]").await;
    assert_eq!(
        payroll_rows(c).await,
        paid,
        "every payslip as it was, to the kopeck"
    );
    go(c, "/one-on-ones").await;
    let row = format!("[data-test=cadences] tr[data-manager='{NOVIKOV}']");
    find(c, &format!("{row} [data-test=open-planned]")).await;
}

const KUZNETSOV: &str = "de700000-0000-4000-8000-000000000002";
const REDUCTION: &str = "E2E: п. 4.2 — сделки без следующего шага";

/// A device's own reduction of Кузнецов's bonus (personal), then its meeting-room file: the file for another
/// profile that has pay ([`merge_into_another_profile`]).
pub async fn meeting_room_file_with_a_reduction(c: &Client, engine: Engine) -> (String, String) {
    go(c, "/pay").await;
    find(c, "[data-test=reduction-form]").await;
    crate::browser::choose(c, "select[name=reduction-who]", KUZNETSOV).await;
    crate::browser::choose(c, "input[name=reduction-percent]", "50").await;
    type_into(c, "input[name=reduction-reason]", REDUCTION).await;
    press(c, engine, "[data-test=reduction-form] button[type=submit]").await;
    wait_js(
        c,
        "the reduction listed",
        &format!("document.querySelector('[data-test=reduction-form]').parentElement.textContent.includes({})", json!(REDUCTION)),
    )
    .await;
    go(c, "/data").await;
    let (text, name) = download(c, "[data-test=export-meeting-room]").await;
    assert!(
        !text.contains(REDUCTION),
        "the reduction stays on this device"
    );
    (text, name)
}

/// Issue 23: the meeting-room file of a device whose pay differs merged into another profile that has pay: every
/// payslip there is what it was, to the kopeck.
pub async fn merge_into_another_profile(c: &Client, engine: Engine, file: &(String, String)) {
    let before = payroll_rows(c).await;
    assert!(
        before.iter().any(|r| r.starts_with("Кузнецов")),
        "{before:?}"
    );
    go(c, "/data").await;
    crate::pick_file(c, &file.1, &file.0).await;
    find(c, "[data-test=meeting-room-file]").await;
    press(c, engine, "[data-test=apply-import]").await;
    find(c, "[data-test=import-done]").await;
    assert_eq!(payroll_rows(c).await, before, "the payroll after the merge");
}
