//! C2 quality hypotheses at `/quality`: the month's lagging numbers and the team's weak call-review criteria, each
//! one click from a hypothesis; the form (cause, actions with owners, start, window, expected effect); the open
//! hypotheses with their measurements, closing and reopening; the closed ones below.

use crate::domain::control::hypothesis::{
    hypotheses, lagging, Hypothesis, HypothesisAction, Measure, WINDOW_DAYS,
};
use crate::domain::core::locale::format_percent;
use crate::domain::planning::metric::catalog;
use crate::domain::planning::planfact::Who;
use crate::domain::training::review::weak_criteria;
use crate::domain::training::scorecard::{scorecards, Scorecard};
use crate::domain::RecordId;
use crate::ui::components::widgets::{
    active_people, save_form, DateInput, FieldError, WhenComplete,
};
use crate::ui::pages::control::hypotheses::HypothesisCard;
use crate::ui::pages::control::quality_words::QualityMsg;
use crate::ui::pages::planning::words::metric_name;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn QualityPage() -> impl IntoView {
    view! { <WhenComplete><Quality/></WhenComplete> }
}

#[component]
fn Quality() -> impl IntoView {
    let s = expect_context::<AppState>();
    let calls = crate::domain::planning::metric::Builtin::Calls.id();
    let draft = RwSignal::new(Hypothesis::blank(
        Measure::Metric { metric: calls },
        Vec::new(),
        String::new(),
        today(),
    ));
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            hypotheses(d)
                .into_iter()
                .map(|(id, h)| (id, h.clone()))
                .collect::<Vec<_>>()
        })
    });
    let set_closed = move |id: RecordId, closed: bool| {
        s.change::<Hypothesis>(id, move |h| h.closed = closed);
    };
    view! {
        <section class="quality-page">
            <div class="page-head"><h1>{s.tr(QualityMsg::QualityTitle)}</h1></div>
            <div class="grid-2">
                <Lagging draft=draft/>
                <WeakCriteria draft=draft/>
            </div>
            <div class="card" id="hypothesis-form"><h2>{s.tr(QualityMsg::NewHypothesis)}</h2><HypothesisForm draft=draft/></div>
            <h2>{s.tr(QualityMsg::OpenOnes)}</h2>
            <div class="hypotheses" data-test="hypotheses">
                {move || list.get().into_iter().filter(|(_, h)| !h.closed).map(|(id, h)| view! {
                    <div class="hypothesis-wrap">
                        <HypothesisCard hypothesis=h/>
                        <button class="secondary" data-test="close-hypothesis" on:click=move |_| set_closed(id, true)>{s.tr(QualityMsg::Close)}</button>
                    </div>
                }).collect_view()}
            </div>
            <details class="card">
                <summary>{s.tr(QualityMsg::ClosedOnes)}</summary>
                <div class="hypotheses">
                    {move || list.get().into_iter().filter(|(_, h)| h.closed).map(|(id, h)| view! {
                        <div class="hypothesis-wrap">
                            <HypothesisCard hypothesis=h/>
                            <button class="secondary" on:click=move |_| set_closed(id, false)>{s.tr(QualityMsg::Reopen)}</button>
                        </div>
                    }).collect_view()}
                </div>
            </details>
            <p class="muted rule-note">{s.tr(QualityMsg::LabelRule)}</p>
        </section>
    }
}

/// Puts a starting point into the form and brings the form into view.
fn prefill(draft: RwSignal<Hypothesis>, h: Hypothesis) {
    draft.set(h);
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("hypothesis-form"))
    {
        el.scroll_into_view();
    }
}

/// The month's numbers behind their plan (department and people), worst pace first.
#[component]
fn Lagging(draft: RwSignal<Hypothesis>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        s.data.with(|d| {
            let metrics = catalog(d);
            let lang = s.lang.get();
            lagging(d, today())
                .into_iter()
                .take(12)
                .filter_map(|l| {
                    let m = metrics.iter().find(|m| m.id == l.metric)?;
                    let (who, people) = match l.who {
                        Who::Department => (QualityMsg::Department.text(lang), Vec::new()),
                        Who::Manager(id) => (d.short_name(id).unwrap_or_default(), vec![id]),
                    };
                    Some((
                        who,
                        people,
                        l.metric,
                        metric_name(m, lang),
                        l.pace.pace_index(),
                    ))
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="card">
            <h2>{s.tr(QualityMsg::LaggingTitle)}</h2>
            <Show when=move || rows.with(Vec::is_empty)><p class="muted">{s.tr(QualityMsg::NoLagging)}</p></Show>
            <ul class="plain lagging" data-test="lagging">
                {move || rows.get().into_iter().map(|(who, people, metric, name, pace)| {
                    let title = format!("{who}: {name}");
                    let t = title.clone();
                    view! {
                        <li>
                            <span>{title}</span>" "
                            <span class="chip warn">{move || QualityMsg::PaceOf(format_percent(s.lang.get(), pace)).text(s.lang.get())}</span>" "
                            <button class="link" data-test="from-lagging" on:click=move |_| prefill(draft, Hypothesis::blank(Measure::Metric { metric }, people.clone(), t.clone(), today()))>{s.tr(QualityMsg::OpenHypothesis)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

/// Criteria the people are weak in, from their latest call reviews.
#[component]
fn WeakCriteria(draft: RwSignal<Hypothesis>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        s.data.with(|d| {
            let mut out = Vec::new();
            for m in d
                .managers_by_name()
                .into_iter()
                .filter(|m| m.data.is_active())
            {
                for w in weak_criteria(d, m.id) {
                    let Some(card) = d.live::<Scorecard>(w.scorecard) else {
                        continue;
                    };
                    let Some(c) = card.data.criterion(w.criterion) else {
                        continue;
                    };
                    out.push((
                        m.id,
                        m.data.short_name(),
                        w.scorecard,
                        w.criterion,
                        c.text.clone(),
                        w.points,
                    ));
                }
            }
            out
        })
    });
    view! {
        <div class="card">
            <h2>{s.tr(TrMsg::WeakTitle)}</h2>
            <Show when=move || rows.with(Vec::is_empty)><p class="muted">{s.tr(TrMsg::NoWeak)}</p></Show>
            <ul class="plain lagging" data-test="weak-criteria">
                {move || rows.get().into_iter().map(|(who, name, scorecard, criterion, text, p)| {
                    let title = format!("{name}: {text}");
                    let t = title.clone();
                    view! {
                        <li>
                            <span>{title}</span>" "
                            <span class="chip warn">{format!("{} / {}", p.points, p.possible)}</span>" "
                            <button class="link" on:click=move |_| prefill(draft, Hypothesis::blank(Measure::Criterion { scorecard, criterion }, vec![who], t.clone(), today()))>{s.tr(QualityMsg::OpenHypothesis)}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}

#[component]
fn HypothesisForm(draft: RwSignal<Hypothesis>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Hypothesis::problems));
    let people = active_people(s);
    let metrics = s.data.with_untracked(|d| {
        let lang = s.lang.get_untracked();
        catalog(d)
            .into_iter()
            .filter(|m| !m.hidden)
            .map(|m| (m.id, metric_name(&m, lang)))
            .collect::<Vec<_>>()
    });
    let criteria = s.data.with_untracked(|d| {
        scorecards(d)
            .into_iter()
            .flat_map(|(id, c)| {
                c.criteria
                    .iter()
                    .map(move |x| (id, x.id, format!("{} · {}", c.name, x.text)))
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
    });
    let measure_key = move || match draft.with(|h| h.measure.clone()) {
        Measure::Metric { metric } => format!("m:{metric}"),
        Measure::Criterion {
            scorecard,
            criterion,
        } => format!("c:{scorecard}:{criterion}"),
    };
    let set_measure = move |v: String| {
        let measure = if let Some(m) = v.strip_prefix("m:") {
            m.parse().ok().map(|metric| Measure::Metric { metric })
        } else if let Some(c) = v.strip_prefix("c:") {
            c.split_once(':').and_then(|(a, b)| {
                Some(Measure::Criterion {
                    scorecard: a.parse().ok()?,
                    criterion: b.parse().ok()?,
                })
            })
        } else {
            None
        };
        if let Some(m) = measure {
            draft.update(|h| h.measure = m);
        }
    };
    let action_text = RwSignal::new(String::new());
    let action_owner = RwSignal::new(None::<RecordId>);
    let action_event = RwSignal::new(None::<RecordId>);
    let action_script = RwSignal::new(None::<RecordId>);
    // What carries an action out: a training event, a script changed for it.
    let events: Vec<(RecordId, String)> = s.data.with_untracked(|d| {
        d.live_records::<crate::domain::training::event::TrainingEvent>()
            .filter(|r| !r.data.cancelled)
            .map(|r| (r.id, r.data.title.clone()))
            .collect()
    });
    let scripts: Vec<(RecordId, String)> = s.data.with_untracked(|d| {
        crate::domain::training::script::scripts(d)
            .into_iter()
            .map(|(id, x)| (id, x.name.clone()))
            .collect()
    });
    let add_action = move |_| {
        let text = action_text.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        let owner = action_owner.get_untracked();
        let (event, script) = (action_event.get_untracked(), action_script.get_untracked());
        draft.update(|h| {
            h.actions.push(HypothesisAction {
                text,
                owner,
                event,
                script,
                done: false,
            })
        });
        action_text.set(String::new());
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(
            s,
            tried,
            problems,
            None,
            || draft.get_untracked(),
            move || {
                draft.update(|h| {
                    *h = Hypothesis::blank(h.measure.clone(), Vec::new(), String::new(), today())
                })
            },
        );
    };
    let owner_people = people.clone();
    view! {
        <form class="stack" on:submit=submit data-test="hypothesis-form">
            <label>{s.tr(QualityMsg::HypothesisTitle)}
                <input name="title" prop:value=move || draft.with(|h| h.title.clone()) on:input=move |ev| draft.update(|h| h.title = event_target_value(&ev))/>
            </label>
            <FieldError problems field="title" show=tried/>
            <label>{s.tr(QualityMsg::MeasureLabel)}
                <select name="measure" on:change=move |ev| set_measure(event_target_value(&ev))>
                    <optgroup label=s.tr(QualityMsg::Metrics)>
                        {metrics.into_iter().map(|(id, name)| { let key = format!("m:{id}"); let k = key.clone(); view! { <option value=key selected=move || measure_key() == k>{name}</option> } }).collect_view()}
                    </optgroup>
                    <optgroup label=s.tr(QualityMsg::Criteria)>
                        {criteria.into_iter().map(|(card, c, name)| { let key = format!("c:{card}:{c}"); let k = key.clone(); view! { <option value=key selected=move || measure_key() == k>{name}</option> } }).collect_view()}
                    </optgroup>
                </select>
            </label>
            <fieldset class="people-pick">
                <legend>{s.tr(QualityMsg::WhoseHint)}</legend>
                {people.into_iter().map(|(id, name)| view! {
                    <label class="check"><input type="checkbox" name="people" value=id.to_string()
                        prop:checked=move || draft.with(|h| h.people.contains(&id))
                        on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|h| { h.people.retain(|p| *p != id); if on { h.people.push(id) } }) }/>{name}</label>
                }).collect_view()}
            </fieldset>
            <label>{s.tr(QualityMsg::Cause)}
                <textarea name="cause" rows="2" prop:value=move || draft.with(|h| h.cause.clone()) on:input=move |ev| draft.update(|h| h.cause = event_target_value(&ev))></textarea>
            </label>
            <FieldError problems field="cause" show=tried/>
            <div>
                <strong>{s.tr(QualityMsg::Actions)}</strong>
                <ul class="plain">
                    {move || draft.with(|h| h.actions.clone()).into_iter().enumerate().map(|(i, a)| {
                        let owner = a.owner.and_then(|o| s.data.with_untracked(|d| d.short_name(o))).unwrap_or_else(|| s.t(TrMsg::Head));
                        view! { <li>{a.text}" · "{owner}" "<button type="button" class="link" on:click=move |_| draft.update(|h| { h.actions.remove(i); })>"✕"</button></li> }
                    }).collect_view()}
                </ul>
                <div class="row">
                    <input name="action" aria-label=s.tr(QualityMsg::ActionText) placeholder=s.tr(QualityMsg::ActionText) prop:value=move || action_text.get() on:input=move |ev| action_text.set(event_target_value(&ev))/>
                    <select name="action-owner" aria-label=s.tr(QualityMsg::Owner) on:change=move |ev| action_owner.set(event_target_value(&ev).parse().ok())>
                        <option value="">{s.tr(TrMsg::Head)}</option>
                        {owner_people.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                    </select>
                    <select name="action-event" aria-label=s.tr(TrMsg::TrainingTitle) on:change=move |ev| action_event.set(event_target_value(&ev).parse().ok())>
                        <option value="">{s.tr(TrMsg::TrainingTitle)}": —"</option>
                        {events.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                    <select name="action-script" aria-label=s.tr(TrMsg::ScriptsTitle) on:change=move |ev| action_script.set(event_target_value(&ev).parse().ok())>
                        <option value="">{s.tr(TrMsg::ScriptsTitle)}": —"</option>
                        {scripts.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                    <button type="button" class="secondary" data-test="add-action" on:click=add_action>{s.tr(QualityMsg::AddAction)}</button>
                </div>
            </div>
            <div class="row">
                <label>{s.tr(QualityMsg::Started)}
                    <DateInput name="start" value=Signal::derive(move || Some(draft.with(|x| x.start))) on_pick=Callback::new(move |d| draft.update(|x| x.start = d))/>
                </label>
                <label>{s.tr(QualityMsg::WindowLabel)}
                    <input type="number" class="narrow" name="window" min=*WINDOW_DAYS.start() max=*WINDOW_DAYS.end() prop:value=move || draft.with(|h| h.window.to_string()) on:input=move |ev| draft.update(|h| h.window = event_target_value(&ev).parse().unwrap_or(0))/>
                </label>
                <label>{s.tr(QualityMsg::ExpectedLabel)}
                    <input type="number" class="narrow" name="expected" min="1" max="1000" prop:value=move || draft.with(|h| h.expected_percent.to_string()) on:input=move |ev| draft.update(|h| h.expected_percent = event_target_value(&ev).parse().unwrap_or(0))/>
                </label>
            </div>
            <FieldError problems field="window" show=tried/>
            <FieldError problems field="expected_percent" show=tried/>
            <button type="submit" data-test="save-hypothesis">{s.tr(TrMsg::Save)}</button>
        </form>
    }
}
