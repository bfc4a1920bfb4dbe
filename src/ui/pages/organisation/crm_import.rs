//! O2 a CRM export brought in: pick the file and its day, let the worker read it, map the columns of an unknown
//! table (remembered per source) and the CRM users the team does not know, see every bad row or the preview, then
//! write the snapshot in one transaction.

use crate::domain::organisation::crm::columns::{
    missing, names_of, remembered, ColumnMap, CrmSystem, ExportKind, Field,
};
use crate::domain::organisation::crm::deal::RowProblem;
use crate::domain::organisation::crm::snapshot::{
    import, unknown_owners, CrmSnapshot, CrmSource, Imported, Reading,
};
use crate::domain::RecordId;
use crate::sync::crm_file::{Answer, FileError, Read, Request, MAX_EXPORT_BYTES};
use crate::ui::components::crm_reader;
use crate::ui::components::download::picked_file;
use crate::ui::components::widgets::{DateField, TableScroller};
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Where an import stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Reading,
    Failed(FileError),
    /// A table no preset knows: the user says which column is what.
    Columns {
        header: Vec<String>,
        sample: Vec<Vec<String>>,
    },
    Problems(Vec<RowProblem>),
    /// CRM users the team's names do not match.
    Users(Read, Vec<String>),
    Ready(Read, Box<Imported>),
    Done(usize),
}

#[component]
pub fn CrmImport() -> impl IntoView {
    let s = expect_context::<AppState>();
    let stage = RwSignal::new(Stage::Idle);
    let taken = RwSignal::new(today());
    let file_name = RwSignal::new(String::new());
    let source = RwSignal::new(String::new());
    let kind = RwSignal::new(ExportKind::Deals);
    let mapped: RwSignal<ColumnMap> = RwSignal::new(ColumnMap::new());
    let users: RwSignal<BTreeMap<String, Option<RecordId>>> = RwSignal::new(BTreeMap::new());
    let bytes: StoredValue<Option<js_sys::Uint8Array>, LocalStorage> = StoredValue::new_local(None);

    // The read file with the users answered: the preview, or who is still unknown.
    let prepare = move |read: Read| {
        let Ok(rows) = read.rows.clone() else { return };
        let name = if read.system == CrmSystem::Other {
            source.get_untracked()
        } else {
            read.system.source_name().to_string()
        };
        let reading = Reading {
            source: name.clone(),
            system: read.system,
            kind: read.kind,
            taken: taken.get_untracked(),
            file: file_name.get_untracked(),
            columns: names_of(&read.header, &read.columns),
            extra: read.extra.clone(),
            rows,
            users: users.get_untracked(),
        };
        let remembered_users = s.data.with_untracked(|d| {
            CrmSource::of(d, &name, read.kind)
                .map(|src| src.users)
                .unwrap_or_default()
        });
        let mut answers = remembered_users;
        answers.extend(users.get_untracked());
        let unknown = s
            .data
            .with_untracked(|d| unknown_owners(d, &reading.rows, &answers));
        if !unknown.is_empty() {
            users.update(|u| {
                for n in &unknown {
                    u.entry(n.clone()).or_insert(None);
                }
            });
            stage.set(Stage::Users(read, unknown));
            return;
        }
        match s.data.with_untracked(|d| import(d, reading)) {
            Ok(done) => stage.set(Stage::Ready(read, Box::new(done))),
            Err(_) => stage.set(Stage::Failed(FileError::Empty)),
        }
    };
    let ask = move |mapped_columns: Option<(ExportKind, ColumnMap)>| {
        let Some(b) = bytes.get_value() else { return };
        stage.set(Stage::Reading);
        let request = Request {
            name: file_name.get_untracked(),
            currency: s.data.with_untracked(|d| d.settings().currency),
            mapped: mapped_columns,
        };
        leptos::task::spawn_local(async move {
            match crm_reader::read(&request, &b).await {
                Answer::Failed(e) => stage.set(Stage::Failed(e)),
                Answer::Unknown { header, sample } => {
                    // A remembered mapping that fits this header reads it without asking.
                    let fits = s.data.with_untracked(|d| {
                        d.live_records::<CrmSource>()
                            .map(|r| &r.data)
                            .filter(|src| !src.columns.is_empty())
                            .find_map(|src| {
                                let cols = remembered(&header, &src.columns);
                                (cols.len() == src.columns.len()
                                    && missing(src.kind, &cols).is_empty())
                                .then(|| (src.name.clone(), src.kind, cols))
                            })
                    });
                    match fits {
                        Some((name, k, cols)) if request.mapped.is_none() => {
                            source.set(name);
                            kind.set(k);
                            mapped.set(cols.clone());
                            let request = Request {
                                mapped: Some((k, cols)),
                                ..request
                            };
                            match crm_reader::read(&request, &b).await {
                                Answer::Read(read) if read.rows.is_ok() => prepare(read),
                                Answer::Read(read) => {
                                    stage.set(Stage::Problems(read.rows.err().unwrap_or_default()))
                                }
                                Answer::Failed(e) => stage.set(Stage::Failed(e)),
                                Answer::Unknown { header, sample } => {
                                    stage.set(Stage::Columns { header, sample })
                                }
                            }
                        }
                        _ => stage.set(Stage::Columns { header, sample }),
                    }
                }
                Answer::Read(read) => match &read.rows {
                    Err(problems) => stage.set(Stage::Problems(problems.clone())),
                    Ok(_) => prepare(read),
                },
            }
        });
    };
    let picked = move |ev: leptos::ev::Event| {
        let file = match picked_file(&ev, MAX_EXPORT_BYTES) {
            Ok(Some(file)) => file,
            Ok(None) => return,
            Err(_) => {
                return stage.set(Stage::Failed(FileError::TooLarge {
                    max: MAX_EXPORT_BYTES,
                }))
            }
        };
        file_name.set(file.name());
        users.set(BTreeMap::new());
        mapped.set(ColumnMap::new());
        leptos::task::spawn_local(async move {
            let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await else {
                stage.set(Stage::Failed(FileError::Empty));
                return;
            };
            bytes.set_value(Some(js_sys::Uint8Array::new(&buffer)));
            ask(None);
        });
    };
    let apply = move |_| {
        let Stage::Ready(_, done) = stage.get_untracked() else {
            return;
        };
        let count = done.snapshot.deals.len() + done.snapshot.tasks.len();
        s.save_then(done.edits, move || {
            stage.set(Stage::Done(count));
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
        <div class="card" data-test="crm-import">
            <h2>{s.tr(CrmMsg::ImportTitle)}</h2>
            <p class="muted">{s.tr(CrmMsg::ImportHint)}</p>
            <div class="form-row">
                <label class="stack">
                    <span>{s.tr(CrmMsg::TakenOn)}</span>
                    <DateField value=taken test="crm-taken"/>
                </label>
                <label class="stack">
                    <span>{s.tr(CrmMsg::File)}</span>
                    <input type="file" accept=".csv,.xlsx,.txt,text/csv" data-test="crm-file" on:change=picked/>
                </label>
            </div>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Reading => view! { <p class="muted" role="status">{s.tr(CrmMsg::Reading)}</p> }.into_any(),
                Stage::Failed(e) => view! { <p class="banner error" role="alert" data-test="crm-error">{s.t(CrmMsg::FileFailed(e))}</p> }.into_any(),
                Stage::Done(n) => view! { <p class="ok" data-test="crm-done">{s.t(CrmMsg::Imported(n))}</p> }.into_any(),
                Stage::Problems(list) => {
                    let count = list.len();
                    view! {
                        <div class="banner error" role="alert" data-test="crm-problems">
                            <p>{s.t(CrmMsg::BadRows(count))}</p>
                            <ul class="problems">
                                {list.into_iter().take(200).map(|p| view! { <li>{s.t(CrmMsg::RowProblem(p))}</li> }).collect_view()}
                            </ul>
                        </div>
                    }.into_any()
                }
                Stage::Columns { header, sample } => {
                    let h = header.clone();
                    view! {
                        <div class="mapping" data-test="crm-columns">
                            <p>{s.tr(CrmMsg::MapColumnsHint)}</p>
                            <label class="stack">
                                <span>{s.tr(CrmMsg::SourceName)}</span>
                                <input type="text" data-test="crm-source" prop:value=move || source.get()
                                    on:input=move |ev| source.set(event_target_value(&ev))/>
                            </label>
                            <label class="stack">
                                <span>{s.tr(CrmMsg::KindLabel)}</span>
                                <select data-test="crm-kind" on:change=move |ev| kind.set(if event_target_value(&ev) == "tasks" { ExportKind::Tasks } else { ExportKind::Deals })>
                                    <option value="deals" selected=move || kind.get() == ExportKind::Deals>{s.tr(CrmMsg::KindName(ExportKind::Deals))}</option>
                                    <option value="tasks" selected=move || kind.get() == ExportKind::Tasks>{s.tr(CrmMsg::KindName(ExportKind::Tasks))}</option>
                                </select>
                            </label>
                            <div class="mapping-grid">
                                {move || {
                                    let fields: Vec<Field> = match kind.get() { ExportKind::Deals => Field::DEAL.to_vec(), ExportKind::Tasks => Field::TASK.to_vec() };
                                    let h = h.clone();
                                    fields.into_iter().map(|f| {
                                        let h = h.clone();
                                        view! {
                                            <label class="stack">
                                                <span>{s.tr(CrmMsg::FieldName(f))}{Field::required(kind.get_untracked()).contains(&f).then_some(" *")}</span>
                                                <select data-field=format!("{f:?}") on:change=move |ev| {
                                                    let v = event_target_value(&ev);
                                                    mapped.update(|m| match v.parse::<usize>() { Ok(i) => { m.insert(f, i); } Err(_) => { m.remove(&f); } });
                                                }>
                                                    <option value="" selected=move || !mapped.with(|m| m.contains_key(&f))>{s.tr(CrmMsg::NoColumn)}</option>
                                                    {h.into_iter().enumerate().map(|(i, name)| view! {
                                                        <option value=i.to_string() selected=move || mapped.with(|m| m.get(&f) == Some(&i))>{name}</option>
                                                    }).collect_view()}
                                                </select>
                                            </label>
                                        }
                                    }).collect_view()
                                }}
                            </div>
                            <TableScroller label=CrmMsg::FirstRows>
                                <table class="compact">
                                    <caption>{s.tr(CrmMsg::FirstRows)}</caption>
                                    <thead><tr>{header.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
                                    <tbody>{sample.into_iter().map(|row| view! { <tr>{row.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }).collect_view()}</tbody>
                                </table>
                            </TableScroller>
                            {move || {
                                let gaps = missing(kind.get(), &mapped.get());
                                let named = !source.get().trim().is_empty();
                                view! {
                                    {(!gaps.is_empty()).then(|| view! { <p class="muted">{s.t(CrmMsg::StillMissing(gaps.clone()))}</p> })}
                                    <button data-test="crm-read" disabled=!gaps.is_empty() || !named
                                        on:click=move |_| ask(Some((kind.get_untracked(), mapped.get_untracked())))>{s.tr(CrmMsg::ReadFile)}</button>
                                }
                            }}
                        </div>
                    }.into_any()
                }
                Stage::Users(read, unknown) => {
                    let list = people();
                    view! {
                        <div class="mapping" data-test="crm-users">
                            <p>{s.tr(CrmMsg::MapUsersHint)}</p>
                            {unknown.into_iter().map(|name| {
                                let key = name.clone();
                                let options = list.clone();
                                view! {
                                    <label class="stack">
                                        <span>{name.clone()}</span>
                                        <select data-user=name.clone() on:change=move |ev| {
                                            let choice = event_target_value(&ev).parse::<RecordId>().ok();
                                            users.update(|u| { u.insert(key.clone(), choice); });
                                        }>
                                            <option value="">{s.tr(CrmMsg::NotOurs)}</option>
                                            {options.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                                        </select>
                                    </label>
                                }
                            }).collect_view()}
                            <button data-test="crm-users-done" on:click=move |_| prepare(read.clone())>{s.tr(CrmMsg::Continue)}</button>
                        </div>
                    }.into_any()
                }
                Stage::Ready(read, done) => {
                    let exists = s.data.with_untracked(|d| d.live::<CrmSnapshot>(CrmSnapshot::id_for(&done.snapshot.source, read.kind, done.snapshot.taken)).is_some());
                    let (deals, tasks, skipped, stages) = (done.snapshot.deals.len(), done.snapshot.tasks.len(), done.skipped, done.new_stages.len());
                    view! {
                        <div class="preview" data-test="crm-preview">
                            <p>{s.t(CrmMsg::Preview { source: done.snapshot.source.clone(), deals, tasks, skipped, stages })}</p>
                            {exists.then(|| view! { <p class="banner info inline">{s.tr(CrmMsg::ReplacesDay)}</p> })}
                            <button data-test="crm-apply" on:click=apply>{s.tr(CrmMsg::Save)}</button>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}
