//! The editor's building blocks: a number field and a checkbox of the draft, a metric picker, and the shape of
//! a component (what its markup depends on).

use crate::domain::core::bp::Bp;
use crate::domain::core::locale::input_value;
use crate::domain::core::unit::Unit;
use crate::domain::motivation::commission::TierBasis;
use crate::domain::motivation::component::{Component, ComponentKind};
use crate::domain::motivation::scheme::PayScheme;
use crate::domain::planning::metric::{catalog, parse_value};
use crate::domain::RecordId;
use crate::ui::i18n::Msg;
use crate::ui::pages::motivation::scheme_words::SchemeMsg;
use crate::ui::pages::planning::words::metric_name;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What the editor's markup depends on: component kinds, their list lengths and optional parts. Values are read
/// by each field on its own, so typing a number never rebuilds the form.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Shape {
    pub(super) kind: ComponentKind,
    pub(super) rows: usize,
    pub(super) basis: Option<TierBasis>,
    pub(super) gate: bool,
    pub(super) accelerator: bool,
    pub(super) cap: bool,
    /// The unit a per-unit bonus's threshold and step are typed in (its metric's).
    pub(super) unit: Unit,
}

pub(super) fn shape(c: &Component, unit_of: &dyn Fn(RecordId) -> Option<Unit>) -> Shape {
    let mut out = Shape {
        kind: c.kind(),
        rows: 0,
        basis: None,
        gate: false,
        accelerator: false,
        cap: false,
        unit: Unit::Count,
    };
    match c {
        Component::Commission(x) => {
            out.rows = x.tiers.len();
            out.basis = Some(x.basis);
            out.gate = x.gate.is_some();
            out.accelerator = x.accelerator.is_some();
            out.cap = x.cap.is_some();
        }
        Component::Kpi(k) => out.rows = k.items.len(),
        Component::SalaryShare(b) => out.rows = b.bands.len(),
        Component::PerUnit { metric, .. } => out.unit = unit_of(*metric).unwrap_or(Unit::Count),
        _ => {}
    }
    out
}

/// A number field of the draft: shown in `unit` (money in roubles, rates as percents), read back on change.
pub(super) fn number(
    s: AppState,
    draft: RwSignal<PayScheme>,
    label: Msg,
    name: String,
    unit: Unit,
    get: impl Fn(&PayScheme) -> i64 + Send + Sync + Copy + 'static,
    set: impl Fn(&mut PayScheme, i64) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    view! {
        <label>{s.tr(label)}
            <input name=name inputmode="decimal" prop:value=move || draft.with(|d| input_value(unit, get(d)))
                on:change=move |ev| if let Ok(Some(v)) = parse_value(unit, &event_target_value(&ev)) { draft.update(|d| set(d, v)) }/>
        </label>
    }
}

/// A checkbox of the draft.
pub(super) fn flag(
    s: AppState,
    draft: RwSignal<PayScheme>,
    label: Msg,
    get: impl Fn(&PayScheme) -> bool + Send + Sync + Copy + 'static,
    set: impl Fn(&mut PayScheme, bool) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=move || draft.with(get) on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| set(d, on)) }/>
            <span>{s.tr(label)}</span>
        </label>
    }
}

/// A metric `<select>` for component `i`'s field.
pub(super) fn metric_select(
    s: AppState,
    draft: RwSignal<PayScheme>,
    name: String,
    summed_only: bool,
    get: impl Fn(&PayScheme) -> Option<RecordId> + Send + Sync + Copy + 'static,
    set: impl Fn(&mut PayScheme, RecordId) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let metrics: Vec<(RecordId, String)> = s.data.with_untracked(|d| {
        catalog(d)
            .into_iter()
            .filter(|m| !m.hidden && (!summed_only || m.is_summed()))
            .map(|m| (m.id, metric_name(&m, s.lang.get_untracked())))
            .collect()
    });
    view! {
        <label>{s.tr(SchemeMsg::Metric)}
            <select name=name on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { draft.update(|d| set(d, id)) }>
                {metrics.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || draft.with(|d| get(d) == Some(id))>{n}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// A rate field of the draft: a percent with up to two decimals (`7,5`), kept in basis points.
pub(super) fn rate(
    s: AppState,
    draft: RwSignal<PayScheme>,
    label: Msg,
    name: String,
    get: impl Fn(&PayScheme) -> Bp + Send + Sync + Copy + 'static,
    set: impl Fn(&mut PayScheme, Bp) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    number(
        s,
        draft,
        label,
        name,
        Unit::Score,
        move |d| get(d).0,
        move |d, v| set(d, Bp(v)),
    )
}
