//! Architecture invariants, read from the sources (see ARCHITECTURE.md): a failing line here names the file.

use rop::domain::core::area::Area;
use rop::domain::{for_each_store, EachStore, Kind};
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

/// Whether code (comments dropped) mentions `word` as a path or a crate: inline, or in a `use` tree, grouped
/// imports expanded (`use crate::domain::{core::x, training::case::Case}` uses `domain::training`).
fn uses(text: &str, word: &str) -> bool {
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let inline = code.contains(&format!("{word}::"))
        || code.contains(&format!("use {word}"))
        || code.contains(&format!("extern crate {word}"));
    inline
        || use_paths(&code).iter().any(|p| {
            p == word
                || p.starts_with(&format!("{word}::"))
                || p.contains(&format!("::{word}::"))
                || p.ends_with(&format!("::{word}"))
        })
}

/// Every path a file's `use` declarations bring in, each group expanded to full paths.
fn use_paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let starts_statement = rest[..at]
            .chars()
            .last()
            .is_none_or(|c| c == '\n' || c == ' ' || c == ';' || c == '{' || c == '}');
        rest = &rest[at + 4..];
        if !starts_statement {
            continue;
        }
        let Some(end) = rest.find(';') else { break };
        // `x as y` keeps `x` (marked before the spaces go).
        let tree: String = rest[..end]
            .replace(" as ", "@")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        expand("", &tree, &mut out);
        rest = &rest[end..];
    }
    out
}

/// `prefix` joined to every leaf of the use tree `tree` (no whitespace in it; `@` marks a rename).
fn expand(prefix: &str, tree: &str, out: &mut Vec<String>) {
    match tree.find('{') {
        Some(open) if tree.ends_with('}') => {
            let head = &tree[..open];
            let inner = &tree[open + 1..tree.len() - 1];
            let (mut depth, mut from) = (0, 0);
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&format!("{prefix}{head}"), &inner[from..i], out);
                        from = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&format!("{prefix}{head}"), &inner[from..], out);
        }
        _ if tree.is_empty() => {}
        _ => {
            let leaf = tree.split('@').next().unwrap_or(tree);
            out.push(format!("{prefix}{leaf}"));
        }
    }
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
    // A grouped import names its area only inside the braces.
    assert!(uses(
        "use crate::domain::{\n    core::dataset::Dataset,\n    training::case::Case,\n};",
        "domain::training"
    ));
    assert!(uses(
        "use crate::domain::{training, core};",
        "domain::training"
    ));
    assert!(!uses(
        "use crate::domain::{core::x, team::Role};",
        "domain::training"
    ));
    assert_eq!(
        use_paths("pub use a::{b::{c, d as e}, f};"),
        ["a::b::c", "a::b::d", "a::f"]
    );
}

/// The domain's folders in the order of the head of sales' cycle (the domain's own `Area::ALL`), `demo` last.
fn cycle() -> Vec<&'static str> {
    let mut out: Vec<&str> = Area::ALL.iter().map(|a| a.folder()).collect();
    out.push("demo");
    out
}

/// Every file of the domain's `areas`: its area's index, its path and its text. The list of stores
/// (`domain/stores.rs`), which names every kind, sits above the areas and is none of them.
fn area_files(areas: &[&str]) -> Vec<(usize, PathBuf, String)> {
    let mut out = Vec::new();
    for (i, area) in areas.iter().enumerate() {
        for file in rust_files(&root().join("src/domain").join(area)) {
            let text = fs::read_to_string(&file).unwrap();
            out.push((i, file, text));
        }
    }
    out
}

/// **Architecture invariant:** the domain's folders follow the head of sales' cycle and each depends only on the
/// ones before it: `core` ← `team` ← `planning` ← `organisation` ← `training` ← `control` ← `motivation`; `demo` is a
/// leaf nothing else uses.
/// `core` included: it defines what a store is, and the list of stores (`domain/stores.rs`, above the areas) which
/// stores there are.
#[test]
fn domain_folders_depend_only_on_the_ones_before_them() {
    // Each folder may use the ones before it in the cycle.
    let order = cycle();
    let mut bad = Vec::new();
    for (i, file, text) in area_files(&order) {
        for other in &order[i + 1..] {
            if uses(&text, &format!("domain::{other}")) {
                bad.push(format!("{} uses domain::{other}", file.display()));
            }
        }
    }
    assert!(bad.is_empty(), "folders out of order:\n{}", bad.join("\n"));
}

/// Every store of the list (`domain/stores.rs`), read through the crate itself: (table field, the record type's full
/// path, the folder of the area it is tagged with).
fn stores() -> Vec<(String, String, String)> {
    struct Collect(Vec<(String, String, String)>);
    impl EachStore for Collect {
        fn store<T: Kind>(&mut self) {
            self.0.push((
                T::STORE.as_str().to_string(),
                std::any::type_name::<T>().to_string(),
                T::STORE.area().folder().to_string(),
            ));
        }
    }
    let mut all = Collect(Vec::new());
    for_each_store(&mut all);
    all.0
}

/// The stores whose area tag is not the domain folder their record type is defined in (`rop::domain::<folder>::…`).
fn wrong_area_tags(stores: &[(String, String, String)]) -> Vec<String> {
    stores
        .iter()
        .filter(|(_, ty, area)| ty.split("::").nth(2) != Some(area.as_str()))
        .map(|(field, ty, area)| format!("{field}: tagged {area}, {ty}"))
        .collect()
}

/// Whether code (comments dropped) reads the table `field` of a dataset (`data.field`, `d.field`).
fn reads_table(text: &str, field: &str) -> bool {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .any(|l| {
            ["data.", "d."].iter().any(|recv| {
                l.match_indices(&format!("{recv}{field}")).any(|(at, m)| {
                    let before = l[..at].chars().last();
                    let after = l[at + m.len()..].chars().next();
                    !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                        && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
                })
            })
        })
}

/// **Architecture invariant:** an area reads no table of a later area's records, even through the dataset
/// (`data.cases` in `organisation` would make the meeting depend on training). A record that refers to an
/// earlier area's record says so in its `links`, which `Dataset::newest_write_linking_to` and the import read.
#[test]
fn no_area_reads_a_later_areas_table() {
    // `demo` is a leaf that may read anything.
    let all = cycle();
    let order = &all[..all.len() - 1];
    let owners: Vec<(String, usize)> = stores()
        .into_iter()
        .map(|(field, _, area)| {
            let at = order.iter().position(|a| *a == area);
            (field, at.unwrap_or_else(|| panic!("no area {area}")))
        })
        .collect();
    assert!(
        owners.len() > 40,
        "the list of stores was read: {}",
        owners.len()
    );
    let mut bad = Vec::new();
    for (i, file, text) in area_files(order) {
        for (field, owner) in &owners {
            if *owner > i && reads_table(&text, field) {
                bad.push(format!(
                    "{} reads {field} ({})",
                    file.display(),
                    order[*owner]
                ));
            }
        }
    }
    assert!(bad.is_empty(), "a later area's table:\n{}", bad.join("\n"));
}

/// **Architecture invariant:** each store's area in the list of stores is the folder that defines its record type,
/// so the tag the rule above reads is true.
#[test]
fn each_store_is_tagged_with_the_area_that_defines_its_records() {
    let all = stores();
    assert!(all.len() > 40, "the list was read: {}", all.len());
    let bad = wrong_area_tags(&all);
    assert!(bad.is_empty(), "wrong area tags:\n{}", bad.join("\n"));
}

#[test]
fn the_area_tag_check_sees_a_planted_wrong_tag() {
    let planted = |field: &str, ty: &str, area: &str| (field.into(), ty.into(), area.into());
    let list = [
        planted(
            "meetings",
            "rop::domain::organisation::meeting::Meeting",
            "organisation",
        ),
        planted(
            "readings",
            "rop::domain::training::reading::Reading",
            "organisation",
        ),
    ];
    assert_eq!(
        wrong_area_tags(&list),
        ["readings: tagged organisation, rop::domain::training::reading::Reading"]
    );
}

#[test]
fn the_table_detector_sees_a_planted_read() {
    assert!(reads_table(
        "data.cases.values().filter(|r| r.data.meeting == m)",
        "cases"
    ));
    assert!(reads_table("let n = d.cases.len();", "cases"));
    assert!(!reads_table("data.cases_seen += 1;", "cases"));
    assert!(!reads_table("// data.cases in a comment", "cases"));
    assert!(!reads_table("self.metadata.cases", "cases"));
}

/// Whether ui code declares a route or a lazily loaded page.
fn declares_a_route(code: &str) -> bool {
    code.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .any(|l| l.contains("<Route ") || l.contains("lazy_page!(") || l.contains("#[lazy_route]"))
}

/// **Architecture invariant:** `ui/routes.rs` is the one table of pages: the router and the navigation are made
/// from it, and no other file declares a route or a lazy page.
#[test]
fn routes_are_declared_in_the_one_table() {
    let bad: Vec<String> = rust_files(&root().join("src/ui"))
        .into_iter()
        .filter(|f| !f.ends_with("ui/routes.rs"))
        .filter(|f| declares_a_route(&fs::read_to_string(f).unwrap()))
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        bad.is_empty(),
        "routes outside ui/routes.rs:\n{}",
        bad.join("\n")
    );
    let table = fs::read_to_string(root().join("src/ui/routes.rs")).unwrap();
    assert!(declares_a_route(&table), "the table declares the routes");
}

#[test]
fn the_route_detector_sees_a_planted_route() {
    assert!(declares_a_route(r#"<Route path=path!("/x") view=XPage/>"#));
    assert!(declares_a_route("lazy_page!(XRoute, XPage);"));
    assert!(!declares_a_route("// <Route path=...> in a comment"));
    assert!(!declares_a_route("<Routes fallback=NotFound>"));
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

/// Whether a line of ui code converts units by hand (`* 100`, `/ 100`, `% 100`, `100.0`, and the same by 10 for
/// tenths): kopecks and roubles, basis points, percents and tenths are converted by `domain::core::unit` and
/// formatted by `locale`, written and tested once.
fn converts_units(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    let squeezed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    ["*100", "/100", "%100", "100.0", "*10", "/10", "%10"]
        .iter()
        .any(|p| {
            squeezed.match_indices(p).any(|(at, _)| {
                let next = squeezed[at + p.len()..].chars().next();
                !next.is_some_and(|c| c.is_ascii_digit() || c == '_')
            })
        })
}

/// **Architecture invariant:** pages and words do no unit arithmetic.
#[test]
fn ui_converts_no_units_by_hand() {
    let mut bad = Vec::new();
    for file in rust_files(&root().join("src/ui")) {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if converts_units(line) {
                bad.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "convert with domain::core::unit:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_unit_detector_sees_a_planted_conversion() {
    assert!(converts_units("let rub = kopecks / 100;"));
    assert!(converts_units("let bp = p*100;"));
    assert!(converts_units("let w = (x * 100.0).min(100.0);"));
    assert!(converts_units("format!(\"{:02}\", m % 100)"));
    assert!(converts_units("format!(\"{},{} %\", a / 10, a % 10)"));
    assert!(!converts_units("let big = n * 1000;"));
    assert!(!converts_units("let n = 1_000 / 100_000;"));
    assert!(!converts_units(
        "<meter min=\"0\" max=\"100\" value=fill></meter>"
    ));
    assert!(!converts_units("// bp / 100 in a comment"));
}

/// Whether a line declares basis points as a bare integer (`rate_bp: i64`, `bp: Option<i64>`): every rate, weight,
/// threshold and share is a `core::bp::Bp`, so a kopeck amount cannot be passed where a rate is expected.
fn bare_basis_points(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    let squeezed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    ["i64", "Option<i64>", "u32", "i32", "u64"].iter().any(|t| {
        squeezed.match_indices(&format!("bp:{t}")).any(|(at, _)| {
            // The name ends in `bp` (`bp`, `rate_bp`), and the type is the whole type (not `i64x`).
            let before = squeezed[..at].chars().last();
            let after = squeezed[at + 3 + t.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_alphanumeric())
                && !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '>')
        }) || squeezed.contains(&format!("_bp:{t}"))
    })
}

/// **Architecture invariant:** units as types: no basis points as a bare integer anywhere in the code.
#[test]
fn basis_points_are_typed() {
    let mut bad = Vec::new();
    for file in rust_files(&root().join("src")) {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if bare_basis_points(line) {
                bad.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(bad.is_empty(), "use core::bp::Bp:\n{}", bad.join("\n"));
}

#[test]
fn the_basis_point_detector_sees_a_planted_integer() {
    assert!(bare_basis_points("    pub rate_bp: i64,"));
    assert!(bare_basis_points("fn share(amount: i64, bp: i64) -> i64 {"));
    assert!(bare_basis_points(
        "let save = move |v: Violation, bp: Option<i64>| {"
    ));
    assert!(!bare_basis_points("    pub rate_bp: Bp,"));
    assert!(!bare_basis_points(
        "fn reason(v: &Violation, bp: Bp) -> String {"
    ));
    assert!(!bare_basis_points("let bpx: i64 = 0;"));
    assert!(!bare_basis_points("// rate_bp: i64 in a comment"));
}

/// Whether a line of ui code builds an `Edit` (`Edit::put(…)`, `Edit::Delete(…)`, `domain::Edit::derived`): what a
/// button writes is the domain's decision, so pages write one record through `AppState::put`/`add`/`keep`/
/// `remove` and anything more through a domain function that returns the edits.
fn builds_an_edit(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    code.match_indices("Edit::").any(|(at, _)| {
        !code[..at]
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// **Architecture invariant:** pages build no `Edit`; only the ui's write helpers (`ui/state/writes.rs`) do.
#[test]
fn pages_build_no_edits() {
    let helpers = root().join("src/ui/state/writes.rs");
    let mut bad = Vec::new();
    for file in rust_files(&root().join("src/ui")) {
        if file == helpers {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if builds_an_edit(line) {
                bad.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "write through AppState::put/add/keep/remove or a domain function that returns the edits:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_edit_detector_sees_a_planted_edit() {
    assert!(builds_an_edit("s.save_soon(vec![Edit::put(id, a)]);"));
    assert!(builds_an_edit(
        "let e = crate::domain::Edit::delete::<Case>(id);"
    ));
    assert!(builds_an_edit("import.days.into_iter().map(Edit::derived)"));
    assert!(!builds_an_edit("let edits: Vec<Edit> = plan_edits(d);"));
    assert!(!builds_an_edit("SchemeEdit::Open => x,"));
    assert!(!builds_an_edit("// Edit::put in a comment"));
}

/// Whether ui code outside the app's state takes hold of the database itself (`s.store()`, `store::Store`).
fn holds_the_store(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    let names_store = |pattern: &str| {
        code.match_indices(pattern).any(|(at, _)| {
            !code[at + pattern.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    };
    code.contains(".store()") || names_store("store::Store") || names_store("store::{Store")
}

/// **Architecture invariant:** no page holds the raw store: reads and writes go through `AppState` and the one
/// session (`ui/state/`), so a page cannot write around the write path or its backups.
#[test]
fn pages_get_no_raw_store() {
    let mut bad = Vec::new();
    for file in rust_files(&root().join("src/ui")) {
        if file.starts_with(root().join("src/ui/state")) || file.ends_with("src/ui/state.rs") {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if holds_the_store(line) {
                bad.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(bad.is_empty(), "go through AppState:\n{}", bad.join("\n"));
}

#[test]
fn the_store_detector_sees_a_planted_store() {
    assert!(holds_the_store("if let Some(store) = s.store() {"));
    assert!(holds_the_store("use crate::store::Store;"));
    assert!(!holds_the_store(
        "use crate::store::{now_millis, StorageStatus};"
    ));
    assert!(!holds_the_store(
        "Msg::Store(crate::store::StoreError::Failed(e))"
    ));
    assert!(!holds_the_store("// s.store() in a comment"));
}
