//! The stand-up's numbers: the last working day, today, the week, the next week or the month, plan against fact
//! per person.

use super::value_text;
use crate::domain::core::locale::format_date;
use crate::domain::organisation::meeting_numbers::{numbers, Which};
use crate::domain::planning::metric::Builtin;
use crate::domain::planning::planfact::{Board, Who};
use crate::ui::components::pace_table::{Col, PaceRow, PaceTable};
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::pages::planning::words::PlanMsg;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The meeting's numbers for one metric (payments by default; deals, calls and leads a tap away).
#[component]
pub(super) fn NumbersBlock(date: NaiveDate, which: Which) -> impl IntoView {
    let s = expect_context::<AppState>();
    let metric = RwSignal::new(Builtin::Payments.id());
    let nums = Memo::new(move |_| s.data.with(|d| std::sync::Arc::new(numbers(d, date))));
    let choices = [
        Builtin::Payments,
        Builtin::Deals,
        Builtin::Calls,
        Builtin::Leads,
    ];
    let caption = move || {
        let lang = s.lang.get();
        nums.with(|n| {
            let range = |b: &Board| {
                format!(
                    "{} – {}",
                    format_date(lang, b.period.from),
                    format_date(lang, b.period.to)
                )
            };
            match which {
                Which::LastDay => s.t(MeetMsg::LastDay(format_date(lang, n.last_day))),
                Which::Today => s.t(MeetMsg::TodayPlan(format_date(lang, n.date))),
                Which::Week => s.t(MeetMsg::WeekOf(range(&n.week))),
                Which::NextWeek => s.t(MeetMsg::NextWeekOf(range(&n.next_week))),
                Which::Month => crate::domain::core::locale::month_title(lang, n.month.period.from),
            }
        })
    };
    let cols: &'static [Col] = match which {
        Which::LastDay => &[Col::Plan, Col::Fact, Col::Completion, Col::Deviation],
        Which::Today => &[
            Col::TodayPlan,
            Col::Completion,
            Col::PaceIndex,
            Col::Forecast,
            Col::NeedPerDay,
        ],
        Which::Week => &[Col::Plan, Col::Fact, Col::Completion, Col::Forecast],
        Which::NextWeek => &[Col::Plan],
        Which::Month => &[
            Col::Plan,
            Col::Fact,
            Col::Completion,
            Col::Deviation,
            Col::Forecast,
        ],
    };
    let rows = move || {
        let id = metric.get();
        let rows = nums.with(|n| n.rows(which, id));
        s.data.with_untracked(|d| {
            rows.into_iter()
                .map(|r| PaceRow {
                    name: match r.who {
                        Who::Manager(mid) => d.short_name(mid).unwrap_or_default(),
                        Who::Department => s.t(PlanMsg::Department),
                    },
                    total: r.who == Who::Department,
                    pace: r.pace,
                    today_plan: r.today_plan,
                })
                .collect::<Vec<_>>()
        })
    };
    let value = Callback::new(move |v: i64| {
        let id = metric.get_untracked();
        nums.with_untracked(|n| {
            n.metrics
                .iter()
                .find(|x| x.id == id)
                .map(|mt| value_text(s, mt, v))
                .unwrap_or_default()
        })
    });
    view! {
        <div class="mm-card">
            <div class="card-head">
                <h3 data-test="numbers-caption">{caption}</h3>
                <span class="segmented">
                    {choices.into_iter().map(|b| view! {
                        <button class:active=move || metric.get() == b.id() on:click=move |_| metric.set(b.id())>{s.tr(PlanMsg::MetricName(b))}</button>
                    }).collect_view()}
                </span>
            </div>
            <PaceTable cols rows=Signal::derive(rows) value name_header=Signal::derive(String::new)
                class="grid mm-numbers" test="meeting-numbers" row_test="numbers-row"/>
        </div>
    }
}
