//! The money chart, drawn one way wherever plan meets fact: a metric's cumulative plan and fact over a period (the
//! dashboard's month, the report's period), money in the scale that fits its largest value and named in the title
//! («Оплаты, тыс. ₽ · Нарастающим итогом»), the plan dashed so the line reads in black and white.

use crate::chart::{ChartSpec, MoneyScale};
use crate::domain::core::locale::currency_sign;
use crate::domain::planning::planfact::CumulativeDay;
use crate::ui::pages::planning::words::PlanMsg;
use crate::ui::state::AppState;
use chrono::NaiveDate;
use leptos::prelude::*;

/// A chart title for money in `scale`: «Оплаты, тыс. ₽».
pub fn money_title(s: AppState, metric: &str, scale: MoneyScale) -> String {
    let sign = currency_sign(&s.data.with_untracked(|d| d.settings().currency)).to_string();
    format!("{metric}, {}", s.t(PlanMsg::MoneyScale(scale, sign)))
}

/// The cumulative plan and fact of `metric` over `days`, each day labelled by `label`; `money` scales the values
/// (a count is drawn as it is).
pub fn cumulative_chart(
    s: AppState,
    metric: &str,
    money: bool,
    days: &[CumulativeDay],
    label: impl Fn(NaiveDate) -> String,
) -> ChartSpec {
    let max = days
        .iter()
        .map(|d| d.plan.max(d.fact.unwrap_or(0)))
        .max()
        .unwrap_or(0);
    let scale = MoneyScale::for_max(max);
    let value = move |v: i64| if money { scale.of(v) } else { v as f64 };
    let name = if money {
        money_title(s, metric, scale)
    } else {
        metric.to_string()
    };
    crate::chart::cumulative(
        &format!("{name} · {}", s.t(PlanMsg::Cumulative)),
        &days.iter().map(|d| label(d.date)).collect::<Vec<_>>(),
        (
            &s.t(PlanMsg::Plan),
            days.iter().map(|d| value(d.plan)).collect(),
        ),
        (
            &s.t(PlanMsg::Fact),
            days.iter().map(|d| d.fact.map(value)).collect(),
        ),
    )
}
