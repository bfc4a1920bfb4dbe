//! Architecture invariants, read from the sources (see ARCHITECTURE.md): a failing line here names the file.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Lines of code (comments dropped) that mention `word` as a path or a crate.
fn uses(text: &str, word: &str) -> bool {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .any(|l| {
            l.contains(&format!("{word}::"))
                || l.contains(&format!("use {word}"))
                || l.contains(&format!("extern crate {word}"))
        })
}

#[test]
fn pure_layers_use_no_web_or_leptos_crate() {
    let forbidden = [
        "leptos",
        "leptos_router",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "wasm_bindgen_futures",
        "gloo",
        "indexed_db_futures",
        "charts_rs",
        "crate::store",
        "crate::ui",
    ];
    let mut bad = Vec::new();
    for layer in ["domain", "sync"] {
        for file in rust_files(&root().join("src").join(layer)) {
            let text = fs::read_to_string(&file).unwrap();
            for word in forbidden {
                if uses(&text, word) {
                    bad.push(format!("{} uses {word}", file.display()));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "pure layers must stay pure:\n{}",
        bad.join("\n")
    );
}

#[test]
fn charts_rs_is_used_only_by_the_pure_chart_module() {
    let chart = fs::read_to_string(root().join("src/chart.rs")).unwrap();
    for word in [
        "leptos",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "crate::store",
        "crate::ui",
    ] {
        assert!(!uses(&chart, word), "src/chart.rs uses {word}");
    }
    for file in rust_files(&root().join("src")) {
        let rel = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .to_string();
        if rel != "src/chart.rs" {
            let text = fs::read_to_string(&file).unwrap();
            assert!(
                !uses(&text, "charts_rs"),
                "{rel} uses charts_rs: draw through `chart`"
            );
        }
    }
}

#[test]
fn only_the_store_touches_indexeddb_and_only_the_ui_touches_leptos() {
    let mut bad = Vec::new();
    for file in rust_files(&root().join("src")) {
        let text = fs::read_to_string(&file).unwrap();
        let rel = file
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .to_string();
        if uses(&text, "indexed_db_futures") && !rel.starts_with("src/store/") {
            bad.push(format!("{rel} uses indexed_db_futures outside store/"));
        }
        if (uses(&text, "leptos") || uses(&text, "leptos_router")) && !rel.starts_with("src/ui/") {
            bad.push(format!("{rel} uses leptos outside ui/"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_source_file_says_what_it_is_for() {
    let mut missing = Vec::new();
    for dir in ["src", "tests", "examples", "benches"] {
        let dir = root().join(dir);
        if !dir.exists() {
            continue;
        }
        for file in rust_files(&dir) {
            let text = fs::read_to_string(&file).unwrap();
            if !text.trim_start().starts_with("//!") {
                missing.push(file.display().to_string());
            }
        }
    }
    assert!(
        missing.is_empty(),
        "files without a `//!` header:\n{}",
        missing.join("\n")
    );
}

#[test]
fn raw_html_lives_in_one_audited_component() {
    let files: Vec<_> = rust_files(&root().join("src"))
        .into_iter()
        .filter(|f| fs::read_to_string(f).unwrap().contains("inner_html"))
        .map(|f| f.strip_prefix(root()).unwrap().display().to_string())
        .collect();
    assert!(
        files.len() <= 1 && files.iter().all(|f| f == "src/ui/components/svg.rs"),
        "inner_html in {files:?}"
    );
}

#[test]
fn views_carry_no_inline_styles() {
    // The Content-Security-Policy allows styles from the stylesheet only (`style-src 'self'`).
    let bad: Vec<_> = rust_files(&root().join("src/ui"))
        .into_iter()
        .filter(|f| {
            let text = fs::read_to_string(f).unwrap();
            text.contains(" style=") || text.contains(" style:")
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(bad.is_empty(), "inline styles in {bad:?}");
}

#[test]
fn the_detector_itself_sees_a_violation() {
    assert!(uses("use leptos::prelude::*;", "leptos"));
    assert!(uses("let w = web_sys::window();", "web_sys"));
    assert!(!uses("// leptos:: in a comment", "leptos"));
}

/// **Architecture invariant:** the domain's folders follow the head of sales' cycle and each depends only on the
/// ones before it: `core` ← `team` ← `planning` ← `organisation` ← `training` ← `control` ← `motivation`; `demo` is a
/// leaf nothing else uses.
/// `core/dataset.rs`, the one list of stores, is the one file of `core` that names every record kind.
#[test]
fn domain_folders_depend_only_on_the_ones_before_them() {
    // Each folder may use the ones before it in the cycle.
    let order = [
        "core",
        "team",
        "planning",
        "organisation",
        "training",
        "control",
        "motivation",
        "demo",
    ];
    let mut bad = Vec::new();
    for (i, area) in order.iter().enumerate() {
        for file in rust_files(&root().join("src/domain").join(area)) {
            if file.ends_with("core/dataset.rs") {
                continue;
            }
            let text = fs::read_to_string(&file).unwrap();
            for other in &order[i + 1..] {
                if uses(&text, &format!("domain::{other}")) {
                    bad.push(format!("{} uses domain::{other}", file.display()));
                }
            }
        }
    }
    assert!(bad.is_empty(), "folders out of order:\n{}", bad.join("\n"));
}

/// **Architecture invariant:** pages never check tombstones themselves: `Dataset::live` and
/// `Dataset::live_records` are the one way to read records that are not deleted.
#[test]
fn ui_reads_live_records_through_the_domain() {
    let mut bad = Vec::new();
    for file in rust_files(&root().join("src/ui")) {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains(".deleted") {
                bad.push(format!("{}:{}", file.display(), n + 1));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "use Dataset::live / live_records:\n{}",
        bad.join("\n")
    );
}
