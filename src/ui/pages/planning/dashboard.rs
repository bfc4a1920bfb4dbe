//! The dashboard (C1, P1): the month at a glance. The money plan's completion and forecast, who is behind pace
//! and by how much, what each person needs a day, a ranking, and what the rest of the plan needs in leads and calls.

use crate::domain::core::locale::{
    format_date, format_int, format_money_whole, format_percent, format_value, month_title,
};
use crate::domain::planning::metric::{catalog, Builtin, Unit};
use crate::domain::planning::planfact::{
    board, facts_through, ranking, Board, Funnel, Pace, Period, PeriodKind, Who,
};
use crate::domain::RecordId;
use crate::ui::components::pace_table::{status_class, Col, PaceRow, PaceTable};
use crate::ui::components::svg::Chart;
use crate::ui::components::widgets::{date_value, parse_date, DateShown};
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::words::PlanMsg;
use crate::ui::state::{today, AppState};
use chrono::Datelike;
use leptos::prelude::*;

#[component]
pub fn Dashboard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let day = today();
    // The period shown: a day, week, month or quarter around `anchor`, or a custom range.
    let kind: RwSignal<Option<PeriodKind>> = RwSignal::new(Some(PeriodKind::Month));
    let anchor = RwSignal::new(day);
    let custom = RwSignal::new(Period::month(day));
    let period = Memo::new(move |_| match kind.get() {
        Some(k) => k.around(anchor.get()),
        None => custom.get(),
    });
    // One recompute per data or period change, shared by every block of the page.
    let month = Memo::new(move |_| {
        let period = period.get();
        s.data.with(|d| {
            let ids: Vec<RecordId> = d.managers_by_name().iter().map(|r| r.id).collect();
            board(
                d,
                &d.calendar(),
                &catalog(d),
                &ids,
                period,
                facts_through(d, day),
            )
        })
    });
    let step = move |by: i64| {
        if let Some(k) = kind.get_untracked() {
            anchor.update(|a| *a = k.step(*a, by));
        }
    };
    let title = move || {
        let lang = s.lang.get();
        let p = period.get();
        match kind.get() {
            Some(PeriodKind::Month) => month_title(lang, p.from),
            Some(PeriodKind::Day) => format_date(lang, p.from),
            _ => format!(
                "{} – {}",
                format_date(lang, p.from),
                format_date(lang, p.to)
            ),
        }
    };
    let money = move |v: i64| {
        let cur = s.data.with_untracked(|d| d.settings().currency);
        format_money_whole(s.lang.get(), v, &cur)
    };
    let pay = Builtin::Payments.id();
    view! {
        <section class="dashboard">
            <div class="page-head">
                <h1>{s.tr(PlanMsg::DashboardTitle)} " "
                    <small data-test="period">{title}</small>
                </h1>
                <div class="toolbar">
                    <select name="period" data-test="period-kind" aria-label=s.tr(PlanMsg::PeriodLabel) on:change=move |ev| {
                        let v = event_target_value(&ev);
                        kind.set(PeriodKind::ALL.into_iter().find(|k| format!("{k:?}") == v));
                        if kind.get_untracked().is_none() {
                            custom.set(period.get_untracked());
                        }
                    }>
                        {PeriodKind::ALL.into_iter().map(|k| view! {
                            <option value=format!("{k:?}") selected=move || kind.get() == Some(k)>{s.tr(PlanMsg::PeriodName(Some(k)))}</option>
                        }).collect_view()}
                        <option value="custom" selected=move || kind.get().is_none()>{s.tr(PlanMsg::PeriodName(None))}</option>
                    </select>
                    <Show when=move || kind.get().is_some() fallback=move || view! {
                        <input type="date" min="1970-01-01" max="2099-12-31" name="from" prop:value=move || date_value(custom.get().from)
                            on:change=move |ev| if let Some(d) = parse_date(&event_target_value(&ev)) { custom.update(|c| { c.from = d; c.to = c.to.max(d); }) }/><DateShown date=Signal::derive(move || Some(custom.get().from))/>
                        <input type="date" min="1970-01-01" max="2099-12-31" name="to" prop:value=move || date_value(custom.get().to)
                            on:change=move |ev| if let Some(d) = parse_date(&event_target_value(&ev)) { custom.update(|c| { c.to = d; c.from = c.from.min(d); }) }/><DateShown date=Signal::derive(move || Some(custom.get().to))/>
                    }>
                        <button class="icon" data-test="prev-period" on:click=move |_| step(-1)>"‹"</button>
                        <button class="icon" data-test="next-period" on:click=move |_| step(1)>"›"</button>
                    </Show>
                </div>
                <p class="muted" data-test="through">{move || {
                    let b = month.get();
                    s.t(PlanMsg::FactsThrough(format_date(s.lang.get(), b.through)))
                }}</p>
            </div>
            {move || {
                let b = month.get();
                let dept = b.department.pace(pay).unwrap_or_default();
                view! { <MoneyCard pace=dept board=b.clone() money=money/> }
            }}
            <ManagerTable month=month money=money/>
            <Charts month=month/>
            <FunnelCard month=month/>
        </section>
    }
}

#[component]
fn MoneyCard(
    pace: Pace,
    board: Board,
    money: impl Fn(i64) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let bands = s.data.with_untracked(|d| d.settings().bands());
    let status = pace.status(bands);
    let pay = Builtin::Payments.id();
    let unassigned = board.unassigned.get(&pay).copied().unwrap_or(0);
    let completion = pace.completion();
    let meter = pace.meter_percent();
    view! {
        <div class="card kpi" data-test="money-card">
            <div class="kpi-head">
                <h2>{s.tr(PlanMsg::MetricName(Builtin::Payments))}</h2>
                <span class=status_class(status) data-test="dept-status">{s.tr(PlanMsg::StatusName(status))}</span>
            </div>
            <div class="kpi-main">
                <span class="big" data-test="dept-completion">{move || format_percent(s.lang.get(), completion)}</span>
                <meter min="0" max="100" value=meter></meter>
            </div>
            <dl class="figures">
                <div><dt>{s.tr(PlanMsg::Fact)}</dt><dd data-test="dept-fact">{move || money(pace.fact)}</dd></div>
                <div><dt>{s.tr(PlanMsg::Plan)}</dt><dd data-test="dept-plan">{move || money(pace.plan)}</dd></div>
                <div><dt>{s.tr(PlanMsg::Expected)}</dt><dd>{move || money(pace.expected())}</dd></div>
                <div><dt>{s.tr(PlanMsg::Forecast)}</dt><dd data-test="dept-forecast">{move || pace.forecast().map(money).unwrap_or_else(|| "—".into())}</dd></div>
                <div><dt>{s.tr(PlanMsg::NeedPerDay)}</dt><dd>{move || pace.required_per_day().map(money).unwrap_or_else(|| "—".into())}</dd></div>
                <div><dt>{s.tr(PlanMsg::Deviation)}</dt><dd>{move || money(pace.deviation())}</dd></div>
            </dl>
            <p class="muted">{s.tr(PlanMsg::DaysLeft(pace.days_left()))}</p>
            {(unassigned != 0).then(|| view! {
                <p class="banner warn" data-test="unassigned">{s.tr(PlanMsg::Unassigned(money(unassigned)))}</p>
            })}
        </div>
    }
}

#[component]
fn ManagerTable(
    month: Memo<Board>,
    money: impl Fn(i64) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let pay = Builtin::Payments.id();
    // The ranking (domain): by completion, the ones with a plan first.
    let rows = Signal::derive(move || {
        let b = month.get();
        s.data.with_untracked(|d| {
            ranking(&b, pay)
                .into_iter()
                .filter_map(|(id, pace)| {
                    Some(PaceRow {
                        name: d.short_name(id)?,
                        total: false,
                        pace,
                        today_plan: None,
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    const COLS: &[Col] = &[
        Col::Rank,
        Col::Plan,
        Col::Fact,
        Col::Completion,
        Col::PaceIndex,
        Col::Forecast,
        Col::NeedPerDay,
        Col::Status,
    ];
    view! {
        <div class="card">
            <h2>{s.tr(PlanMsg::Managers)}</h2>
            <PaceTable cols=COLS rows value=Callback::new(money) name_header=Signal::derive(move || s.t(Msg::FullName))
                class="grid" test="manager-table" row_test="manager-row"/>
        </div>
    }
}

#[component]
fn FunnelCard(month: Memo<Board>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let funnel = move || Funnel::of(&month.get().department);
    let needs = move || {
        let b = month.get();
        let pace = b
            .department
            .pace(Builtin::Payments.id())
            .unwrap_or_default();
        Funnel::of(&b.department).needs(pace.shortfall())
    };
    view! {
        <div class="card">
            <h2>{s.tr(PlanMsg::ReverseFunnel)}</h2>
            <dl class="figures">
                <div><dt>{s.tr(PlanMsg::MetricName(Builtin::Calls))}</dt><dd>{move || format_int(s.lang.get(), funnel().calls)}</dd></div>
                <div><dt>{s.tr(PlanMsg::MetricName(Builtin::Leads))}</dt><dd>{move || format_int(s.lang.get(), funnel().leads)}</dd></div>
                <div><dt>{s.tr(PlanMsg::MetricName(Builtin::Deals))}</dt><dd>{move || format_int(s.lang.get(), funnel().deals)}</dd></div>
                <div><dt>{s.tr(PlanMsg::Conversion)}</dt><dd data-test="conversion">{move || format_percent(s.lang.get(), funnel().conversion().value())}</dd></div>
                <div><dt>{s.tr(PlanMsg::AverageCheck)}</dt><dd>{move || {
                    let cur = s.data.with_untracked(|d| d.settings().currency);
                    funnel().average_check().value().map(|v| format_value(s.lang.get(), Unit::Money, v.round() as i64, &cur)).unwrap_or_else(|| "—".into())
                }}</dd></div>
            </dl>
            <p data-test="needs">{move || match needs() {
                Some(n) => {
                    let lang = s.lang.get();
                    s.t(PlanMsg::NeedsText { deals: format_int(lang, n.deals), leads: format_int(lang, n.leads), calls: format_int(lang, n.calls) })
                }
                None => s.t(PlanMsg::NoFunnelYet),
            }}</p>
        </div>
    }
}

/// The month's charts: cumulative plan and fact of payments, plan and fact per manager, and the funnel.
#[component]
fn Charts(month: Memo<Board>) -> impl IntoView {
    use crate::chart::{by_manager, funnel, MoneyScale};
    use crate::domain::planning::planfact::cumulative;
    use crate::ui::pages::planning::money_chart::{cumulative_chart, money_title};
    let s = expect_context::<AppState>();
    let pay = Builtin::Payments.id();
    let name = move |m: PlanMsg| s.t(m);
    let payments = move || name(PlanMsg::MetricName(Builtin::Payments));
    let curve = Signal::derive(move || {
        let b = month.get();
        let days = s
            .data
            .with(|d| cumulative(d, &d.calendar(), pay, b.period.from, b.through));
        cumulative_chart(s, &payments(), true, &days, |d| d.day().to_string())
    });
    let people = Signal::derive(move || {
        let b = month.get();
        let rows: Vec<(String, Pace)> = s.data.with(|d| {
            b.managers
                .iter()
                .filter_map(|r| {
                    let Who::Manager(id) = r.who else { return None };
                    let pace = r.pace(pay)?;
                    let who = d.short_name(id)?;
                    (pace.plan > 0 || pace.fact > 0).then_some((who, pace))
                })
                .collect()
        });
        let max = rows
            .iter()
            .map(|(_, p)| p.plan.max(p.fact))
            .max()
            .unwrap_or(0);
        let scale = MoneyScale::for_max(max);
        by_manager(
            &money_title(s, &payments(), scale),
            &rows.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
            (
                &name(PlanMsg::Plan),
                rows.iter().map(|(_, p)| scale.of(p.plan)).collect(),
            ),
            (
                &name(PlanMsg::Fact),
                rows.iter().map(|(_, p)| scale.of(p.fact)).collect(),
            ),
        )
    });
    let stages = Signal::derive(move || {
        let f = Funnel::of(&month.get().department);
        funnel(
            &name(PlanMsg::Funnel),
            &[
                (name(PlanMsg::MetricName(Builtin::Calls)), f.calls as f64),
                (name(PlanMsg::MetricName(Builtin::Leads)), f.leads as f64),
                (name(PlanMsg::MetricName(Builtin::Deals)), f.deals as f64),
            ],
        )
    });
    view! {
        <div class="card charts">
            <Chart spec=curve label=Signal::derive(move || name(PlanMsg::Cumulative)) test="chart-cumulative"/>
            <Chart spec=people label=Signal::derive(move || name(PlanMsg::Managers)) test="chart-managers"/>
            <Chart spec=stages label=Signal::derive(move || name(PlanMsg::Funnel)) test="chart-funnel"/>
        </div>
    }
}
