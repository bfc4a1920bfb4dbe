//! O4 the protocol of a meeting, read-only: who attended, what was noted and decided under each agenda step, the
//! promises and tasks, the cases. Printable on A4; copied or saved as Markdown or plain text. The page and the text
//! are one document (`protocol_text::Doc`), so what is printed is what is pasted.

use crate::domain::core::locale::format_date;
use crate::domain::organisation::promise::outcome;
use crate::domain::organisation::protocol::{
    attendance_of, notes_of, tasks_of, NoteKind, Presence,
};
use crate::domain::organisation::protocol_text::{Doc, Section};
use crate::domain::planning::metric::catalog;
use crate::domain::RecordId;
use crate::ui::components::download::download;
use crate::ui::components::widgets::{local_time, WhenLoaded};
use crate::ui::href;
use crate::ui::meeting_text::MeetMsg;
use crate::ui::pages::organisation::meeting_blocks::{person_name, step_title};
use crate::ui::pages::organisation::meeting_mode::route_meeting;
use crate::ui::plan_text::PlanMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ProtocolPage() -> impl IntoView {
    view! { <WhenLoaded><Protocol/></WhenLoaded> }
}

#[component]
fn Protocol() -> impl IntoView {
    let id = route_meeting();
    move || match id.get() {
        Some(id) => view! { <ProtocolView id=id/> }.into_any(),
        None => view! { <crate::ui::pages::core::not_found::NotFound/> }.into_any(),
    }
}

/// The protocol of meeting `id` in the reader's language.
fn build(s: AppState, id: RecordId) -> Doc {
    let lang = s.lang.get();
    s.data.with(|d| {
        let Some(mt) = d.meetings.get(&id).map(|r| &r.data) else {
            return Doc::default();
        };
        let name = |who: Option<RecordId>| person_name(s, d, who);
        let kind = s.t(MeetMsg::KindName(mt.kind));
        let title = if mt.title.is_empty() {
            kind
        } else {
            format!("{kind}: {}", mt.title)
        };
        let mut meta = vec![format_date(lang, mt.date)];
        if let Some(start) = mt.started {
            let span = match (mt.ended, mt.duration_minutes()) {
                (Some(end), Some(min)) => format!(
                    "{}–{} · {}",
                    local_time(start),
                    local_time(end),
                    s.t(MeetMsg::DurationOf {
                        minutes: min,
                        time_box: mt.minutes
                    })
                ),
                _ => format!("{} · {}", local_time(start), s.t(MeetMsg::Running)),
            };
            meta.push(span);
        } else {
            meta.push(s.t(MeetMsg::NotStarted));
        }
        let attendance = attendance_of(d, id);
        let count = |p: Presence| attendance.iter().filter(|a| a.presence == p).count();
        meta.push(s.t(MeetMsg::AttendanceSummary {
            present: count(Presence::Present),
            late: count(Presence::Late),
            absent: count(Presence::Absent),
        }));
        let mut sections = Vec::new();
        let mut away: Vec<String> = attendance
            .iter()
            .filter(|a| a.presence != Presence::Present)
            .map(|a| {
                let reason = if a.reason.is_empty() {
                    String::new()
                } else {
                    format!(": {}", a.reason)
                };
                format!(
                    "{} — {}{reason}",
                    name(Some(a.manager)),
                    s.t(MeetMsg::PresenceName(a.presence)).to_lowercase()
                )
            })
            .collect();
        away.sort();
        sections.push(Section {
            heading: s.t(MeetMsg::Attended),
            lines: away,
        });
        let notes = notes_of(d, id);
        for step in &mt.agenda {
            let lines = notes
                .iter()
                .filter(|(_, n)| n.step == step.key)
                .map(|(_, n)| {
                    let label = s.t(MeetMsg::NoteKindName(n.kind));
                    match n.kind {
                        NoteKind::Training => format!("{label}: {} — {}", n.text, name(n.by)),
                        NoteKind::Question if n.resolved => format!(
                            "{label}: {} ({})",
                            n.text,
                            s.t(MeetMsg::Resolve).to_lowercase()
                        ),
                        _ => format!("{label}: {}", n.text),
                    }
                })
                .collect();
            sections.push(Section {
                heading: step_title(s, step),
                lines,
            });
        }
        let cal = d.calendar();
        let metrics = catalog(d);
        let promises = crate::domain::organisation::promise::promises(d)
            .into_iter()
            .filter(|(_, pr)| pr.meeting == Some(id))
            .map(|(_, pr)| {
                let outcome = outcome(d, &cal, &metrics, pr, crate::ui::state::today());
                format!(
                    "{} — {} ({} {}) — {}",
                    name(Some(pr.manager)),
                    pr.text,
                    s.t(MeetMsg::Due).to_lowercase(),
                    format_date(lang, pr.due),
                    s.t(MeetMsg::OutcomeName(outcome))
                )
            })
            .collect();
        sections.push(Section {
            heading: s.t(MeetMsg::Promises),
            lines: promises,
        });
        let tasks = tasks_of(d, id)
            .into_iter()
            .map(|(_, t)| {
                let done = if t.done {
                    format!(" — {}", s.t(MeetMsg::Done).to_lowercase())
                } else {
                    String::new()
                };
                format!(
                    "{} — {}, {} {}{done}",
                    t.text,
                    name(t.owner),
                    s.t(MeetMsg::Due).to_lowercase(),
                    format_date(lang, t.due)
                )
            })
            .collect();
        sections.push(Section {
            heading: s.t(MeetMsg::Tasks),
            lines: tasks,
        });
        let mut cases: Vec<String> = d
            .live_records::<crate::domain::training::case::Case>()
            .filter(|r| r.data.meeting == Some(id))
            .map(|r| format!("{} → {}", r.data.problem, r.data.answer))
            .collect();
        cases.sort();
        sections.push(Section {
            heading: s.t(MeetMsg::Cases),
            lines: cases,
        });
        Doc {
            title,
            meta,
            sections,
        }
    })
}

#[component]
fn ProtocolView(id: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let doc = Memo::new(move |_| build(s, id));
    let file_name = move || {
        let date = s.data.with_untracked(|d| {
            d.meetings
                .get(&id)
                .map(|r| r.data.date.to_string())
                .unwrap_or_default()
        });
        format!("protocol-{date}.md")
    };
    let save_md = move |_| {
        if let Err(e) = download(
            &file_name(),
            &doc.get_untracked().markdown(),
            "text/markdown;charset=utf-8",
        ) {
            s.error
                .set(Some(crate::ui::i18n::Msg::from(PlanMsg::DownloadFailed(e))));
        }
    };
    let copy = move |markdown: bool| {
        let d = doc.get_untracked();
        let text = if markdown { d.markdown() } else { d.plain() };
        leptos::task::spawn_local(async move {
            let clipboard = gloo::utils::window().navigator().clipboard();
            match wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await {
                Ok(_) => s
                    .notice
                    .set(Some(crate::ui::i18n::Msg::from(MeetMsg::Copied))),
                Err(e) => s
                    .error
                    .set(Some(crate::ui::i18n::Msg::from(PlanMsg::DownloadFailed(
                        format!("{e:?}"),
                    )))),
            }
        });
    };
    let print = |_| {
        let _ = gloo::utils::window().print();
    };
    view! {
        <section class="protocol" data-test="protocol">
            <div class="page-head no-print">
                <a href=href("/meetings")>{move || format!("‹ {}", s.t(MeetMsg::AllMeetings))}</a>
                <div class="toolbar">
                    <a class="button" href=href(&format!("/meetings/{id}")) data-test="back-to-meeting">{s.tr(MeetMsg::BackToMeeting)}</a>
                    <button data-test="print" on:click=print>{s.tr(PlanMsg::Print)}</button>
                    <button data-test="copy-md" on:click=move |_| copy(true)>{s.tr(MeetMsg::CopyMarkdown)}</button>
                    <button data-test="copy-text" on:click=move |_| copy(false)>{s.tr(MeetMsg::CopyText)}</button>
                    <button data-test="download-md" on:click=save_md>{s.tr(MeetMsg::DownloadMd)}</button>
                </div>
            </div>
            {move || {
                let d = doc.get();
                view! {
                    <article class="card protocol-doc">
                        <h1 data-test="protocol-title">{d.title.clone()}</h1>
                        <p class="meta">{d.meta.iter().map(|l| view! { <span>{l.clone()}</span> }).collect_view()}</p>
                        {d.sections.into_iter().filter(|sec| !sec.lines.is_empty()).map(|sec| view! {
                            <section data-test="protocol-section">
                                <h2>{sec.heading}</h2>
                                <ul>{sec.lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                            </section>
                        }).collect_view()}
                    </article>
                }
            }}
        </section>
    }
}
