//! Training and quality in the browser, as the head does it with the demo department: a script version written,
//! approved and compared, and a client's unexpected words logged from the tablet reader; a weekly role-play
//! scheduled and its .ics downloaded; a call reviewed and the skills matrix changing; the tablet handed over for a
//! test with no correct answer in the page; a standard acknowledged; a hypothesis opened from a lagging number with
//! its measurement. Screens photographed at 1180×820, 820×1180 and phone size.

use crate::browser::{
    choose, click, download, find, go, press, screenshot, texts, type_into, wait_js, Engine,
};
use crate::SIZES;
use fantoccini::Client;
use serde_json::json;

const POPOV: &str = "de700000-0000-4000-8000-000000000008";
/// The demo's "Выявление потребностей" skill and its call script.
const NEEDS: &str = "de700000-0000-4000-8000-000000005005";
const SCRIPT: &str = "de700000-0000-4000-8000-0000000050c8";
const NEW_LINE: &str = "E2E: Чем вы пользуетесь сейчас и что в этом не устраивает?";
const EVENT: &str = "E2E: ролевые игры по вторникам";
const CODE: &str = "2468";
/// The demo's product test (single, multiple choice and a short answer).
const PRODUCT_TEST: &str = "de700000-0000-4000-8000-000000005190";

async fn shots(c: &Client, engine: Engine, name: &str) {
    for size in SIZES {
        screenshot(c, engine, name, size).await;
    }
    c.set_window_size(1180, 820).await.unwrap();
}

pub async fn scripts(c: &Client, engine: Engine) {
    go(c, "/scripts").await;
    find(c, "[data-test=versions]").await;
    assert_eq!(
        texts(c, "[data-test=approved]").await.len(),
        1,
        "one approved version"
    );
    // The demo's diff is v3 against the approved v2: the new objection is added text.
    wait_js(c, "the demo diff", "document.querySelector('[data-test=diff] ins') && document.querySelector('[data-test=diff]').textContent.includes('поставщиком')").await;
    shots(c, engine, "scripts").await;
    // A new question in the first stage, saved as v4 with a note.
    press(
        c,
        engine,
        "[data-test=script-editor] fieldset:first-of-type [data-test=add-block]",
    )
    .await;
    let last_block = "[data-test=script-editor] fieldset:first-of-type .block-row:last-of-type textarea[name=block-text]";
    choose(c, last_block, NEW_LINE).await;
    choose(c, "[data-test=script-editor] fieldset:first-of-type .block-row:last-of-type select[name=block-kind]", "ask").await;
    choose(
        c,
        "input[name=version-note]",
        "E2E: вопрос о текущем решении",
    )
    .await;
    press(c, engine, "[data-test=save-version]").await;
    wait_js(c, "version 4", "[...document.querySelectorAll('[data-test=versions] td')].some(td => td.textContent === 'v4')").await;
    // Approve v4 (the newest row) and read the diff against v3.
    press(
        c,
        engine,
        "[data-test=versions] tbody tr:first-child [data-test=approve]",
    )
    .await;
    wait_js(
        c,
        "v4 approved",
        "document.querySelector('[data-test=versions] tbody tr:first-child [data-test=approved]')",
    )
    .await;
    let v3 = c
        .execute("return [...document.querySelectorAll('select[name=diff-from] option')].find(o => o.textContent.startsWith('v3 ')).value;", vec![])
        .await
        .unwrap();
    let v4 = c
        .execute("return [...document.querySelectorAll('select[name=diff-to] option')].find(o => o.textContent.startsWith('v4 ')).value;", vec![])
        .await
        .unwrap();
    choose(c, "select[name=diff-from]", v3.as_str().unwrap()).await;
    choose(c, "select[name=diff-to]", v4.as_str().unwrap()).await;
    wait_js(
        c,
        "the new line as added text",
        &format!("[...document.querySelectorAll('[data-test=diff] ins')].map(e => e.textContent).join('').includes({})", json!("пользуетесь сейчас")),
    )
    .await;
    // The reader on the tablet: the approved v4 with its new question; an unexpected remark logged.
    click(c, "[data-test=open-reader]").await;
    find(c, "[data-test=reader] .stage-jump a").await;
    wait_js(
        c,
        "the approved version read",
        &format!(
            "document.querySelector('[data-test=reader]').textContent.includes({})",
            json!(NEW_LINE)
        ),
    )
    .await;
    type_into(
        c,
        "textarea[name=not-covered]",
        "E2E: спросили про скидку для НКО",
    )
    .await;
    press(c, engine, "[data-test=log-not-covered]").await;
    find(c, ".not-covered .banner").await;
    shots(c, engine, "script-reader").await;
    assert!(c
        .current_url()
        .await
        .unwrap()
        .path()
        .ends_with(&format!("/scripts/{SCRIPT}/read")));
}

pub async fn training_calendar(c: &Client, engine: Engine) {
    go(c, "/training").await;
    find(c, "[data-test=occurrence]").await;
    shots(c, engine, "training-week").await;
    press(c, engine, "[data-test=month-view]").await;
    find(c, ".cal-month [data-test=occurrence]").await;
    shots(c, engine, "training-month").await;
    // A weekly role-play from today for a month.
    press(c, engine, "[data-test=new-event]").await;
    type_into(c, "[data-test=event-form] input[name=title]", EVENT).await;
    choose(c, "[data-test=event-form] select[name=kind]", "RolePlay").await;
    press(c, engine, "[data-test=event-form] input[name=weekly]").await;
    find(c, "[data-test=event-form] input[name=weekly-until]").await;
    press(c, engine, "[data-test=save-event]").await;
    wait_js(
        c,
        "the new event in the month",
        &format!("[...document.querySelectorAll('[data-test=occurrence]')].some(b => b.textContent.includes({}))", json!(EVENT)),
    )
    .await;
    c.execute(
        "[...document.querySelectorAll('[data-test=occurrence]')].find(b => b.textContent.includes(arguments[0])).click();",
        vec![json!(EVENT)],
    )
    .await
    .unwrap();
    find(c, "[data-test=occurrence-card]").await;
    let (ics, name) = download(c, "[data-test=download-event]").await;
    assert!(name.ends_with(".ics"), "{name}");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    for needle in [
        "BEGIN:VEVENT",
        "RRULE:FREQ=WEEKLY;UNTIL=",
        "SEQUENCE:0",
        "TZID=Europe/Moscow",
        "STATUS:CONFIRMED",
        "DTSTAMP:",
    ] {
        assert!(ics.contains(needle), "{needle} in {ics}");
    }
    assert!(
        ics.contains("SUMMARY:E2E: ролевые игры по вторникам"),
        "{ics}"
    );
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1, "one event");
}

pub async fn review_changes_the_matrix(c: &Client, engine: Engine) {
    let cell = format!("[data-test=skills-matrix] tr[data-manager='{POPOV}'] [data-test=skill-cell][data-skill='{NEEDS}']");
    go(c, "/skills").await;
    let before = find(c, &cell).await.text().await.unwrap();
    assert!(
        before.starts_with('0'),
        "Попов's needs discovery starts at level 0: {before}"
    );
    shots(c, engine, "skills").await;

    go(c, "/reviews").await;
    find(c, "[data-test=review-form]").await;
    choose(c, "[data-test=review-form] select[name=manager]", POPOV).await;
    choose(
        c,
        "[data-test=review-form] input[name=client]",
        "E2E: ООО «Ромашка»",
    )
    .await;
    // Every criterion at its best mark.
    c.execute(
        "document.querySelectorAll('[data-test=review-form] select[data-test=mark]').forEach(el => { \
           el.value = el.options[el.options.length - 1].value; el.dispatchEvent(new Event('change', { bubbles: true })); });",
        vec![],
    )
    .await
    .unwrap();
    wait_js(
        c,
        "a full score",
        "document.querySelector('[data-test=live-score]').textContent.includes('= 100')",
    )
    .await;
    shots(c, engine, "review-form").await;
    press(c, engine, "[data-test=save-review]").await;
    wait_js(c, "the review listed", "[...document.querySelectorAll('[data-test=reviews] td')].some(td => td.textContent.includes('E2E: ООО «Ромашка»'))").await;
    shots(c, engine, "reviews").await;

    go(c, "/skills").await;
    // Results 30 %, 50 % and now 100 %: an average of 60 % is level 2.
    wait_js(
        c,
        "the level from the new review",
        &format!(
            "document.querySelector(\"{}\").textContent.startsWith('2')",
            cell.replace('"', "\\\"")
        ),
    )
    .await;
    click(c, &cell).await;
    find(c, "[data-test=skill-detail]").await;
}

pub async fn hand_over_a_test(c: &Client, engine: Engine) {
    go(c, "/certification").await;
    find(c, "[data-test=certificates] [data-test=certificate]").await;
    assert!(
        !texts(c, "[data-test=certificates] .chip.bad")
            .await
            .is_empty(),
        "the demo's expired certificate"
    );
    shots(c, engine, "certification").await;
    choose(c, "select[name=taker]", POPOV).await;
    choose(c, "select[name=test]", PRODUCT_TEST).await;
    type_into(c, "input[name=unlock-code]", CODE).await;
    press(c, engine, "[data-test=hand-over]").await;
    find(c, "[data-test=take-test] [data-test=question]").await;
    // Only the test: no header, no navigation, no editor, and nothing that says which answer is right: no model
    // answer of any question of the test, no mark on any option, and the code kept only as a hash.
    let key = answer_key(PRODUCT_TEST);
    assert!(!key.models.is_empty() && !key.marked.is_empty());
    let page = c
        .execute(
            "const html = document.documentElement.outerHTML; \
             const marks = [...document.querySelectorAll('[data-test=question]')].map(q => \
               new Set([...q.querySelectorAll('label.option')].map(l => { \
                 const c = l.cloneNode(true); c.querySelector('input').removeAttribute('value'); \
                 c.querySelector('span').textContent = ''; return c.outerHTML; }))); \
             return [!!document.querySelector('header.top'), !!document.querySelector('[data-test=test-editor]'), \
               arguments[0].filter(m => html.includes(m)), /correct/i.test(html), marks.every(m => m.size <= 1) || marks.map(m => [...m]), \
               document.querySelectorAll('[data-test=take-test] input:checked').length, \
               (localStorage.getItem('rop.handover') || '').includes(arguments[1])];",
            vec![json!(key.models), json!(CODE)],
        )
        .await
        .unwrap();
    assert_eq!(
        page,
        json!([false, false, [], false, true, 0, false]),
        "header, editor, model answers shown, a word of the key, every option alike, pre-checked options, the code in the clear"
    );
    // A reload is no way out.
    c.refresh().await.unwrap();
    find(c, "[data-test=take-test] [data-test=question]").await;
    shots(c, engine, "take-test").await;
    // Answer: the first option everywhere, a short answer in words.
    c.execute(
        "document.querySelectorAll('[data-test=question]').forEach(q => { const i = q.querySelector('input'); if (i) i.click(); \
         const t = q.querySelector('textarea'); if (t) { t.value = 'E2E: дешевле за место'; t.dispatchEvent(new Event('change', { bubbles: true })); } });",
        vec![],
    )
    .await
    .unwrap();
    press(c, engine, "[data-test=submit-test]").await;
    find(c, "[data-test=test-result]").await;
    press(c, engine, "[data-test=head-unlock]").await;
    type_into(c, ".unlock input[name=unlock]", CODE).await;
    press(c, engine, "[data-test=unlock]").await;
    find(c, "header.top").await;
    find(c, "[data-test=to-grade]").await;
    let grading = texts(c, "[data-test=to-grade] li").await.join(" ");
    assert!(grading.contains("E2E: дешевле за место"), "{grading}");
}

pub async fn acknowledge_a_standard(c: &Client, engine: Engine) {
    go(c, "/standards").await;
    let first = "[data-test=standard]:first-of-type";
    let missing = find(c, &format!("{first} [data-test=not-acknowledged]"))
        .await
        .text()
        .await
        .unwrap();
    assert!(missing.contains("Попов"), "{missing}");
    shots(c, engine, "standards").await;
    press(
        c,
        engine,
        &format!("{first} tr[data-manager='{POPOV}'] [data-test=acknowledge]"),
    )
    .await;
    wait_js(
        c,
        "Попов acknowledged",
        &format!("document.querySelector(\"{first} tr[data-manager='{POPOV}'] .chip.ok\") && !document.querySelector('{first} [data-test=not-acknowledged]').textContent.includes('Попов')"),
    )
    .await;
}

pub async fn hypothesis_from_a_lagging_number(c: &Client, engine: Engine) {
    go(c, "/quality").await;
    find(c, "[data-test=hypotheses] [data-test=hypothesis]").await;
    let labels = texts(c, "[data-test=hypotheses] [data-test=hypothesis-label]").await;
    assert!(labels.iter().any(|l| l == "Подтверждена"), "{labels:?}");
    assert!(labels.iter().any(|l| l == "Мало данных"), "{labels:?}");
    shots(c, engine, "quality").await;
    let before = labels.len();
    press(c, engine, "[data-test=from-lagging]").await;
    let title = find(c, "[data-test=hypothesis-form] input[name=title]")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(!title.is_empty(), "the form starts from the lagging number");
    type_into(
        c,
        "[data-test=hypothesis-form] textarea[name=cause]",
        "E2E: мало повторных звонков",
    )
    .await;
    press(c, engine, "[data-test=save-hypothesis]").await;
    wait_js(
        c,
        "the new hypothesis with its measurement",
        &format!("document.querySelectorAll('[data-test=hypotheses] [data-test=hypothesis]').length === {} && [...document.querySelectorAll('[data-test=hypotheses] [data-test=hypothesis] h3')].some(h => h.textContent === {})", before + 1, json!(title)),
    )
    .await;
    let changes = texts(c, "[data-test=hypotheses] [data-test=hypothesis-change]").await;
    assert_eq!(changes.len(), before + 1, "{changes:?}");
}

/// A demo test's answer key as the demo writes it: its model answers and the texts of its right options.
struct Key {
    models: Vec<String>,
    marked: Vec<String>,
}

fn answer_key(test: &str) -> Key {
    use rop::domain::training::certification::{Answer, CertTest};
    let today = chrono::Local::now().date_naive();
    let id: rop::domain::RecordId = test.parse().unwrap();
    let mut data = rop::domain::Dataset::default();
    let mut clock = rop::domain::Clock::default();
    for e in rop::domain::demo::department(today) {
        let changes = data
            .stamp(e, &mut clock, 0, rop::domain::RecordId::nil())
            .unwrap();
        data.apply_all(changes);
    }
    let test: CertTest = data
        .live::<CertTest>(id)
        .expect("the demo's product test")
        .data
        .clone();
    let mut key = Key {
        models: Vec::new(),
        marked: Vec::new(),
    };
    for q in &test.questions {
        match &q.answer {
            Answer::Short { model } => key.models.push(model.clone()),
            Answer::Single { options, correct } => {
                key.marked.push(options[*correct as usize].clone())
            }
            Answer::Multiple { options, correct } => key
                .marked
                .extend(correct.iter().map(|c| options[*c as usize].clone())),
        }
    }
    key
}
