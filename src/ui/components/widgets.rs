//! Small pieces the pages share: a field's error line and input helpers.

use crate::domain::core::rules::FieldProblem;
use crate::ui::i18n::Msg;
use crate::ui::state::{AppState, Phase};
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

/// Shows its children only once the database is loaded: a form or an import started on a deep link before the
/// data arrives would otherwise work on an empty department (and could save defaults over real settings).
#[component]
pub fn WhenLoaded(children: ChildrenFn) -> impl IntoView {
    let s = expect_context::<AppState>();
    move || {
        if s.phase.get() == Phase::Loading {
            view! { <p class="loading">{s.t(Msg::Loading)}</p> }.into_any()
        } else {
            children().into_any()
        }
    }
}

/// Shows its children once every store is typed, the late ones too (`AppState::complete`): the pages that show
/// training, quality and pay records, and the data page, whose exports and imports must see the whole department.
#[component]
pub fn WhenComplete(children: ChildrenFn) -> impl IntoView {
    let s = expect_context::<AppState>();
    move || {
        if s.phase.get() == Phase::Loading || !s.complete.get() {
            view! { <p class="loading">{s.t(Msg::Loading)}</p> }.into_any()
        } else {
            children().into_any()
        }
    }
}

/// A `<select>` over the values of a small enum (roles, absence kinds), each worded by `label`.
#[component]
pub fn ChoiceSelect<T>(
    name: &'static str,
    options: Vec<T>,
    value: Signal<T>,
    on_pick: Callback<T>,
    label: fn(T) -> Msg,
) -> impl IntoView
where
    T: Copy + PartialEq + std::fmt::Debug + Send + Sync + 'static,
{
    let s = expect_context::<AppState>();
    let choices = options.clone();
    view! {
        <select name=name on:change=move |ev| {
            let v = event_target_value(&ev);
            if let Some(t) = choices.iter().find(|t| format!("{t:?}") == v) {
                on_pick.run(*t);
            }
        }>
            {options.into_iter().map(|t| view! {
                <option value=format!("{t:?}") selected=move || value.get() == t>{s.tr(label(t))}</option>
            }).collect_view()}
        </select>
    }
}

/// The forms' person picker: a `<select>` of people by short name (usually [`active_people`]). With `none`, a first
/// option names "nobody in particular" (the head, or not chosen) and picks `None`.
#[component]
pub fn PersonPicker(
    name: &'static str,
    people: Vec<(crate::domain::RecordId, String)>,
    value: RwSignal<Option<crate::domain::RecordId>>,
    #[prop(optional, into)] none: Option<Msg>,
    #[prop(optional)] test: &'static str,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    view! {
        <select name=name data-test=(!test.is_empty()).then_some(test) on:change=move |ev| value.set(event_target_value(&ev).parse().ok())>
            {none.map(|m| view! { <option value="" selected=move || value.get().is_none()>{s.tr(m)}</option> })}
            {people.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || value.get() == Some(id)>{n}</option> }).collect_view()}
        </select>
    }
}

/// A table wider than a phone in its own sideways scroller, reachable by keyboard and named for screen readers (axe's
/// scrollable-region-focusable): the one way the pages wrap a wide table.
#[component]
pub fn TableScroller(#[prop(into)] label: Msg, children: Children) -> impl IntoView {
    let s = expect_context::<AppState>();
    view! { <div class="table-wrap" tabindex="0" role="region" aria-label=s.tr(label)>{children()}</div> }
}

/// Parses an `<input type=date>` value with the file contract's rule (`YYYY-MM-DD`, 1970–2099), so a form never
/// saves a date an import would refuse.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    crate::domain::core::date::parse(s).ok()
}

/// The date of the native date input it follows, written as the app's language writes it («28.11.2026»): the
/// native input speaks the browser's language, which a Russian team's borrowed tablet may not. Shown only when the
/// browser's language differs from the app's, so a Russian browser does not show the date twice.
#[component]
pub fn DateShown(#[prop(into)] date: Signal<Option<NaiveDate>>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let browser = web_sys::window()
        .and_then(|w| w.navigator().language())
        .unwrap_or_default();
    let needed = move || !browser.starts_with(s.lang.get().code());
    view! {
        <span class="date-shown" aria-hidden="true" data-test="date-shown" class:hidden=move || !needed()>
            {move || date.get().map(|d| crate::domain::core::locale::format_date(s.lang.get(), d))}
        </span>
    }
}

/// A date field: the native date picker limited to the dates the app keeps (1970–2099, the file contract's), and
/// the date as the app's language writes it beside it when the browser speaks another ([`DateShown`]). `value` is
/// what it shows; `on_pick` gets each date picked (a cleared or half-typed field picks nothing).
#[component]
pub fn DateInput(
    #[prop(optional, into)] name: Option<String>,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    on_pick: Callback<NaiveDate>,
    #[prop(optional)] test: &'static str,
    /// The field's name for a screen reader, when no visible label names it.
    #[prop(optional, into)]
    label: Option<Msg>,
) -> impl IntoView {
    date_input(name, value, on_pick, test, label)
}

/// A [`DateInput`] bound to a signal: the form's "when".
#[component]
pub fn DateField(
    #[prop(optional, into)] name: Option<String>,
    value: RwSignal<NaiveDate>,
    #[prop(optional)] test: &'static str,
    #[prop(optional, into)] label: Option<Msg>,
) -> impl IntoView {
    let shown = Signal::derive(move || Some(value.get()));
    date_input(
        name,
        shown,
        Callback::new(move |d| value.set(d)),
        test,
        label,
    )
}

fn date_input(
    name: Option<String>,
    value: Signal<Option<NaiveDate>>,
    on_pick: Callback<NaiveDate>,
    test: &'static str,
    label: Option<Msg>,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    view! {
        <input type="date" min="1970-01-01" max="2099-12-31" name=name data-test=(!test.is_empty()).then_some(test)
            aria-label=move || label.clone().map(|m| s.t(m))
            prop:value=move || value.get().map(date_value).unwrap_or_default()
            on:change=move |ev| if let Some(d) = parse_date(&event_target_value(&ev)) { on_pick.run(d) }/>
        <DateShown date=value/>
    }
}

/// The value for an `<input type=date>`.
pub fn date_value(d: NaiveDate) -> String {
    d.to_string()
}

/// Reads a metric value typed into a grid cell, showing the problem at the cell: `None` when the text is not a
/// value (nothing is saved), `Some(None)` when the cell is empty.
pub fn read_cell(
    unit: crate::domain::planning::metric::Unit,
    text: &str,
    problem: RwSignal<Option<crate::domain::planning::metric::ValueError>>,
) -> Option<Option<i64>> {
    match crate::domain::planning::metric::parse_value(unit, text) {
        Ok(v) => {
            problem.set(None);
            Some(v)
        }
        Err(e) => {
            problem.set(Some(e));
            None
        }
    }
}

/// A wall-clock instant (milliseconds) as this device's local time of day, `09:30`.
pub fn local_time(millis: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

/// A form's draft of a stored record that follows the record. When the record changes under the open form (another
/// tab saved it, an import brought a newer copy), the fields the user has not touched take the new values and the
/// ones they changed keep theirs ([`crate::domain::core::rebase::rebase`]); so saving the draft never writes back a stale
/// field. `stored` reads the record as it is now (tracked), `None` while it does not exist.
pub fn tracked_draft<T>(
    initial: T,
    stored: impl Fn() -> Option<T> + Send + Sync + 'static,
) -> RwSignal<T>
where
    T: serde::Serialize + serde::de::DeserializeOwned + Clone + PartialEq + Send + Sync + 'static,
{
    let draft = RwSignal::new(initial.clone());
    let base = StoredValue::new(initial);
    Effect::new(move |_| {
        let Some(now) = stored() else { return };
        let before = base.get_value();
        if now != before {
            draft.update(|d| *d = crate::domain::core::rebase::rebase(&before, d, &now));
            base.set_value(now);
        }
    });
    draft
}

/// The active people by name, with their short names: what a form's "who" list offers.
pub fn active_people(s: AppState) -> Vec<(crate::domain::RecordId, String)> {
    s.data.with_untracked(|d| {
        d.managers_by_name()
            .into_iter()
            .filter(|m| m.data.is_active())
            .map(|m| (m.id, m.data.short_name()))
            .collect()
    })
}

/// A record form's submit: once tried, the form shows its problems; with none, the record is saved (under `id`,
/// or a new id) and `saved` runs after the write (to clear the fields). One way for every form that saves a record.
pub fn save_form<T: crate::domain::Kind>(
    s: AppState,
    tried: RwSignal<bool>,
    problems: Memo<Vec<FieldProblem>>,
    id: Option<crate::domain::RecordId>,
    record: impl FnOnce() -> T,
    saved: impl FnOnce() + 'static,
) {
    tried.set(true);
    if !problems.get_untracked().is_empty() {
        return;
    }
    let then = move || {
        tried.set(false);
        saved();
    };
    match id {
        Some(id) => s.put_then(id, record(), then),
        None => s.add_then(record(), then),
    }
}

/// The app's own month picker: «‹ ноябрь 2026 ›», the months as words in the app's language whatever the browser's
/// (Firefox has no native month input, and Chromium's speaks the browser's language). A select, so a tablet shows
/// its own wheel; the arrows step a month.
#[component]
pub fn MonthPicker(
    #[prop(into)] month: Signal<NaiveDate>,
    on_pick: Callback<NaiveDate>,
    #[prop(into)] label: Msg,
    name: &'static str,
    #[prop(optional)] test: &'static str,
) -> impl IntoView {
    use crate::domain::core::date::add_months;
    use crate::domain::core::locale::{month_title, month_value, parse_month};
    let s = expect_context::<AppState>();
    let step = move |by: i32| on_pick.run(add_months(month.get_untracked(), by));
    // Two years back and one ahead of the month shown: plans, pay and reports live in that span.
    let options = move || {
        let (m, lang) = (month.get(), s.lang.get());
        (-24..=12)
            .map(|by| {
                let d = add_months(m, by);
                view! { <option value=month_value(d) selected=by == 0>{month_title(lang, d)}</option> }
            })
            .collect_view()
    };
    view! {
        <span class="month-picker">
            <button type="button" class="icon" data-test=(!test.is_empty()).then(|| format!("{test}-prev")) title=s.tr(Msg::PrevMonth) aria-label=s.tr(Msg::PrevMonth)
                on:click=move |_| step(-1)>"‹"</button>
            <select name=name data-test=(!test.is_empty()).then_some(test) aria-label=s.tr(label)
                prop:value=move || month_value(month.get())
                on:change=move |ev| if let Some(m) = parse_month(&event_target_value(&ev)) { on_pick.run(m) }>
                {options}
            </select>
            <button type="button" class="icon" data-test=(!test.is_empty()).then(|| format!("{test}-next")) title=s.tr(Msg::NextMonth) aria-label=s.tr(Msg::NextMonth)
                on:click=move |_| step(1)>"›"</button>
        </span>
    }
}
