//! M1 pay schemes at `/pay/schemes`: every scheme's versions (which one is in force), and the editor. Editing a
//! version drafts the next one from the first open month; saving follows `payroll::save_scheme` (a version whose
//! months are all open is corrected in place, otherwise a new version; a closed month never changes). Under the
//! editor, the head's what-if: the draft over the last six closed months of real facts next to what was paid.
//! Personal: pay stays off the meeting-room screen.

use crate::domain::core::date::month_start;
use crate::domain::core::locale::{format_bp, format_money, input_value, month_title};
use crate::domain::core::unit::Unit;
use crate::domain::motivation::band::{Band, SalaryShare};
use crate::domain::motivation::commission::{
    Accelerator, Commission, Period, Tier, TierBasis, TierMode,
};
use crate::domain::motivation::component::{Component, ComponentKind, SickLeave};
use crate::domain::motivation::kpi::{KpiItem, KpiMatrix};
use crate::domain::motivation::payroll::{new_version_month, save_scheme};
use crate::domain::motivation::scheme::{histories, Applies, History, PayScheme};
use crate::domain::motivation::what_if::{try_scheme, WhatIf};
use crate::domain::planning::metric::{catalog, parse_value, Builtin};
use crate::domain::team::Role;
use crate::domain::RecordId;
use crate::ui::components::widgets::{
    active_people, date_value, parse_date, DateShown, MonthPicker, WhenComplete,
};
use crate::ui::i18n::Msg;
use crate::ui::pages::motivation::pay_words::PayMsg;
use crate::ui::pages::motivation::scheme_words::{scheme_field, SchemeMsg};
use crate::ui::pages::planning::words::metric_name;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn SchemesPage() -> impl IntoView {
    view! { <WhenComplete><Schemes/></WhenComplete> }
}

/// The month a new version starts in.
fn next_month(s: AppState) -> chrono::NaiveDate {
    s.data.with_untracked(|d| new_version_month(d, today()))
}

fn blank(s: AppState) -> PayScheme {
    PayScheme::blank(next_month(s))
}

/// What the editor's markup depends on: component kinds, their list lengths and optional parts. Values are read
/// by each field on its own, so typing a number never rebuilds the form.
#[derive(Clone, Debug, PartialEq)]
struct Shape {
    kind: ComponentKind,
    rows: usize,
    basis: Option<TierBasis>,
    gate: bool,
    accelerator: bool,
    cap: bool,
    /// The unit a per-unit bonus's threshold and step are typed in (its metric's).
    unit: Unit,
}

fn shape(c: &Component, unit_of: &dyn Fn(RecordId) -> Option<Unit>) -> Shape {
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

#[component]
fn Schemes() -> impl IntoView {
    let s = expect_context::<AppState>();
    let base = RwSignal::new(None::<RecordId>);
    let draft = RwSignal::new(blank(s));
    let editing = RwSignal::new(false);
    // Every scheme's versions, grouped by whom they apply to, the newest first; the one in force this month marked.
    let groups = Memo::new(move |_| {
        let month = month_start(today());
        s.data.with(|d| histories(d, month))
    });
    let who = move |a: Applies| match a {
        Applies::Role { role } => s.t(Msg::RoleName(role)),
        Applies::Person { manager } => s.data.with(|d| d.short_name(manager).unwrap_or_default()),
    };
    let edit_version = move |id: RecordId, sc: PayScheme| {
        let from = sc.from.max(next_month(s));
        draft.set(PayScheme { from, ..sc });
        base.set(Some(id));
        editing.set(true);
    };
    view! {
        <section class="schemes-page">
            <div class="page-head">
                <h1>{s.tr(SchemeMsg::Title)}</h1>
                <div class="toolbar">
                    <button class="primary" data-test="new-scheme" on:click=move |_| { draft.set(blank(s)); base.set(None); editing.set(true); }>{s.tr(SchemeMsg::NewScheme)}</button>
                </div>
            </div>
            <p class="banner info inline">{s.tr(PayMsg::Private)}</p>
            <div class="card">
                {move || groups.get().into_iter().map(|History { applies, versions }| view! {
                    <div class="scheme-group" data-test="scheme-group">
                        <h2>{who(applies)}</h2>
                        <ul class="plain versions">
                            {versions.into_iter().map(|(id, sc, in_force)| {
                                let from = sc.from;
                                let name = sc.name.clone();
                                view! {
                                    <li data-test="scheme-version">
                                        <strong>{name}</strong> " " <span class="muted">{move || s.t(SchemeMsg::FromMonth(from))}</span>
                                        {in_force.then(|| view! { " " <span class="chip">{s.tr(SchemeMsg::InForce)}</span> })}
                                        " " <button class="link" data-test="edit-scheme" on:click=move |_| edit_version(id, sc.clone())>{s.tr(SchemeMsg::NewVersion)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                }).collect_view()}
            </div>
            {move || editing.get().then(|| view! { <Editor draft=draft base=base/> })}
        </section>
    }
}

/// A number field of the draft: shown in `unit` (money in roubles, rates as percents), read back on change.
fn number(
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
fn flag(
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

/// The commission of component `i` (a no-op for another kind).
fn commission(d: &mut PayScheme, i: usize) -> Option<&mut Commission> {
    match d.components.get_mut(i) {
        Some(Component::Commission(c)) => Some(c),
        _ => None,
    }
}

fn commission_ref(d: &PayScheme, i: usize) -> Option<&Commission> {
    match d.components.get(i) {
        Some(Component::Commission(c)) => Some(c),
        _ => None,
    }
}

fn kpi(d: &mut PayScheme, i: usize) -> Option<&mut KpiMatrix> {
    match d.components.get_mut(i) {
        Some(Component::Kpi(k)) => Some(k),
        _ => None,
    }
}

fn kpi_ref(d: &PayScheme, i: usize) -> Option<&KpiMatrix> {
    match d.components.get(i) {
        Some(Component::Kpi(k)) => Some(k),
        _ => None,
    }
}

fn bands(d: &mut PayScheme, i: usize) -> Option<&mut SalaryShare> {
    match d.components.get_mut(i) {
        Some(Component::SalaryShare(b)) => Some(b),
        _ => None,
    }
}

fn bands_ref(d: &PayScheme, i: usize) -> Option<&SalaryShare> {
    match d.components.get(i) {
        Some(Component::SalaryShare(b)) => Some(b),
        _ => None,
    }
}

/// The band `j` of component `i`.
fn band_ref(d: &PayScheme, i: usize, j: usize) -> Option<&Band> {
    bands_ref(d, i).and_then(|b| b.bands.get(j))
}

fn band(d: &mut PayScheme, i: usize, j: usize) -> Option<&mut Band> {
    bands(d, i).and_then(|b| b.bands.get_mut(j))
}

/// A metric `<select>` for component `i`'s field.
fn metric_select(
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

#[component]
fn Editor(draft: RwSignal<PayScheme>, base: RwSignal<Option<RecordId>>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let shapes = Memo::new(move |_| {
        s.data.with(|data| {
            let unit = |m: RecordId| data.metric_unit(m);
            draft.with(|d| {
                d.components
                    .iter()
                    .map(|c| shape(c, &unit))
                    .collect::<Vec<_>>()
            })
        })
    });
    // The scheme's own rules and those that need each metric's unit: what the save and an import check.
    let problems = Memo::new(move |_| s.data.with(|data| draft.with(|d| d.problems_in(data))));
    let tried = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Msg>);
    let new_kind = RwSignal::new(ComponentKind::Commission);
    let what_if = RwSignal::new(None::<WhatIf>);
    let people = active_people(s);
    let save = move |_| {
        tried.set(true);
        if !problems.get_untracked().is_empty() {
            return;
        }
        let d = draft.get_untracked();
        let edit = s.data.with_untracked(|data| {
            save_scheme(data, base.get_untracked(), d, uuid::Uuid::new_v4())
        });
        match edit {
            Err(e) => outcome.set(Some(SchemeMsg::Refused(e).into())),
            Ok((id, edit)) => {
                s.save_then(vec![edit], move || {
                    base.set(Some(id));
                    outcome.set(Some(SchemeMsg::Saved.into()));
                });
            }
        }
    };
    let run = move |_| {
        let d = draft.get_untracked();
        what_if.set(Some(s.data.with_untracked(|data| try_scheme(data, &d, 6))));
    };
    let applies_kind = move || draft.with(|d| matches!(d.applies, Applies::Person { .. }));
    let first_person = people.first().map(|p| p.0);
    view! {
        <article class="card scheme-editor" data-test="scheme-editor">
            <div class="scheme-head">
                <label class="wide">{s.tr(SchemeMsg::Name)}
                    <input name="scheme-name" data-test="scheme-name" prop:value=move || draft.with(|d| d.name.clone())
                        on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.name = v) }/>
                </label>
                <label>{s.tr(SchemeMsg::AppliesTo)}
                    <select name="scheme-applies" data-test="scheme-applies" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        draft.update(|d| d.applies = if v == "person" {
                            Applies::Person { manager: first_person.unwrap_or_default() }
                        } else {
                            Applies::Role { role: Role::Seller }
                        });
                    }>
                        <option value="role" selected=move || !applies_kind()>{s.tr(SchemeMsg::ToRole)}</option>
                        <option value="person" selected=applies_kind>{s.tr(SchemeMsg::ToPerson)}</option>
                    </select>
                </label>
                {move || if applies_kind() {
                    let people = people.clone();
                    view! {
                        <label>{s.tr(SchemeMsg::ToPerson)}
                            <select name="scheme-person" on:change=move |ev| if let Ok(id) = event_target_value(&ev).parse() { draft.update(|d| d.applies = Applies::Person { manager: id }) }>
                                {people.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || draft.with(|d| d.applies == Applies::Person { manager: id })>{n}</option> }).collect_view()}
                            </select>
                        </label>
                    }.into_any()
                } else {
                    view! {
                        <label>{s.tr(SchemeMsg::ToRole)}
                            <select name="scheme-role" data-test="scheme-role" on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if let Some(role) = Role::ALL.into_iter().find(|r| format!("{r:?}") == v) { draft.update(|d| d.applies = Applies::Role { role }) }
                            }>
                                {Role::ALL.into_iter().map(|r| view! { <option value=format!("{r:?}") selected=move || draft.with(|d| d.applies == Applies::Role { role: r })>{s.tr(Msg::RoleName(r))}</option> }).collect_view()}
                            </select>
                        </label>
                    }.into_any()
                }}
                <div class="month-field">
                    <span>{s.tr(SchemeMsg::From)}</span>
                    <MonthPicker month=Signal::derive(move || draft.with(|d| d.from)) on_pick=Callback::new(move |m| draft.update(|d| d.from = m))
                        label=SchemeMsg::From name="scheme-from" test="scheme-from"/>
                </div>
            </div>
            <h2>{s.tr(SchemeMsg::Components)}</h2>
            {move || shapes.get().into_iter().enumerate().map(|(i, sh)| view! { <ComponentFields draft=draft i=i shape=sh/> }).collect_view()}
            <div class="toolbar">
                <select name="component-kind" data-test="component-kind" aria-label=s.tr(SchemeMsg::Components) on:change=move |ev| {
                    if let Some(k) = event_target_value(&ev).parse::<usize>().ok().and_then(|k| ComponentKind::ALL.get(k)) { new_kind.set(*k) }
                }>
                    {ComponentKind::ALL.into_iter().enumerate().map(|(n, k)| view! { <option value=n.to_string() selected=move || new_kind.get() == k>{s.tr(SchemeMsg::Kind(k))}</option> }).collect_view()}
                </select>
                <button data-test="add-component" on:click=move |_| {
                    let k = new_kind.get_untracked();
                    draft.update(|d| { let c = k.starter(d.from); d.components.push(c) })
                }>{s.tr(SchemeMsg::AddComponent)}</button>
            </div>
            {move || (tried.get() && !problems.with(Vec::is_empty)).then(|| view! {
                <div class="banner error inline" role="alert" data-test="scheme-problems">
                    <p><strong>{s.t(SchemeMsg::Problems)}</strong></p>
                    <ul>
                        {problems.get().into_iter().map(|p| {
                            let lang = s.lang.get();
                            let label = scheme_field(lang, &p.field).unwrap_or_else(|| p.field.to_string());
                            view! { <li>{format!("{label}: {}", s.t(Msg::Rule(p.rule)))}</li> }
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <div class="toolbar">
                <button class="primary" data-test="save-scheme" on:click=save>{s.tr(SchemeMsg::Save)}</button>
                {move || outcome.get().map(|m| view! { <span class="muted" role="status" data-test="scheme-outcome">{s.t(m)}</span> })}
            </div>
            <h2>{s.tr(SchemeMsg::TryTitle)}</h2>
            <p class="muted">{s.tr(SchemeMsg::TryText)}</p>
            <button data-test="try-scheme" on:click=run>{s.tr(SchemeMsg::TryRun)}</button>
            {move || what_if.get().map(|w| view! { <WhatIfTable w=w/> })}
        </article>
    }
}

#[component]
fn ComponentFields(draft: RwSignal<PayScheme>, i: usize, shape: Shape) -> impl IntoView {
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
                {metric_select(s, draft, n("metric"), true, move |d| commission_ref(d, i).map(|c| c.metric), move |d, id| if let Some(c) = commission(d, i) { c.metric = id })}
                <label>{s.tr(SchemeMsg::Tiers)}
                    <select name=n("basis") on:change=move |ev| {
                        let amount = event_target_value(&ev) == "amount";
                        draft.update(|d| if let Some(c) = commission(d, i) { c.basis = if amount { TierBasis::Amount } else { TierBasis::Completion } })
                    }>
                        <option value="completion" selected=basis == TierBasis::Completion>{s.tr(SchemeMsg::Basis(TierBasis::Completion))}</option>
                        <option value="amount" selected=basis == TierBasis::Amount>{s.tr(SchemeMsg::Basis(TierBasis::Amount))}</option>
                    </select>
                </label>
                <label>{s.tr(SchemeMsg::Rate)}
                    <select name=n("mode") on:change=move |ev| {
                        let marginal = event_target_value(&ev) == "marginal";
                        draft.update(|d| if let Some(c) = commission(d, i) { c.mode = if marginal { TierMode::Marginal } else { TierMode::Retroactive } })
                    }>
                        <option value="retroactive" selected=move || draft.with(|d| commission_ref(d, i).is_some_and(|c| c.mode == TierMode::Retroactive))>{s.tr(SchemeMsg::Mode(TierMode::Retroactive))}</option>
                        <option value="marginal" selected=move || draft.with(|d| commission_ref(d, i).is_some_and(|c| c.mode == TierMode::Marginal))>{s.tr(SchemeMsg::Mode(TierMode::Marginal))}</option>
                    </select>
                </label>
                <label>{s.tr(SchemeMsg::PeriodLabel)}
                    <select name=n("period") data-test="commission-period" on:change=move |ev| {
                        let picked = event_target_value(&ev).parse::<usize>().ok().and_then(|k| Period::ALL.get(k).copied());
                        if let Some(p) = picked { draft.update(|d| if let Some(c) = commission(d, i) { c.period = p }) }
                    }>
                        {Period::ALL.into_iter().enumerate().map(|(k, p)| view! {
                            <option value=k.to_string() selected=move || draft.with(|d| commission_ref(d, i).is_some_and(|c| c.period == p))>{s.tr(SchemeMsg::Period(p))}</option>
                        }).collect_view()}
                    </select>
                </label>
                <div class="rows wide">
                    {(0..shape.rows).map(|j| view! {
                        <div class="row" data-test="tier">
                            {number(s, draft, SchemeMsg::TierFrom(basis).into(), n(&format!("tier{j}-from")), point,
                                move |d| commission_ref(d, i).and_then(|c| c.tiers.get(j)).map(|t| t.from).unwrap_or(0),
                                move |d, v| if let Some(t) = commission(d, i).and_then(|c| c.tiers.get_mut(j)) { t.from = v })}
                            {number(s, draft, SchemeMsg::Rate.into(), n(&format!("tier{j}-rate")), pct,
                                move |d| commission_ref(d, i).and_then(|c| c.tiers.get(j)).map(|t| t.rate_bp).unwrap_or(0),
                                move |d, v| if let Some(t) = commission(d, i).and_then(|c| c.tiers.get_mut(j)) { t.rate_bp = v })}
                            <button class="link" on:click=move |_| draft.update(|d| if let Some(c) = commission(d, i) { if j < c.tiers.len() { c.tiers.remove(j); } })>{s.tr(SchemeMsg::Remove)}</button>
                        </div>
                    }).collect_view()}
                    <button data-test="add-tier" on:click=move |_| draft.update(|d| if let Some(c) = commission(d, i) {
                        let next = c.tiers.last().map(|t| t.from + if c.basis == TierBasis::Completion { 2_000 } else { 10_000_000 }).unwrap_or(0);
                        let rate = c.tiers.last().map(|t| t.rate_bp + 200).unwrap_or(300);
                        c.tiers.push(Tier { from: next, rate_bp: rate });
                    })>{s.tr(SchemeMsg::AddTier)}</button>
                </div>
                <div class="optional wide">
                    {flag(s, draft, SchemeMsg::Gate(basis).into(), move |d| commission_ref(d, i).is_some_and(|c| c.gate.is_some()),
                        move |d, on| if let Some(c) = commission(d, i) { c.gate = on.then_some(if c.basis == TierBasis::Completion { 8_000 } else { 0 }) })}
                    {shape.gate.then(|| number(s, draft, SchemeMsg::Gate(basis).into(), n("gate"), point,
                        move |d| commission_ref(d, i).and_then(|c| c.gate).unwrap_or(0),
                        move |d, v| if let Some(c) = commission(d, i) { c.gate = Some(v) }))}
                </div>
                <div class="optional wide">
                    {flag(s, draft, SchemeMsg::Accelerator.into(), move |d| commission_ref(d, i).is_some_and(|c| c.accelerator.is_some()),
                        move |d, on| if let Some(c) = commission(d, i) { c.accelerator = on.then_some(Accelerator { from: 12_000, factor_bp: 15_000 }) })}
                    {shape.accelerator.then(|| view! {
                        {number(s, draft, SchemeMsg::AcceleratorFrom(basis).into(), n("acc-from"), point,
                            move |d| commission_ref(d, i).and_then(|c| c.accelerator).map(|a| a.from).unwrap_or(0),
                            move |d, v| if let Some(a) = commission(d, i).and_then(|c| c.accelerator.as_mut()) { a.from = v })}
                        {number(s, draft, SchemeMsg::Factor.into(), n("acc-factor"), pct,
                            move |d| commission_ref(d, i).and_then(|c| c.accelerator).map(|a| a.factor_bp).unwrap_or(0),
                            move |d, v| if let Some(a) = commission(d, i).and_then(|c| c.accelerator.as_mut()) { a.factor_bp = v })}
                    })}
                </div>
                <div class="optional wide">
                    {flag(s, draft, SchemeMsg::Cap.into(), move |d| commission_ref(d, i).is_some_and(|c| c.cap.is_some()),
                        move |d, on| if let Some(c) = commission(d, i) { c.cap = on.then_some(30_000_000) })}
                    {shape.cap.then(|| number(s, draft, SchemeMsg::Cap.into(), n("cap"), money,
                        move |d| commission_ref(d, i).and_then(|c| c.cap).unwrap_or(0),
                        move |d, v| if let Some(c) = commission(d, i) { c.cap = Some(v) }))}
                </div>
            }.into_any()
        }
        ComponentKind::Kpi => view! {
            {number(s, draft, SchemeMsg::TargetBonus.into(), n("target"), money,
                move |d| kpi_ref(d, i).map(|k| k.target_bonus).unwrap_or(0),
                move |d, v| if let Some(k) = kpi(d, i) { k.target_bonus = v })}
            {flag(s, draft, SchemeMsg::WorkedTime.into(), move |d| kpi_ref(d, i).is_some_and(|k| k.worked_time),
                move |d, on| if let Some(k) = kpi(d, i) { k.worked_time = on })}
            <div class="rows wide">
                {(0..shape.rows).map(|j| view! {
                    <div class="row" data-test="kpi">
                        {metric_select(s, draft, n(&format!("kpi{j}-metric")), false,
                            move |d| kpi_ref(d, i).and_then(|k| k.items.get(j)).map(|x| x.metric),
                            move |d, id| if let Some(x) = kpi(d, i).and_then(|k| k.items.get_mut(j)) { x.metric = id })}
                        {number(s, draft, SchemeMsg::Weight.into(), n(&format!("kpi{j}-weight")), pct,
                            move |d| kpi_ref(d, i).and_then(|k| k.items.get(j)).map(|x| x.weight_bp).unwrap_or(0),
                            move |d, v| if let Some(x) = kpi(d, i).and_then(|k| k.items.get_mut(j)) { x.weight_bp = v })}
                        {number(s, draft, SchemeMsg::ZeroAt.into(), n(&format!("kpi{j}-zero")), pct,
                            move |d| kpi_ref(d, i).and_then(|k| k.items.get(j)).map(|x| x.zero_bp).unwrap_or(0),
                            move |d, v| if let Some(x) = kpi(d, i).and_then(|k| k.items.get_mut(j)) { x.zero_bp = v })}
                        {number(s, draft, SchemeMsg::MaxAt.into(), n(&format!("kpi{j}-max")), pct,
                            move |d| kpi_ref(d, i).and_then(|k| k.items.get(j)).map(|x| x.max_bp).unwrap_or(0),
                            move |d, v| if let Some(x) = kpi(d, i).and_then(|k| k.items.get_mut(j)) { x.max_bp = v })}
                        {flag(s, draft, SchemeMsg::LowerIsBetter.into(),
                            move |d| kpi_ref(d, i).and_then(|k| k.items.get(j)).is_some_and(|x| x.lower_is_better),
                            move |d, on| if let Some(x) = kpi(d, i).and_then(|k| k.items.get_mut(j)) { x.lower_is_better = on })}
                        <button class="link" on:click=move |_| draft.update(|d| if let Some(k) = kpi(d, i) { if j < k.items.len() { k.items.remove(j); } })>{s.tr(SchemeMsg::Remove)}</button>
                    </div>
                }).collect_view()}
                <button on:click=move |_| draft.update(|d| if let Some(k) = kpi(d, i) {
                    k.items.push(KpiItem { metric: Builtin::Deals.id(), weight_bp: 0, zero_bp: 8_000, max_bp: 12_000, lower_is_better: false })
                })>{s.tr(SchemeMsg::AddKpi)}</button>
            </div>
        }.into_any(),
        ComponentKind::SalaryShare => view! {
            {metric_select(s, draft, n("metric"), true, move |d| bands_ref(d, i).map(|b| b.metric), move |d, id| if let Some(b) = bands(d, i) { b.metric = id })}
            <div class="rows wide">
                <p class="muted">{s.tr(SchemeMsg::Bands)}</p>
                {(0..shape.rows).map(|j| view! {
                    <div class="row" data-test="band">
                        {number(s, draft, SchemeMsg::BandFrom.into(), n(&format!("band{j}-from")), pct,
                            move |d| band_ref(d, i, j).map(|b| b.from_bp).unwrap_or(0),
                            move |d, v| if let Some(b) = band(d, i, j) { b.from_bp = v })}
                        {flag(s, draft, SchemeMsg::BandFromIncluded.into(),
                            move |d| band_ref(d, i, j).is_some_and(|b| b.from_included),
                            move |d, on| if let Some(b) = band(d, i, j) { b.from_included = on })}
                        <label>{s.tr(SchemeMsg::BandTo)}
                            <input name=n(&format!("band{j}-to")) inputmode="decimal"
                                prop:value=move || draft.with(|d| band_ref(d, i, j).and_then(|b| b.to_bp).map(|v| input_value(pct, v)).unwrap_or_default())
                                on:change=move |ev| {
                                    let text = event_target_value(&ev);
                                    // Empty: no upper bound; a number: the bound; anything else is ignored.
                                    let to = if text.trim().is_empty() { Some(None) } else { parse_value(pct, &text).ok().flatten().map(Some) };
                                    if let Some(to) = to { draft.update(|d| if let Some(b) = band(d, i, j) { b.to_bp = to }) }
                                }/>
                        </label>
                        {flag(s, draft, SchemeMsg::BandToIncluded.into(),
                            move |d| band_ref(d, i, j).is_some_and(|b| b.to_included),
                            move |d, on| if let Some(b) = band(d, i, j) { b.to_included = on })}
                        {number(s, draft, SchemeMsg::BandShare.into(), n(&format!("band{j}-share")), pct,
                            move |d| band_ref(d, i, j).map(|b| b.share_bp).unwrap_or(0),
                            move |d, v| if let Some(b) = band(d, i, j) { b.share_bp = v })}
                        <button class="link" on:click=move |_| draft.update(|d| if let Some(b) = bands(d, i) { if j < b.bands.len() { b.bands.remove(j); } })>{s.tr(SchemeMsg::Remove)}</button>
                    </div>
                }).collect_view()}
                <button data-test="add-band" on:click=move |_| draft.update(|d| if let Some(b) = bands(d, i) { b.add_band() })>{s.tr(SchemeMsg::AddBand)}</button>
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
            {number(s, draft, SchemeMsg::RecoverShare.into(), n("recover"), pct,
                move |d| match d.components.get(i) { Some(Component::Draw { recover_bp, .. }) => *recover_bp, _ => 0 },
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

/// The what-if's result: per month the paid and the draft cost and payroll shares; per person paid, draft and
/// the difference, largest change first.
#[component]
fn WhatIfTable(w: WhatIf) -> impl IntoView {
    let s = expect_context::<AppState>();
    if w.months.is_empty() {
        return view! { <p class="empty">{s.t(SchemeMsg::NoClosedMonths)}</p> }.into_any();
    }
    let lang = s.lang.get_untracked();
    let cur = s.data.with_untracked(|d| d.settings().currency);
    let m = |v: i64| format_money(lang, v, &cur);
    let share = |bp: Option<i64>| bp.map_or_else(|| "—".into(), |bp| format_bp(lang, bp));
    let signed = |v: i64| {
        if v > 0 {
            format!("+{}", format_money(lang, v, &cur))
        } else {
            format_money(lang, v, &cur)
        }
    };
    let total = w.total();
    view! {
        <div class="table-wrap">
            <table data-test="what-if-months">
                <thead><tr>
                    <th scope="col">{s.tr(SchemeMsg::Month)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Paid)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Draft)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Difference)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::SharePaid)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::ShareDraft)}</th>
                </tr></thead>
                <tbody>
                    {w.months.iter().map(|x| view! {
                        <tr>
                            <td>{month_title(lang, x.month)}</td>
                            <td class="num">{m(x.paid)}</td>
                            <td class="num">{m(x.draft)}</td>
                            <td class="num">{signed(x.difference())}</td>
                            <td class="num">{share(x.share_paid())}</td>
                            <td class="num">{share(x.share_draft())}</td>
                        </tr>
                    }).collect_view()}
                    <tr class="total">
                        <th scope="row">{s.tr(SchemeMsg::CostTotal)}</th>
                        <td class="num">{m(total.paid)}</td>
                        <td class="num">{m(total.draft)}</td>
                        <td class="num" data-test="what-if-difference">{signed(total.difference())}</td>
                        <td></td><td></td>
                    </tr>
                </tbody>
            </table>
        </div>
        <div class="table-wrap">
            <table data-test="what-if-people">
                <thead><tr>
                    <th scope="col">{s.tr(PayMsg::Person)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Paid)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Draft)}</th>
                    <th scope="col" class="num">{s.tr(SchemeMsg::Difference)}</th>
                </tr></thead>
                <tbody>
                    {w.people.iter().map(|p| view! {
                        <tr>
                            <td>{s.data.with_untracked(|d| d.short_name(p.manager).unwrap_or_default())}</td>
                            <td class="num">{m(p.paid)}</td>
                            <td class="num">{m(p.draft)}</td>
                            <td class="num">{signed(p.difference())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }.into_any()
}
