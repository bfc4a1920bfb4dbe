//! A manager's card: edit the profile (O2 open-deal limit included), archive or bring back, and absences.

use crate::domain::core::locale::format_date;
use crate::domain::{Absence, AbsenceKind, Manager, ManagerStatus, RecordId, Role};
use crate::ui::components::widgets::{
    date_value, parse_date, tracked_draft, ChoiceSelect, DateShown, FieldError, WhenLoaded,
};
use crate::ui::i18n::Msg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

#[component]
pub fn ManagerPage() -> impl IntoView {
    view! { <WhenLoaded><ManagerCard/></WhenLoaded> }
}

#[component]
fn ManagerCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let params = use_params_map();
    // `new`, or the id of an existing manager (an unknown id is treated as not found).
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || {
        let raw = id.get();
        // Looked up once (under `WhenLoaded`), not on every later data change, which would throw away what the
        // user is typing.
        if raw == "new" {
            return view! { <ManagerForm id=None initial=Manager::new("", Role::Seller, today())/> }.into_any();
        }
        let found = raw
            .parse::<RecordId>()
            .ok()
            .and_then(|id| s.data.with_untracked(|d| d.live::<Manager>(id).cloned()));
        match found {
            Some(r) => view! {
                <ManagerForm id=Some(r.id) initial=r.data/>
                <crate::ui::components::widgets::WhenComplete><crate::ui::pages::team::onboarding::OnboardingOnCard manager=r.id/></crate::ui::components::widgets::WhenComplete>
                <AbsenceList manager=r.id/>
                <crate::ui::pages::organisation::meetings::ManagerPromises manager=r.id/>
                <crate::ui::components::widgets::WhenComplete><crate::ui::pages::training::card::TrainingOnCard manager=r.id/></crate::ui::components::widgets::WhenComplete>
                <crate::ui::pages::motivation::card::MotivationOnCard manager=r.id/>
            }
            .into_any(),
            None => view! { <crate::ui::pages::core::not_found::NotFound/> }.into_any(),
        }
    }
}

#[component]
fn ManagerForm(id: Option<RecordId>, initial: Manager) -> impl IntoView {
    let s = expect_context::<AppState>();
    let navigate = use_navigate();
    let draft = tracked_draft(initial, move || {
        s.data
            .with(|d| d.live::<Manager>(id?).map(|r| r.data.clone()))
    });
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Manager::problems));
    let record_id = id.unwrap_or_else(uuid::Uuid::new_v4);
    let nav = navigate.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !problems.get_untracked().is_empty() {
            return;
        }
        let m = draft.get_untracked();
        let navigate = nav.clone();
        s.put_then(record_id, m, move || {
            if id.is_none() {
                navigate(&format!("/team/{record_id}"), Default::default());
            }
        });
    };
    let set_status = move |status: ManagerStatus| {
        draft.update(|m| m.status = status);
        let m = draft.get_untracked();
        if m.problems().is_empty() {
            s.put(record_id, m);
        }
    };
    let text = move |get: fn(&Manager) -> &String, set: fn(&mut Manager, String)| {
        (
            move || draft.with(|m| get(m).clone()),
            move |ev| draft.update(|m| set(m, event_target_value(&ev))),
        )
    };
    let (name_v, name_i) = text(|m| &m.full_name, |m, v| m.full_name = v);
    let (phone_v, phone_i) = text(|m| &m.phone, |m, v| m.phone = v);
    let (email_v, email_i) = text(|m| &m.email, |m, v| m.email = v);
    let (notes_v, notes_i) = text(|m| &m.notes, |m, v| m.notes = v);
    let heading = if id.is_some() {
        Msg::EditManager
    } else {
        Msg::NewManager
    };
    view! {
        <section class="card manager-card">
            <div class="page-head">
                <h1>{s.tr(heading.clone())}</h1>
                <A href=crate::ui::href("/team") attr:class="back">{move || format!("← {}", s.t(Msg::NavTeam))}</A>
            </div>
            <form class="grid-form" on:submit=save novalidate>
                <label class="wide">
                    <span>{s.tr(Msg::FullName)}</span>
                    <input name="full_name" autocomplete="off" prop:value=name_v on:input=name_i/>
                    <FieldError problems field="full_name" show=tried/>
                </label>
                <label>
                    <span>{s.tr(Msg::RoleLabel)}</span>
                    <ChoiceSelect name="role" options=Role::ALL.to_vec() value=Signal::derive(move || draft.with(|m| m.role))
                        on_pick=Callback::new(move |r| draft.update(|m| m.role = r)) label=Msg::RoleName/>
                </label>
                <label>
                    <span>{s.tr(Msg::Hired)}</span>
                    <input type="date" min="1970-01-01" max="2099-12-31" name="hired" prop:value=move || draft.with(|m| date_value(m.hired))
                        on:change=move |ev| if let Some(d) = parse_date(&event_target_value(&ev)) { draft.update(|m| m.hired = d) }/><DateShown date=Signal::derive(move || draft.with(|m| Some(m.hired)))/>
                </label>
                <label>
                    <span>{s.tr(Msg::MaxOpenDeals)}</span>
                    <input type="number" inputmode="numeric" min="1" max="10000" name="max_open_deals"
                        title=s.tr(Msg::MaxOpenDealsHint)
                        prop:value=move || draft.with(|m| m.max_open_deals.to_string())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|m| m.max_open_deals = v.trim().parse().unwrap_or(0)) }/>
                    <FieldError problems field="max_open_deals" show=tried/>
                </label>
                <label>
                    <span>{s.tr(Msg::Phone)}</span>
                    <input type="tel" name="phone" prop:value=phone_v on:input=phone_i/>
                    <FieldError problems field="phone" show=tried/>
                </label>
                <label>
                    <span>{s.tr(Msg::Email)}</span>
                    <input type="email" name="email" prop:value=email_v on:input=email_i/>
                    <FieldError problems field="email" show=tried/>
                </label>
                <label class="wide">
                    <span>{s.tr(Msg::Notes)}</span>
                    <textarea name="notes" rows="3" prop:value=notes_v on:input=notes_i></textarea>
                    <FieldError problems field="notes" show=tried/>
                </label>
                <FieldError problems field="status.on" show=tried/>
                <div class="actions wide">
                    <button type="submit" class="primary" data-test="save-manager">{s.tr(Msg::Save)}</button>
                    {id.map(|_| view! {
                        <span class="status">
                            {move || match draft.with(|m| m.status) {
                                ManagerStatus::Active => view! {
                                    <button type="button" data-test="archive" on:click=move |_| set_status(ManagerStatus::Left { on: today().max(draft.with_untracked(|m| m.hired)) })>{s.t(Msg::Archive)}</button>
                                }.into_any(),
                                ManagerStatus::Left { on } => view! {
                                    <span class="chip muted">{s.t(Msg::LeftOn(on))}</span>
                                    <button type="button" on:click=move |_| set_status(ManagerStatus::Active)>{s.t(Msg::Restore)}</button>
                                }.into_any(),
                            }}
                        </span>
                    })}
                </div>
            </form>
        </section>
    }
}

#[component]
fn AbsenceList(manager: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            d.absences_of(manager)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let draft = RwSignal::new(Absence {
        manager,
        kind: AbsenceKind::Vacation,
        from: today(),
        to: today(),
        note: String::new(),
    });
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(Absence::problems));
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !problems.get_untracked().is_empty() {
            return;
        }
        let a = draft.get_untracked();
        s.add_then(a, move || {
            tried.set(false);
            draft.update(|d| d.note.clear());
        });
    };
    let remove = move |id: RecordId| {
        s.remove::<crate::domain::Absence>(id);
    };
    view! {
        <section class="card absences">
            <h2>{s.tr(Msg::Absences)}</h2>
            {move || {
                let rows = list.get();
                if rows.is_empty() {
                    return view! { <p class="empty">{s.t(Msg::NoAbsences)}</p> }.into_any();
                }
                view! {
                    <ul class="absence-list" data-test="absences">
                        {rows.into_iter().map(|r| {
                            let a = r.data.clone();
                            let (kind, from, to, days) = (a.kind, a.from, a.to, a.days());
                            let id = r.id;
                            view! {
                                <li>
                                    <span class="chip">{s.tr(Msg::AbsenceKindName(kind))}</span>
                                    <span class="dates">{move || format!("{} – {}", format_date(s.lang.get(), from), format_date(s.lang.get(), to))}</span>
                                    <span class="days">{s.tr(Msg::DaysCount(days))}</span>
                                    <span class="note">{a.note.clone()}</span>
                                    <button class="link danger" on:click=move |_| remove(id)>{s.tr(Msg::Delete)}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <form class="inline-form" on:submit=add>
                <label>
                    <span>{s.tr(Msg::Absences)}</span>
                    <ChoiceSelect name="kind" options=AbsenceKind::ALL.to_vec() value=Signal::derive(move || draft.with(|d| d.kind))
                        on_pick=Callback::new(move |k| draft.update(|d| d.kind = k)) label=Msg::AbsenceKindName/>
                </label>
                <label>
                    <span>{s.tr(Msg::From)}</span>
                    <input type="date" min="1970-01-01" max="2099-12-31" name="from" prop:value=move || draft.with(|d| date_value(d.from))
                        on:change=move |ev| if let Some(v) = parse_date(&event_target_value(&ev)) { draft.update(|d| { d.from = v; if d.to < v { d.to = v } }) }/><DateShown date=Signal::derive(move || draft.with(|d| Some(d.from)))/>
                </label>
                <label>
                    <span>{s.tr(Msg::To)}</span>
                    <input type="date" min="1970-01-01" max="2099-12-31" name="to" prop:value=move || draft.with(|d| date_value(d.to))
                        on:change=move |ev| if let Some(v) = parse_date(&event_target_value(&ev)) { draft.update(|d| d.to = v) }/><DateShown date=Signal::derive(move || draft.with(|d| Some(d.to)))/>
                    <FieldError problems field="to" show=tried/>
                </label>
                <label class="grow">
                    <span>{s.tr(Msg::Note)}</span>
                    <input name="note" prop:value=move || draft.with(|d| d.note.clone())
                        on:input=move |ev| draft.update(|d| d.note = event_target_value(&ev))/>
                    <FieldError problems field="note" show=tried/>
                </label>
                <button type="submit" data-test="add-absence">{s.tr(Msg::AddAbsence)}</button>
            </form>
        </section>
    }
}
