//! Settings: the interface language (this device), the department (synced with the data) with its planning
//! rules (new hires' ramp, status thresholds), the metric catalog and the calendar's overrides.

use crate::domain::core::settings::CURRENCIES;
use crate::domain::core::zone::ZONES;
use crate::domain::{Lang, Settings};
use crate::ui::components::widgets::{tracked_draft, FieldError, WhenLoaded};
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::words::PlanMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    view! { <WhenLoaded><SettingsForms/></WhenLoaded> }
}

#[component]
fn SettingsForms() -> impl IntoView {
    let s = expect_context::<AppState>();
    let draft = tracked_draft(s.data.with_untracked(Dataset::settings), move || {
        Some(s.data.with(Dataset::settings))
    });
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Settings::problems));
    let ramp_text = RwSignal::new(draft.with_untracked(|d| {
        d.ramp
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }));
    let ramp_bad = RwSignal::new(false);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !problems.get_untracked().is_empty() {
            return;
        }
        let settings = draft.get_untracked();
        s.keep(settings);
    };
    view! {
        <section class="settings">
            <h1>{s.tr(Msg::SettingsTitle)}</h1>
            <article class="card">
                <h2>{s.tr(Msg::Language)}</h2>
                <div class="segmented" role="group">
                    {[(Lang::Ru, "Русский"), (Lang::En, "English")].into_iter().map(|(lang, name)| view! {
                        <button type="button" data-test=format!("lang-{}", lang.code())
                            class:on=move || s.lang.get() == lang
                            aria-pressed=move || (s.lang.get() == lang).to_string()
                            on:click=move |_| s.set_lang(lang)>{name}</button>
                    }).collect_view()}
                </div>
            </article>
            <article class="card">
                <h2>{s.tr(Msg::DepartmentTitle)}</h2>
                <form class="grid-form" on:submit=save novalidate>
                    <label>
                        <span>{s.tr(Msg::CompanyName)}</span>
                        <input name="company" prop:value=move || draft.with(|d| d.company.clone())
                            on:input=move |ev| draft.update(|d| d.company = event_target_value(&ev))/>
                        <FieldError problems field="company" show=tried/>
                    </label>
                    <label>
                        <span>{s.tr(Msg::DepartmentName)}</span>
                        <input name="department" prop:value=move || draft.with(|d| d.department.clone())
                            on:input=move |ev| draft.update(|d| d.department = event_target_value(&ev))/>
                        <FieldError problems field="department" show=tried/>
                    </label>
                    <label>
                        <span>{s.tr(Msg::Currency)}</span>
                        <select name="currency" on:change=move |ev| draft.update(|d| d.currency = event_target_value(&ev))>
                            {CURRENCIES.into_iter().map(|c| view! {
                                <option value=c selected=move || draft.with(|d| d.currency == c)>{c}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{s.tr(Msg::TimeZone)}</span>
                        <input name="time_zone" list="time-zones" prop:value=move || draft.with(|d| d.time_zone.clone())
                            on:input=move |ev| draft.update(|d| d.time_zone = event_target_value(&ev))/>
                        <datalist id="time-zones">
                            {ZONES.into_iter().map(|(z, _)| view! { <option value=z/> }).collect_view()}
                        </datalist>
                        <FieldError problems field="time_zone" show=tried/>
                    </label>
                    <fieldset class="wide week">
                        <legend>{s.tr(Msg::WorkingWeek)}</legend>
                        {(0..7).map(|i| view! {
                            <label class="day">
                                <input type="checkbox" prop:checked=move || draft.with(|d| d.working_week[i])
                                    on:change=move |ev| draft.update(|d| d.working_week[i] = event_target_checked(&ev))/>
                                <span>{s.tr(Msg::Weekday(i))}</span>
                            </label>
                        }).collect_view()}
                        <FieldError problems field="working_week" show=tried/>
                    </fieldset>
                    <label>
                        <span>{s.tr(Msg::Plan(PlanMsg::RampLabel))}</span>
                        <input name="ramp" inputmode="numeric" prop:value=move || ramp_text.get()
                            on:change=move |ev| {
                                let text = event_target_value(&ev);
                                ramp_text.set(text.clone());
                                let parsed: Result<Vec<u16>, _> = text.split([',', ';', ' ']).filter(|p| !p.is_empty()).map(|p| p.trim_end_matches('%').parse::<u16>()).collect();
                                match parsed {
                                    Ok(list) => { ramp_bad.set(false); draft.update(|d| d.ramp = list); }
                                    Err(_) => ramp_bad.set(true),
                                }
                            }/>
                        <span class="muted">{s.tr(Msg::Plan(PlanMsg::RampHint))}</span>
                        <Show when=move || ramp_bad.get()>
                            <p class="field-error" role="alert">{s.tr(Msg::Plan(PlanMsg::ValueProblem(crate::domain::planning::metric::ValueError::NotANumber)))}</p>
                        </Show>
                        <FieldError problems field="ramp" show=tried/>
                    </label>
                    <label>
                        <span>{s.tr(Msg::Plan(PlanMsg::OnTrackFrom))}</span>
                        <input name="on_track_from" type="number" min="0" max="200" prop:value=move || draft.with(|d| d.on_track_from.to_string())
                            on:change=move |ev| draft.update(|d| d.on_track_from = event_target_value(&ev).parse().unwrap_or(d.on_track_from))/>
                        <FieldError problems field="on_track_from" show=tried/>
                    </label>
                    <label>
                        <span>{s.tr(Msg::Plan(PlanMsg::AtRiskBelow))}</span>
                        <input name="at_risk_below" type="number" min="0" max="200" prop:value=move || draft.with(|d| d.at_risk_below.to_string())
                            on:change=move |ev| draft.update(|d| d.at_risk_below = event_target_value(&ev).parse().unwrap_or(d.at_risk_below))/>
                        <FieldError problems field="at_risk_below" show=tried/>
                    </label>
                    <div class="actions wide">
                        <button type="submit" class="primary" data-test="save-settings">{s.tr(Msg::Save)}</button>
                    </div>
                </form>
            </article>
            <crate::ui::pages::planning::planning_settings::MetricsCard/>
            <crate::ui::pages::planning::planning_settings::CalendarCard/>
        </section>
    }
}

use crate::domain::Dataset;
