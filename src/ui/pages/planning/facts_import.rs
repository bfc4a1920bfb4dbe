//! P1 facts from a CSV file (Excel or a CRM export): pick the file, match the names the app does not know to
//! managers, see every problem row or a preview, then write everything in one transaction.

use crate::domain::planning::metric::{catalog, Metric};
use crate::domain::{Lang, RecordId};
use crate::sync::facts_csv::{
    match_columns, plan, read_table, unknown_names, Columns, CsvError, FactsImport, RowProblem,
    Table, MAX_CSV_BYTES,
};
use crate::ui::components::download::{picked_file, read_bytes};
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::facts_import_words::FactsImportMsg;
use crate::ui::pages::planning::words::metric_name;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Where a CSV import stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Failed(CsvError),
    /// Names the app does not know: the user maps each to a manager or skips its rows.
    Mapping {
        table: Table,
        columns: Columns,
        unknown: Vec<String>,
    },
    Problems(Vec<RowProblem>),
    Ready {
        import: FactsImport,
        ignored: Vec<String>,
    },
    Done(usize),
}

/// Every name a metric may carry in a file: its key, its names in both languages, the user's name.
fn names(m: &Metric) -> Vec<String> {
    let mut out = vec![metric_name(m, Lang::Ru), metric_name(m, Lang::En)];
    if let Some(b) = m.builtin {
        out.push(b.key().to_string());
    }
    out
}

/// `redraw` is bumped after a load, so the day's grid shows the loaded values.
#[component]
pub fn FactsImportCard(redraw: RwSignal<u32>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let stage = RwSignal::new(Stage::Idle);
    let mapping: RwSignal<BTreeMap<String, Option<RecordId>>> = RwSignal::new(BTreeMap::new());
    let check = move |table: Table, columns: Columns| {
        let result = s.data.with_untracked(|d| {
            let metrics = catalog(d);
            plan(d, &metrics, &table, &columns, &mapping.get_untracked())
        });
        stage.set(match result {
            Ok(import) => Stage::Ready {
                import,
                ignored: columns.ignored.clone(),
            },
            Err(problems) => Stage::Problems(problems),
        });
    };
    let picked = move |ev: leptos::ev::Event| {
        let file = match picked_file(&ev, MAX_CSV_BYTES) {
            Ok(Some(file)) => file,
            Ok(None) => return,
            Err(_) => return stage.set(Stage::Failed(CsvError::TooLarge { max: MAX_CSV_BYTES })),
        };
        leptos::task::spawn_local(async move {
            let Ok(bytes) = read_bytes(&file).await else {
                stage.set(Stage::Failed(CsvError::Empty));
                return;
            };
            let read = read_table(&bytes).and_then(|table| {
                let metrics = s.data.with_untracked(catalog);
                let columns = match_columns(&table.header, &metrics, names)?;
                Ok((table, columns))
            });
            let (table, columns) = match read {
                Ok(x) => x,
                Err(e) => {
                    stage.set(Stage::Failed(e));
                    return;
                }
            };
            let unknown = s
                .data
                .with_untracked(|d| unknown_names(d, &table, &columns));
            // Until the user picks someone, an unknown name's rows are skipped (what the select shows first).
            mapping.set(unknown.iter().map(|n| (n.clone(), None)).collect());
            if unknown.is_empty() {
                check(table, columns);
            } else {
                stage.set(Stage::Mapping {
                    table,
                    columns,
                    unknown,
                });
            }
        });
    };
    let apply = move |_| {
        let Stage::Ready { import, .. } = stage.get_untracked() else {
            return;
        };
        let edits = import.edits();
        let count = edits.len();
        s.save_then(edits, move || {
            stage.set(Stage::Done(count));
            redraw.update(|r| *r += 1);
        });
    };
    let people = move || {
        s.data.with_untracked(|d| {
            d.managers_by_name()
                .into_iter()
                .map(|m| (m.id, m.data.full_name.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="card" data-test="csv-import">
            <h2>{s.tr(FactsImportMsg::Title)}</h2>
            <p class="muted">{s.tr(FactsImportMsg::Hint)}</p>
            <input type="file" accept=".csv,text/csv,text/plain" data-test="csv-file" aria-label=s.tr(FactsImportMsg::Title) on:change=picked/>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Failed(e) => view! { <p class="banner error" role="alert" data-test="csv-error">{s.t(FactsImportMsg::Failed(e))}</p> }.into_any(),
                Stage::Done(n) => view! { <p class="ok" data-test="csv-done">{s.t(FactsImportMsg::Done(n))}</p> }.into_any(),
                Stage::Mapping { table, columns, unknown } => {
                    let list = people();
                    view! {
                        <div class="mapping" data-test="csv-mapping">
                            <p>{s.tr(FactsImportMsg::MapHint)}</p>
                            {unknown.into_iter().map(|name| {
                                let key = name.clone();
                                let options = list.clone();
                                view! {
                                    <label class="stack">
                                        <span>{name.clone()}</span>
                                        <select on:change=move |ev| {
                                            let v = event_target_value(&ev);
                                            let choice = v.parse::<RecordId>().ok();
                                            mapping.update(|m| { m.insert(key.clone(), choice); });
                                        }>
                                            <option value="">{s.tr(FactsImportMsg::Skip)}</option>
                                            {options.into_iter().map(|(id, full)| view! { <option value=id.to_string()>{full}</option> }).collect_view()}
                                        </select>
                                    </label>
                                }
                            }).collect_view()}
                            <button class="primary" data-test="csv-continue" on:click=move |_| check(table.clone(), columns.clone())>
                                {s.tr(FactsImportMsg::Continue)}
                            </button>
                        </div>
                    }.into_any()
                }
                Stage::Problems(problems) => {
                    let total = problems.len();
                    view! {
                        <div class="problems" role="alert" data-test="csv-problems">
                            <p>{s.tr(FactsImportMsg::Problems(total))}</p>
                            <ul>{problems.into_iter().take(200).map(|pr| view! { <li>{s.t(FactsImportMsg::Row(pr))}</li> }).collect_view()}</ul>
                        </div>
                    }.into_any()
                }
                Stage::Ready { import, ignored } => {
                    let summary = FactsImportMsg::Preview { rows: import.rows, values: import.values, first: import.first, last: import.last };
                    view! {
                        <div class="preview" data-test="csv-preview">
                            <p>{s.tr(summary.clone())}</p>
                            {(!ignored.is_empty()).then(|| { let cols = ignored.join(", "); view! { <p class="muted">{s.tr(FactsImportMsg::Ignored(cols.clone()))}</p> } })}
                            <button class="primary" data-test="csv-apply" on:click=apply>{s.tr(FactsImportMsg::Apply)}</button>
                            <button on:click=move |_| stage.set(Stage::Idle)>{s.tr(Msg::Cancel)}</button>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}
