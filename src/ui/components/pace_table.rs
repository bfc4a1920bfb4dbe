//! The one plan/fact table: one metric, a row per person (the department's row first where a screen shows it), and
//! the columns the screen picks. The dashboard's ranking of managers and the meeting room's numbers are this table;
//! every figure comes from `domain::planning::planfact::Pace`.

use crate::domain::core::locale::format_percent;
use crate::domain::planning::planfact::{Pace, Status};
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::words::PlanMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A column of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Col {
    /// The row's place, from 1.
    Rank,
    Plan,
    Fact,
    Completion,
    Deviation,
    PaceIndex,
    Forecast,
    NeedPerDay,
    /// Today's plan, from the day's board.
    TodayPlan,
    /// The status chip (on track, behind, at risk…).
    Status,
}

/// One row: whose, and their figures.
#[derive(Clone, Debug, PartialEq)]
pub struct PaceRow {
    pub name: String,
    /// The department's row (shown as a total).
    pub total: bool,
    pub pace: Pace,
    /// Today's plan, for [`Col::TodayPlan`].
    pub today_plan: Option<i64>,
}

/// The CSS class of a status chip.
pub fn status_class(s: Status) -> &'static str {
    match s {
        Status::Done | Status::OnTrack => "chip ok",
        Status::Behind => "chip warn",
        Status::AtRisk => "chip bad",
        Status::NoPlan | Status::NotStarted => "chip muted",
    }
}

/// The text colour of a completion or pace cell by status.
fn tone(s: Status) -> &'static str {
    match s {
        Status::AtRisk => "bad-text",
        Status::Behind => "warn-text",
        Status::OnTrack | Status::Done => "ok-text",
        Status::NoPlan | Status::NotStarted => "",
    }
}

/// The plan/fact table. `value` words a value of the metric (money with or without kopecks, counts); `name_header`
/// heads the names' column; `test` and `row_test` name the table and its rows for the end-to-end tests.
#[component]
pub fn PaceTable(
    cols: &'static [Col],
    #[prop(into)] rows: Signal<Vec<PaceRow>>,
    value: Callback<i64, String>,
    #[prop(into)] name_header: Signal<String>,
    class: &'static str,
    test: &'static str,
    row_test: &'static str,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let header = move |c: Col| match c {
        Col::Rank => "#".to_string(),
        Col::Plan => s.t(PlanMsg::Plan),
        Col::Fact => s.t(PlanMsg::Fact),
        Col::Completion => s.t(PlanMsg::Completion),
        Col::Deviation => s.t(PlanMsg::Deviation),
        Col::PaceIndex => s.t(PlanMsg::PaceIndex),
        Col::Forecast => s.t(PlanMsg::Forecast),
        Col::NeedPerDay => s.t(PlanMsg::NeedPerDay),
        Col::TodayPlan => s.t(Msg::TodayColumn),
        Col::Status => String::new(),
    };
    let cell = move |c: Col, place: usize, row: &PaceRow| -> AnyView {
        let lang = s.lang.get();
        let pace = row.pace;
        let status = pace.status(s.data.with_untracked(|d| d.settings().bands()));
        let dash = || "—".to_string();
        let (text, class) = match c {
            Col::Rank => (place.to_string(), ""),
            Col::Plan => (value.run(pace.plan), ""),
            Col::Fact => (value.run(pace.fact), ""),
            Col::Completion => (format_percent(lang, pace.completion()), tone(status)),
            Col::Deviation => (
                value.run(pace.deviation()),
                if pace.deviation() < 0 { "bad-text" } else { "" },
            ),
            Col::PaceIndex => (format_percent(lang, pace.pace_index()), tone(status)),
            Col::Forecast => (
                pace.forecast().map(|v| value.run(v)).unwrap_or_else(dash),
                "",
            ),
            Col::NeedPerDay => (
                pace.required_per_day()
                    .map(|v| value.run(v))
                    .unwrap_or_else(dash),
                "",
            ),
            Col::TodayPlan => (
                row.today_plan.map(|v| value.run(v)).unwrap_or_else(dash),
                "strong",
            ),
            Col::Status => {
                let chip = s.t(PlanMsg::StatusName(status));
                return view! { <td><span class=status_class(status)>{chip}</span></td> }
                    .into_any();
            }
        };
        view! { <td class=format!("num {class}")>{text}</td> }.into_any()
    };
    view! {
        <div class="table-wrap">
            <table class=class data-test=test>
                <thead><tr>
                    {cols.first().filter(|c| **c == Col::Rank).map(|_| view! { <th>"#"</th> })}
                    <th class="name">{move || name_header.get()}</th>
                    {cols.iter().filter(|c| **c != Col::Rank).map(|c| { let c = *c; view! { <th>{move || header(c)}</th> } }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().enumerate().map(|(i, row)| {
                        let rank = cols.first().filter(|c| **c == Col::Rank).map(|_| cell(Col::Rank, i + 1, &row));
                        let rest = cols.iter().filter(|c| **c != Col::Rank).map(|c| cell(*c, i + 1, &row)).collect_view();
                        view! {
                            <tr class:total=row.total data-test=row_test>
                                {rank}
                                <td class="name">{row.name.clone()}</td>
                                {rest}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
