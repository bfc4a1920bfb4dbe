//! Training on a person's card: certificates (valid, due, expired), standards in force not yet acknowledged, skill
//! gaps against the role, and books and courses under way. Shared facts about work, nothing personal.

use crate::domain::control::standard::{pending_for, Standard};
use crate::domain::core::locale::format_date;
use crate::domain::training::certification::{certificate, CertStatus, CertTest};
use crate::domain::training::level::row;
use crate::domain::training::reading::{list_of, ReadingStatus};
use crate::domain::training::skill::Skill;
use crate::domain::{Manager, RecordId};
use crate::ui::href;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn TrainingOnCard(manager: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let info = Memo::new(move |_| {
        let day = today();
        s.data.with(|d| {
            let certs: Vec<(String, CertStatus, chrono::NaiveDate)> = d
                .live_records::<CertTest>()
                .filter_map(|t| {
                    let c = certificate(d, t.id, manager)?;
                    Some((t.data.title.clone(), c.status(day), c.valid_until))
                })
                .collect();
            let standards: Vec<String> = pending_for(d, manager, day)
                .into_iter()
                .filter_map(|(id, _)| d.live::<Standard>(id).map(|r| r.data.title.clone()))
                .collect();
            let gaps: Vec<(String, u8)> = d
                .live::<Manager>(manager)
                .map(|m| {
                    row(d, manager, &m.data, day)
                        .into_iter()
                        .filter(|c| c.gap() > 0)
                        .filter_map(|c| {
                            Some((d.live::<Skill>(c.skill)?.data.name.clone(), c.gap()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let reading: Vec<String> = list_of(d, manager)
                .into_iter()
                .filter(|(_, _, st)| *st != ReadingStatus::Done)
                .map(|(_, m, _)| m.title.clone())
                .collect();
            (certs, standards, gaps, reading)
        })
    });
    view! {
        <section class="card training-card" data-test="training-on-card">
            <h2>{s.tr(TrMsg::TrainingOfPerson)}</h2>
            {move || {
                let (certs, standards, gaps, reading) = info.get();
                view! {
                    <ul class="plain">
                        {certs.into_iter().map(|(title, st, until)| {
                            let (class, msg) = match st {
                                CertStatus::Valid => ("chip ok", TrMsg::ValidUntil(format_date(s.lang.get(), until))),
                                CertStatus::Due => ("chip warn", TrMsg::DueBy(format_date(s.lang.get(), until))),
                                CertStatus::Expired => ("chip bad", TrMsg::ExpiredOn(format_date(s.lang.get(), until))),
                            };
                            view! { <li>{title}" "<span class=class data-test="card-certificate">{msg.text(s.lang.get())}</span></li> }
                        }).collect_view()}
                        {(!standards.is_empty()).then(|| view! { <li><a href=href("/standards")>{s.tr(TrMsg::NotAcknowledged)}</a>": "{standards.join(", ")}</li> })}
                        {(!gaps.is_empty()).then(|| view! { <li><a href=href("/skills")>{s.tr(TrMsg::SkillGaps)}</a>": "{gaps.into_iter().map(|(n, g)| format!("{n} (−{g})")).collect::<Vec<_>>().join(", ")}</li> })}
                        {(!reading.is_empty()).then(|| view! { <li>{s.tr(TrMsg::ReadingTitle)}": "{reading.join(", ")}</li> })}
                    </ul>
                }
            }}
        </section>
    }
}

/// T1–T5 → M3: the person's books and courses on their development plan, with where they are in each.
#[component]
pub fn ReadingOnPlan(manager: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            list_of(d, manager)
                .into_iter()
                .map(|(_, m, st)| (m.title.clone(), m.author.clone(), st))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="card" data-test="plan-reading">
            <h2><a href=href("/skills")>{s.tr(TrMsg::ReadingTitle)}</a></h2>
            <Show when=move || list.with(Vec::is_empty)><p class="muted">{s.tr(TrMsg::NothingToRead)}</p></Show>
            <ul class="plain">
                {move || list.get().into_iter().map(|(title, author, st)| view! {
                    <li>{title}<span class="muted">{format!(" · {author}")}</span>" "<span class=if st == ReadingStatus::Done { "chip ok" } else { "chip" }>{s.tr(TrMsg::ReadingStatusName(st))}</span></li>
                }).collect_view()}
            </ul>
        </section>
    }
}
