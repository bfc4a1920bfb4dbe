//! T4 call reviews and role-plays at `/reviews`: scoring a call or a role-play on a scorecard (not-applicable
//! criteria leave the denominator; the score shows its points and possible), the reviews with each score and the
//! spread when several reviewers scored one call, one person's trend per criterion with the weak ones and where
//! to send them, and the scorecards' editor.

use crate::domain::core::date::month_start;
use crate::domain::core::locale::{format_date, format_percent, month_title};
use crate::domain::training::review::{
    calibration, criterion_trend, reviews, score, weak_criteria, Mark, Points, Review, Reviewer,
    Subject,
};
use crate::domain::training::scorecard::{
    scorecards, CardUse, Criterion, Remedy, Scale, Scorecard,
};
use crate::domain::training::skill::{skills, SkillGroup};
use crate::domain::{Edit, RecordId};
use crate::ui::components::widgets::{
    active_people, save_form, DateInput, FieldError, WhenComplete,
};
use crate::ui::href;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn ReviewsPage() -> impl IntoView {
    view! { <WhenComplete><Reviews/></WhenComplete> }
}

fn points_text(s: AppState, p: Points) -> String {
    format!(
        "{} / {} = {}",
        p.points,
        p.possible,
        format_percent(
            s.lang.get_untracked(),
            (p.possible > 0).then(|| p.points as f64 / p.possible as f64)
        )
    )
}

#[component]
fn Reviews() -> impl IntoView {
    let s = expect_context::<AppState>();
    let person = RwSignal::new(active_people(s).first().map(|(id, _)| *id));
    view! {
        <section class="reviews-page">
            <div class="page-head"><h1>{s.tr(TrMsg::ReviewsTitle)}</h1></div>
            <ReviewForm/>
            <ReviewList/>
            <PersonTrends person=person/>
            <details class="card"><summary>{s.tr(TrMsg::Scorecards)}</summary><CardEditor/></details>
        </section>
    }
}

#[component]
fn ReviewForm() -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = active_people(s);
    let cards = s.data.with_untracked(|d| {
        scorecards(d)
            .into_iter()
            .map(|(id, c)| (id, c.clone()))
            .collect::<Vec<_>>()
    });
    let Some((first_card, _)) = cards.first().cloned() else {
        return view! { <div class="card"><p class="muted">{s.tr(TrMsg::NoScorecards)}</p></div> }
            .into_any();
    };
    let Some((first_person, _)) = people.first().cloned() else {
        return ().into_any();
    };
    let draft = RwSignal::new(Review::blank(first_card, first_person, today()));
    let quality_name = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let card = Memo::new(move |_| {
        let id = draft.with(|r| r.scorecard);
        s.data
            .with(|d| d.live::<Scorecard>(id).map(|r| r.data.clone()))
    });
    let problems = Memo::new(move |_| draft.with(Review::problems));
    let total = Memo::new(move |_| card.get().map(|c| draft.with(|r| score(r, &c).total)));
    let set_mark = move |criterion: u16, value: Option<u8>| {
        draft.update(
            |r| match r.marks.iter_mut().find(|m| m.criterion == criterion) {
                Some(m) => m.value = value,
                None => r.marks.push(Mark {
                    criterion,
                    value,
                    comment: String::new(),
                }),
            },
        )
    };
    let set_comment = move |criterion: u16, text: String| {
        draft.update(
            |r| match r.marks.iter_mut().find(|m| m.criterion == criterion) {
                Some(m) => m.comment = text,
                None => r.marks.push(Mark {
                    criterion,
                    value: None,
                    comment: text,
                }),
            },
        )
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(
            s,
            tried,
            problems,
            || Edit::put(uuid::Uuid::new_v4(), draft.get_untracked()),
            move || draft.update(|r| *r = Review::blank(r.scorecard, r.manager, today())),
        );
    };
    let partners = people.clone();
    view! {
        <form class="card stack" on:submit=submit data-test="review-form">
            <h2>{s.tr(TrMsg::NewReview)}</h2>
            <div class="row">
                <label>{s.tr(TrMsg::Scorecard)}
                    <select name="scorecard" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { draft.update(|r| { r.scorecard = id; r.marks.clear(); }) }>
                        {cards.into_iter().map(|(id, c)| view! { <option value=id.to_string()>{c.name}</option> }).collect_view()}
                    </select>
                </label>
                <label>{s.tr(TrMsg::Person)}
                    <select name="manager" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { draft.update(|r| r.manager = id) }>
                        {people.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label>{s.tr(TrMsg::Date)}<DateInput name="date" value=Signal::derive(move || Some(draft.with(|x| x.date))) on_pick=Callback::new(move |d| draft.update(|x| x.date = d))/></label>
                <label>{s.tr(TrMsg::What)}
                    <select name="subject" on:change=move |ev| {
                        let role_play = event_target_value(&ev) == "role_play";
                        draft.update(|r| r.subject = if role_play { Subject::RolePlay { partner: None, scenario: String::new() } } else { Subject::Call { client: String::new(), link: String::new() } });
                    }>
                        <option value="call">{s.tr(TrMsg::Call)}</option>
                        <option value="role_play">{s.tr(TrMsg::RolePlay)}</option>
                    </select>
                </label>
            </div>
            {move || match draft.with(|r| r.subject.clone()) {
                Subject::Call { client, link } => view! {
                    <div class="row">
                        <label class="grow">{s.tr(TrMsg::Client)}<input name="client" prop:value=client on:change=move |ev| { let v = event_target_value(&ev); draft.update(|r| if let Subject::Call { client, .. } = &mut r.subject { *client = v }) }/></label>
                        <label class="grow">{s.tr(TrMsg::Link)}<input name="link" prop:value=link on:change=move |ev| { let v = event_target_value(&ev); draft.update(|r| if let Subject::Call { link, .. } = &mut r.subject { *link = v }) }/></label>
                    </div>
                    <FieldError problems field="subject.client" show=tried/>
                }.into_any(),
                Subject::RolePlay { scenario, .. } => {
                    let partners = partners.clone();
                    view! {
                        <div class="row">
                            <label>{s.tr(TrMsg::Partner)}
                                <select name="partner" on:change=move |ev| { let p = event_target_value(&ev).parse().ok(); draft.update(|r| if let Subject::RolePlay { partner, .. } = &mut r.subject { *partner = p }) }>
                                    <option value="">{s.tr(TrMsg::Head)}</option>
                                    {partners.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                                </select>
                            </label>
                            <label class="grow">{s.tr(TrMsg::Scenario)}<input name="scenario" prop:value=scenario on:change=move |ev| { let v = event_target_value(&ev); draft.update(|r| if let Subject::RolePlay { scenario, .. } = &mut r.subject { *scenario = v }) }/></label>
                        </div>
                        <FieldError problems field="subject.scenario" show=tried/>
                    }.into_any()
                }
            }}
            <div class="row">
                <label>{s.tr(TrMsg::Reviewer)}
                    <select name="reviewer" on:change=move |ev| {
                        let quality = event_target_value(&ev) == "quality";
                        let name = quality_name.get_untracked();
                        draft.update(|r| r.reviewer = if quality { Reviewer::Quality { name } } else { Reviewer::Head });
                    }>
                        <option value="head">{s.tr(TrMsg::Head)}</option>
                        <option value="quality">{s.tr(TrMsg::QualityControl)}</option>
                    </select>
                </label>
                <Show when=move || draft.with(|r| matches!(r.reviewer, Reviewer::Quality { .. }))>
                    <label class="grow">{s.tr(TrMsg::ReviewerName)}<input name="reviewer-name" prop:value=move || quality_name.get()
                        on:input=move |ev| { let v = event_target_value(&ev); quality_name.set(v.clone()); draft.update(|r| r.reviewer = Reviewer::Quality { name: v }) }/></label>
                </Show>
            </div>
            <FieldError problems field="reviewer.name" show=tried/>
            {move || card.get().map(|c| c.by_stage().into_iter().map(|(stage, list)| view! {
                <fieldset class="criteria">
                    <legend>{s.tr(TrMsg::Stage(stage))}</legend>
                    {list.into_iter().map(|cr| {
                        let cid = cr.id;
                        let label = format!("{} (×{})", cr.text, cr.weight);
                        view! {
                            <div class="criterion-row">
                                <span class="grow">{label.clone()}</span>
                                <select name=format!("mark-{cid}") aria-label=label.clone() data-test="mark" on:change=move |ev| set_mark(cid, event_target_value(&ev).parse().ok())>
                                    <option value="" selected=move || draft.with(|r| r.mark(cid).and_then(|m| m.value).is_none())>{s.tr(TrMsg::NotApplicable)}</option>
                                    {cr.scale.marks().map(|v| view! { <option value=v.to_string() selected=move || draft.with(|r| r.mark(cid).and_then(|m| m.value) == Some(v))>{scale_label(s, cr.scale, v)}</option> }).collect_view()}
                                </select>
                                <input name=format!("comment-{cid}") aria-label=format!("{} — {}", label, s.t(TrMsg::Comment)) placeholder=s.tr(TrMsg::Comment)
                                    on:change=move |ev| set_comment(cid, event_target_value(&ev))/>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }).collect_view())}
            <p class="score-line" data-test="live-score">{s.tr(TrMsg::Score)}": "<strong>{move || total.get().map(|p| points_text(s, p)).unwrap_or_default()}</strong></p>
            <button type="submit" data-test="save-review">{s.tr(TrMsg::Save)}</button>
        </form>
    }
    .into_any()
}

fn scale_label(s: AppState, scale: Scale, v: u8) -> String {
    match scale {
        Scale::YesNo => s.t(if v == 1 { TrMsg::Yes } else { TrMsg::No }),
        _ => v.to_string(),
    }
}

#[component]
fn ReviewList() -> impl IntoView {
    let s = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        s.data.with(|d| {
            reviews(d, None)
                .into_iter()
                .take(40)
                .map(|(id, r)| {
                    let total = d
                        .live::<Scorecard>(r.scorecard)
                        .map(|c| score(r, &c.data).total)
                        .unwrap_or_default();
                    // The spread and the criteria the reviewers disagree on most (by their text).
                    let spread = calibration(d, id).map(|c| {
                        let card = d.live::<Scorecard>(r.scorecard);
                        let mut apart: Vec<(u32, String)> = c
                            .criteria
                            .iter()
                            .filter(|(_, p)| **p > 0)
                            .filter_map(|(cid, p)| {
                                Some((*p, card?.data.criterion(*cid)?.text.clone()))
                            })
                            .collect();
                        apart.sort_by_key(|a| std::cmp::Reverse(a.0));
                        (c.spread, apart)
                    });
                    (id, r.clone(), total, spread)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="card table-wrap">
            <h2>{s.tr(TrMsg::ReviewsList)}</h2>
            <table data-test="reviews">
                <thead><tr>
                    <th scope="col">{s.tr(TrMsg::Date)}</th><th scope="col">{s.tr(TrMsg::Person)}</th><th scope="col">{s.tr(TrMsg::What)}</th>
                    <th scope="col">{s.tr(TrMsg::Reviewer)}</th><th scope="col">{s.tr(TrMsg::Score)}</th><th scope="col">{s.tr(TrMsg::Calibration)}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|(_, r, total, spread)| {
                        let who = s.data.with(|d| d.short_name(r.manager).unwrap_or_default());
                        let what = match &r.subject {
                            Subject::Call { client, .. } => client.clone(),
                            Subject::RolePlay { scenario, .. } => format!("{}: {scenario}", s.t(TrMsg::RolePlay)),
                        };
                        let reviewer = match &r.reviewer { Reviewer::Head => s.t(TrMsg::Head), Reviewer::Quality { name } => name.clone() };
                        view! {
                            <tr>
                                <td>{move || format_date(s.lang.get(), r.date)}</td>
                                <td>{who}</td>
                                <td>{what}</td>
                                <td>{reviewer}</td>
                                <td class="num">{points_text(s, total)}</td>
                                <td>{spread.map(|(sp, apart)| view! {
                                    <details class="spread">
                                        <summary><span class=spread_class(sp) data-test="spread">{move || TrMsg::Spread(sp).text(s.lang.get())}</span></summary>
                                        <ul class="plain">{apart.into_iter().map(|(p, text)| view! { <li>{text}" — "{move || TrMsg::Spread(p).text(s.lang.get())}</li> }).collect_view()}</ul>
                                    </details>
                                })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn PersonTrends(person: RwSignal<Option<RecordId>>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let people = active_people(s);
    let data = Memo::new(move |_| {
        let who = person.get()?;
        s.data.with(|d| {
            let months: Vec<chrono::NaiveDate> = (0..4)
                .rev()
                .map(|k| crate::domain::core::date::add_months(month_start(today()), -k))
                .collect();
            let mut rows = Vec::new();
            for (card_id, card) in scorecards(d) {
                for c in &card.criteria {
                    let trend = criterion_trend(d, who, card_id, c.id);
                    if trend.is_empty() {
                        continue;
                    }
                    let cells: Vec<Option<Points>> = months
                        .iter()
                        .map(|m| trend.iter().find(|(tm, _)| tm == m).map(|(_, p)| *p))
                        .collect();
                    rows.push((c.text.clone(), cells));
                }
            }
            let weak: Vec<(String, Points, Option<Remedy>)> = weak_criteria(d, who)
                .into_iter()
                .filter_map(|w| {
                    let card = d.live::<Scorecard>(w.scorecard)?;
                    let c = card.data.criterion(w.criterion)?;
                    Some((c.text.clone(), w.points, c.remedy))
                })
                .collect();
            Some((months, rows, weak))
        })
    });
    let remedy_link = move |r: Remedy| -> AnyView {
        let (path, label) = s.data.with_untracked(|d| match r {
            Remedy::Case(id) => (
                "/cases".to_string(),
                d.live::<crate::domain::training::case::Case>(id)
                    .map(|c| c.data.problem.clone()),
            ),
            Remedy::Script(id) => (
                format!("/scripts?id={id}"),
                d.live::<crate::domain::training::script::Script>(id)
                    .map(|x| x.data.name.clone()),
            ),
            Remedy::Event(id) => (
                "/training".to_string(),
                d.live::<crate::domain::training::event::TrainingEvent>(id)
                    .map(|x| x.data.title.clone()),
            ),
        });
        view! { <a href=href(&path)>{label.unwrap_or_default()}</a> }.into_any()
    };
    view! {
        <div class="card">
            <div class="card-head">
                <h2>{s.tr(TrMsg::Trends)}</h2>
                <select name="trend-person" aria-label=s.tr(TrMsg::Person) on:change=move |ev| person.set(event_target_value(&ev).parse().ok())>
                    {people.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || person.get() == Some(id)>{n}</option> }).collect_view()}
                </select>
            </div>
            {move || data.get().map(|(months, rows, weak)| view! {
                <div class="table-wrap">
                    <table data-test="trends">
                        <thead><tr><th scope="col">{s.tr(TrMsg::Criterion)}</th>{months.iter().map(|m| { let m = *m; view! { <th scope="col">{move || month_title(s.lang.get(), m)}</th> } }).collect_view()}</tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(text, cells)| view! {
                                <tr><th scope="row">{text}</th>{cells.into_iter().map(|c| view! { <td class="num">{c.map(|p| points_text(s, p)).unwrap_or_else(|| "—".into())}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <h3>{s.tr(TrMsg::WeakTitle)}</h3>
                {if weak.is_empty() {
                    view! { <p class="muted">{s.tr(TrMsg::NoWeak)}</p> }.into_any()
                } else {
                    view! { <ul class="plain" data-test="weak">{weak.into_iter().map(|(text, p, remedy)| view! {
                        <li>{text}" — "{points_text(s, p)}{remedy.map(|r| view! { " → " {remedy_link(r)} })}</li>
                    }).collect_view()}</ul> }.into_any()
                }}
            })}
        </div>
    }
}

/// The scorecards: criteria by stage, scale, weight and the skill each is evidence of.
#[component]
fn CardEditor() -> impl IntoView {
    let s = expect_context::<AppState>();
    let cards = s.data.with_untracked(|d| {
        scorecards(d)
            .into_iter()
            .map(|(id, c)| (id, c.clone()))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(cards.first().map(|(id, _)| *id));
    let draft = RwSignal::new(cards.first().map(|(_, c)| c.clone()).unwrap_or(Scorecard {
        name: String::new(),
        used_for: CardUse::Both,
        criteria: Vec::new(),
    }));
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Scorecard::problems));
    let skill_list = s.data.with_untracked(|d| {
        skills(d)
            .into_iter()
            .map(|(id, k)| (id, k.name.clone()))
            .collect::<Vec<_>>()
    });
    // Where a person weak in a criterion is sent: a case, a script or a training event (`kind:id` in the select).
    let remedies: Vec<(String, String)> = s.data.with_untracked(|d| {
        let mut out = Vec::new();
        for r in d
            .live_records::<crate::domain::training::case::Case>()
            .filter(|r| !r.data.is_candidate())
        {
            out.push((
                format!("case:{}", r.id),
                format!(
                    "{}: {}",
                    s.t(crate::ui::i18n::Msg::NavCases),
                    r.data.problem
                ),
            ));
        }
        for (id, x) in crate::domain::training::script::scripts(d) {
            out.push((
                format!("script:{id}"),
                format!("{}: {}", s.t(TrMsg::ScriptsTitle), x.name),
            ));
        }
        for r in d.live_records::<crate::domain::training::event::TrainingEvent>() {
            out.push((
                format!("event:{}", r.id),
                format!("{}: {}", s.t(TrMsg::TrainingTitle), r.data.title),
            ));
        }
        out
    });
    let remedy_key = |r: Option<Remedy>| match r {
        Some(Remedy::Case(id)) => format!("case:{id}"),
        Some(Remedy::Script(id)) => format!("script:{id}"),
        Some(Remedy::Event(id)) => format!("event:{id}"),
        None => String::new(),
    };
    let parse_remedy = |v: String| -> Option<Remedy> {
        let (kind, id) = v.split_once(':')?;
        let id = id.parse().ok()?;
        match kind {
            "case" => Some(Remedy::Case(id)),
            "script" => Some(Remedy::Script(id)),
            "event" => Some(Remedy::Event(id)),
            _ => None,
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked().unwrap_or_else(uuid::Uuid::new_v4);
        save_form(
            s,
            tried,
            problems,
            move || Edit::put(id, draft.get_untracked()),
            move || chosen.set(Some(id)),
        );
    };
    view! {
        <form class="stack" on:submit=submit data-test="card-editor">
            <div class="row">
                <label class="grow">{s.tr(TrMsg::CardName)}<input name="card-name" prop:value=move || draft.with(|c| c.name.clone()) on:input=move |ev| draft.update(|c| c.name = event_target_value(&ev))/></label>
                <button type="button" class="secondary" on:click=move |_| { chosen.set(None); draft.set(Scorecard { name: String::new(), used_for: CardUse::Both, criteria: Vec::new() }); }>{s.tr(TrMsg::NewCard)}</button>
            </div>
            <FieldError problems field="name" show=tried/>
            {move || draft.get().criteria.into_iter().enumerate().map(|(i, c)| {
                let skill_list = skill_list.clone();
                let remedies = remedies.clone();
                view! {
                    <div class="criterion-row">
                        <select name="stage" aria-label=s.tr(TrMsg::StageLabel) on:change=move |ev| { let v = event_target_value(&ev); if let Some(g) = SkillGroup::ALL.into_iter().find(|g| format!("{g:?}") == v) { draft.update(|d| d.criteria[i].stage = g) } }>
                            {SkillGroup::ALL.into_iter().map(|g| view! { <option value=format!("{g:?}") selected=c.stage == g>{s.tr(TrMsg::Stage(g))}</option> }).collect_view()}
                        </select>
                        <input class="grow" name="criterion-text" aria-label=s.tr(TrMsg::Criterion) prop:value=c.text.clone() on:change=move |ev| draft.update(|d| d.criteria[i].text = event_target_value(&ev))/>
                        <select name="scale" aria-label=s.tr(TrMsg::ScaleLabel) on:change=move |ev| { let sc = match event_target_value(&ev).as_str() { "yes_no" => Scale::YesNo, "one_five" => Scale::OneFive, _ => Scale::ZeroTwo }; draft.update(|d| d.criteria[i].scale = sc) }>
                            <option value="zero_two" selected=c.scale == Scale::ZeroTwo>"0/1/2"</option>
                            <option value="one_five" selected=c.scale == Scale::OneFive>"1–5"</option>
                            <option value="yes_no" selected=c.scale == Scale::YesNo>{s.tr(TrMsg::YesNo)}</option>
                        </select>
                        <input type="number" class="narrow" min="1" max="10" name="weight" aria-label=s.tr(TrMsg::Weight) prop:value=c.weight.to_string() on:change=move |ev| draft.update(|d| d.criteria[i].weight = event_target_value(&ev).parse().unwrap_or(0))/>
                        <select name="skill" aria-label=s.tr(TrMsg::SkillLabel) on:change=move |ev| draft.update(|d| d.criteria[i].skill = event_target_value(&ev).parse().ok())>
                            <option value="">"—"</option>
                            {skill_list.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=c.skill == Some(id)>{n}</option> }).collect_view()}
                        </select>
                        <select name="remedy" aria-label=s.tr(TrMsg::Remedy) on:change=move |ev| draft.update(|d| d.criteria[i].remedy = parse_remedy(event_target_value(&ev)))>
                            <option value="">{s.tr(TrMsg::Remedy)}</option>
                            {remedies.iter().map(|(key, label)| { let chosen = remedy_key(c.remedy) == *key; view! { <option value=key.clone() selected=chosen>{label.clone()}</option> } }).collect_view()}
                        </select>
                        <button type="button" class="link" on:click=move |_| draft.update(|d| { d.criteria.remove(i); })>"✕"</button>
                    </div>
                }
            }).collect_view()}
            <button type="button" class="secondary" on:click=move |_| draft.update(|d| { let id = d.next_id(); d.criteria.push(Criterion { id, stage: SkillGroup::Contact, text: String::new(), scale: Scale::ZeroTwo, weight: 1, skill: None, remedy: None }) })>{s.tr(TrMsg::AddCriterion)}</button>
            {move || (tried.get() && !problems.with(Vec::is_empty)).then(|| view! { <p class="field-error" role="alert">{s.t(TrMsg::FillEveryBlock)}</p> })}
            <button type="submit" data-test="save-card">{s.tr(TrMsg::Save)}</button>
        </form>
    }
}

/// Reviewers 20 points apart or more disagree enough to talk it over.
fn spread_class(points: u32) -> &'static str {
    if points >= 20 {
        "chip warn"
    } else {
        "chip"
    }
}
