//! M2 contests and recognition at `/contests`: each contest with its live standings and the numbers behind every
//! score, closing one with its winners kept, a new contest, thank-yous, the badges earned and the rules that award
//! them. `/contests/:id/board` is the leaderboard for the meeting-room screen. Public: nothing personal here.

use crate::domain::core::locale::format_date;
use crate::domain::core::settings::BadgeRule;
use crate::domain::core::unit::fill_percent;
use crate::domain::motivation::badge::badges;
use crate::domain::motivation::contest::{close, listed, standings, Contest, Scoring, Standing};
use crate::domain::motivation::recognition::{recent, Recognition, Span};
use crate::domain::planning::metric::catalog;
use crate::domain::{Dataset, Edit, Lang, RecordId};
use crate::ui::components::widgets::{
    active_people, save_form, DateField, FieldError, PersonPicker, WhenLoaded,
};
use crate::ui::href;
use crate::ui::i18n::Msg;
use crate::ui::pages::motivation::words::{score_text, value_text, MotMsg};
use crate::ui::pages::planning::words::metric_name;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ContestsPage() -> impl IntoView {
    view! { <WhenLoaded><Contests/></WhenLoaded> }
}

#[component]
pub fn LeaderboardPage() -> impl IntoView {
    view! { <WhenLoaded><Leaderboard/></WhenLoaded> }
}

fn metric_title(data: &Dataset, lang: Lang, metric: RecordId) -> String {
    catalog(data)
        .into_iter()
        .find(|m| m.id == metric)
        .map(|m| metric_name(&m, lang))
        .unwrap_or_default()
}

#[component]
fn Contests() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            listed(d, today())
                .into_iter()
                .map(|(id, c)| (id, c.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="contests-page">
            <div class="page-head"><h1>{s.tr(MotMsg::ContestsTitle)}</h1></div>
            {move || {
                let all = list.get();
                if all.is_empty() {
                    return view! { <div class="card"><p class="empty">{s.t(MotMsg::NoContests)}</p></div> }.into_any();
                }
                all.into_iter().map(|(id, c)| view! { <ContestCard id=id contest=c/> }).collect_view().into_any()
            }}
            <div class="card"><h2>{s.tr(MotMsg::NewContest)}</h2><ContestForm/></div>
            <RecognitionCard/>
            <BadgesCard/>
        </section>
    }
}

#[component]
fn ContestCard(id: RecordId, contest: Contest) -> impl IntoView {
    let s = expect_context::<AppState>();
    let t = today();
    let c = StoredValue::new(contest.clone());
    let rows = Memo::new(move |_| s.data.with(|d| standings(d, &c.get_value(), t)));
    let status = if !contest.winners.is_empty() {
        MotMsg::Closed
    } else if contest.is_running(t) {
        MotMsg::Running
    } else if contest.from > t {
        MotMsg::Upcoming
    } else {
        MotMsg::Finished
    };
    let close_it = move |_| {
        let closed = s.data.with_untracked(|d| close(d, &c.get_value(), today()));
        if let Ok(closed) = closed {
            s.save_soon(vec![Edit::put(id, closed)]);
        }
    };
    let remove = move |_| {
        s.save_soon(vec![Edit::delete::<Contest>(id)]);
    };
    let can_close = contest.can_close(t);
    let days_left = contest.days_left(t);
    let base_title = match contest.scoring {
        Scoring::Absolute => None,
        Scoring::PlanShare => Some(MotMsg::PeriodPlan),
        Scoring::Growth => Some(MotMsg::Before),
    };
    let winners = contest.winners.clone();
    let prizes = contest.prizes.clone();
    view! {
        <article class="card contest" data-test="contest">
            <div class="contest-head">
                <h2>{contest.name.clone()}</h2>
                <span class="chip">{s.tr(status)}</span>
                {days_left.map(|d| view! { <span class="chip muted">{move || s.t(MotMsg::DaysLeft(d))}</span> })}
            </div>
            <p class="muted">
                {move || s.data.with(|d| metric_title(d, s.lang.get(), c.get_value().metric))} " · "
                {move || format!("{} – {}", format_date(s.lang.get(), c.get_value().from), format_date(s.lang.get(), c.get_value().to))} " · "
                {move || s.t(MotMsg::ScoringName(c.get_value().scoring))}
            </p>
            {(!prizes.is_empty()).then(|| view! {
                <p class="prizes"><strong>{s.tr(MotMsg::Prizes)} ": "</strong>
                    {prizes.iter().enumerate().map(|(i, p)| format!("{} — {p}", i + 1)).collect::<Vec<_>>().join("; ")}
                </p>
            })}
            {(!winners.is_empty()).then(|| view! {
                <p class="winners" data-test="winners"><strong>{s.tr(MotMsg::Winners)} ": "</strong>
                    {move || s.data.with(|d| winners.iter().map(|w| format!("{}. {}", w.place, d.short_name(w.manager).unwrap_or_default())).collect::<Vec<_>>().join(", "))}
                </p>
            })}
            <div class="table-wrap">
                <table class="standings-table" data-test="contest-standings">
                    <thead><tr>
                        <th scope="col">{s.tr(MotMsg::Place)}</th>
                        <th scope="col">{s.tr(MotMsg::Participant)}</th>
                        <th scope="col" class="num">{s.tr(MotMsg::Fact)}</th>
                        {base_title.clone().map(|b| view! { <th scope="col" class="num">{s.tr(b)}</th> })}
                        <th scope="col" class="num">{s.tr(MotMsg::Score)}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let lang = s.lang.get();
                            let has_base = base_title.is_some();
                            rows.get().into_iter().map(|r: Standing| s.data.with(|d| {
                                let cv = c.get_value();
                                view! {
                                    <tr>
                                        <td>{if r.place > 0 { r.place.to_string() } else { "—".into() }}</td>
                                        <td>{d.short_name(r.manager).unwrap_or_default()}</td>
                                        <td class="num">{value_text(d, lang, cv.metric, r.fact)}</td>
                                        {has_base.then(|| view! { <td class="num">{r.base.map(|b| value_text(d, lang, cv.metric, b)).unwrap_or_else(|| "—".into())}</td> })}
                                        <td class="num"><strong>{score_text(d, lang, &cv, r.score)}</strong></td>
                                    </tr>
                                }
                            })).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
            <div class="toolbar">
                <a class="button" data-test="leaderboard-link" href=href(&format!("/contests/{id}/board"))>{s.tr(MotMsg::FullScreen)}</a>
                {can_close.then(|| view! { <button class="primary" data-test="close-contest" on:click=close_it>{s.tr(MotMsg::CloseContest)}</button> })}
                <button class="link" on:click=remove>{s.tr(Msg::Delete)}</button>
            </div>
        </article>
    }
}

#[component]
fn ContestForm() -> impl IntoView {
    let s = expect_context::<AppState>();
    let t = today();
    let name = RwSignal::new(String::new());
    let metric = RwSignal::new(crate::domain::planning::metric::Builtin::Deals.id());
    let from = RwSignal::new(t);
    let to = RwSignal::new(crate::domain::core::date::month_end(t));
    let scoring = RwSignal::new(Scoring::PlanShare);
    let prizes = RwSignal::new(String::new());
    let people = active_people(s);
    let chosen = RwSignal::new(people.iter().map(|(id, _)| *id).collect::<Vec<_>>());
    let tried = RwSignal::new(false);
    let metrics: Vec<(RecordId, String)> = s.data.with_untracked(|d| {
        catalog(d)
            .into_iter()
            .filter(|m| m.is_summed() && !m.hidden)
            .map(|m| (m.id, metric_name(&m, s.lang.get_untracked())))
            .collect()
    });
    let draft = move || Contest {
        name: name.get().trim().to_string(),
        metric: metric.get(),
        from: from.get(),
        to: to.get(),
        participants: chosen.get(),
        scoring: scoring.get(),
        prizes: prizes
            .get()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        winners: Vec::new(),
    };
    let problems = Memo::new(move |_| draft().problems());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(
            s,
            tried,
            problems,
            || Edit::put(uuid::Uuid::new_v4(), draft()),
            move || {
                name.set(String::new());
                prizes.set(String::new());
            },
        );
    };
    view! {
        <form class="contest-form" on:submit=submit data-test="contest-form">
            <label class="wide">{s.tr(MotMsg::ContestName)}
                <input name="contest-name" data-test="contest-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                <FieldError problems=problems field="name" show=tried/>
            </label>
            <label>{s.tr(MotMsg::Metric)}
                <select name="contest-metric" data-test="contest-metric" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { metric.set(id) }>
                    {metrics.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || metric.get() == id>{n}</option> }).collect_view()}
                </select>
            </label>
            <label>{s.tr(MotMsg::Scoring)}
                <select name="contest-scoring" data-test="contest-scoring" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some(sc) = Scoring::ALL.into_iter().find(|x| format!("{x:?}") == v) { scoring.set(sc) }
                }>
                    {Scoring::ALL.into_iter().map(|sc| view! { <option value=format!("{sc:?}") selected=move || scoring.get() == sc>{s.tr(MotMsg::ScoringName(sc))}</option> }).collect_view()}
                </select>
            </label>
            <label>{s.tr(MotMsg::From)}
                <DateField name="contest-from" value=from test="contest-from"/>
            </label>
            <label>{s.tr(MotMsg::To)}
                <DateField name="contest-to" value=to test="contest-to"/>
                <FieldError problems=problems field="to" show=tried/>
            </label>
            <label class="wide">{s.tr(MotMsg::PrizesHint)}
                <textarea name="contest-prizes" data-test="contest-prizes" rows="3" prop:value=move || prizes.get() on:input=move |ev| prizes.set(event_target_value(&ev))></textarea>
            </label>
            <fieldset class="wide people-pick">
                <legend>{s.tr(MotMsg::Participants)}</legend>
                {people.into_iter().map(|(id, n)| view! {
                    <label class="check">
                        <input type="checkbox" prop:checked=move || chosen.with(|c| c.contains(&id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                chosen.update(|c| { c.retain(|x| *x != id); if on { c.push(id) } });
                            }/>
                        <span>{n}</span>
                    </label>
                }).collect_view()}
                <FieldError problems=problems field="participants" show=tried/>
            </fieldset>
            <button type="submit" class="primary" data-test="create-contest">{s.tr(MotMsg::Create)}</button>
        </form>
    }
}

#[component]
fn RecognitionCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let t = today();
    let whom = RwSignal::new(None::<RecordId>);
    let reason = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let people = active_people(s);
    let first = people.first().map(|p| p.0);
    let draft = move || Recognition {
        manager: whom.get().or(first).unwrap_or_default(),
        date: today(),
        reason: reason.get().trim().to_string(),
    };
    let problems = Memo::new(move |_| draft().problems());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if first.is_none() {
            return;
        }
        save_form(
            s,
            tried,
            problems,
            || Edit::put(uuid::Uuid::new_v4(), draft()),
            move || {
                reason.set(String::new());
            },
        );
    };
    let recent = Memo::new(move |_| {
        s.data.with(|d| {
            recent(d, None, t, Span::Month)
                .into_iter()
                .map(|(id, r)| {
                    (
                        id,
                        d.short_name(r.manager).unwrap_or_default(),
                        r.date,
                        r.reason.clone(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <article class="card">
            <h2>{s.tr(MotMsg::Recognition)}</h2>
            <form class="recognition-form" on:submit=submit data-test="recognition-form">
                <label>{s.tr(MotMsg::Whom)}
                    <PersonPicker name="thank-whom" people=people value=whom test="thank-whom"/>
                </label>
                <label class="wide">{s.tr(MotMsg::Reason)}
                    <input name="thank-reason" data-test="thank-reason" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))/>
                    <FieldError problems=problems field="reason" show=tried/>
                </label>
                <button type="submit" class="primary" data-test="thank">{s.tr(MotMsg::Thank)}</button>
            </form>
            {move || {
                let list = recent.get();
                if list.is_empty() {
                    return view! { <p class="empty">{s.t(MotMsg::NoRecognitions)}</p> }.into_any();
                }
                view! {
                    <ul class="plain recognitions" data-test="recognitions">
                        {list.into_iter().map(|(_, who, date, why)| view! {
                            <li><strong>{who}</strong> " — " {why} " " <span class="muted">{move || format_date(s.lang.get(), date)}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </article>
    }
}

#[component]
fn BadgesCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let earned = Memo::new(move |_| {
        s.data.with(|d| {
            badges(d, None, today())
                .into_iter()
                .take(30)
                .map(|b| {
                    (
                        d.short_name(b.manager).unwrap_or_default(),
                        b.rule,
                        b.earned,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let rules = Memo::new(move |_| s.data.with(|d| d.settings().badges));
    let toggle = move |rule: BadgeRule, on: bool| {
        let mut settings = s.data.with_untracked(|d| d.settings());
        settings.badges.retain(|r| r.kind() != rule.kind());
        if on {
            settings.badges.push(rule);
            settings.badges.sort_by_key(|r| r.kind());
        }
        s.save_soon(vec![Edit::derived(settings)]);
    };
    view! {
        <article class="card">
            <h2>{s.tr(MotMsg::Badges)}</h2>
            <fieldset class="badge-rules">
                <legend>{s.tr(MotMsg::BadgeRules)}</legend>
                {BadgeRule::defaults().into_iter().map(|rule| {
                    let on = move || rules.with(|rs| rs.iter().any(|r| r.kind() == rule.kind()));
                    let shown = move || rules.with(|rs| rs.iter().copied().find(|r| r.kind() == rule.kind())).unwrap_or(rule);
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=on on:change=move |ev| toggle(shown(), event_target_checked(&ev))/>
                            <span>{move || s.t(MotMsg::BadgeName(shown()))}</span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            {move || {
                let list = earned.get();
                if list.is_empty() {
                    return view! { <p class="empty">{s.t(MotMsg::NoBadges)}</p> }.into_any();
                }
                view! {
                    <ul class="plain badges" data-test="badges">
                        {list.into_iter().map(|(who, rule, date)| view! {
                            <li><span class="badge">"★"</span> <strong>{who}</strong> " — " {move || s.t(MotMsg::BadgeName(rule))} " " <span class="muted">{move || format_date(s.lang.get(), date)}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </article>
    }
}

/// The meeting-room leaderboard: large type, the standings as they are now; it follows the data, so a fact saved on
/// this device (or brought by another tab) moves it at once.
#[component]
fn Leaderboard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<RecordId>().ok())));
    let contest = Memo::new(move |_| {
        id.get().and_then(|id| {
            s.data
                .with(|d| d.live::<Contest>(id).map(|r| r.data.clone()))
        })
    });
    let board = NodeRef::<leptos::html::Section>::new();
    // The meeting-room screen shows the board alone; the browser's own Esc leaves full screen.
    let full_screen = move |_| {
        if let Some(el) = board.get_untracked() {
            let call = js_sys::Reflect::get(&el, &"requestFullscreen".into())
                .ok()
                .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
            if let Some(f) = call {
                let _ = f.call0(&el);
            }
        }
    };
    view! {
        <section class="leaderboard" data-test="leaderboard" node_ref=board>
            <div class="toolbar no-print">
                <a class="back" href=href("/contests")>{s.tr(MotMsg::BackToContests)}</a>
                <button data-test="fullscreen" on:click=full_screen>{s.tr(MotMsg::FullScreen)}</button>
            </div>
            {move || match contest.get() {
                None => view! { <h1>{s.t(Msg::NotFound)}</h1> }.into_any(),
                Some(c) => {
                    let t = today();
                    let lang = s.lang.get();
                    let rows = s.data.with(|d| standings(d, &c, t));
                    let top = rows.iter().filter_map(|r| r.score).max().unwrap_or(0).max(1);
                    view! {
                        <h1>{c.name.clone()}</h1>
                        <p class="lb-sub">
                            {s.data.with(|d| metric_title(d, lang, c.metric))} " · " {s.t(MotMsg::ScoringName(c.scoring))} " · "
                            {format!("{} – {}", format_date(lang, c.from), format_date(lang, c.to))}
                            {c.days_left(t).map(|n| format!(" · {}", s.t(MotMsg::DaysLeft(n))))}
                        </p>
                        <ol class="lb-rows">
                            {rows.into_iter().map(|r| {
                                let width = r.score.map(|v| fill_percent(v, top)).unwrap_or(0);
                                let prize = (r.place >= 1).then(|| c.prizes.get(r.place as usize - 1).cloned()).flatten();
                                s.data.with(|d| view! {
                                    <li class:first=r.place == 1>
                                        <span class="lb-place">{if r.place > 0 { r.place.to_string() } else { "—".into() }}</span>
                                        <span class="lb-name">{d.short_name(r.manager).unwrap_or_default()}
                                            {prize.map(|p| view! { <small class="lb-prize">{p}</small> })}
                                        </span>
                                        <meter class="lb-bar" min="0" max="100" value=width></meter>
                                        <span class="lb-score">{score_text(d, lang, &c, r.score)}</span>
                                    </li>
                                })
                            }).collect_view()}
                        </ol>
                        <p class="muted">{s.t(MotMsg::LeaderboardUpdates)}</p>
                    }.into_any()
                }
            }}
        </section>
    }
}
