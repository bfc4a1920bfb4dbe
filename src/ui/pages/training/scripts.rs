//! T2 scripts at `/scripts`: every script with its versions (who, when, what changed, which one is approved), a
//! word diff between any two versions, the editor that saves a new version, and `/scripts/:id/read`, the reader
//! for the tablet: large type, a jump to each stage, and "the client said something the script does not cover",
//! logged as a case candidate for the weekly meeting.

use crate::domain::core::locale::format_date;
use crate::domain::training::case::Case;
use crate::domain::training::script::{
    approve, approved, diff, diff_counts, new_script, save_version, scripts, versions, BlockKind,
    Piece, Script, ScriptBlock, ScriptVersion, Stage,
};
use crate::domain::RecordId;
use crate::ui::components::widgets::WhenComplete;
use crate::ui::href;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ScriptsPage() -> impl IntoView {
    view! { <WhenComplete><Scripts/></WhenComplete> }
}

#[component]
pub fn ReaderPage() -> impl IntoView {
    view! { <WhenComplete><Reader/></WhenComplete> }
}

#[component]
fn Scripts() -> impl IntoView {
    let s = expect_context::<AppState>();
    let query = use_query_map();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            scripts(d)
                .into_iter()
                .map(|(id, x)| (id, x.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let chosen = Memo::new(move |_| {
        query
            .with(|q| q.get("id").and_then(|v| v.parse::<RecordId>().ok()))
            .or_else(|| list.with(|l| l.first().map(|(id, _)| *id)))
    });
    let name = RwSignal::new(String::new());
    let navigate = leptos_router::hooks::use_navigate();
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let navigate = navigate.clone();
        let n = name.get_untracked().trim().to_string();
        if n.is_empty() {
            return;
        }
        let first_stage = TrMsg::FirstStage.text(s.lang.get_untracked());
        let (id, edits) = s
            .data
            .with_untracked(|d| new_script(d, &n, &first_stage, today()));
        s.save_then(edits, move || {
            name.set(String::new());
            navigate(&format!("/scripts?id={id}"), Default::default());
        });
    };
    view! {
        <section class="scripts-page">
            <div class="page-head"><h1>{s.tr(TrMsg::ScriptsTitle)}</h1></div>
            <nav class="tabs" aria-label=s.tr(TrMsg::ScriptsTitle)>
                {move || list.get().into_iter().map(|(id, n)| view! {
                    <a href=href(&format!("/scripts?id={id}")) class:active=move || chosen.get() == Some(id) aria-current=move || (chosen.get() == Some(id)).then_some("page")>{n}</a>
                }).collect_view()}
            </nav>
            {move || chosen.get().map(|id| view! { <ScriptView id=id/> })}
            <form class="card row" on:submit=create>
                <label class="grow">{s.tr(TrMsg::NewScript)}<input name="script-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/></label>
                <button type="submit">{s.tr(TrMsg::Create)}</button>
            </form>
        </section>
    }
}

#[component]
fn ScriptView(id: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = Memo::new(move |_| {
        s.data.with(|d| {
            versions(d, id)
                .into_iter()
                .map(|(vid, v)| (vid, v.clone()))
                .collect::<Vec<_>>()
        })
    });
    let in_use = Memo::new(move |_| s.data.with(|d| approved(d, id).map(|(v, _)| v)));
    let left = RwSignal::new(None::<RecordId>);
    let right = RwSignal::new(None::<RecordId>);
    // By default the diff shows what the newest version changes against the approved one (or the one before).
    Effect::new(move |_| {
        let list = all.get();
        if right.get_untracked().is_none() {
            right.set(list.first().map(|(v, _)| *v));
        }
        if left.get_untracked().is_none() {
            let newest = list.first().map(|(v, _)| *v);
            let base = in_use.get().filter(|a| Some(*a) != newest);
            left.set(base.or_else(|| list.get(1).map(|(v, _)| *v)));
        }
    });
    let do_approve = move |version: RecordId| {
        if let Some(edit) = s.data.with_untracked(|d| approve(d, id, version)) {
            s.save_soon(vec![edit]);
        }
    };
    let version_select = move |name: &'static str, which: RwSignal<Option<RecordId>>| {
        view! {
            <select name=name aria-label=s.tr(TrMsg::Version) on:change=move |ev| which.set(event_target_value(&ev).parse().ok())>
                {move || all.get().into_iter().map(|(v, x)| view! { <option value=v.to_string() selected=move || which.get() == Some(v)>{format!("v{} · {}", x.number, x.date.format("%d.%m.%Y"))}</option> }).collect_view()}
            </select>
        }
    };
    view! {
        <div class="card">
            <div class="card-head">
                <h2>{s.tr(TrMsg::Versions)}</h2>
                <a class="button" data-test="open-reader" href=href(&format!("/scripts/{id}/read"))>{s.tr(TrMsg::Reader)}</a>
            </div>
            <div class="table-wrap">
                <table data-test="versions">
                    <thead><tr>
                        <th scope="col">"№"</th><th scope="col">{s.tr(TrMsg::Date)}</th><th scope="col">{s.tr(TrMsg::Author)}</th>
                        <th scope="col">{s.tr(TrMsg::WhatChanged)}</th><th scope="col"></th>
                    </tr></thead>
                    <tbody>
                        {move || all.get().into_iter().map(|(v, x)| {
                            let author = x.author.and_then(|a| s.data.with(|d| d.short_name(a))).unwrap_or_else(|| s.t(TrMsg::Head));
                            view! {
                                <tr>
                                    <td>{format!("v{}", x.number)}</td>
                                    <td>{move || format_date(s.lang.get(), x.date)}</td>
                                    <td>{author}</td>
                                    <td>{x.note.clone()}</td>
                                    <td>{move || if in_use.get() == Some(v) {
                                        view! { <span class="chip ok" data-test="approved">{s.t(TrMsg::Approved)}</span> }.into_any()
                                    } else {
                                        view! { <button class="secondary" data-test="approve" on:click=move |_| do_approve(v)>{s.t(TrMsg::Approve)}</button> }.into_any()
                                    }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </div>
        <div class="card">
            <div class="card-head">
                <h2>{s.tr(TrMsg::Compare)}</h2>
                <div class="row">{version_select("diff-from", left)}" → "{version_select("diff-to", right)}</div>
            </div>
            {move || {
                let (a, b) = (left.get()?, right.get()?);
                let pieces = s.data.with(|d| Some(diff(&d.live::<ScriptVersion>(a)?.data, &d.live::<ScriptVersion>(b)?.data)))?;
                let (added, removed) = diff_counts(&pieces);
                Some(view! {
                    <p class="muted">{move || TrMsg::DiffCounts(added, removed).text(s.lang.get())}</p>
                    <pre class="diff" data-test="diff">{pieces.into_iter().map(|p| match p {
                        Piece::Same(t) => view! { <span>{t}</span> }.into_any(),
                        Piece::Added(t) => view! { <ins>{t}</ins> }.into_any(),
                        Piece::Removed(t) => view! { <del>{t}</del> }.into_any(),
                    }).collect_view()}</pre>
                })
            }}
        </div>
        {move || all.with(|l| l.first().cloned()).map(|(_, newest)| view! { <Editor script=id base=newest/> })}
    }
}

/// Edits a copy of the newest version; saving makes a new version with the note.
#[component]
fn Editor(script: RecordId, base: ScriptVersion) -> impl IntoView {
    let s = expect_context::<AppState>();
    let stages = RwSignal::new(base.stages.clone());
    let note = RwSignal::new(String::new());
    let author = RwSignal::new(None::<RecordId>);
    let people = crate::ui::components::widgets::active_people(s);
    let tried = RwSignal::new(false);
    let base = StoredValue::new(base);
    let problems = Memo::new(move |_| {
        ScriptVersion {
            stages: stages.get(),
            note: note.get(),
            ..base.get_value()
        }
        .problems()
    });
    let changed = move || base.with_value(|b| stages.with(|st| *st != b.stages));
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !problems.with_untracked(Vec::is_empty) || !changed() {
            return;
        }
        let edit = s.data.with_untracked(|d| {
            save_version(
                d,
                script,
                uuid::Uuid::new_v4(),
                author.get_untracked(),
                today(),
                &note.get_untracked(),
                stages.get_untracked(),
            )
        });
        s.save_then(vec![edit], move || {
            tried.set(false);
            note.set(String::new());
        });
    };
    // The case library, by problem, for linking a block to the best answers behind it.
    let library: Vec<(RecordId, String)> = s.data.with_untracked(|d| {
        let mut v: Vec<(RecordId, String)> = d
            .live_records::<Case>()
            .filter(|r| !r.data.is_candidate())
            .map(|r| (r.id, r.data.problem.clone()))
            .collect();
        v.sort_by(|a, b| a.1.cmp(&b.1));
        v
    });
    let library = StoredValue::new(library);
    let kind_select = move |si: usize, bi: usize, kind: BlockKind| {
        view! {
            <select name="block-kind" aria-label=s.tr(TrMsg::BlockKindLabel) on:change=move |ev| {
                let k = match event_target_value(&ev).as_str() { "ask" => BlockKind::Ask, "objection" => BlockKind::Objection, _ => BlockKind::Say };
                stages.update(|st| st[si].blocks[bi].kind = k);
            }>
                {[BlockKind::Say, BlockKind::Ask, BlockKind::Objection].into_iter().map(|k| view! {
                    <option value=block_key(k) selected=kind == k>{s.tr(TrMsg::BlockKind(k))}</option>
                }).collect_view()}
            </select>
        }
    };
    view! {
        <form class="card stack script-editor" on:submit=save data-test="script-editor">
            <h2>{s.tr(TrMsg::EditScript)}</h2>
            {move || stages.get().into_iter().enumerate().map(|(si, stage)| view! {
                <fieldset class="stage">
                    <legend>{format!("{}.", si + 1)}</legend>
                    <div class="row">
                        <input class="grow" name="stage-name" aria-label=s.tr(TrMsg::StageName) prop:value=stage.name.clone()
                            on:change=move |ev| stages.update(|st| st[si].name = event_target_value(&ev))/>
                        <button type="button" class="link" on:click=move |_| stages.update(|st| { st.remove(si); })>{s.tr(TrMsg::Remove)}</button>
                    </div>
                    {stage.blocks.into_iter().enumerate().map(|(bi, b)| view! {
                        <div class="block-row">
                            {kind_select(si, bi, b.kind)}
                            <textarea name="block-text" rows="2" aria-label=s.tr(TrMsg::BlockText) prop:value=b.text.clone()
                                on:change=move |ev| stages.update(|st| st[si].blocks[bi].text = event_target_value(&ev))></textarea>
                            {(b.kind == BlockKind::Objection).then(|| view! {
                                <textarea name="block-answer" rows="2" aria-label=s.tr(TrMsg::Answer) placeholder=s.tr(TrMsg::Answer) prop:value=b.answer.clone()
                                    on:change=move |ev| stages.update(|st| st[si].blocks[bi].answer = event_target_value(&ev))></textarea>
                            })}
                            <button type="button" class="link" on:click=move |_| stages.update(|st| { st[si].blocks.remove(bi); })>"✕"</button>
                            <div class="block-cases">
                                {b.cases.iter().copied().map(|c| {
                                    let problem = library.with_value(|l| l.iter().find(|(id, _)| *id == c).map(|(_, p)| p.clone())).unwrap_or_default();
                                    view! { <span class="chip">{problem}" "<button type="button" class="link" aria-label=s.tr(TrMsg::Remove) on:click=move |_| stages.update(|st| st[si].blocks[bi].cases.retain(|x| *x != c))>"✕"</button></span> }
                                }).collect_view()}
                                <select name="block-case" aria-label=s.tr(TrMsg::LinkCase) on:change=move |ev| {
                                    if let Ok(c) = event_target_value(&ev).parse::<RecordId>() {
                                        stages.update(|st| { let cases = &mut st[si].blocks[bi].cases; if !cases.contains(&c) { cases.push(c) } });
                                    }
                                }>
                                    <option value="">{s.tr(TrMsg::LinkCase)}</option>
                                    {library.with_value(|l| l.iter().filter(|(id, _)| !b.cases.contains(id)).map(|(id, p)| view! { <option value=id.to_string()>{p.clone()}</option> }).collect_view())}
                                </select>
                            </div>
                        </div>
                    }).collect_view()}
                    <button type="button" class="secondary" data-test="add-block" on:click=move |_| stages.update(|st| st[si].blocks.push(ScriptBlock { kind: BlockKind::Say, text: String::new(), answer: String::new(), cases: Vec::new() }))>{s.tr(TrMsg::AddBlock)}</button>
                </fieldset>
            }).collect_view()}
            <button type="button" class="secondary" on:click=move |_| stages.update(|st| st.push(Stage { name: String::new(), blocks: Vec::new() }))>{s.tr(TrMsg::AddStage)}</button>
            <div class="row">
                <label class="grow">{s.tr(TrMsg::WhatChanged)}<input name="version-note" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/></label>
                <label>{s.tr(TrMsg::AuthorLabel)}
                    <select name="version-author" on:change=move |ev| author.set(event_target_value(&ev).parse().ok())>
                        <option value="">{s.tr(TrMsg::Head)}</option>
                        {people.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            {move || (tried.get() && !problems.with(Vec::is_empty)).then(|| view! { <p class="field-error" role="alert">{s.t(TrMsg::FillEveryBlock)}</p> })}
            <button type="submit" data-test="save-version" prop:disabled=move || !changed()>{s.tr(TrMsg::SaveVersion)}</button>
        </form>
    }
}

fn block_key(k: BlockKind) -> &'static str {
    match k {
        BlockKind::Say => "say",
        BlockKind::Ask => "ask",
        BlockKind::Objection => "objection",
    }
}

/// The tablet reader: the approved version (else the newest) in large type.
#[component]
fn Reader() -> impl IntoView {
    let s = expect_context::<AppState>();
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<RecordId>().ok())));
    let version = Memo::new(move |_| {
        let id = id.get()?;
        s.data.with(|d| {
            approved(d, id)
                .or_else(|| versions(d, id).into_iter().next())
                .map(|(_, v)| v.clone())
        })
    });
    let said = RwSignal::new(String::new());
    let logged = RwSignal::new(false);
    let log = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(script), text) = (id.get_untracked(), said.get_untracked()) else {
            return;
        };
        if text.trim().is_empty() {
            return;
        }
        let case = Case::from_reader(&text, today(), None, script);
        if !case.problems().is_empty() {
            return;
        }
        s.add_then(case, move || {
            said.set(String::new());
            logged.set(true);
        });
    };
    view! {
        <section class="reader" data-test="reader">
            {move || version.get().map(|v| {
                let title = id.get().and_then(|i| s.data.with(|d| d.live::<Script>(i).map(|r| r.data.name.clone()))).unwrap_or_default();
                view! {
                    <div class="page-head"><h1>{title}</h1><span class="chip">{format!("v{}", v.number)}</span></div>
                    <nav class="stage-jump" aria-label=s.tr(TrMsg::Stages)>
                        {v.stages.iter().enumerate().map(|(i, st)| view! { <a href=format!("#stage-{i}")>{st.name.clone()}</a> }).collect_view()}
                    </nav>
                    {v.stages.into_iter().enumerate().map(|(i, st)| view! {
                        <section class="reader-stage" id=format!("stage-{i}")>
                            <h2>{st.name}</h2>
                            {st.blocks.into_iter().map(|b| {
                                let cases: Vec<String> = s.data.with(|d| b.cases.iter().filter_map(|c| d.live::<Case>(*c).map(|r| r.data.answer.clone())).filter(|a| !a.is_empty()).collect());
                                view! {
                                    <div class=format!("reader-block {}", block_key(b.kind))>
                                        <span class="block-kind">{s.tr(TrMsg::BlockKind(b.kind))}</span>
                                        <p class="say">{b.text}</p>
                                        {(!b.answer.is_empty()).then(|| view! { <p class="answer">{b.answer}</p> })}
                                        {cases.into_iter().map(|a| view! { <p class="case-answer">{a}</p> }).collect_view()}
                                    </div>
                                }
                            }).collect_view()}
                        </section>
                    }).collect_view()}
                }
            })}
            <form class="card not-covered" on:submit=log>
                <label>{s.tr(TrMsg::NotCovered)}
                    <textarea name="not-covered" rows="2" prop:value=move || said.get() on:input=move |ev| { said.set(event_target_value(&ev)); logged.set(false); }></textarea>
                </label>
                <button type="submit" data-test="log-not-covered">{s.tr(TrMsg::LogIt)}</button>
                <Show when=move || logged.get()><p class="banner ok inline" role="status">{s.tr(TrMsg::Logged)}</p></Show>
            </form>
        </section>
    }
}
