//! Data and sync: export to a file, import with a preview and every problem listed, automatic backups, and the
//! state of the browser's storage.

use crate::domain::{Dataset, Stamp};
use crate::store::{now_millis, BackupInfo, StorageStatus};
use crate::sync::{
    self, is_mass_delete, read_file, Context, Device, ImportError, ImportMode, Merged,
    MAX_FILE_BYTES,
};
use crate::ui::components::download::{download, read_text};
use crate::ui::components::record_label::record_label;
use crate::ui::components::widgets::WhenComplete;
use crate::ui::i18n::Msg;
use crate::ui::pages::core::data_words::DataMsg;
use crate::ui::pages::motivation::words::MotMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use std::sync::Arc;

const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[component]
pub fn DataPage() -> impl IntoView {
    view! { <WhenComplete><DataCards/></WhenComplete> }
}

#[component]
fn DataCards() -> impl IntoView {
    let s = expect_context::<AppState>();
    // Days since the last export; `None` = never. Loaded from the store, updated by the export button.
    let last_export = RwSignal::new(None::<i64>);
    // The newest stamp of the last export: what "edited on both devices" is measured from.
    let exported = RwSignal::new(None::<Stamp>);
    Effect::new(move |_| {
        s.revision.track();
        leptos::task::spawn_local(async move {
            if let Some(store) = s.store() {
                if let Ok(Some(at)) = store.last_export().await {
                    last_export.set(sync::reminder::days_since_export(&at, today()));
                }
                if let Ok(stamp) = store.exported_as_of().await {
                    exported.set(stamp);
                }
            }
        });
    });
    view! {
        <section class="data">
            <h1>{s.tr(DataMsg::DataTitle)}</h1>
            <div class="cards">
                <ExportCard last_export exported/>
                <ImportCard exported/>
                <BackupsCard/>
                <StorageCard/>
            </div>
        </section>
    }
}

#[component]
fn ExportCard(
    last_export: RwSignal<Option<i64>>,
    exported: RwSignal<Option<Stamp>>,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let export = move |_| {
        let data = s.data.get_untracked();
        let text = sync::export(&data, APP_VERSION);
        let name = sync::file_name(&data.settings(), today());
        if let Err(e) = download(&name, &text, "application/json") {
            s.error
                .set(Some(Msg::Store(crate::store::StoreError::Failed(e))));
            return;
        }
        last_export.set(Some(0));
        let as_of = data.newest_stamp();
        exported.set(as_of);
        leptos::task::spawn_local(async move {
            if let Some(store) = s.store() {
                let now = chrono::DateTime::from_timestamp_millis(now_millis() as i64)
                    .unwrap_or_default();
                if let Err(e) = store.mark_exported(&now.to_rfc3339(), as_of).await {
                    s.error.set(Some(Msg::Store(e)));
                }
            }
        });
    };
    // Not a backup: it leaves out the personal records, so the reminder to export stays as it was.
    let export_shared = move |_| {
        let data = s.data.get_untracked();
        let text = sync::export_scoped(&data, APP_VERSION, sync::Scope::MeetingRoom);
        let name =
            sync::file_name(&data.settings(), today()).replace(".json", "-meeting-room.json");
        if let Err(e) = download(&name, &text, "application/json") {
            s.error
                .set(Some(Msg::Store(crate::store::StoreError::Failed(e))));
        }
    };
    let nudge = move || {
        let has_data = !s.data.with(Dataset::is_empty);
        sync::reminder::export_reminder(last_export.get(), has_data).map(|days| {
            view! { <p class="banner warn inline">{s.t(DataMsg::ExportReminder(days))}</p> }
        })
    };
    view! {
        <article class="card">
            <h2>{s.tr(DataMsg::ExportTitle)}</h2>
            <p>{s.tr(DataMsg::ExportText)}</p>
            <button class="primary" data-test="export" on:click=export>{s.tr(DataMsg::ExportButton)}</button>
            <p class="muted" data-test="last-export">{move || s.t(DataMsg::LastExport(last_export.get()))}</p>
            {nudge}
            <h3>{s.tr(MotMsg::MeetingRoomExport)}</h3>
            <p class="muted">{s.tr(MotMsg::MeetingRoomText)}</p>
            <button data-test="export-meeting-room" on:click=export_shared>{s.tr(MotMsg::MeetingRoomExport)}</button>
        </article>
    }
}

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
fn ImportCard(exported: RwSignal<Option<Stamp>>) -> impl IntoView {
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
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value(""); // picking the same file again must fire `change` again
        let name = file.name();
        confirmed.set(false);
        leptos::task::spawn_local(async move {
            let size = file.size() as usize;
            if size > MAX_FILE_BYTES {
                stage.set(Stage::Failed(ImportError::TooLarge {
                    bytes: size,
                    max: MAX_FILE_BYTES,
                }));
                return;
            }
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
fn ImportProblems(error: ImportError) -> impl IntoView {
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

/// A backup's time, from its id (a clock stamp), in the browser's locale.
fn backup_time(id: &str, lang: crate::domain::Lang) -> String {
    let Ok(stamp) = id.parse::<Stamp>() else {
        return id.to_string();
    };
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(stamp.millis as f64));
    let locale = if lang == crate::domain::Lang::Ru {
        "ru-RU"
    } else {
        "en-GB"
    };
    date.to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

#[component]
fn BackupsCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let backups = RwSignal::new(Vec::<BackupInfo>::new());
    let confirm = RwSignal::new(None::<String>);
    // Why the last restore was refused; shown until the next try.
    let refused = RwSignal::new(None::<ImportError>);
    Effect::new(move |_| {
        s.revision.track();
        leptos::task::spawn_local(async move {
            if let Some(store) = s.store() {
                match store.backups().await {
                    Ok(list) => backups.set(list),
                    Err(e) => s.error.set(Some(Msg::Store(e))),
                }
            }
        });
    });
    let download_backup = move |id: String| {
        leptos::task::spawn_local(async move {
            let Some(store) = s.store() else { return };
            if let Ok(Some(text)) = store.backup_file(&id).await {
                let stamp = id
                    .parse::<Stamp>()
                    .map(|st| {
                        st.to_string()
                            .get(..16)
                            .unwrap_or_default()
                            .replace([':', 'T'], "-")
                    })
                    .unwrap_or_default();
                let _ = download(
                    &format!("rop-backup-{stamp}.json"),
                    &text,
                    "application/json",
                );
            }
        });
    };
    let restore = move |id: String| {
        confirm.set(None);
        refused.set(None);
        leptos::task::spawn_local(async move {
            let Some(store) = s.store() else { return };
            let text = match store.backup_file(&id).await {
                Ok(Some(t)) => t,
                Ok(None) => return s.error.set(Some(DataMsg::BackupGone.into())),
                Err(e) => return s.error.set(Some(Msg::Store(e))),
            };
            // This device's own backup: its stamps are this device's history, whatever the wall clock says now.
            let context = Context {
                device: s.device(),
                seen: s.seen(),
                own_backup: true,
                ..Context::alone(now_millis())
            };
            let data = match read_file(text.as_bytes(), &context) {
                Ok(d) => d,
                Err(e) => return refused.set(Some(e)),
            };
            let reason = format!("↺ {}", backup_time(&id, s.lang.get_untracked()));
            if s.import(Arc::new(data), ImportMode::Replace, &reason)
                .await
                .is_some()
            {
                s.notice.set(Some(Msg::Saved));
            }
        });
    };
    view! {
        <article class="card">
            <h2>{s.tr(DataMsg::BackupsTitle)}</h2>
            <p class="muted">{s.tr(DataMsg::BackupsText)}</p>
            {move || refused.get().map(|e| view! { <ImportProblems error=e/> })}
            {move || {
                let list = backups.get();
                if list.is_empty() {
                    return view! { <p class="empty">{s.t(DataMsg::NoBackups)}</p> }.into_any();
                }
                view! {
                    <ul class="backups" data-test="backups">
                        {list.into_iter().map(|b| {
                            let (id1, id2, id3) = (b.id.clone(), b.id.clone(), b.id.clone());
                            let shown = b.id.clone();
                            view! {
                                <li>
                                    <span class="when">{move || backup_time(&shown, s.lang.get())}</span>
                                    <span class="why">{b.reason.clone()}</span>
                                    <span class="muted" data-test="backup-counts">{s.tr(DataMsg::BackupCounts { records: b.records, live: b.live })}</span>
                                    {b.before_mass_delete.then(|| view! { <span class="banner warn inline" data-test="backup-pinned">{s.tr(DataMsg::BackupPinned)}</span> })}
                                    <button class="link" on:click=move |_| download_backup(id1.clone())>{s.tr(DataMsg::Download)}</button>
                                    {move || if confirm.get().as_deref() == Some(id2.as_str()) {
                                        let id = id2.clone();
                                        view! {
                                            <span class="confirm">
                                                <span>{s.t(DataMsg::RestoreConfirm)}</span>
                                                <button class="danger" data-test="restore-confirm" on:click=move |_| restore(id.clone())>{s.t(DataMsg::RestoreBackup)}</button>
                                                <button on:click=move |_| confirm.set(None)>{s.t(Msg::Cancel)}</button>
                                            </span>
                                        }.into_any()
                                    } else {
                                        let id = id3.clone();
                                        view! { <button class="link" data-test="restore" on:click=move |_| confirm.set(Some(id.clone()))>{s.t(DataMsg::RestoreBackup)}</button> }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </article>
    }
}

#[component]
fn StorageCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let status = RwSignal::new(None::<StorageStatus>);
    let refresh = move || {
        leptos::task::spawn_local(async move { status.set(Some(StorageStatus::read().await)) })
    };
    Effect::new(move |_| {
        s.revision.track();
        refresh();
    });
    let ask = move |_| {
        leptos::task::spawn_local(async move {
            StorageStatus::request_persistence().await;
            refresh();
        })
    };
    view! {
        <article class="card" data-test="storage">
            <h2>{s.tr(DataMsg::StorageTitle)}</h2>
            {move || status.get().map(|st| view! {
                <p data-test="persisted">{s.t(DataMsg::Persisted(st.persisted))}</p>
                <p>{match (st.usage, st.quota) {
                    (Some(used), Some(quota)) => s.t(DataMsg::Usage { used, quota }),
                    _ => s.t(DataMsg::UsageUnknown),
                }}</p>
                {(st.persisted == Some(false)).then(|| view! { <button on:click=ask>{s.t(DataMsg::RequestPersist)}</button> })}
            })}
        </article>
    }
}
