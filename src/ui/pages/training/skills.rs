//! T1–T5 the skills matrix at `/skills`: a heat map of people × skills (level against the level their role
//! requires), a cell's basis (the results it comes from, or the head's mark) with the head's own mark and the gap
//! offered as a development-plan goal; the competency model's editor; and the reading list with each person's status.

use crate::domain::motivation::development::with_skill_goal;
use crate::domain::team::Role;
use crate::domain::training::level::{row, Basis, Cell, LAST_RESULTS, THRESHOLDS, WINDOW_DAYS};
use crate::domain::training::reading::{
    materials, status, Material, MaterialKind, Reading, ReadingStatus,
};
use crate::domain::training::skill::{blank, skills, Skill, SkillGroup, SkillMark, LEVEL_MAX};
use crate::domain::{Edit, Manager, RecordId};
use crate::ui::components::widgets::{save_form, ChoiceSelect, FieldError, WhenComplete};
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
        s.save_then(vec![Edit::put(uuid::Uuid::new_v4(), m)], move || {
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

/// The competency model: each skill's group, descriptors and the level each role requires.
#[component]
fn ModelEditor() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            skills(d)
                .into_iter()
                .map(|(id, k)| (id, k.clone()))
                .collect::<Vec<_>>()
        })
    });
    let save = move |id: RecordId, k: Skill| {
        if !k.problems().is_empty() {
            return;
        }
        s.save_soon(vec![Edit::put(id, k)]);
    };
    let name = RwSignal::new(String::new());
    let group = RwSignal::new(SkillGroup::Product);
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| blank(&name.get(), group.get(), 0).problems());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let order = list.with_untracked(|l| l.len() as u32 + 1);
        save_form(
            s,
            tried,
            problems,
            move || {
                Edit::put(
                    uuid::Uuid::new_v4(),
                    blank(&name.get_untracked(), group.get_untracked(), order),
                )
            },
            move || name.set(String::new()),
        );
    };
    view! {
        <div class="table-wrap">
            <table class="compact">
                <thead><tr>
                    <th scope="col">{s.tr(TrMsg::SkillLabel)}</th><th scope="col">{s.tr(TrMsg::StageLabel)}</th>
                    {Role::ALL.into_iter().map(|r| view! { <th scope="col">{s.tr(crate::ui::i18n::Msg::RoleName(r))}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || list.get().into_iter().map(|(id, k)| {
                        let base = k.clone();
                        view! {
                            <tr>
                                <th scope="row">{k.name.clone()}</th>
                                <td>{s.tr(TrMsg::Stage(k.group))}</td>
                                {Role::ALL.into_iter().map(|r| {
                                    let base = base.clone();
                                    view! { <td><select name="required" aria-label=format!("{} — {}", k.name, s.t(crate::ui::i18n::Msg::RoleName(r))) on:change=move |ev| {
                                        let mut next = base.clone();
                                        next.required.insert(r, event_target_value(&ev).parse().unwrap_or(0));
                                        save(id, next);
                                    }>
                                        {(0..=LEVEL_MAX).map(|l| view! { <option value=l.to_string() selected=k.required_of(r) == l>{l.to_string()}</option> }).collect_view()}
                                    </select></td> }
                                }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <Descriptors/>
        <form class="row" on:submit=add>
            <label class="grow">{s.tr(TrMsg::NewSkill)}<input name="skill-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/></label>
            <label>{s.tr(TrMsg::StageLabel)}
                <ChoiceSelect name="skill-group" options=SkillGroup::ALL.to_vec() value=Signal::from(group)
                    on_pick=Callback::new(move |g| group.set(g)) label=|g| TrMsg::Stage(g).into()/>
            </label>
            <button type="submit">{s.tr(TrMsg::Create)}</button>
        </form>
        <FieldError problems field="name" show=tried/>
    }
}

/// What each level of a skill means: five descriptors, edited for one skill at a time.
#[component]
fn Descriptors() -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = s.data.with_untracked(|d| {
        skills(d)
            .into_iter()
            .map(|(id, k)| (id, k.clone()))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(all.first().cloned());
    let options = all.clone();
    let pick = move |v: String| {
        let id: Option<RecordId> = v.parse().ok();
        chosen.set(id.and_then(|id| {
            s.data
                .with_untracked(|d| d.live::<Skill>(id).map(|r| (id, r.data.clone())))
        }));
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((id, k)) = chosen.get_untracked() else {
            return;
        };
        if !k.problems().is_empty() {
            return;
        }
        s.save_soon(vec![Edit::put(id, k)]);
    };
    view! {
        <form class="stack" on:submit=save data-test="descriptors">
            <label>{s.tr(TrMsg::Descriptors)}
                <select name="descriptor-skill" on:change=move |ev| pick(event_target_value(&ev))>
                    {options.into_iter().map(|(id, k)| view! { <option value=id.to_string()>{k.name}</option> }).collect_view()}
                </select>
            </label>
            {move || chosen.get().map(|(_, k)| (0..=LEVEL_MAX as usize).map(|l| {
                let text = k.levels[l].clone();
                view! {
                    <label>{format!("{l}")}
                        <input name=format!("level-{l}") prop:value=text on:change=move |ev| { let v = event_target_value(&ev); chosen.update(|c| if let Some((_, k)) = c { k.levels[l] = v }) }/>
                    </label>
                }
            }).collect_view())}
            <button type="submit">{s.tr(TrMsg::Save)}</button>
        </form>
    }
}

/// Books and courses with each person's status.
#[component]
fn ReadingList() -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = crate::ui::components::widgets::active_people(s);
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            materials(d)
                .into_iter()
                .map(|(id, m)| (id, m.clone()))
                .collect::<Vec<_>>()
        })
    });
    let set_status = move |material: RecordId, manager: RecordId, v: String| {
        let status = match v.as_str() {
            "planned" => Some(ReadingStatus::Planned),
            "reading" => Some(ReadingStatus::Reading),
            "done" => Some(ReadingStatus::Done),
            _ => None,
        };
        let edit = match status {
            Some(status) => Edit::derived(Reading {
                material,
                manager,
                status,
                date: today(),
            }),
            None => Edit::delete::<Reading>(Reading::id_for(material, manager)),
        };
        s.save_soon(vec![edit]);
    };
    let title = RwSignal::new(String::new());
    let author = RwSignal::new(String::new());
    let kind = RwSignal::new(MaterialKind::Book);
    let tried = RwSignal::new(false);
    let draft = move || Material {
        title: title.get().trim().to_string(),
        kind: kind.get(),
        author: author.get().trim().to_string(),
        link: String::new(),
        skill: None,
    };
    let problems = Memo::new(move |_| draft().problems());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(
            s,
            tried,
            problems,
            move || Edit::put(uuid::Uuid::new_v4(), draft()),
            move || {
                title.set(String::new());
                author.set(String::new());
            },
        );
    };
    view! {
        <div class="card">
            <h2>{s.tr(TrMsg::ReadingTitle)}</h2>
            <div class="table-wrap">
                <table class="compact" data-test="reading">
                    <thead><tr>
                        <th scope="col">{s.tr(TrMsg::Material)}</th>
                        {people.iter().map(|(_, n)| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {move || list.get().into_iter().map(|(id, m)| {
                            let people = people.clone();
                            view! {
                                <tr>
                                    <th scope="row">{m.title.clone()}<span class="muted">{format!(" · {}", m.author)}</span></th>
                                    {people.into_iter().map(|(p, n)| {
                                        let now = s.data.with(|d| status(d, id, p));
                                        view! { <td><select name="reading-status" aria-label=format!("{} — {n}", m.title) on:change=move |ev| set_status(id, p, event_target_value(&ev))>
                                            <option value="" selected=now.is_none()>"—"</option>
                                            {[ReadingStatus::Planned, ReadingStatus::Reading, ReadingStatus::Done].into_iter().map(|st| view! {
                                                <option value=reading_key(st) selected=now == Some(st)>{s.tr(TrMsg::ReadingStatusName(st))}</option>
                                            }).collect_view()}
                                        </select></td> }
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <form class="row" on:submit=add>
                <label class="grow">{s.tr(TrMsg::Material)}<input name="material-title" prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/></label>
                <label>{s.tr(TrMsg::Author)}<input name="material-author" prop:value=move || author.get() on:input=move |ev| author.set(event_target_value(&ev))/></label>
                <label>{s.tr(TrMsg::Kind)}
                    <ChoiceSelect name="material-kind" options=MaterialKind::ALL.to_vec() value=Signal::from(kind)
                        on_pick=Callback::new(move |k| kind.set(k)) label=|k| TrMsg::MaterialKindName(k).into()/>
                </label>
                <button type="submit">{s.tr(TrMsg::Create)}</button>
            </form>
            <FieldError problems field="title" show=tried/>
        </div>
    }
}

fn reading_key(s: ReadingStatus) -> &'static str {
    match s {
        ReadingStatus::Planned => "planned",
        ReadingStatus::Reading => "reading",
        ReadingStatus::Done => "done",
    }
}
