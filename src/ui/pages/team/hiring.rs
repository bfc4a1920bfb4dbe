//! O7 hiring at `/hiring`: the vacancy (picked, or a new one), its candidates as a board by stage for the tablet or
//! a list for the laptop, a new candidate, and the numbers: the funnel with its conversions, the time to hire and
//! the sources compared by their hires' first three months.

use crate::domain::core::date::window_start;
use crate::domain::core::rules::{FieldProblem, Rule};
use crate::domain::planning::new_hires::sources;
use crate::domain::team::hiring::board::{board, Card};
use crate::domain::team::hiring::candidate::Candidate;
use crate::domain::team::hiring::earlier_kit;
use crate::domain::team::hiring::funnel::{counted, funnel, time_to_hire, NUMBERS_DAYS};
use crate::domain::team::hiring::stage::Stage;
use crate::domain::team::hiring::vacancy::{Vacancy, DEFAULT_SOURCE};
use crate::domain::team::Role;
use crate::domain::{Edit, RecordId};
use crate::ui::components::widgets::{
    date_value, parse_date, save_form, ChoiceSelect, DateField, DateShown, FieldError,
    TableScroller, WhenComplete,
};
use crate::ui::i18n::Msg;
use crate::ui::pages::team::vacancy_kit::VacancyKit;
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn HiringPage() -> impl IntoView {
    view! { <WhenComplete><Hiring/></WhenComplete> }
}

/// The vacancies, open ones first, each newest first.
fn vacancies(s: AppState) -> Vec<(RecordId, Vacancy)> {
    s.data.with(|d| {
        let mut v: Vec<(RecordId, Vacancy)> = d
            .live_records::<Vacancy>()
            .map(|r| (r.id, r.data.clone()))
            .collect();
        v.sort_by(|a, b| {
            b.1.is_open()
                .cmp(&a.1.is_open())
                .then(b.1.opened.cmp(&a.1.opened))
        });
        v
    })
}

#[component]
fn Hiring() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| vacancies(s));
    let picked = RwSignal::new(None::<RecordId>);
    let vacancy = Memo::new(move |_| {
        let all = list.get();
        picked
            .get()
            .filter(|id| all.iter().any(|(v, _)| v == id))
            .or_else(|| all.first().map(|(id, _)| *id))
    });
    let board = RwSignal::new(true);
    view! {
        <section class="hiring-page">
            <div class="page-head">
                <h1>{s.tr(HrMsg::Title)}</h1>
                <div class="segmented" role="group" aria-label=s.tr(HrMsg::Board)>
                    <button type="button" data-test="view-board" class:on=move || board.get() aria-pressed=move || board.get().to_string() on:click=move |_| board.set(true)>{s.tr(HrMsg::Board)}</button>
                    <button type="button" data-test="view-list" class:on=move || !board.get() aria-pressed=move || (!board.get()).to_string() on:click=move |_| board.set(false)>{s.tr(HrMsg::List)}</button>
                </div>
            </div>
            <p class="muted no-print">{s.tr(HrMsg::PersonalData)}</p>
            <div class="toolbar">
                <label class="stack"><span>{s.tr(HrMsg::Vacancy)}</span>
                    <select name="vacancy" data-test="vacancy" on:change=move |ev| picked.set(event_target_value(&ev).parse().ok())>
                        {move || list.get().into_iter().map(|(id, v)| {
                            let closed = !v.is_open();
                            view! { <option value=id.to_string() selected=move || vacancy.get() == Some(id)>{v.title.clone()}{closed.then_some(" ✓")}</option> }
                        }).collect_view()}
                    </select>
                </label>
            </div>
            {move || match vacancy.get() {
                None => view! { <p class="muted" data-test="no-vacancy">{s.tr(HrMsg::NoVacancy)}</p> }.into_any(),
                Some(v) => view! {
                    {move || if board.get() { view! { <Board vacancy=v/> }.into_any() } else { view! { <List vacancy=v/> }.into_any() }}
                    {move || s.data.with(|d| d.live::<Vacancy>(v).is_some_and(|r| r.data.is_open())).then(|| view! { <NewCandidate vacancy=v/> })}
                    <VacancyKit vacancy=v/>
                    <Numbers vacancy=v/>
                }.into_any(),
            }}
            <NewVacancy on_saved=Callback::new(move |id| picked.set(Some(id)))/>
        </section>
    }
}

fn rows(s: AppState, vacancy: RecordId) -> Vec<Card> {
    s.data.with(|d| board(d, vacancy, today()))
}

#[component]
fn Board(vacancy: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = Memo::new(move |_| rows(s, vacancy));
    view! {
        <TableScroller label=HrMsg::Board>
            <div class="hiring-board" data-test="board">
                {Stage::ALL.into_iter().map(|stage| view! {
                    <section class="board-column" data-stage=format!("{stage:?}")>
                        <h2>{s.tr(HrMsg::StageShort(stage))}" "
                            <small>{move || all.with(|r| r.iter().filter(|c| c.stage == stage && !c.left).count())}</small>
                        </h2>
                        {move || all.get().into_iter().filter(|c| c.stage == stage && !c.left).map(|c| {
                            let days = c.days_here;
                            view! {
                                <A href=crate::ui::href(&format!("/hiring/{}", c.id)) attr:class="candidate-card" attr:data-test="candidate-card">
                                    <strong>{c.name.clone()}</strong>
                                    <span class="muted">{c.source.clone()}</span>
                                    <span class="muted">{move || HrMsg::DaysHere(days).text(s.lang.get())}</span>
                                </A>
                            }
                        }).collect_view()}
                    </section>
                }).collect_view()}
            </div>
        </TableScroller>
        <LeftList all=all/>
    }
}

#[component]
fn LeftList(all: Memo<Vec<Card>>) -> impl IntoView {
    let s = expect_context::<AppState>();
    view! {
        <details class="card">
            <summary><h2 class="inline">{s.tr(HrMsg::Left)}" "{move || all.with(|r| r.iter().filter(|c| c.left).count())}</h2></summary>
            <ul class="plain">
                {move || all.get().into_iter().filter(|c| c.left).map(|c| view! {
                    <li><A href=crate::ui::href(&format!("/hiring/{}", c.id))>{if c.name.is_empty() { "—".to_string() } else { c.name.clone() }}</A>
                        " · "{s.tr(HrMsg::StageName(c.stage))}</li>
                }).collect_view()}
            </ul>
        </details>
    }
}

#[component]
fn List(vacancy: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = Memo::new(move |_| rows(s, vacancy));
    view! {
        <TableScroller label=HrMsg::List>
            <table class="grid" data-test="candidate-list">
                <thead><tr>
                    <th scope="col">{s.tr(HrMsg::FullName)}</th>
                    <th scope="col">{s.tr(HrMsg::MoveTo)}</th>
                    <th scope="col">{s.tr(HrMsg::On)}</th>
                    <th scope="col">{s.tr(HrMsg::Source)}</th>
                    <th scope="col">{s.tr(HrMsg::Applied)}</th>
                </tr></thead>
                <tbody>
                    {move || all.get().into_iter().map(|c| view! {
                        <tr class:muted=c.left>
                            <th scope="row"><A href=crate::ui::href(&format!("/hiring/{}", c.id))>{if c.name.is_empty() { "—".to_string() } else { c.name.clone() }}</A></th>
                            <td>{s.tr(HrMsg::StageName(c.stage))}{c.left.then(|| view! { " · "{s.tr(HrMsg::Left)} })}</td>
                            <td>{move || crate::domain::core::locale::format_date(s.lang.get(), c.since)}</td>
                            <td>{c.source.clone()}</td>
                            <td>{move || crate::domain::core::locale::format_date(s.lang.get(), c.applied)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableScroller>
    }
}

#[component]
fn NewCandidate(vacancy: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let source_list = Memo::new(move |_| {
        s.data
            .with(|d| d.live::<Vacancy>(vacancy).map(|r| r.data.sources.clone()))
            .unwrap_or_default()
    });
    let blank = move || {
        Candidate::new(
            vacancy,
            "",
            &source_list
                .get_untracked()
                .first()
                .cloned()
                .unwrap_or_default(),
            today(),
        )
    };
    let draft = RwSignal::new(blank());
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Candidate::problems));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(
            s,
            tried,
            problems,
            move || Edit::put(uuid::Uuid::new_v4(), draft.get_untracked()),
            move || draft.set(blank()),
        );
    };
    view! {
        <form class="card" data-test="new-candidate" on:submit=submit>
            <h2>{s.tr(HrMsg::NewCandidate)}</h2>
            <div class="form-row">
                <label class="stack grow"><span>{s.tr(HrMsg::FullName)}</span>
                    <input type="text" name="full_name" prop:value=move || draft.with(|d| d.full_name.clone()) on:input=move |ev| draft.update(|d| d.full_name = event_target_value(&ev))/>
                    <FieldError problems=problems field="full_name" show=tried/>
                </label>
                <label class="stack"><span>{s.tr(HrMsg::Source)}</span>
                    <select name="source" on:change=move |ev| draft.update(|d| d.source = event_target_value(&ev))>
                        {move || source_list.get().into_iter().map(|src| {
                            let v = src.clone();
                            view! { <option value=src.clone() selected=move || draft.with(|d| d.source == v)>{src.clone()}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label class="stack"><span>{s.tr(HrMsg::Applied)}</span>
                    <input type="date" name="applied" prop:value=move || draft.with(|d| d.applied().map(date_value).unwrap_or_default())
                        on:change=move |ev| if let Some(day) = parse_date(&event_target_value(&ev)) { draft.update(|d| if let Some(m) = d.moves.first_mut() { m.on = day }) }/><DateShown date=Signal::derive(move || draft.with(|d| d.applied()))/>
                </label>
            </div>
            <div class="form-row">
                <label class="stack"><span>{s.tr(HrMsg::Phone)}</span>
                    <input type="tel" name="phone" prop:value=move || draft.with(|d| d.phone.clone()) on:input=move |ev| draft.update(|d| d.phone = event_target_value(&ev))/>
                </label>
                <label class="stack"><span>{s.tr(HrMsg::Email)}</span>
                    <input type="email" name="email" prop:value=move || draft.with(|d| d.email.clone()) on:input=move |ev| draft.update(|d| d.email = event_target_value(&ev))/>
                </label>
                <label class="stack grow"><span>{s.tr(HrMsg::Resume)}</span>
                    <input type="text" name="resume" prop:value=move || draft.with(|d| d.resume.clone()) on:input=move |ev| draft.update(|d| d.resume = event_target_value(&ev))/>
                </label>
            </div>
            <button type="submit" data-test="add-candidate">{s.tr(HrMsg::AddCandidate)}</button>
        </form>
    }
}

#[component]
fn NewVacancy(on_saved: Callback<RecordId>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let blank = || Vacancy::blank(today());
    let draft = RwSignal::new(blank());
    let sources_text = RwSignal::new(DEFAULT_SOURCE.to_string());
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| {
        let mut p = draft.with(Vacancy::problems);
        if draft.with(|d| d.sources.is_empty()) {
            p.push(FieldProblem::new("sources", Rule::Required));
        }
        p
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = uuid::Uuid::new_v4();
        save_form(
            s,
            tried,
            problems,
            move || {
                let mut v = draft.get_untracked();
                if let Some(earlier) = s.data.with_untracked(|d| earlier_kit(d, v.role).cloned()) {
                    v.reuse_kit(&earlier);
                }
                Edit::put(id, v)
            },
            move || {
                draft.set(blank());
                on_saved.run(id);
            },
        );
    };
    view! {
        <details class="card">
            <summary><h2 class="inline">{s.tr(HrMsg::NewVacancy)}</h2></summary>
            <form data-test="new-vacancy" on:submit=submit>
                <div class="form-row">
                    <label class="stack grow"><span>{s.tr(HrMsg::VacancyTitle)}</span>
                        <input type="text" name="title" prop:value=move || draft.with(|d| d.title.clone()) on:input=move |ev| draft.update(|d| d.title = event_target_value(&ev))/>
                        <FieldError problems=problems field="title" show=tried/>
                    </label>
                    <label class="stack"><span>{s.tr(Msg::RoleLabel)}</span>
                        <ChoiceSelect name="role" options=Role::ALL.to_vec() value=Signal::derive(move || draft.with(|d| d.role))
                            on_pick=Callback::new(move |r| draft.update(|d| d.role = r)) label=Msg::RoleName/>
                    </label>
                    <label class="stack"><span>{s.tr(HrMsg::Headcount)}</span>
                        <input type="number" name="headcount" min="1" max="100" prop:value=move || draft.with(|d| d.headcount.to_string())
                            on:input=move |ev| draft.update(|d| d.headcount = event_target_value(&ev).parse().unwrap_or(0))/>
                        <FieldError problems=problems field="headcount" show=tried/>
                    </label>
                </div>
                <div class="form-row">
                    <label class="stack"><span>{s.tr(HrMsg::Opened)}</span>
                        <input type="date" name="opened" prop:value=move || draft.with(|d| date_value(d.opened))
                            on:change=move |ev| if let Some(day) = parse_date(&event_target_value(&ev)) { draft.update(|d| d.opened = day) }/><DateShown date=Signal::derive(move || draft.with(|d| Some(d.opened)))/>
                    </label>
                    <label class="stack"><span>{s.tr(HrMsg::Target)}</span>
                        <input type="date" name="target" prop:value=move || draft.with(|d| d.target.map(date_value).unwrap_or_default())
                            on:change=move |ev| draft.update(|d| d.target = parse_date(&event_target_value(&ev)))/><DateShown date=Signal::derive(move || draft.with(|d| d.target))/>
                        <FieldError problems=problems field="target" show=tried/>
                    </label>
                    <label class="stack grow"><span>{s.tr(HrMsg::Sources)}</span>
                        <textarea name="sources" rows="2" placeholder=s.tr(HrMsg::SourcesHint) prop:value=move || sources_text.get()
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                draft.update(|d| d.sources = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect());
                                sources_text.set(text);
                            }></textarea>
                        <FieldError problems=problems field="sources" show=tried/>
                    </label>
                </div>
                {move || {
                    let role = draft.with(|d| d.role);
                    s.data.with(|d| earlier_kit(d, role).map(|v| v.title.clone())).map(|title| view! { <p class="muted">{s.tr(HrMsg::KitFrom(title))}</p> })
                }}
                <button type="submit" data-test="save-vacancy">{s.tr(HrMsg::SaveVacancy)}</button>
            </form>
        </details>
    }
}

#[component]
fn Numbers(vacancy: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let from = RwSignal::new(window_start(today(), NUMBERS_DAYS));
    let to = RwSignal::new(today());
    let figures = Memo::new(move |_| {
        let (f, t) = (from.get(), to.get());
        s.data.with(|d| {
            let all = counted(d, Some(vacancy), f, t);
            (funnel(&all), time_to_hire(&all), sources(d, &all, today()))
        })
    });
    view! {
        <article class="card" data-test="hiring-numbers">
            <h2>{s.tr(HrMsg::Numbers)}</h2>
            <div class="form-row">
                <label class="stack"><span>{s.tr(HrMsg::Period)}</span>
                    <DateField name="from" value=from/>
                </label>
                <label class="stack"><span>"—"</span>
                    <DateField name="to" value=to label=HrMsg::Period/>
                </label>
            </div>
            <TableScroller label=HrMsg::Numbers>
                <table class="grid" data-test="funnel">
                    <thead><tr>
                        <th scope="col">{s.tr(HrMsg::MoveTo)}</th>
                        <th scope="col">{s.tr(HrMsg::Reached)}</th>
                        <th scope="col">{s.tr(HrMsg::Here)}</th>
                        <th scope="col">{s.tr(HrMsg::Conversion)}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let (f, _, _) = figures.get();
                            f.stages.iter().map(|row| {
                                let conv = f.conversion(row.stage).map(|(n, d)| ratio(s.lang.get(), n as i64, d as i64)).unwrap_or_default();
                                view! {
                                    <tr>
                                        <th scope="row">{s.tr(HrMsg::StageName(row.stage))}</th>
                                        <td class="num">{row.reached}</td>
                                        <td class="num">{row.here}</td>
                                        <td class="num">{conv}</td>
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </TableScroller>
            <h3>{s.tr(HrMsg::TimeToHire)}</h3>
            <p data-test="time-to-hire">{move || {
                let (_, t, _) = figures.get();
                HrMsg::TimeToHireLine { hires: t.hires(), median: t.median(), mean_tenths: t.mean_tenths(), total: t.total() }.text(s.lang.get())
            }}</p>
            <h3>{s.tr(HrMsg::SourcesTitle)}</h3>
            <p class="muted">{s.tr(HrMsg::FirstMonthsHint)}</p>
            <TableScroller label=HrMsg::SourcesTitle>
                <table class="grid" data-test="sources">
                    <thead><tr>
                        <th scope="col">{s.tr(HrMsg::Source)}</th>
                        <th scope="col">{s.tr(HrMsg::Candidates)}</th>
                        <th scope="col">{s.tr(HrMsg::Finals)}</th>
                        <th scope="col">{s.tr(HrMsg::Hires)}</th>
                        <th scope="col">{s.tr(HrMsg::FirstMonths)}</th>
                    </tr></thead>
                    <tbody>
                        {move || figures.get().2.into_iter().map(|r| {
                            let lang = s.lang.get_untracked();
                            let first = if r.measured == 0 {
                                HrMsg::NotYet.text(lang)
                            } else {
                                format!(
                                    "{} ({} / {})",
                                    ratio(lang, r.payments, r.plan),
                                    crate::domain::core::locale::format_money_whole(lang, r.payments, "RUB"),
                                    crate::domain::core::locale::format_money_whole(lang, r.plan, "RUB"),
                                )
                            };
                            view! {
                                <tr>
                                    <th scope="row">{r.source.clone()}</th>
                                    <td class="num">{r.candidates}</td>
                                    <td class="num">{r.finals}</td>
                                    <td class="num">{r.hires}</td>
                                    <td>{first}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </TableScroller>
        </article>
    }
}

/// A conversion or a completion from its summed parts, as the locale writes a share.
fn ratio(lang: crate::domain::Lang, num: i64, den: i64) -> String {
    crate::domain::core::locale::format_percent(lang, (den > 0).then(|| num as f64 / den as f64))
}
