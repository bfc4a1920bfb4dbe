//! The data page's import card: a file read against this device, its preview (what is added, changed, deleted,
//! refused, with every problem listed), the second confirmation of a mass delete, and the apply.

use crate::domain::{Dataset, Stamp};
use crate::store::now_millis;
use crate::sync::{self, is_mass_delete, Device, ImportError, ImportMode, Merged, MAX_FILE_BYTES};
use crate::ui::components::download::{picked_file, read_text};
use crate::ui::components::record_label::record_label;
use crate::ui::i18n::Msg;
use crate::ui::pages::core::data_words::DataMsg;
use crate::ui::pages::motivation::words::MotMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::sync::Arc;

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Failed(ImportError),
    /// Shared, not copied: a large department's file is read once and only handed around.
    Ready {
        file: String,
        /// The file's text, kept so that switching between merge and replace reads it again for that mode.
        text: Arc<String>,
        incoming: Arc<Dataset>,
        /// A meeting-room file: said in the preview, and a restore keeps this device's personal records.
        scope: sync::Scope,
        preview: Arc<Merged>,
        /// Live records the import would delete, and how many there are now.
        deletes: usize,
        live: usize,
    },
    Done(usize),
}

/// Reads a file against this device's clock and data, for a merge or for a replace (where references must point
/// inside the file), and previews what it would do.
fn prepare(
    s: AppState,
    file: String,
    text: Arc<String>,
    replace: bool,
    exported: Option<Stamp>,
) -> Stage {
    let device = Device {
        now_millis: now_millis(),
        seen: s.seen(),
        id: s.device(),
        exported,
    };
    let mode = if replace {
        ImportMode::Replace
    } else {
        ImportMode::Merge
    };
    match s
        .data
        .with_untracked(|current| sync::preview(current, text.as_bytes(), mode, device))
    {
        Ok(plan) => Stage::Ready {
            file,
            text,
            scope: plan.scope,
            incoming: plan.incoming.into(),
            preview: plan.merged.into(),
            deletes: plan.deletes,
            live: plan.live,
        },
        Err(e) => Stage::Failed(e),
    }
}

#[component]
pub(super) fn ImportCard(exported: RwSignal<Option<Stamp>>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let stage = RwSignal::new(Stage::Idle);
    let replace = RwSignal::new(false);
    let busy = RwSignal::new(false);
    // The second, explicit confirmation a mass deletion needs.
    let confirmed = RwSignal::new(false);
    let set_mode = move |to_replace: bool| {
        replace.set(to_replace);
        confirmed.set(false);
        if let Stage::Ready { file, text, .. } = stage.get_untracked() {
            stage.set(prepare(s, file, text, to_replace, exported.get_untracked()));
        }
    };
    let picked = move |ev: leptos::ev::Event| {
        let file = match picked_file(&ev, MAX_FILE_BYTES) {
            Ok(Some(file)) => file,
            Ok(None) => return,
            Err(bytes) => {
                return stage.set(Stage::Failed(ImportError::TooLarge {
                    bytes,
                    max: MAX_FILE_BYTES,
                }))
            }
        };
        let name = file.name();
        confirmed.set(false);
        leptos::task::spawn_local(async move {
            let text = match read_text(&file).await {
                Ok(t) => t,
                Err(_) => {
                    stage.set(Stage::Failed(ImportError::NotJson { line: 1, column: 1 }));
                    return;
                }
            };
            let to_replace = replace.get_untracked();
            stage.set(prepare(
                s,
                name,
                Arc::new(text),
                to_replace,
                exported.get_untracked(),
            ));
        });
    };
    let apply = move |_| {
        let Stage::Ready {
            file,
            incoming,
            deletes,
            live,
            ..
        } = stage.get_untracked()
        else {
            return;
        };
        let to_replace = replace.get_untracked();
        let mass = is_mass_delete(deletes, live);
        if mass && !confirmed.get_untracked() {
            return;
        }
        let mode = if to_replace {
            ImportMode::Replace
        } else {
            ImportMode::Merge
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            // A merge that changes nothing writes nothing, not even a backup (the session decides).
            if let Some(written) = s.import(incoming, mode, &file).await {
                stage.set(Stage::Done(written));
            }
            busy.set(false);
        });
    };
    view! {
        <article class="card import">
            <h2>{s.tr(DataMsg::ImportTitle)}</h2>
            <p>{s.tr(DataMsg::ImportText)}</p>
            <fieldset class="modes">
                <label class="check">
                    <input type="radio" name="mode" prop:checked=move || !replace.get() on:change=move |_| set_mode(false)/>
                    <span>{s.tr(DataMsg::ImportModeMerge)}</span>
                </label>
                <label class="check">
                    <input type="radio" name="mode" data-test="mode-replace" prop:checked=move || replace.get() on:change=move |_| set_mode(true)/>
                    <span>{s.tr(DataMsg::ImportModeReplace)}</span>
                </label>
            </fieldset>
            <label class="button file">
                <span>{s.tr(DataMsg::ImportChoose)}</span>
                <input type="file" accept=".json,application/json" data-test="import-file" on:change=picked/>
            </label>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Done(0) => view! { <p class="ok" data-test="import-done">{s.t(DataMsg::NothingToImport)}</p> }.into_any(),
                Stage::Done(n) => view! { <p class="ok" data-test="import-done">{s.t(DataMsg::ImportDone(n))}</p> }.into_any(),
                Stage::Failed(e) => view! { <ImportProblems error=e/> }.into_any(),
                Stage::Ready { file, preview, incoming, deletes, live, scope, .. } => {
                    let mass = is_mass_delete(deletes, live);
                    view! {
                        {(scope == sync::Scope::MeetingRoom).then(|| view! {
                            <p class="banner info inline" data-test="meeting-room-file">{s.tr(MotMsg::MeetingRoomFile)}</p>
                        })}
                        {mass.then(|| view! {
                            <div class="banner error inline" role="alert" data-test="mass-delete">
                                <p><strong>{s.t(DataMsg::MassDeleteWarning { deletes, live })}</strong></p>
                                <label class="check">
                                    <input type="checkbox" data-test="mass-delete-confirm" prop:checked=move || confirmed.get()
                                        on:change=move |ev| confirmed.set(event_target_checked(&ev))/>
                                    <span>{s.t(DataMsg::MassDeleteConfirm(deletes))}</span>
                                </label>
                            </div>
                        })}
                        <PreviewTable file preview replace incoming_count=incoming.record_count()/>
                        <button class=if mass { "danger" } else { "primary" } data-test="apply-import" on:click=apply
                            disabled=move || busy.get() || (mass && !confirmed.get())>{s.t(DataMsg::ApplyImport)}</button>
                        <button on:click=move |_| stage.set(Stage::Idle)>{s.t(Msg::Cancel)}</button>
                    }.into_any()
                }
            }}
        </article>
    }
}

#[component]
pub(super) fn ImportProblems(error: ImportError) -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = match &error {
        ImportError::Invalid { problems, total } => Some((problems.clone(), *total)),
        _ => None,
    };
    view! {
        <div class="import-error" role="alert" data-test="import-error">
            <p class="error-text">{s.tr(DataMsg::ImportError(error.clone()))}</p>
            {list.map(|(problems, total)| {
                let more = total - problems.len();
                view! {
                    <h3>{s.tr(DataMsg::ProblemsTitle(total))}</h3>
                    <ol class="problems" data-test="problems">
                        {problems.into_iter().map(|p| {
                            let place = DataMsg::ProblemPlace { store: p.store.clone(), index: p.index, field: p.field.clone() };
                            let kind = DataMsg::Problem(p.kind.clone());
                            view! { <li><strong>{s.tr(place.clone())}</strong>": " {s.tr(kind.clone())}</li> }
                        }).collect_view()}
                    </ol>
                    {(more > 0).then(|| view! { <p>{s.tr(DataMsg::ProblemsMore(more))}</p> })}
                }
            })}
        </div>
    }
}

#[component]
fn PreviewTable(
    file: String,
    preview: std::sync::Arc<Merged>,
    replace: RwSignal<bool>,
    incoming_count: usize,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let stores = preview.preview.stores.clone();
    let total = preview.preview.total();
    let conflicts = preview.preview.conflicts.clone();
    let label = move |store: crate::domain::StoreName, id| -> String {
        s.data
            .with_untracked(|d| record_label(d, store, id, s.lang.get_untracked()))
    };
    view! {
        <div class="preview" data-test="preview">
            <h3>{let f = file.clone(); move || s.t(DataMsg::PreviewTitle(f.clone()))}</h3>
            <Show when=move || replace.get() fallback=move || {
                let stores = stores.clone();
                view! {
                    <div class="table-wrap">
                    <table class="counts">
                        <thead><tr>
                            <th></th>
                            <th>{s.tr(DataMsg::Added)}</th>
                            <th>{s.tr(DataMsg::Updated)}</th>
                            <th>{s.tr(DataMsg::Deleted)}</th>
                            <th>{s.tr(DataMsg::Unchanged)}</th>
                            <th>{s.tr(DataMsg::KeptLocal)}</th>
                        </tr></thead>
                        <tbody>
                            {stores.into_iter().map(|(name, c)| view! {
                                <tr>
                                    <th>{s.tr(DataMsg::StoreName(name.as_str().into()))}</th>
                                    <td>{c.added}</td><td>{c.updated}</td><td>{c.deletes}</td><td>{c.unchanged}</td><td>{c.kept_local}</td>
                                </tr>
                            }).collect_view()}
                            <tr class="total" data-test="preview-total">
                                <th>"Σ"</th>
                                <td>{total.added}</td><td>{total.updated}</td><td>{total.deletes}</td><td>{total.unchanged}</td><td>{total.kept_local}</td>
                            </tr>
                        </tbody>
                    </table>
                    </div>
                }
            }>
                <p class="banner warn inline">{s.tr(DataMsg::ImportReplaceWarning)}</p>
                <p>{s.tr(DataMsg::BackupRecords(incoming_count))}</p>
            </Show>
            {(!conflicts.is_empty()).then(|| view! {
                <h4>{s.tr(DataMsg::ConflictsTitle)}</h4>
                <ul class="conflicts" data-test="conflicts">
                    {conflicts.iter().map(|c| {
                        let name = label(c.store, c.id);
                        let won = c.winner;
                        view! { <li>{name}": " {s.tr(DataMsg::ConflictWon(won))}</li> }
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}
