//! H1 adding a candidate to a vacancy, and opening a vacancy (with the latest interview kit of its role).

use crate::domain::core::rules::{FieldProblem, Rule};
use crate::domain::team::hiring::candidate::Candidate;
use crate::domain::team::hiring::vacancy::{Vacancy, DEFAULT_SOURCE};
use crate::domain::team::hiring::{earlier_kit, opened};
use crate::domain::team::Role;
use crate::domain::RecordId;
use crate::ui::components::widgets::{
    date_value, parse_date, save_form, ChoiceSelect, DateShown, FieldError,
};
use crate::ui::i18n::Msg;
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub(super) fn NewCandidate(vacancy: RecordId) -> impl IntoView {
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
            None,
            move || draft.get_untracked(),
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
pub(super) fn NewVacancy(on_saved: Callback<RecordId>) -> impl IntoView {
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
            Some(id),
            move || s.data.with_untracked(|d| opened(d, draft.get_untracked())),
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
