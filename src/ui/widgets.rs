//! Small pieces the pages share: a field's error line and input helpers.

use super::i18n::Msg;
use super::state::AppState;
use crate::domain::rules::FieldProblem;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The error under a form field: the first rule `field` breaks, once the user has tried to save.
#[component]
pub fn FieldError(
    problems: Memo<Vec<FieldProblem>>,
    field: &'static str,
    show: RwSignal<bool>,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    move || {
        if !show.get() {
            return None;
        }
        problems.with(|ps| ps.iter().find(|p| p.field == field).map(|p| p.rule.clone())).map(|rule| {
            view! { <p class="field-error" role="alert" data-field=field>{s.t(Msg::Rule(rule))}</p> }
        })
    }
}

/// Parses an `<input type=date>` value.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    s.parse().ok()
}

/// The value for an `<input type=date>`.
pub fn date_value(d: NaiveDate) -> String {
    d.to_string()
}
