//! One component's fields in the editor: a commission's tiers and gates, a KPI matrix, salary-share bands, a
//! per-unit bonus, a fixed part.

use super::fields::{flag, metric_select, number, rate, Shape};
use crate::domain::core::bp::Bp;
use crate::domain::core::locale::input_value;
use crate::domain::core::unit::Unit;
use crate::domain::motivation::commission::{Period, TierBasis, TierMode};
use crate::domain::motivation::component::{Component, ComponentKind, SickLeave};
use crate::domain::motivation::scheme::PayScheme;
use crate::domain::planning::metric::parse_value;
use crate::ui::components::widgets::{date_value, parse_date, DateShown};
use crate::ui::i18n::Msg;
use crate::ui::pages::motivation::scheme_words::SchemeMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub(super) fn ComponentFields(draft: RwSignal<PayScheme>, i: usize, shape: Shape) -> impl IntoView {
    let s = expect_context::<AppState>();
    let n = |f: &str| format!("c{i}-{f}");
    let remove = move |_| {
        draft.update(|d| {
            if i < d.components.len() {
                d.components.remove(i);
            }
        })
    };
    let money = Unit::Money;
    let pct = Unit::Score;
    let body = match shape.kind {
        ComponentKind::Salary => view! {
            {number(s, draft, SchemeMsg::Amount.into(), n("amount"), money,
                move |d| match d.components.get(i) { Some(Component::Salary { amount, .. }) => *amount, _ => 0 },
                move |d, v| if let Some(Component::Salary { amount, .. }) = d.components.get_mut(i) { *amount = v })}
            {flag(s, draft, SchemeMsg::WorkedTime.into(),
                move |d| matches!(d.components.get(i), Some(Component::Salary { worked_time: true, .. })),
                move |d, on| if let Some(Component::Salary { worked_time, .. }) = d.components.get_mut(i) { *worked_time = on })}
            {flag(s, draft, SchemeMsg::Sick(SickLeave::Worked).into(),
                move |d| matches!(d.components.get(i), Some(Component::Salary { sick_leave: SickLeave::Worked, .. })),
                move |d, on| if let Some(Component::Salary { sick_leave, .. }) = d.components.get_mut(i) { *sick_leave = if on { SickLeave::Worked } else { SickLeave::NotWorked } })}
        }.into_any(),
        ComponentKind::Commission => {
            let basis = shape.basis.unwrap_or(TierBasis::Completion);
            let point = if basis == TierBasis::Completion { pct } else { money };
            view! {
                {metric_select(s, draft, n("metric"), true, move |d| d.commission(i).map(|c| c.metric), move |d, id| if let Some(c) = d.commission_mut(i) { c.metric = id })}
                <label>{s.tr(SchemeMsg::Tiers)}
                    <select name=n("basis") on:change=move |ev| {
                        let amount = event_target_value(&ev) == "amount";
                        draft.update(|d| if let Some(c) = d.commission_mut(i) { c.basis = if amount { TierBasis::Amount } else { TierBasis::Completion } })
                    }>
                        <option value="completion" selected=basis == TierBasis::Completion>{s.tr(SchemeMsg::Basis(TierBasis::Completion))}</option>
                        <option value="amount" selected=basis == TierBasis::Amount>{s.tr(SchemeMsg::Basis(TierBasis::Amount))}</option>
                    </select>
                </label>
                <label>{s.tr(SchemeMsg::Rate)}
                    <select name=n("mode") on:change=move |ev| {
                        let marginal = event_target_value(&ev) == "marginal";
                        draft.update(|d| if let Some(c) = d.commission_mut(i) { c.mode = if marginal { TierMode::Marginal } else { TierMode::Retroactive } })
                    }>
                        <option value="retroactive" selected=move || draft.with(|d| d.commission(i).is_some_and(|c| c.mode == TierMode::Retroactive))>{s.tr(SchemeMsg::Mode(TierMode::Retroactive))}</option>
                        <option value="marginal" selected=move || draft.with(|d| d.commission(i).is_some_and(|c| c.mode == TierMode::Marginal))>{s.tr(SchemeMsg::Mode(TierMode::Marginal))}</option>
                    </select>
                </label>
                <label>{s.tr(SchemeMsg::PeriodLabel)}
                    <select name=n("period") data-test="commission-period" on:change=move |ev| {
                        let picked = event_target_value(&ev).parse::<usize>().ok().and_then(|k| Period::ALL.get(k).copied());
                        if let Some(p) = picked { draft.update(|d| if let Some(c) = d.commission_mut(i) { c.period = p }) }
                    }>
                        {Period::ALL.into_iter().enumerate().map(|(k, p)| view! {
                            <option value=k.to_string() selected=move || draft.with(|d| d.commission(i).is_some_and(|c| c.period == p))>{s.tr(SchemeMsg::Period(p))}</option>
                        }).collect_view()}
                    </select>
                </label>
                <div class="rows wide">
                    {(0..shape.rows).map(|j| view! {
                        <div class="row" data-test="tier">
                            {number(s, draft, SchemeMsg::TierFrom(basis).into(), n(&format!("tier{j}-from")), point,
                                move |d| d.commission(i).and_then(|c| c.tiers.get(j)).map(|t| t.from).unwrap_or(0),
                                move |d, v| if let Some(t) = d.commission_mut(i).and_then(|c| c.tiers.get_mut(j)) { t.from = v })}
                            {rate(s, draft, SchemeMsg::Rate.into(), n(&format!("tier{j}-rate")),
                                move |d| d.commission(i).and_then(|c| c.tiers.get(j)).map(|t| t.rate_bp).unwrap_or(Bp::ZERO),
                                move |d, v| if let Some(t) = d.commission_mut(i).and_then(|c| c.tiers.get_mut(j)) { t.rate_bp = v })}
                            <button class="link" on:click=move |_| draft.update(|d| if let Some(c) = d.commission_mut(i) { if j < c.tiers.len() { c.tiers.remove(j); } })>{s.tr(SchemeMsg::Remove)}</button>
                        </div>
                    }).collect_view()}
                    <button data-test="add-tier" on:click=move |_| draft.update(|d| if let Some(c) = d.commission_mut(i) { c.add_tier() })>{s.tr(SchemeMsg::AddTier)}</button>
                </div>
                <div class="optional wide">
                    {flag(s, draft, SchemeMsg::Gate(basis).into(), move |d| d.commission(i).is_some_and(|c| c.gate.is_some()),
                        move |d, on| if let Some(c) = d.commission_mut(i) { c.set_gate(on) })}
                    {shape.gate.then(|| number(s, draft, SchemeMsg::Gate(basis).into(), n("gate"), point,
                        move |d| d.commission(i).and_then(|c| c.gate).unwrap_or(0),
                        move |d, v| if let Some(c) = d.commission_mut(i) { c.gate = Some(v) }))}
                </div>
                <div class="optional wide">
                    {flag(s, draft, SchemeMsg::Accelerator.into(), move |d| d.commission(i).is_some_and(|c| c.accelerator.is_some()),
                        move |d, on| if let Some(c) = d.commission_mut(i) { c.set_accelerator(on) })}
                    {shape.accelerator.then(|| view! {
                        {number(s, draft, SchemeMsg::AcceleratorFrom(basis).into(), n("acc-from"), point,
                            move |d| d.commission(i).and_then(|c| c.accelerator).map(|a| a.from).unwrap_or(0),
                            move |d, v| if let Some(a) = d.commission_mut(i).and_then(|c| c.accelerator.as_mut()) { a.from = v })}
                        {rate(s, draft, SchemeMsg::Factor.into(), n("acc-factor"),
                            move |d| d.commission(i).and_then(|c| c.accelerator).map(|a| a.factor_bp).unwrap_or(Bp::ZERO),
                            move |d, v| if let Some(a) = d.commission_mut(i).and_then(|c| c.accelerator.as_mut()) { a.factor_bp = v })}
                    })}
                </div>
                <div class="optional wide">
                    {flag(s, draft, SchemeMsg::Cap.into(), move |d| d.commission(i).is_some_and(|c| c.cap.is_some()),
                        move |d, on| if let Some(c) = d.commission_mut(i) { c.cap = on.then_some(30_000_000) })}
                    {shape.cap.then(|| number(s, draft, SchemeMsg::Cap.into(), n("cap"), money,
                        move |d| d.commission(i).and_then(|c| c.cap).unwrap_or(0),
                        move |d, v| if let Some(c) = d.commission_mut(i) { c.cap = Some(v) }))}
                </div>
            }.into_any()
        }
        ComponentKind::Kpi => view! {
            {number(s, draft, SchemeMsg::TargetBonus.into(), n("target"), money,
                move |d| d.kpi(i).map(|k| k.target_bonus).unwrap_or(0),
                move |d, v| if let Some(k) = d.kpi_mut(i) { k.target_bonus = v })}
            {flag(s, draft, SchemeMsg::WorkedTime.into(), move |d| d.kpi(i).is_some_and(|k| k.worked_time),
                move |d, on| if let Some(k) = d.kpi_mut(i) { k.worked_time = on })}
            <div class="rows wide">
                {(0..shape.rows).map(|j| view! {
                    <div class="row" data-test="kpi">
                        {metric_select(s, draft, n(&format!("kpi{j}-metric")), false,
                            move |d| d.kpi(i).and_then(|k| k.items.get(j)).map(|x| x.metric),
                            move |d, id| if let Some(x) = d.kpi_mut(i).and_then(|k| k.items.get_mut(j)) { x.metric = id })}
                        {rate(s, draft, SchemeMsg::Weight.into(), n(&format!("kpi{j}-weight")),
                            move |d| d.kpi(i).and_then(|k| k.items.get(j)).map(|x| x.weight_bp).unwrap_or(Bp::ZERO),
                            move |d, v| if let Some(x) = d.kpi_mut(i).and_then(|k| k.items.get_mut(j)) { x.weight_bp = v })}
                        {rate(s, draft, SchemeMsg::ZeroAt.into(), n(&format!("kpi{j}-zero")),
                            move |d| d.kpi(i).and_then(|k| k.items.get(j)).map(|x| x.zero_bp).unwrap_or(Bp::ZERO),
                            move |d, v| if let Some(x) = d.kpi_mut(i).and_then(|k| k.items.get_mut(j)) { x.zero_bp = v })}
                        {rate(s, draft, SchemeMsg::MaxAt.into(), n(&format!("kpi{j}-max")),
                            move |d| d.kpi(i).and_then(|k| k.items.get(j)).map(|x| x.max_bp).unwrap_or(Bp::ZERO),
                            move |d, v| if let Some(x) = d.kpi_mut(i).and_then(|k| k.items.get_mut(j)) { x.max_bp = v })}
                        {flag(s, draft, SchemeMsg::LowerIsBetter.into(),
                            move |d| d.kpi(i).and_then(|k| k.items.get(j)).is_some_and(|x| x.lower_is_better),
                            move |d, on| if let Some(x) = d.kpi_mut(i).and_then(|k| k.items.get_mut(j)) { x.lower_is_better = on })}
                        <button class="link" on:click=move |_| draft.update(|d| if let Some(k) = d.kpi_mut(i) { if j < k.items.len() { k.items.remove(j); } })>{s.tr(SchemeMsg::Remove)}</button>
                    </div>
                }).collect_view()}
                <button on:click=move |_| draft.update(|d| if let Some(k) = d.kpi_mut(i) { k.add_item() })>{s.tr(SchemeMsg::AddKpi)}</button>
            </div>
        }.into_any(),
        ComponentKind::SalaryShare => view! {
            {metric_select(s, draft, n("metric"), true, move |d| d.salary_share(i).map(|b| b.metric), move |d, id| if let Some(b) = d.salary_share_mut(i) { b.metric = id })}
            <div class="rows wide">
                <p class="muted">{s.tr(SchemeMsg::Bands)}</p>
                {(0..shape.rows).map(|j| view! {
                    <div class="row" data-test="band">
                        {rate(s, draft, SchemeMsg::BandFrom.into(), n(&format!("band{j}-from")),
                            move |d| d.band(i, j).map(|b| b.from_bp).unwrap_or(Bp::ZERO),
                            move |d, v| if let Some(b) = d.band_mut(i, j) { b.from_bp = v })}
                        {flag(s, draft, SchemeMsg::BandFromIncluded.into(),
                            move |d| d.band(i, j).is_some_and(|b| b.from_included),
                            move |d, on| if let Some(b) = d.band_mut(i, j) { b.from_included = on })}
                        <label>{s.tr(SchemeMsg::BandTo)}
                            <input name=n(&format!("band{j}-to")) inputmode="decimal"
                                prop:value=move || draft.with(|d| d.band(i, j).and_then(|b| b.to_bp).map(|v| input_value(pct, v.0)).unwrap_or_default())
                                on:change=move |ev| {
                                    let text = event_target_value(&ev);
                                    // Empty: no upper bound; a number: the bound; anything else is ignored.
                                    let to = if text.trim().is_empty() { Some(None) } else { parse_value(pct, &text).ok().flatten().map(|v| Some(Bp(v))) };
                                    if let Some(to) = to { draft.update(|d| if let Some(b) = d.band_mut(i, j) { b.to_bp = to }) }
                                }/>
                        </label>
                        {flag(s, draft, SchemeMsg::BandToIncluded.into(),
                            move |d| d.band(i, j).is_some_and(|b| b.to_included),
                            move |d, on| if let Some(b) = d.band_mut(i, j) { b.to_included = on })}
                        {rate(s, draft, SchemeMsg::BandShare.into(), n(&format!("band{j}-share")),
                            move |d| d.band(i, j).map(|b| b.share_bp).unwrap_or(Bp::ZERO),
                            move |d, v| if let Some(b) = d.band_mut(i, j) { b.share_bp = v })}
                        <button class="link" on:click=move |_| draft.update(|d| if let Some(b) = d.salary_share_mut(i) { if j < b.bands.len() { b.bands.remove(j); } })>{s.tr(SchemeMsg::Remove)}</button>
                    </div>
                }).collect_view()}
                <button data-test="add-band" on:click=move |_| draft.update(|d| if let Some(b) = d.salary_share_mut(i) { b.add_band() })>{s.tr(SchemeMsg::AddBand)}</button>
            </div>
        }.into_any(),
        ComponentKind::PerUnit => {
            let unit = shape.unit;
            let on_money = unit == Unit::Money;
            view! {
            {metric_select(s, draft, n("metric"), true,
                move |d| match d.components.get(i) { Some(Component::PerUnit { metric, .. }) => Some(*metric), _ => None },
                move |d, id| if let Some(Component::PerUnit { metric, .. }) = d.components.get_mut(i) { *metric = id })}
            <label>{s.tr(Msg::From)}
                <input type="date" name=n("from") prop:value=move || draft.with(|d| match d.components.get(i) { Some(Component::PerUnit { from, .. }) => date_value(*from), _ => String::new() })
                    on:change=move |ev| if let Some(v) = parse_date(&event_target_value(&ev)) { draft.update(|d| if let Some(Component::PerUnit { from, .. }) = d.components.get_mut(i) { *from = v }) }/><DateShown date=Signal::derive(move || draft.with(|d| match d.components.get(i) { Some(Component::PerUnit { from, .. }) => Some(*from), _ => None }))/>
            </label>
            <label>{s.tr(Msg::To)}
                <input type="date" name=n("to") prop:value=move || draft.with(|d| match d.components.get(i) { Some(Component::PerUnit { to, .. }) => date_value(*to), _ => String::new() })
                    on:change=move |ev| if let Some(v) = parse_date(&event_target_value(&ev)) { draft.update(|d| if let Some(Component::PerUnit { to, .. }) = d.components.get_mut(i) { *to = v }) }/><DateShown date=Signal::derive(move || draft.with(|d| match d.components.get(i) { Some(Component::PerUnit { to, .. }) => Some(*to), _ => None }))/>
            </label>
            {number(s, draft, SchemeMsg::Above(on_money).into(), n("above"), unit,
                move |d| match d.components.get(i) { Some(Component::PerUnit { above, .. }) => *above, _ => 0 },
                move |d, v| if let Some(Component::PerUnit { above, .. }) = d.components.get_mut(i) { *above = v })}
            {number(s, draft, SchemeMsg::Step(on_money).into(), n("step"), unit,
                move |d| match d.components.get(i) { Some(Component::PerUnit { step, .. }) => *step, _ => 1 },
                move |d, v| if let Some(Component::PerUnit { step, .. }) = d.components.get_mut(i) { *step = v })}
            {number(s, draft, SchemeMsg::PerUnit.into(), n("per-unit"), money,
                move |d| match d.components.get(i) { Some(Component::PerUnit { per_unit, .. }) => *per_unit, _ => 0 },
                move |d, v| if let Some(Component::PerUnit { per_unit, .. }) = d.components.get_mut(i) { *per_unit = v })}
            {on_money.then(|| view! { <p class="muted wide">{s.tr(SchemeMsg::StepHint)}</p> })}
            }.into_any()
        }
        ComponentKind::TeamPool => view! {
            {metric_select(s, draft, n("metric"), true,
                move |d| match d.components.get(i) { Some(Component::TeamPool { metric, .. }) => Some(*metric), _ => None },
                move |d, id| if let Some(Component::TeamPool { metric, .. }) = d.components.get_mut(i) { *metric = id })}
            {number(s, draft, SchemeMsg::Pool.into(), n("pool"), money,
                move |d| match d.components.get(i) { Some(Component::TeamPool { pool, .. }) => *pool, _ => 0 },
                move |d, v| if let Some(Component::TeamPool { pool, .. }) = d.components.get_mut(i) { *pool = v })}
        }.into_any(),
        ComponentKind::Draw => view! {
            {number(s, draft, SchemeMsg::Minimum.into(), n("minimum"), money,
                move |d| match d.components.get(i) { Some(Component::Draw { minimum, .. }) => *minimum, _ => 0 },
                move |d, v| if let Some(Component::Draw { minimum, .. }) = d.components.get_mut(i) { *minimum = v })}
            {number(s, draft, SchemeMsg::Months.into(), n("months"), Unit::Count,
                move |d| match d.components.get(i) { Some(Component::Draw { months, .. }) => i64::from(*months), _ => 0 },
                move |d, v| if let Some(Component::Draw { months, .. }) = d.components.get_mut(i) { *months = u32::try_from(v).unwrap_or(u32::MAX) })}
            {flag(s, draft, SchemeMsg::Recoverable.into(),
                move |d| matches!(d.components.get(i), Some(Component::Draw { recoverable: true, .. })),
                move |d, on| if let Some(Component::Draw { recoverable, .. }) = d.components.get_mut(i) { *recoverable = on })}
            {rate(s, draft, SchemeMsg::RecoverShare.into(), n("recover"),
                move |d| match d.components.get(i) { Some(Component::Draw { recover_bp, .. }) => *recover_bp, _ => Bp::ZERO },
                move |d, v| if let Some(Component::Draw { recover_bp, .. }) = d.components.get_mut(i) { *recover_bp = v })}
        }.into_any(),
    };
    view! {
        <fieldset class="component" data-test="component">
            <legend>{format!("{}. ", i + 1)}{s.tr(SchemeMsg::Kind(shape.kind))}</legend>
            <div class="component-fields">{body}</div>
            <button class="link" data-test="remove-component" on:click=remove>{s.tr(SchemeMsg::Remove)}</button>
        </fieldset>
    }
}
