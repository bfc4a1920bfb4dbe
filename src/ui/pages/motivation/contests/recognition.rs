//! M3 recognition: the thank-yous of the week, month and year, and the badges.

use crate::domain::core::locale::format_date;
use crate::domain::core::settings::BadgeRule;
use crate::domain::motivation::badge::badges;
use crate::domain::motivation::recognition::{recent, Recognition, Span};
use crate::domain::RecordId;
use crate::ui::components::widgets::{active_people, save_form, FieldError, PersonPicker};
use crate::ui::pages::motivation::words::MotMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub(super) fn RecognitionCard() -> impl IntoView {
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
        save_form(s, tried, problems, None, draft, move || {
            reason.set(String::new());
        });
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
pub(super) fn BadgesCard() -> impl IntoView {
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
        s.keep(settings);
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
