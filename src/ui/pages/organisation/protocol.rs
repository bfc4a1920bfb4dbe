//! O4 the protocol of a meeting, read-only: who attended, what was noted and decided under each agenda step, the
//! promises and tasks, the cases. Printable on A4; copied or saved as Markdown or plain text. The page and the text
//! are one document (`protocol_text::Doc`), so what is printed is what is pasted.

use crate::domain::core::locale::format_date;
use crate::domain::organisation::protocol::{minutes, NoteKind};
use crate::domain::organisation::protocol_text::{Doc, Section};
use crate::domain::training::case::raised_at;
use crate::domain::RecordId;
use crate::ui::components::download::download;
use crate::ui::components::widgets::{local_time, WhenLoaded};
use crate::ui::href;
use crate::ui::pages::organisation::meeting_blocks::{person_name, step_title};
use crate::ui::pages::organisation::meeting_mode::route_meeting;
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::pages::planning::words::PlanMsg;
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

/// The protocol of meeting `id` in the reader's language: the domain's minutes put into words.
fn build(s: AppState, id: RecordId) -> Doc {
    let lang = s.lang.get();
    s.data.with(|d| {
        let Some(m) = minutes(d, id, crate::ui::state::today()) else {
            return Doc::default();
        };
        let mt = m.meeting;
        let name = |who: Option<RecordId>| person_name(s, d, who);
        let due = s.t(MeetMsg::Due).to_lowercase();
        let kind = s.t(MeetMsg::KindName(mt.kind));
        let title = if mt.title.is_empty() {
            kind
        } else {
            format!("{kind}: {}", mt.title)
        };
        let mut meta = vec![format_date(lang, mt.date)];
        meta.push(match (mt.started, mt.ended, mt.duration_minutes()) {
            (Some(start), Some(end), Some(min)) => format!(
                "{}–{} · {}",
                local_time(start),
                local_time(end),
                s.t(MeetMsg::DurationOf {
                    minutes: min,
                    time_box: mt.minutes
                })
            ),
            (Some(start), ..) => format!("{} · {}", local_time(start), s.t(MeetMsg::Running)),
            (None, ..) => s.t(MeetMsg::NotStarted),
        });
        meta.push(s.t(MeetMsg::AttendanceSummary {
            present: m.present,
            late: m.late,
            absent: m.absent,
        }));
        let mut sections = vec![Section {
            heading: s.t(MeetMsg::Attended),
            lines: m
                .away
                .iter()
                .map(|(who, a)| {
                    let reason = if a.reason.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", a.reason)
                    };
                    let presence = s.t(MeetMsg::PresenceName(a.presence)).to_lowercase();
                    format!("{who} — {presence}{reason}")
                })
                .collect(),
        }];
        sections.extend(m.steps.iter().map(|(step, notes)| {
            Section {
                heading: step_title(s, step),
                lines: notes
                    .iter()
                    .map(|n| {
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
                    .collect(),
            }
        }));
        sections.push(Section {
            heading: s.t(MeetMsg::Promises),
            lines: m
                .promises
                .iter()
                .map(|(pr, outcome)| {
                    format!(
                        "{} — {} ({due} {}) — {}",
                        name(Some(pr.manager)),
                        pr.text,
                        format_date(lang, pr.due),
                        s.t(MeetMsg::OutcomeName(*outcome))
                    )
                })
                .collect(),
        });
        sections.push(Section {
            heading: s.t(MeetMsg::Tasks),
            lines: m
                .tasks
                .iter()
                .map(|t| {
                    let done = if t.done {
                        format!(" — {}", s.t(MeetMsg::Done).to_lowercase())
                    } else {
                        String::new()
                    };
                    format!(
                        "{} — {}, {due} {}{done}",
                        t.text,
                        name(t.owner),
                        format_date(lang, t.due)
                    )
                })
                .collect(),
        });
        sections.push(Section {
            heading: s.t(MeetMsg::Cases),
            lines: raised_at(d, id)
                .iter()
                .map(|c| format!("{} → {}", c.problem, c.answer))
                .collect(),
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
