//! Every page of the demo department checked by axe-core (from `package.json`, so the same version everywhere) in
//! the light and the dark theme, and at phone width for sideways scrolling. Any serious or critical violation fails
//! the run with the rule, the number of elements and the first of them.

use crate::browser::{describe, poll_js, wait_js, Engine, WAIT};
use crate::server::StaticServer;
use fantoccini::Client;
use serde_json::{json, Value};

/// axe-core's own build, read once.
fn axe_source() -> &'static str {
    static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SOURCE.get_or_init(|| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("node_modules/axe-core/axe.min.js");
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (run scripts/setup.sh test)", path.display()))
    })
}

/// Runs axe-core on the page as it is; returns the serious and critical violations, one line each.
pub async fn violations(c: &Client) -> Vec<String> {
    let loaded = c.execute("return !!window.axe;", vec![]).await.unwrap();
    if loaded != json!(true) {
        c.execute(axe_source(), vec![]).await.unwrap();
    }
    // WCAG 2.1 A and AA plus axe's best practices; the verdict keeps serious and critical ones.
    let script = r#"
        const done = arguments[0];
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
                            resultTypes: ['violations'] })
          .then(r => done(r.violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.impact} ${v.id}: ${v.nodes.length} × ${v.nodes[0].html.slice(0, 160)} — ${v.nodes[0].failureSummary.replace(/\s+/g, ' ').slice(0, 100)}`)))
          .catch(e => done(['axe failed: ' + e]));
    "#;
    let found: Value = c.execute_async(script, vec![]).await.unwrap();
    found
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Switches the page to the dark theme by turning the stylesheet's `prefers-color-scheme: dark` block on for every
/// screen (WebDriver cannot emulate the system setting in all three engines).
async fn force_dark(c: &Client) {
    c.execute(
        r#"for (const sheet of document.styleSheets) {
             for (const rule of sheet.cssRules) {
               if (rule.media && rule.media.mediaText.includes('prefers-color-scheme: dark')) rule.media.mediaText = 'all';
             }
           }"#,
        vec![],
    )
    .await
    .unwrap();
}

/// How far the page scrolls sideways at the current width, and the outermost element that sticks out (`None` when
/// nothing does; a table inside its own scroller does not count, since the page itself does not move).
async fn sideways(c: &Client) -> Option<String> {
    let v = c
        .execute(
            r#"const by = document.documentElement.scrollWidth - document.documentElement.clientWidth;
               if (by <= 0) return null;
               // The first element out of the window that is not inside a scroller of its own (which does not move the page).
               const inScroller = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
               const out = [...document.querySelectorAll('body *')].find(e => e.getBoundingClientRect().right > innerWidth + 1 && !inScroller(e));
               return `${by} px (${out ? out.outerHTML.slice(0, 120) : '?'})`;"#,
            vec![],
        )
        .await
        .unwrap();
    v.as_str().map(String::from)
}

/// The pages of the app with the demo department loaded: fixed addresses, then a manager's card, a meeting, its
/// protocol, found through the pages that link to them.
async fn pages(c: &Client, server: &StaticServer) -> Vec<String> {
    let mut list: Vec<String> = [
        "/",
        "/plan",
        "/facts",
        "/reports",
        "/actions",
        "/marketing",
        "/meetings",
        "/meetings/templates",
        "/cases",
        "/quality",
        "/standards",
        "/training",
        "/scripts",
        "/scripts/de700000-0000-4000-8000-0000000050c8/read",
        "/reviews",
        "/skills",
        "/certification",
        "/crm",
        "/crm/fix/de700000-0000-4000-8000-000000000006",
        "/hard-clients",
        "/time",
        "/discipline",
        "/insights",
        "/team",
        // Попов, hired from the demo's vacancy: his card shows the onboarding.
        "/team/de700000-0000-4000-8000-000000000008",
        "/hiring",
        "/hiring/de700000-0000-4000-8000-000000007011",
        "/hiring/de700000-0000-4000-8000-000000007011/final",
        "/pay",
        "/pay/schemes",
        "/contests",
        "/development",
        "/one-on-ones",
        "/data",
        "/settings",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    c.goto(&server.url("/team")).await.unwrap();
    let card = wait_js(c, "a manager's card link", "document.querySelector('a[href*=\"/team/\"]') && new URL(document.querySelector('a[href*=\"/team/\"]').href).pathname").await;
    list.push(card.as_str().unwrap().to_string());
    c.goto(&server.url("/contests")).await.unwrap();
    let board = wait_js(c, "a leaderboard link", "document.querySelector('[data-test=leaderboard-link]') && new URL(document.querySelector('[data-test=leaderboard-link]').href).pathname").await;
    list.push(board.as_str().unwrap().to_string());
    c.goto(&server.url("/meetings")).await.unwrap();
    let protocol = wait_js(c, "a protocol link", "[...document.querySelectorAll('a[href*=\"/meetings/\"]')].map(a => new URL(a.href).pathname).find(p => /^\\/meetings\\/[0-9a-f-]{36}\\/protocol$/.test(p))").await;
    let meeting = protocol
        .as_str()
        .unwrap()
        .trim_end_matches("/protocol")
        .to_string();
    list.push(format!("{meeting}/protocol"));
    list.push(meeting);
    list
}

/// Visits every page in both themes; fails listing every serious or critical violation and every page that
/// scrolls sideways at 390 px.
pub async fn every_page(c: &Client, engine: Engine, server: &StaticServer) {
    let mut problems = Vec::new();
    for page in pages(c, server).await {
        for dark in [false, true] {
            c.set_window_size(1180, 820).await.unwrap();
            c.goto(&server.url(&page)).await.unwrap();
            const DRAWN: &str =
                "document.querySelector('main h1') && !document.getElementById('boot')";
            if poll_js(c, "the page drawn", DRAWN, WAIT).await.is_none() {
                // WebKitGTK on this VM has once lost its web process mid-run (every script then fails with an
                // empty WebDriver error). A navigation starts a new one; a page that still does not draw fails.
                println!(
                    "[{engine:?}] {page} not drawn in {} s ({}); loading it again",
                    WAIT.as_secs(),
                    describe(c).await
                );
                c.goto(&server.url(&page)).await.unwrap();
                wait_js(c, &format!("{page} drawn"), DRAWN).await;
            }
            // Let lists that fill after the first frame settle.
            let _ = c
                .execute_async(
                    "const done = arguments[0]; setTimeout(() => done(true), 300);",
                    vec![],
                )
                .await;
            if dark {
                force_dark(c).await;
            }
            let theme = if dark { "dark" } else { "light" };
            for v in violations(c).await {
                problems.push(format!("{page} ({theme}): {v}"));
            }
            if !dark {
                c.set_window_size(390, 844).await.unwrap();
                let _ = c.execute_async("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));", vec![]).await;
                if let Some(by) = sideways(c).await {
                    problems.push(format!("{page}: scrolls sideways by {by} at 390 px"));
                }
            }
        }
    }
    c.set_window_size(1180, 820).await.unwrap();
    c.goto(&server.url("/")).await.unwrap();
    wait_js(
        c,
        "the home page",
        "document.querySelector('main h1') && !document.getElementById('boot')",
    )
    .await;
    assert!(
        problems.is_empty(),
        "[{}] accessibility: {} problems\n{}",
        engine.name(),
        problems.len(),
        problems.join("\n")
    );
}
