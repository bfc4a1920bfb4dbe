//! M1 the month's pay: the department's payroll and its share of payments, every person's payslip with each line's
//! formula in numbers and the next step, closing the month, printing on A4 and a CSV for the accountant. Personal:
//! never part of the meeting mode.

use crate::domain::core::date::add_months;
use crate::domain::core::locale::{currency_sign, format_bp, format_money, month_title};
use crate::domain::core::unit::Unit;
use crate::domain::motivation::pay::Line;
use crate::domain::motivation::payroll::{close_month, payroll, Payroll, PersonPay};
use crate::domain::motivation::payroll_sheet::{
    payroll_csv, payroll_rows, PayrollRow, SheetWords, WordedLine,
};
use crate::domain::motivation::what_if::pay_at;
use crate::domain::planning::metric::catalog;
use crate::domain::planning::metric::{parse_value, Builtin};
use crate::domain::{Dataset, Lang, RecordId};
use crate::ui::components::download::download;
use crate::ui::components::widgets::WhenComplete;
use crate::ui::pages::motivation::pay_words::{word, PayMsg, Worded};
use crate::ui::pages::planning::words::{metric_name, PlanMsg};
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn PayPage() -> impl IntoView {
    view! { <WhenComplete><PayView/></WhenComplete> }
}

/// A metric's name and unit, for wording lines.
fn metric_of(data: &Dataset, lang: Lang) -> impl Fn(RecordId) -> (String, Unit) {
    let metrics = catalog(data);
    move |id| {
        metrics
            .iter()
            .find(|m| m.id == id)
            .map(|m| (metric_name(m, lang), m.unit))
            .unwrap_or_else(|| (id.to_string(), Unit::Count))
    }
}

/// Every line of a payslip, worded.
fn worded(data: &Dataset, lang: Lang, lines: &[Line]) -> Vec<(Worded, i64)> {
    let currency = data.settings().currency;
    let metric = metric_of(data, lang);
    lines
        .iter()
        .map(|l| {
            (
                word(lang, &currency, &l.explain, l.amount, &metric),
                l.amount,
            )
        })
        .collect()
}

#[component]
fn PayView() -> impl IntoView {
    let s = expect_context::<AppState>();
    let month = RwSignal::new(crate::domain::core::date::month_start(today()));
    let selected = RwSignal::new(None::<RecordId>);
    let print_all = RwSignal::new(false);
    let confirm = RwSignal::new(false);
    let problem = RwSignal::new(None::<PayMsg>);
    let roll = Memo::new(move |_| {
        let m = month.get();
        s.data.with(|d| payroll(d, m))
    });
    let rows = Memo::new(move |_| roll.with(|r| s.data.with(|d| payroll_rows(d, r))));
    let money = move |m: i64| {
        let cur = s.data.with_untracked(|d| d.settings().currency);
        format_money(s.lang.get(), m, &cur)
    };
    let shift = move |step: i32| {
        month.update(|m| *m = add_months(*m, step));
        selected.set(None);
        confirm.set(false);
        problem.set(None);
    };
    let close = move |_| {
        let m = month.get_untracked();
        let edits = s.data.with_untracked(|d| close_month(d, m, today()));
        match edits {
            Err(e) => problem.set(Some(PayMsg::CloseFailed(e))),
            Ok(edits) if edits.is_empty() => problem.set(Some(PayMsg::NothingToClose)),
            Ok(edits) => {
                confirm.set(false);
                problem.set(None);
                s.save_soon(edits);
            }
        }
    };
    let print = move |all: bool| {
        print_all.set(all);
        // Printed after the page has drawn what it prints.
        gloo::timers::callback::Timeout::new(50, move || {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
            print_all.set(false);
        })
        .forget();
    };
    let csv = move |_| {
        let lang = s.lang.get_untracked();
        let r = roll.get_untracked();
        let text = s.data.with_untracked(|d| sheet(d, lang, &r));
        let name = format!("payroll-{}.csv", r.month);
        if let Err(e) = download(&name, &text, "text/csv;charset=utf-8") {
            s.error.set(Some(PlanMsg::DownloadFailed(e).into()));
        }
    };
    view! {
        <section class="pay" class:print-all=move || print_all.get()>
            <div class="page-head">
                <h1 data-test="pay-title">{move || format!("{}: {}", s.t(PayMsg::Title), month_title(s.lang.get(), month.get()))}</h1>
                <div class="toolbar">
                    <button class="icon" data-test="prev-month" aria-label=s.tr(PayMsg::PrevMonth) on:click=move |_| shift(-1)>"‹"</button>
                    <button class="icon" data-test="next-month" aria-label=s.tr(PayMsg::NextMonth) on:click=move |_| shift(1)>"›"</button>
                    <button data-test="print-all" on:click=move |_| print(true)>{s.tr(PayMsg::PrintAll)}</button>
                    <button data-test="payroll-csv" on:click=csv>{s.tr(PayMsg::Csv)}</button>
                </div>
            </div>
            <p class="muted no-print">{s.tr(PayMsg::Private)}</p>
            <div class="card">
                <dl class="figures">
                    <div><dt>{s.tr(PayMsg::Payroll)}</dt><dd data-test="payroll-total">{move || money(roll.with(|r| r.total))}</dd></div>
                    <div><dt>{s.tr(PayMsg::Payments)}</dt><dd>{move || money(roll.with(|r| r.payments))}</dd></div>
                    <div><dt>{s.tr(PayMsg::Share)}</dt><dd data-test="payroll-share">{move || roll.with(|r| r.share_of_payments()).map(|bp| format_bp(s.lang.get(), bp)).unwrap_or_else(|| "—".into())}</dd></div>
                </dl>
                {move || {
                    let r = roll.get();
                    let closed_on = r.people.iter().find_map(|p| p.closed);
                    match closed_on {
                        Some(d) => view! { <p class="chip ok" data-test="month-closed">{s.t(PayMsg::Closed(d))}</p> }.into_any(),
                        None => view! {
                            <div class="close-month">
                                <p class="muted" data-test="month-open">{s.t(PayMsg::Open)}</p>
                                <Show when=move || confirm.get() fallback=move || view! {
                                    <button data-test="close-month" on:click=move |_| confirm.set(true)>{s.tr(PayMsg::CloseMonth)}</button>
                                }>
                                    <p class="warning">{move || s.t(PayMsg::CloseConfirm(month.get()))}</p>
                                    <button class="primary" data-test="close-yes" on:click=close>{s.tr(PayMsg::CloseYes)}</button>
                                    <button data-test="close-cancel" on:click=move |_| confirm.set(false)>{s.tr(PayMsg::Cancel)}</button>
                                </Show>
                            </div>
                        }.into_any(),
                    }
                }}
                {move || problem.get().map(|p| view! { <p class="error" role="alert" data-test="pay-problem">{s.t(p)}</p> })}
            </div>
            <div class="card table-wrap no-print" tabindex="0" role="region" aria-label=s.tr(PayMsg::Payroll)>
                <table class="grid" data-test="payroll">
                    <thead><tr>
                        <th class="name">{s.tr(PayMsg::Person)}</th>
                        <th class="name">{s.tr(PayMsg::Scheme)}</th>
                        <th>{s.tr(PayMsg::Fixed)}</th>
                        <th>{s.tr(PayMsg::Variable)}</th>
                        <th>{s.tr(PayMsg::Total)}</th>
                    </tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|p| {
                            let id = p.manager;
                            view! {
                                <tr class:selected=move || selected.get() == Some(id)>
                                    <td class="name">
                                        <button class="link" data-test="payslip-open" aria-expanded=move || (selected.get() == Some(id)).to_string()
                                            on:click=move |_| selected.update(|x| *x = if *x == Some(id) { None } else { Some(id) })>
                                            {p.name}
                                        </button>
                                    </td>
                                    <td class="name">{p.scheme.unwrap_or_else(|| s.t(PayMsg::NoScheme))}</td>
                                    <td>{money(p.fixed)}</td>
                                    <td>{money(p.variable)}</td>
                                    <td><strong>{money(p.total)}</strong></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                    <tfoot><tr>
                        <th class="name" colspan="4">{s.tr(PayMsg::Total)}</th>
                        <th>{move || money(roll.with(|r| r.total))}</th>
                    </tr></tfoot>
                </table>
            </div>
            {move || {
                let r = roll.get();
                let all = print_all.get();
                r.people.into_iter()
                    .filter(|p| p.scheme.is_some() && (all || selected.get() == Some(p.manager)))
                    .map(|p| view! { <Payslip person=p on_print=Callback::new(move |_| print(false))/> })
                    .collect_view()
            }}
            <super::settlements::Settlements/>
        </section>
    }
}

/// One person's payslip: every line with its formula, the next steps, the total.
#[component]
fn Payslip(person: PersonPay, on_print: Callback<()>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let lang = s.lang.get_untracked();
    let (lines, name, currency) = s.data.with_untracked(|d| {
        (
            worded(d, lang, &person.lines),
            d.full_name(person.manager).unwrap_or_default(),
            d.settings().currency,
        )
    });
    let money = move |m: i64| format_money(lang, m, &currency);
    let next: Vec<String> = lines.iter().filter_map(|(w, _)| w.next.clone()).collect();
    view! {
        <article class="card payslip" data-test="payslip">
            <div class="kpi-head">
                <h2>{format!("{name} — {}", month_title(lang, person.month))}</h2>
                <button data-test="payslip-print" on:click=move |_| on_print.run(())>{s.tr(PayMsg::Print)}</button>
            </div>
            <table class="grid lines">
                <thead><tr>
                    <th class="name">{s.tr(PayMsg::Line)}</th>
                    <th class="name">{s.tr(PayMsg::Formula)}</th>
                    <th>{s.tr(PayMsg::Amount)}</th>
                </tr></thead>
                <tbody>
                    {lines.into_iter().map(|(w, amount)| view! {
                        <tr data-test="payslip-line">
                            <td class="name">{w.name}</td>
                            <td class="name formula">{w.formula}</td>
                            <td>{money(amount)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot><tr>
                    <th class="name" colspan="2">{s.tr(PayMsg::Total)}</th>
                    <th data-test="payslip-total">{money(person.total)}</th>
                </tr></tfoot>
            </table>
            {(!next.is_empty()).then(|| view! {
                <div class="next-step">
                    <h3>{s.tr(PayMsg::NextStep)}</h3>
                    <ul>{next.into_iter().map(|n| view! { <li data-test="next-step">{n}</li> }).collect_view()}</ul>
                </div>
            })}
            {person.closed.is_none().then(|| view! { <WhatIf manager=person.manager month=person.month/> })}
        </article>
    }
}

/// What-if for the seller: their month's pay had their payments come to the sum typed in.
#[component]
fn WhatIf(manager: RecordId, month: chrono::NaiveDate) -> impl IntoView {
    let s = expect_context::<AppState>();
    let typed = RwSignal::new(String::new());
    let result = Memo::new(move |_| {
        let text = typed.get();
        let value = parse_value(Unit::Money, &text).ok().flatten()?;
        let facts = [(Builtin::Payments.id(), value)].into_iter().collect();
        s.data.with(|d| pay_at(d, manager, month, &facts))
    });
    let money = move |m: i64| {
        let cur = s.data.with_untracked(|d| d.settings().currency);
        format_money(s.lang.get(), m, &cur)
    };
    view! {
        <div class="what-if">
            <label class="stack">
                <span>{move || s.t(PayMsg::WhatIfPayments(s.data.with(|d| currency_sign(&d.settings().currency).to_string())))}</span>
                <input name="what_if_payments" inputmode="decimal" data-test="what-if-payments"
                    prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
            </label>
            {move || result.get().map(|p| view! {
                <p data-test="what-if-total">{s.t(PayMsg::WhatIfTotal(money(p.total)))}</p>
            })}
        </div>
    }
}

/// The payroll for the accountant, its lines worded as on the payslips.
fn sheet(data: &Dataset, lang: Lang, roll: &Payroll) -> String {
    let words = SheetWords {
        person: PayMsg::Person.text(lang),
        scheme: PayMsg::Scheme.text(lang),
        line: PayMsg::Line.text(lang),
        formula: PayMsg::Formula.text(lang),
        amount: PayMsg::Amount.text(lang),
        total: PayMsg::Total.text(lang),
        no_scheme: PayMsg::NoScheme.text(lang),
    };
    let people: Vec<_> = roll
        .people
        .iter()
        .map(|p| {
            let lines = worded(data, lang, &p.lines)
                .into_iter()
                .map(|(w, amount)| WordedLine {
                    name: w.name,
                    formula: w.formula,
                    amount,
                })
                .collect();
            (PayrollRow::of(data, p), lines)
        })
        .collect();
    payroll_csv(lang, &words, &people)
}
