//! T1–T5 the skills matrix at `/skills`: a heat map of people × skills (level against the level their role
//! requires), a cell's basis (the results it comes from, or the head's mark) with the head's own mark and the gap
//! offered as a development-plan goal; the competency model's editor; and the reading list with each person's status.

mod model;
mod reading;

use model::ModelEditor;
use reading::ReadingList;

use crate::domain::motivation::development::with_skill_goal;
use crate::domain::training::level::{row, Basis, Cell, LAST_RESULTS, THRESHOLDS, WINDOW_DAYS};
use crate::domain::training::skill::{skills, Skill, SkillMark, LEVEL_MAX};
use crate::domain::{Manager, RecordId};
use crate::ui::components::widgets::WhenComplete;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn SkillsPage() -> impl IntoView {
    view! { <WhenComplete><Skills/></WhenComplete> }
}

fn gap_class(cell: &Cell) -> &'static str {
    match (cell.level.is_some(), cell.gap()) {
        (false, 0) => "lvl none",
        (_, 0) => "lvl ok",
        (_, 1) => "lvl gap1",
        _ => "lvl gap2",
    }
}

#[component]
fn Skills() -> impl IntoView {
    let s = expect_context::<AppState>();
    let picked = RwSignal::new(None::<(RecordId, RecordId)>);
    let model = Memo::new(move |_| {
        s.data.with(|d| {
            skills(d)
                .into_iter()
                .map(|(id, k)| (id, k.clone()))
                .collect::<Vec<_>>()
        })
    });
    let matrix = Memo::new(move |_| {
        s.data.with(|d| {
            d.managers_by_name()
                .into_iter()
                .filter(|m| m.data.is_active())
                .map(|m| (m.id, m.data.short_name(), row(d, m.id, &m.data, today())))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="skills-page">
            <div class="page-head"><h1>{s.tr(TrMsg::SkillsTitle)}</h1></div>
            <div class="card">
                <p class="muted rule-note">{move || TrMsg::LevelRule(LAST_RESULTS, WINDOW_DAYS, THRESHOLDS).text(s.lang.get())}</p>
                <div class="table-wrap">
                    <table class="heatmap" data-test="skills-matrix">
                        <thead><tr>
                            <th scope="col">{s.tr(TrMsg::Person)}</th>
                            {move || model.get().into_iter().map(|(_, k)| view! { <th scope="col" title=move || TrMsg::Stage(k.group).text(s.lang.get())>{k.name.clone()}</th> }).collect_view()}
                        </tr></thead>
                        <tbody>
                            {move || matrix.get().into_iter().map(|(m, name, cells)| view! {
                                <tr data-manager=m.to_string()>
                                    <th scope="row">{name.clone()}</th>
                                    {cells.into_iter().map(|c| {
                                        let skill = c.skill;
                                        let class = gap_class(&c);
                                        let level = c.level.as_ref().map(|l| l.level.to_string()).unwrap_or_else(|| "–".into());
                                        let label = format!("{name}: {level} / {}", c.required);
                                        view! {
                                            <td class=class>
                                                <button class="cell" aria-label=label data-test="skill-cell" data-skill=skill.to_string() on:click=move |_| picked.set(Some((m, skill)))>
                                                    {level}<span class="req">{format!("/{}", c.required)}</span>
                                                </button>
                                            </td>
                                        }
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <p class="legend"><span class="lvl ok">" "</span>{s.tr(TrMsg::LegendOk)}" "<span class="lvl gap1">" "</span>{s.tr(TrMsg::LegendGap1)}" "<span class="lvl gap2">" "</span>{s.tr(TrMsg::LegendGap2)}</p>
            </div>
            {move || picked.get().map(|(m, k)| view! { <CellDetail manager=m skill=k/> })}
            <details class="card"><summary>{s.tr(TrMsg::Model)}</summary><ModelEditor/></details>
            <ReadingList/>
        </section>
    }
}

#[component]
fn CellDetail(manager: RecordId, skill: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let info = Memo::new(move |_| {
        s.data.with(|d| {
            let m = d.live::<Manager>(manager)?;
            let k = d.live::<Skill>(skill)?;
            let cell = row(d, manager, &m.data, today())
                .into_iter()
                .find(|c| c.skill == skill)?;
            Some((m.data.short_name(), k.data.clone(), cell))
        })
    });
    let level = RwSignal::new(0u8);
    let note = RwSignal::new(String::new());
    let mark = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let m = SkillMark {
            manager,
            skill,
            level: level.get_untracked(),
            date: today(),
            note: note.get_untracked().trim().to_string(),
        };
        if !m.problems().is_empty() {
            return;
        }
        s.add_then(m, move || {
            note.set(String::new());
        });
    };
    let offered = RwSignal::new(false);
    let to_plan = move |title: String| {
        let Some(edit) = s
            .data
            .with_untracked(|d| with_skill_goal(d, manager, &title))
        else {
            offered.set(true);
            return;
        };
        s.save_then(vec![edit], move || {
            offered.set(true);
        });
    };
    view! {
        {move || info.get().map(|(name, k, cell)| {
            let gap = cell.gap();
            let goal = TrMsg::GoalTitle(k.name.clone(), cell.required).text(s.lang.get_untracked());
            let basis = match cell.level.as_ref().map(|l| l.basis.clone()) {
                Some(Basis::Results(list)) => view! {
                    <p>{s.tr(TrMsg::FromResults)}": "{list.into_iter().map(|(d, p)| format!("{} — {p} %", d.format("%d.%m.%Y"))).collect::<Vec<_>>().join("; ")}</p>
                }.into_any(),
                Some(Basis::Mark(on)) => view! { <p>{move || TrMsg::FromMark(on.format("%d.%m.%Y").to_string()).text(s.lang.get())}</p> }.into_any(),
                None => view! { <p class="muted">{s.tr(TrMsg::NoEvidence)}</p> }.into_any(),
            };
            let have = cell.level.as_ref().map(|l| l.level);
            view! {
                <article class="card" data-test="skill-detail">
                    <h2>{format!("{name} · {}", k.name)}</h2>
                    <p>{move || TrMsg::LevelOf(have, cell.required).text(s.lang.get())}</p>
                    {have.and_then(|l| k.levels.get(l as usize).cloned()).filter(|t| !t.is_empty()).map(|t| view! { <p class="muted">{t}</p> })}
                    {basis}
                    {(gap > 0).then(|| { let goal = goal.clone(); view! {
                        <p class="row">
                            <span class="chip warn">{move || TrMsg::Gap(gap).text(s.lang.get())}</span>
                            <button class="secondary" data-test="gap-to-plan" on:click=move |_| to_plan(goal.clone())>{s.tr(TrMsg::ToDevPlan)}</button>
                            <Show when=move || offered.get()><span class="chip ok" role="status">{s.tr(TrMsg::InPlan)}</span></Show>
                        </p>
                    } })}
                    <form class="row" on:submit=mark>
                        <label>{s.tr(TrMsg::HeadMark)}
                            <select name="mark-level" on:change=move |ev| level.set(event_target_value(&ev).parse().unwrap_or(0))>
                                {(0..=LEVEL_MAX).map(|l| view! { <option value=l.to_string()>{l.to_string()}</option> }).collect_view()}
                            </select>
                        </label>
                        <label class="grow">{s.tr(TrMsg::Why)}<input name="mark-note" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/></label>
                        <button type="submit" data-test="save-mark">{s.tr(TrMsg::Save)}</button>
                    </form>
                </article>
            }
        })}
    }
}
