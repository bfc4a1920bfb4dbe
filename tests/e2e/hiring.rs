//! Hiring end to end (O7), on the tablet: a new candidate moved through every stage, the final interview scored with
//! its role-play, the hire that makes a manager whose card shows the probation, the ramp plan and the onboarding
//! checklist; then a rejected candidate erased, and the export no longer carries their name.

use crate::browser::{
    choose, click, download, find, go, screenshot, texts, type_into, wait_js, Engine,
};
use crate::SIZES;
use fantoccini::Client;

const NAME: &str = "Пробный Кандидат Иванович";
/// The demo's candidate rejected after the interview.
const REJECTED: &str = "Фролов Максим Андреевич";
/// An attribute the head adds to the vacancy's kit: asked at the interview and the final from then on.
const ADDED: &str = "Держит слово";
/// Marks of the demo call card's eight criteria, each within its scale.
const MARKS: [&str; 8] = ["1", "2", "2", "1", "4", "1", "2", "1"];

async fn shots(c: &Client, engine: Engine, name: &str) {
    for size in SIZES {
        screenshot(c, engine, name, size).await;
    }
    c.set_window_size(1180, 820).await.unwrap();
}

async fn moves(c: &Client, n: usize, what: &str) {
    wait_js(
        c,
        what,
        &format!("document.querySelectorAll('[data-test=moves] li').length === {n}"),
    )
    .await;
}

pub async fn hiring(c: &Client, engine: Engine) {
    go(c, "/hiring").await;
    find(c, "[data-test=board]").await;
    shots(c, engine, "hiring").await;

    // The vacancy's kit gains an attribute, rated from now on at the interview and the final.
    click(c, "[data-test=vacancy-kit] summary").await;
    type_into(
        c,
        "[data-test=vacancy-kit] input[name=new_attribute]",
        ADDED,
    )
    .await;
    click(c, "[data-test=kit-add]").await;
    wait_js(
        c,
        "the new attribute in the kit",
        &format!("[...document.querySelectorAll('[data-test=kit-row] input[name=attribute]')].some(i => i.value === '{ADDED}')"),
    )
    .await;
    shots(c, engine, "vacancy-kit").await;
    click(c, "[data-test=kit-save]").await;
    find(c, "[data-test=notice]").await;
    type_into(c, "[data-test=new-candidate] input[name=full_name]", NAME).await;
    click(c, "[data-test=add-candidate]").await;
    wait_js(
        c,
        "the new candidate on the board",
        &format!("[...document.querySelectorAll('[data-test=candidate-card]')].some(a => a.textContent.includes('{NAME}'))"),
    )
    .await;
    c.execute(
        "[...document.querySelectorAll('[data-test=candidate-card]')].find(a => a.textContent.includes(arguments[0])).click();",
        vec![serde_json::json!(NAME)],
    )
    .await
    .unwrap();
    find(c, "[data-test=candidate-name]").await;
    moves(c, 1, "the response").await;
    for (k, stage) in ["PhoneScreen", "Interview", "RolePlay", "Final"]
        .into_iter()
        .enumerate()
    {
        choose(c, "[data-test=move-candidate] select[name=stage]", stage).await;
        click(c, "[data-test=move]").await;
        moves(c, k + 2, stage).await;
    }

    // The final interview on the tablet: the guide's first answer, every attribute, the role-play, the decision.
    click(c, "[data-test=final-interview]").await;
    find(c, "[data-test=final-sheet]").await;
    wait_js(
        c,
        "the kit's new attribute on the final",
        &format!("[...document.querySelectorAll('fieldset.verdicts legend')].some(l => l.textContent === '{ADDED}')"),
    )
    .await;
    type_into(c, "textarea[name=answer-0]", "Хочет расти в доходе").await;
    c.execute(
        "document.querySelectorAll('fieldset.verdicts').forEach(f => { const r = f.querySelectorAll('input[type=radio]'); if (r.length) r[3].click(); });",
        vec![],
    )
    .await
    .unwrap();
    for (k, mark) in MARKS.iter().enumerate() {
        choose(c, &format!("select[name=mark-{}]", k + 1), mark).await;
    }
    let score = wait_js(
        c,
        "the role-play's score",
        "(document.querySelector('[data-test=role-play-score]') || {}).textContent",
    )
    .await;
    assert!(score.as_str().unwrap().contains("баллов"), "{score}");
    shots(c, engine, "final-interview").await;
    click(c, "[data-test=save-final]").await;
    find(c, ".final-interview [role=status]").await;
    c.back().await.unwrap();
    wait_js(
        c,
        "the head's scorecard",
        "[...document.querySelectorAll('[data-test=scorecard]')].some(li => li.textContent.includes('Руководитель отдела'))",
    )
    .await;

    // The offer, then the hire: a manager with the ramp plan and the onboarding checklist.
    choose(c, "[data-test=move-candidate] select[name=stage]", "Offer").await;
    click(c, "[data-test=move]").await;
    moves(c, 6, "the offer").await;
    let probation = find(c, "[data-test=probation-end]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        probation.starts_with("Испытательный срок до"),
        "{probation}"
    );
    assert!(!texts(c, "[data-test=ramp] li").await.is_empty());
    shots(c, engine, "hire").await;
    click(c, "[data-test=hire-button]").await;
    click(c, "[data-test=new-manager]").await;
    find(c, "[data-test=onboarding]").await;
    assert_eq!(texts(c, "[data-test=onboarding-step]").await.len(), 4);
    let until = find(c, "[data-test=probation-until]")
        .await
        .text()
        .await
        .unwrap();
    assert!(until.starts_with("Испытательный срок до"), "{until}");
    shots(c, engine, "onboarding").await;

    // A rejected candidate erased: the card says so, and the export no longer carries the name.
    go(c, "/hiring").await;
    c.execute(
        "document.querySelectorAll('details').forEach(d => d.open = true); \
         [...document.querySelectorAll('a')].find(a => a.textContent.includes(arguments[0])).click();",
        vec![serde_json::json!(REJECTED)],
    )
    .await
    .unwrap();
    click(c, "[data-test=erase-button]").await;
    click(c, "[data-test=erase-sure]").await;
    find(c, "[data-test=erased]").await;
    go(c, "/data").await;
    let (file, _) = download(c, "[data-test=export]").await;
    assert!(
        !file.contains("Фролов"),
        "the export still names the erased candidate"
    );
    assert!(file.contains(NAME), "the hired candidate stays");
}
