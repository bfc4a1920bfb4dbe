//! O3 hard clients at `/hard-clients`: a new escalation (the deal or client, the person, why it is hard, the head's
//! part, the day of a joint call), the open ones with their outcome to write, and for each person the mentoring
//! picture: escalations per month and the share of later cases of the same kind they closed alone.

use crate::domain::core::date::{add_months, month_start};
use crate::domain::core::locale::format_percent_tenths;
use crate::domain::core::locale::month_title;
use crate::domain::organisation::hard_client::{
    escalations, mentoring, CaseResult, Difficulty, Escalation, HeadRole, Outcome,
};
use crate::domain::RecordId;
use crate::ui::components::widgets::{
    active_people, date_value, parse_date, ChoiceSelect, DateShown, TableScroller, WhenComplete,
};
use crate::ui::pages::organisation::client_words::ClientMsg;
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn HardClientsPage() -> impl IntoView {
    view! { <WhenComplete><HardClients/></WhenComplete> }
}

#[component]
fn HardClients() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            escalations(d)
                .into_iter()
                .map(|(id, e)| (id, e.clone()))
                .collect::<Vec<_>>()
        })
    });
    let open = move || {
        list.get()
            .into_iter()
            .filter(|(_, e)| e.outcome.is_none())
            .collect::<Vec<_>>()
    };
    let closed = move || {
        list.get()
            .into_iter()
            .filter(|(_, e)| e.outcome.is_some())
            .take(30)
            .collect::<Vec<_>>()
    };
    view! {
        <section class="hard-clients-page">
            <div class="page-head"><h1>{s.tr(ClientMsg::HardTitle)}</h1></div>
            <p class="muted">{s.tr(ClientMsg::HardHint)}</p>
            <NewEscalation/>
            <div class="card" data-test="open-escalations">
                <h2>{s.tr(ClientMsg::OpenCases)}</h2>
                {move || {
                    let items = open();
                    if items.is_empty() {
                        view! { <p class="muted">{s.tr(ClientMsg::NoOpenCases)}</p> }.into_any()
                    } else {
                        items.into_iter().map(|(id, e)| view! { <CaseCard id=id case=e/> }).collect_view().into_any()
                    }
                }}
            </div>
            <MentoringTable/>
            <details class="card">
                <summary><h2 class="inline">{s.tr(ClientMsg::ClosedCases)}</h2></summary>
                <ul class="plain">
                    {move || closed().into_iter().map(|(_, e)| {
                        let who = s.data.with_untracked(|d| d.short_name(e.manager)).unwrap_or_default();
                        view! { <li>{move || ClientMsg::ClosedCase(who.clone(), e.clone()).text(s.lang.get())}</li> }
                    }).collect_view()}
                </ul>
            </details>
        </section>
    }
}

#[component]
fn NewEscalation() -> impl IntoView {
    let s = expect_context::<AppState>();
    let draft = RwSignal::new(Escalation::blank(today()));
    let tried = RwSignal::new(false);
    let people = active_people(s);
    let problems = Memo::new(move |_| {
        let d = draft.get();
        let mut p = d.problems();
        if d.manager.is_nil() {
            p.push(crate::domain::core::rules::FieldProblem::new(
                "manager",
                crate::domain::core::rules::Rule::Required,
            ));
        }
        p
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !problems.get_untracked().is_empty() {
            return;
        }
        let e = draft.get_untracked();
        s.add_then(e, move || {
            tried.set(false);
            draft.set(Escalation::blank(today()));
        });
    };
    view! {
        <form class="card" data-test="new-escalation" on:submit=submit>
            <h2>{s.tr(ClientMsg::NewCase)}</h2>
            <div class="form-row">
                <label class="stack"><span>{s.tr(CrmMsg::Person)}</span>
                    <select name="manager" on:change=move |ev| draft.update(|d| d.manager = event_target_value(&ev).parse().unwrap_or_default())>
                        <option value="" selected=move || draft.with(|d| d.manager.is_nil())>"—"</option>
                        {people.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || draft.with(|d| d.manager == id)>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label class="stack"><span>{s.tr(ClientMsg::Client)}</span>
                    <input type="text" name="client" prop:value=move || draft.with(|d| d.client.clone()) on:input=move |ev| draft.update(|d| d.client = event_target_value(&ev))/>
                </label>
                <label class="stack"><span>{s.tr(ClientMsg::DealId)}</span>
                    <input type="text" name="deal" prop:value=move || draft.with(|d| d.deal.clone()) on:input=move |ev| draft.update(|d| d.deal = event_target_value(&ev))/>
                </label>
            </div>
            <div class="form-row">
                <label class="stack"><span>{s.tr(ClientMsg::DifficultyLabel)}</span>
                    <ChoiceSelect name="difficulty" options=Difficulty::ALL.to_vec() value=Signal::derive(move || draft.with(|d| d.difficulty))
                        on_pick=Callback::new(move |k| draft.update(|d| d.difficulty = k)) label=|k| ClientMsg::DifficultyName(k).into()/>
                </label>
                <label class="stack"><span>{s.tr(ClientMsg::HeadRoleLabel)}</span>
                    <ChoiceSelect name="role" options=HeadRole::ALL.to_vec() value=Signal::derive(move || draft.with(|d| d.role))
                        on_pick=Callback::new(move |k| draft.update(|d| d.role = k)) label=|k| ClientMsg::RoleName(k).into()/>
                </label>
                <label class="stack"><span>{s.tr(ClientMsg::CallOn)}</span>
                    <input type="date" name="call_on" prop:value=move || draft.with(|d| d.call_on.map(date_value).unwrap_or_default())
                        on:change=move |ev| draft.update(|d| d.call_on = parse_date(&event_target_value(&ev)))/><DateShown date=Signal::derive(move || draft.with(|d| d.call_on))/>
                </label>
            </div>
            <label class="stack"><span>{s.tr(ClientMsg::WhyHard)}</span>
                <textarea name="why" rows="2" prop:value=move || draft.with(|d| d.why.clone()) on:input=move |ev| draft.update(|d| d.why = event_target_value(&ev))></textarea>
            </label>
            <Show when=move || tried.get() && !problems.with(Vec::is_empty)>
                <p class="banner error inline" role="alert">{s.tr(ClientMsg::FillCase)}</p>
            </Show>
            <button type="submit" data-test="save-escalation">{s.tr(ClientMsg::SaveCase)}</button>
        </form>
    }
}

#[component]
fn CaseCard(id: RecordId, case: Escalation) -> impl IntoView {
    let s = expect_context::<AppState>();
    let who = s
        .data
        .with_untracked(|d| d.short_name(case.manager))
        .unwrap_or_default();
    let result = RwSignal::new(CaseResult::Won);
    let lesson = RwSignal::new(String::new());
    let c = case.clone();
    let close = move |_| {
        let mut e = c.clone();
        e.outcome = Some(Outcome {
            closed: today().max(e.opened),
            result: result.get_untracked(),
            lesson: lesson.get_untracked().trim().to_string(),
        });
        s.put(id, e);
    };
    let e = case.clone();
    view! {
        <article class="case-card" data-test="escalation">
            <h3>{who}" · "{case.client.clone()}{(!case.deal.is_empty()).then(|| format!(" (№ {})", case.deal))}</h3>
            <p>{move || ClientMsg::CaseLine(e.clone()).text(s.lang.get())}</p>
            <p class="muted">{case.why.clone()}</p>
            <div class="inline-form">
                <label class="stack"><span>{s.tr(ClientMsg::ResultLabel)}</span>
                    <select on:change=move |ev| result.set(match event_target_value(&ev).as_str() { "lost" => CaseResult::Lost, "kept" => CaseResult::Kept, _ => CaseResult::Won })>
                        {[(CaseResult::Won, "won"), (CaseResult::Lost, "lost"), (CaseResult::Kept, "kept")].into_iter().map(|(r, v)| view! { <option value=v>{s.tr(ClientMsg::ResultName(r))}</option> }).collect_view()}
                    </select>
                </label>
                <label class="stack grow"><span>{s.tr(ClientMsg::Lesson)}</span>
                    <input type="text" prop:value=move || lesson.get() on:input=move |ev| lesson.set(event_target_value(&ev))/>
                </label>
                <button class="secondary" data-test="close-escalation" on:click=close>{s.tr(ClientMsg::CloseCase)}</button>
            </div>
        </article>
    }
}

#[component]
fn MentoringTable() -> impl IntoView {
    let s = expect_context::<AppState>();
    let months: Vec<chrono::NaiveDate> = (0..6)
        .rev()
        .map(|k| add_months(month_start(today()), -k))
        .collect();
    let rows = Memo::new(move |_| {
        s.data.with(|d| {
            d.managers_by_name()
                .into_iter()
                .filter(|m| m.data.is_active())
                .map(|m| (m.id, m.data.short_name(), mentoring(d, m.id)))
                .filter(|(_, _, x)| !x.by_month.is_empty() || x.total().0 > 0)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="card" data-test="mentoring">
            <h2>{s.tr(ClientMsg::MentoringTitle)}</h2>
            <p class="muted formula">{s.tr(ClientMsg::MentoringRule)}</p>
            <TableScroller label=ClientMsg::MentoringTitle>
                <table class="compact">
                    <thead><tr>
                        <th scope="col">{s.tr(CrmMsg::Person)}</th>
                        {months.iter().map(|m| { let m = *m; view! { <th scope="col" class="num">{move || month_title(s.lang.get(), m)}</th> } }).collect_view()}
                        <th scope="col">{s.tr(ClientMsg::ClosedAlone)}</th>
                    </tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|(id, name, m)| {
                            let (cases, alone) = m.total();
                            let share = m.alone_share();
                            let by_kind: Vec<(Difficulty, (u32, u32))> = m.alone.clone().into_iter().collect();
                            let counts: Vec<u32> = months.iter().map(|mo| m.by_month.iter().find(|(x, _)| x == mo).map(|(_, n)| *n).unwrap_or(0)).collect();
                            view! {
                                <tr data-manager=id.to_string()>
                                    <th scope="row">{name}</th>
                                    {counts.into_iter().map(|n| view! { <td class="num">{n}</td> }).collect_view()}
                                    <td data-test="closed-alone">{move || {
                                        let total = format_percent_tenths(s.lang.get(), share);
                                        let parts: Vec<String> = by_kind.iter().map(|(k, (c, a))| format!("{} {a}/{c}", ClientMsg::DifficultyName(*k).text(s.lang.get()))).collect();
                                        if cases == 0 { "—".to_string() } else { format!("{total} ({alone}/{cases}: {})", parts.join(", ")) }
                                    }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </TableScroller>
        </div>
    }
}
