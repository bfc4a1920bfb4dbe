//! P5 lead sources and P6 promotions: each channel's monthly plan of leads and their quality against what came,
//! agreed with marketing; and each promotion's effect on its metric against the same length of time before it.

use crate::domain::core::calendar::month_start;
use crate::domain::core::date::add_days;
use crate::domain::core::locale::{format_date, format_int, format_percent, month_title};
use crate::domain::planning::marketing::{
    effect, promotion_metrics, sources_month, LeadSource, Promotion, SourceMonth,
};
use crate::domain::planning::metric::{catalog, Builtin};
use crate::domain::RecordId;
use crate::ui::components::widgets::{date_value, parse_date, DateShown, MonthPicker, WhenLoaded};
use crate::ui::i18n::Msg;
use crate::ui::pages::planning::marketing_words::MarketingMsg;
use crate::ui::pages::planning::words::{metric_name, PlanMsg};
use crate::ui::state::{today, AppState};
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn MarketingPage() -> impl IntoView {
    view! { <WhenLoaded><Sources/><Promotions/></WhenLoaded> }
}

#[component]
fn Sources() -> impl IntoView {
    let s = expect_context::<AppState>();
    let month = RwSignal::new(month_start(today()));
    let table = Memo::new(move |_| s.data.with(|d| sources_month(d, month.get())));
    let name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let src = LeadSource {
            name: name.get_untracked().trim().to_string(),
            active: true,
        };
        if !src.problems().is_empty() {
            return;
        }
        s.add_then(src, move || {
            name.set(String::new());
        });
    };
    // A number cell of a source's month: saved when left; a bad value is refused at the field.
    // `label` is the cell's accessible name: its row (the source) and its column.
    let cell = move |row: SourceMonth, field: &'static str, value: i64, label: String| {
        let bad = RwSignal::new(false);
        view! {
            <input class="cell" inputmode="numeric" data-test=field prop:value=value.to_string() aria-label=label
                aria-invalid=move || bad.get().to_string()
                on:change=move |ev| {
                    let Ok(v) = event_target_value(&ev).trim().replace(['\u{a0}', ' '], "").parse::<i64>() else { bad.set(true); return };
                    let mut m = row.clone();
                    match field {
                        "plan_leads" => m.plan_leads = v,
                        "plan_qualified_pct" => m.plan_qualified_pct = v.clamp(0, u16::MAX as i64) as u16,
                        "leads" => m.leads = v,
                        _ => m.qualified = v,
                    }
                    if !m.problems().is_empty() { bad.set(true); return; }
                    bad.set(false);
                    s.keep(m);
                }/>
        }
    };
    view! {
        <section class="marketing">
            <div class="page-head">
                <h1>{s.tr(MarketingMsg::SourcesTitle)} " " <small>{move || month_title(s.lang.get(), month.get())}</small></h1>
                <div class="toolbar">
                    <MonthPicker month=month on_pick=Callback::new(move |m| month.set(m)) label=PlanMsg::Month name="month"/>
                </div>
            </div>
            <div class="card table-wrap">
                <table class="grid entry" data-test="sources">
                    <thead><tr>
                        <th class="name">{s.tr(MarketingMsg::Source)}</th>
                        <th>{s.tr(MarketingMsg::PlanLeads)}</th>
                        <th>{s.tr(MarketingMsg::FactLeads)}</th>
                        <th>{s.tr(PlanMsg::Completion)}</th>
                        <th>{s.tr(MarketingMsg::PlanQuality)}</th>
                        <th>{s.tr(MarketingMsg::Qualified)}</th>
                        <th>{s.tr(MarketingMsg::Quality)}</th>
                    </tr></thead>
                    <tbody>
                        {move || table.get().0.into_iter().map(|(_, n, m)| {
                            let (pl, pq, l, q) = (m.plan_leads, m.plan_qualified_pct as i64, m.leads, m.qualified);
                            let (done, quality) = (m.completion(), m.quality());
                            let label = |column: MarketingMsg| format!("{n} — {}", s.t(column));
                            let (l_pl, l_l, l_pq, l_q) = (label(MarketingMsg::PlanLeads), label(MarketingMsg::FactLeads), label(MarketingMsg::PlanQuality), label(MarketingMsg::Qualified));
                            view! {
                                <tr data-test="source-row">
                                    <th class="name" scope="row">{n}</th>
                                    <td>{cell(m.clone(), "plan_leads", pl, l_pl)}</td>
                                    <td>{cell(m.clone(), "leads", l, l_l)}</td>
                                    <td class="num">{move || format_percent(s.lang.get(), done)}</td>
                                    <td>{cell(m.clone(), "plan_qualified_pct", pq, l_pq)}</td>
                                    <td>{cell(m.clone(), "qualified", q, l_q)}</td>
                                    <td class="num">{move || format_percent(s.lang.get(), quality)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                    <tfoot>{move || { let t = table.get().1; view! {
                        <tr data-test="sources-total">
                            <th class="name">{s.tr(PlanMsg::Total)}</th>
                            <td class="num">{format_int(s.lang.get_untracked(), t.plan_leads)}</td>
                            <td class="num">{format_int(s.lang.get_untracked(), t.leads)}</td>
                            <td class="num">{format_percent(s.lang.get_untracked(), t.completion())}</td>
                            <td class="num">{format!("{}\u{a0}%", t.plan_qualified_pct)}</td>
                            <td class="num">{format_int(s.lang.get_untracked(), t.qualified)}</td>
                            <td class="num">{format_percent(s.lang.get_untracked(), t.quality())}</td>
                        </tr>
                    } }}</tfoot>
                </table>
            </div>
            <form class="card inline-form" on:submit=add>
                <label class="grow"><span>{s.tr(MarketingMsg::NewSource)}</span>
                    <input name="source" maxlength="100" required prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </label>
                <button type="submit" data-test="add-source">{s.tr(Msg::Add)}</button>
            </form>
        </section>
    }
}

#[component]
fn Promotions() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            let metrics = catalog(d);
            let mut out: Vec<_> = d
                .live_records::<Promotion>()
                .map(|r| (&r.id, r))
                .map(|(id, r)| {
                    let name = metrics
                        .iter()
                        .find(|m| m.id == r.data.metric)
                        .map(|m| metric_name(m, s.lang.get_untracked()))
                        .unwrap_or_default();
                    (*id, r.data.clone(), effect(d, &r.data), name)
                })
                .collect();
            out.sort_by(|a, b| b.1.from.cmp(&a.1.from).then(a.0.cmp(&b.0)));
            out
        })
    });
    let metrics = Memo::new(move |_| {
        s.data.with(|d| {
            promotion_metrics(&catalog(d))
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let draft = RwSignal::new(Promotion {
        name: String::new(),
        from: today(),
        to: add_days(today(), 6),
        description: String::new(),
        metric: Builtin::Deals.id(),
    });
    let tried = RwSignal::new(false);
    let pick_metric = move |value: &str| {
        if let Ok(id) = value.parse::<RecordId>() {
            draft.update(|d| d.metric = id);
        }
    };
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let promo = draft.get_untracked();
        if !promo.problems().is_empty() {
            tried.set(true);
            return;
        }
        s.add_then(promo, move || {
            draft.update(|d| {
                d.name.clear();
                d.description.clear();
            });
            tried.set(false);
        });
    };
    let date_input = move |field: &'static str,
                           get: fn(&Promotion) -> NaiveDate,
                           set: fn(&mut Promotion, NaiveDate)| {
        view! {
            <input type="date" min="1970-01-01" max="2099-12-31" name=field prop:value=move || date_value(draft.with(get))
                on:change=move |ev| if let Some(d) = parse_date(&event_target_value(&ev)) { draft.update(|p| set(p, d)) }/><DateShown date=Signal::derive(move || Some(draft.with(get)))/>
        }
    };
    view! {
        <section class="promotions">
            <h2>{s.tr(MarketingMsg::PromotionsTitle)}</h2>
            <div class="card">
                {move || {
                    let items = list.get();
                    if items.is_empty() {
                        return view! { <p class="empty">{s.t(MarketingMsg::NoPromotions)}</p> }.into_any();
                    }
                    view! {
                        <ul class="promotion-list" data-test="promotions">
                            {items.into_iter().map(|(id, promo, e, metric)| {
                                let remove = move |_| s.remove::<crate::domain::planning::marketing::Promotion>(id);
                                view! {
                                    <li class="promotion" data-test="promotion">
                                        <div class="head">
                                            <strong>{promo.name.clone()}</strong>
                                            <span class="muted">{move || format!("{} – {}", format_date(s.lang.get(), promo.from), format_date(s.lang.get(), promo.to))}</span>
                                        </div>
                                        <p class="muted">{promo.description.clone()}</p>
                                        <p data-test="effect">{move || s.t(MarketingMsg::EffectText {
                                            metric: metric.clone(),
                                            during: format_int(s.lang.get(), e.during),
                                            before: format_int(s.lang.get(), e.before),
                                            days: e.days,
                                            change: match e.change() {
                                                Some(c) if c > 0.0 => format!("+{}", format_percent(s.lang.get(), Some(c))),
                                                c => format_percent(s.lang.get(), c),
                                            },
                                        })}</p>
                                        <button class="link" on:click=remove>{s.tr(Msg::Delete)}</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </div>
            <form class="card inline-form" on:submit=add>
                <label class="grow"><span>{s.tr(MarketingMsg::PromotionName)}</span>
                    <input name="promotion" maxlength="100" prop:value=move || draft.with(|d| d.name.clone())
                        on:input=move |ev| draft.update(|d| d.name = event_target_value(&ev))/>
                </label>
                <label><span>{s.tr(Msg::From)}</span>{date_input("from", |p| p.from, |p, d| p.from = d)}</label>
                <label><span>{s.tr(Msg::To)}</span>{date_input("to", |p| p.to, |p, d| p.to = d)}</label>
                <label><span>{s.tr(PlanMsg::Metric)}</span>
                    <select name="metric" on:change=move |ev| pick_metric(&event_target_value(&ev))>
                        {move || metrics.get().into_iter().map(|m| { let id = m.id; view! {
                            <option value=id.to_string() selected=move || draft.with(|d| d.metric == id)>{move || metric_name(&m, s.lang.get())}</option>
                        } }).collect_view()}
                    </select>
                </label>
                <label class="grow"><span>{s.tr(Msg::Note)}</span>
                    <input name="description" maxlength="2000" prop:value=move || draft.with(|d| d.description.clone())
                        on:input=move |ev| draft.update(|d| d.description = event_target_value(&ev))/>
                </label>
                <Show when=move || tried.get()>
                    {move || draft.with(|d| d.problems()).first().map(|pr| view! { <p class="field-error" role="alert">{s.t(Msg::Rule(pr.rule.clone()))}</p> })}
                </Show>
                <button type="submit" class="primary" data-test="add-promotion">{s.tr(Msg::Add)}</button>
            </form>
        </section>
    }
}
