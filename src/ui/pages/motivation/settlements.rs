//! M1 the records that settle pay, entered on the pay page: a refund (money a client got back, naming the month of
//! the payment; its clawback lands in the month it is recorded in) and a bonus reduction (a share of a month's
//! bonus for a recorded reason; never the fixed part).

use crate::domain::core::bp::Bp;
use crate::domain::core::date::{add_months, month_start};
use crate::domain::core::locale::{format_bp, format_money, month_title};
use crate::domain::core::unit::Unit;
use crate::domain::motivation::payroll::first_open_month;
use crate::domain::motivation::reduction::BonusReduction;
use crate::domain::motivation::refund::Refund;
use crate::domain::planning::metric::parse_value;
use crate::ui::components::widgets::{
    active_people, save_form, DateField, FieldError, MonthPicker,
};
use crate::ui::pages::motivation::scheme_words::{refund_line, SchemeMsg};
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn Settlements() -> impl IntoView {
    view! { <div class="settlements no-print"><RefundCard/><ReductionCard/></div> }
}

#[component]
fn RefundCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = active_people(s);
    let first = list.first().map(|p| p.0).unwrap_or_default();
    let who = RwSignal::new(first);
    let date = RwSignal::new(today());
    let amount = RwSignal::new(None::<i64>);
    let payment_month = RwSignal::new(add_months(month_start(today()), -1));
    let note = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let draft = move || Refund {
        manager: who.get(),
        date: date.get(),
        amount: amount.get().unwrap_or(0),
        payment_month: payment_month.get(),
        note: note.get().trim().to_string(),
    };
    let problems = Memo::new(move |_| draft().problems());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(s, tried, problems, None, draft, move || {
            amount.set(None);
            note.set(String::new());
        });
    };
    let recent = Memo::new(move |_| {
        let from = add_months(month_start(today()), -3);
        s.data.with(|d| {
            let mut out: Vec<(String, Refund)> = d
                .live_records::<Refund>()
                .filter(|r| r.data.date >= from)
                .map(|r| {
                    (
                        d.short_name(r.data.manager).unwrap_or_default(),
                        r.data.clone(),
                    )
                })
                .collect();
            out.sort_by_key(|r| std::cmp::Reverse(r.1.date));
            out
        })
    });
    view! {
        <article class="card">
            <h2>{s.tr(SchemeMsg::RefundsTitle)}</h2>
            <form class="contest-form" on:submit=submit data-test="refund-form">
                <label>{s.tr(crate::ui::pages::motivation::pay_words::PayMsg::Person)}
                    <select name="refund-who" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { who.set(id) }>
                        {list.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label>{s.tr(SchemeMsg::RefundDate)}
                    <DateField name="refund-date" value=date/>
                </label>
                <label>{s.tr(SchemeMsg::RefundAmount)}
                    <input name="refund-amount" data-test="refund-amount" inputmode="decimal"
                        on:change=move |ev| amount.set(parse_value(Unit::Money, &event_target_value(&ev)).ok().flatten())/>
                    <FieldError problems=problems field="amount" show=tried/>
                </label>
                <div class="month-field">
                    <span>{s.tr(SchemeMsg::PaymentMonth)}</span>
                    <MonthPicker month=payment_month on_pick=Callback::new(move |m| payment_month.set(m)) label=SchemeMsg::PaymentMonth name="refund-month"/>
                    <FieldError problems=problems field="payment_month" show=tried/>
                </div>
                <label class="wide">{s.tr(SchemeMsg::Note)}
                    <input name="refund-note" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev))/>
                </label>
                <button type="submit" class="primary" data-test="add-refund">{s.tr(SchemeMsg::AddRefund)}</button>
            </form>
            <ul class="plain">
                {move || {
                    let lang = s.lang.get();
                    let cur = s.data.with_untracked(|d| d.settings().currency);
                    recent.get().into_iter().map(|(who, r)| view! {
                        <li><strong>{who}</strong> " — " {format_money(lang, r.amount, &cur)} " · " {refund_line(lang, r.date, r.payment_month)}
                            {(!r.note.is_empty()).then(|| view! { " · " <span class="muted">{r.note.clone()}</span> })}</li>
                    }).collect_view()
                }}
            </ul>
        </article>
    }
}

#[component]
fn ReductionCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = active_people(s);
    let first = list.first().map(|p| p.0).unwrap_or_default();
    let who = RwSignal::new(first);
    let open = s
        .data
        .with_untracked(first_open_month)
        .unwrap_or_else(|| month_start(today()));
    let month = RwSignal::new(open);
    let percent = RwSignal::new(None::<Bp>);
    let reason = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let draft = move || BonusReduction {
        manager: who.get(),
        month: month.get(),
        percent_bp: percent.get().unwrap_or_default(),
        reason: reason.get().trim().to_string(),
        violation: None,
    };
    let problems = Memo::new(move |_| draft().problems());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save_form(s, tried, problems, None, draft, move || {
            reason.set(String::new());
        });
    };
    let recent = Memo::new(move |_| {
        s.data.with(|d| {
            let mut out: Vec<(String, BonusReduction)> = d
                .live_records::<BonusReduction>()
                .map(|r| {
                    (
                        d.short_name(r.data.manager).unwrap_or_default(),
                        r.data.clone(),
                    )
                })
                .collect();
            out.sort_by_key(|r| std::cmp::Reverse(r.1.month));
            out.truncate(6);
            out
        })
    });
    view! {
        <article class="card">
            <h2>{s.tr(SchemeMsg::ReductionsTitle)}</h2>
            <form class="contest-form" on:submit=submit data-test="reduction-form">
                <label>{s.tr(crate::ui::pages::motivation::pay_words::PayMsg::Person)}
                    <select name="reduction-who" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { who.set(id) }>
                        {list.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
                <div class="month-field">
                    <span>{s.tr(SchemeMsg::ReductionMonth)}</span>
                    <MonthPicker month=month on_pick=Callback::new(move |m| month.set(m)) label=SchemeMsg::ReductionMonth name="reduction-month"/>
                </div>
                <label>{s.tr(SchemeMsg::ReductionPercent)}
                    <input name="reduction-percent" inputmode="decimal"
                        on:change=move |ev| percent.set(parse_value(Unit::Score, &event_target_value(&ev)).ok().flatten().map(Bp))/>
                    <FieldError problems=problems field="percent_bp" show=tried/>
                </label>
                <label class="wide">{s.tr(SchemeMsg::ReductionReason)}
                    <input name="reduction-reason" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))/>
                    <FieldError problems=problems field="reason" show=tried/>
                </label>
                <button type="submit" class="primary">{s.tr(SchemeMsg::AddReduction)}</button>
            </form>
            <ul class="plain">
                {move || {
                    let lang = s.lang.get();
                    recent.get().into_iter().map(|(who, r)| view! {
                        <li><strong>{who}</strong> " — " {month_title(lang, r.month)} ": −" {format_bp(lang, r.percent_bp)} " · " <span class="muted">{r.reason.clone()}</span></li>
                    }).collect_view()
                }}
            </ul>
        </article>
    }
}
