//! O2 the pipeline from the latest snapshot (funnel per person against the department) and the stage rules.

use crate::domain::core::date::window_start;
use crate::domain::core::locale::format_percent_tenths;
use crate::domain::core::locale::{format_date, format_int, format_money_whole};
use crate::domain::organisation::crm::columns::Field;
use crate::domain::organisation::crm::deal::Outcome;
use crate::domain::organisation::crm::pipeline::{funnels, Funnel, Period, DEFAULT_DAYS};
use crate::domain::organisation::crm::snapshot::{deal_snapshots, Required, StageRule};
use crate::domain::RecordId;
use crate::ui::components::widgets::TableScroller;
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

fn funnel_rows(s: AppState, f: Funnel, dept: Option<Funnel>) -> impl IntoView {
    let conv = f.conversions();
    let dconv = dept.as_ref().map(|d| d.conversions()).unwrap_or_default();
    let pct = move |v: Option<u32>| format_percent_tenths(s.lang.get(), v);
    let currency = s.data.with_untracked(|d| d.settings().currency);
    let money = move |v: Option<i64>| {
        let c = currency.clone();
        move || {
            v.map(|m| format_money_whole(s.lang.get(), m, &c))
                .unwrap_or("—".into())
        }
    };
    let days = move |v: Option<i64>| {
        move || {
            v.map(|d| CrmMsg::Days(d).text(s.lang.get()))
                .unwrap_or("—".into())
        }
    };
    let d = dept.clone().unwrap_or_default();
    // What the scroller's table shows, taken out before it (its children are a closure that owns what it uses).
    let (has_dept, pipeline, stages) = (dept.is_some(), f.pipeline.clone(), f.stages.clone());
    view! {
        <TableScroller label=CrmMsg::PipelineTitle>
            <table class="compact funnel">
                <caption>{pipeline}</caption>
                <thead><tr>
                    <th scope="col">{s.tr(CrmMsg::Stage)}</th>
                    <th scope="col" class="num">{s.tr(CrmMsg::Reached)}</th>
                    <th scope="col" class="num">{s.tr(CrmMsg::Now)}</th>
                    <th scope="col" class="num">{s.tr(CrmMsg::ToNext)}</th>
                    {has_dept.then(|| view! { <th scope="col" class="num">{s.tr(CrmMsg::DepartmentToNext)}</th> })}
                </tr></thead>
                <tbody>
                    {stages.iter().enumerate().map(|(i, st)| view! {
                        <tr>
                            <th scope="row">{st.stage.clone()}</th>
                            <td class="num">{st.reached}</td>
                            <td class="num">{st.now}</td>
                            <td class="num">{pct(conv.get(i).copied().flatten())}</td>
                            {has_dept.then(|| view! { <td class="num">{pct(dconv.get(i).copied().flatten())}</td> })}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </TableScroller>
        <dl class="figures">
            <div><dt>{s.tr(CrmMsg::WinRate)}</dt><dd>{format!("{} ({} / {})", pct(f.win_rate()), f.won, f.won + f.lost)}{dept.is_some().then(|| format!(" · {}", pct(d.win_rate())))}</dd></div>
            <div><dt>{s.tr(CrmMsg::Cycle)}</dt><dd>{days(f.cycle())}</dd></div>
            <div><dt>{s.tr(CrmMsg::AverageWon)}</dt><dd>{money(f.average_won())}</dd></div>
            <div><dt>{s.tr(CrmMsg::Velocity)}</dt><dd>{money(f.velocity())}</dd></div>
        </dl>
        <p class="muted formula">{s.tr(CrmMsg::VelocityFormula)}</p>
        {(!f.lost_reasons.is_empty()).then(|| view! {
            <h3>{s.tr(CrmMsg::LostReasons)}</h3>
            <ol class="lost-reasons" data-test="lost-reasons">
                {f.lost_reasons.iter().map(|(r, n)| {
                    let r = r.clone();
                    let n = *n;
                    view! { <li>{move || if r.is_empty() { CrmMsg::NoReason.text(s.lang.get()) } else { r.clone() }}": "{n}</li> }
                }).collect_view()}
            </ol>
        })}
    }
}

#[component]
pub(super) fn Pipeline() -> impl IntoView {
    let s = expect_context::<AppState>();
    let who: RwSignal<Option<RecordId>> = RwSignal::new(None);
    let from = RwSignal::new(window_start(today(), DEFAULT_DAYS));
    let people = crate::ui::components::widgets::active_people(s);
    let data = Memo::new(move |_| {
        let period = Period {
            from: from.get(),
            to: today(),
        };
        s.data.with(|d| {
            let dept = funnels(d, None, period);
            let mine = who.get().map(|m| funnels(d, Some(m), period));
            (dept, mine)
        })
    });
    view! {
        <div class="card" data-test="pipeline">
            <div class="card-head">
                <h2>{s.tr(CrmMsg::PipelineTitle)}</h2>
                <label class="inline">
                    <span>{s.tr(CrmMsg::Person)}</span>
                    <select data-test="pipeline-person" on:change=move |ev| who.set(event_target_value(&ev).parse().ok())>
                        <option value="">{s.tr(CrmMsg::Department)}</option>
                        {people.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <p class="muted">{move || CrmMsg::ClosedSince(format_date(s.lang.get(), from.get())).text(s.lang.get())}</p>
            {move || {
                let (dept, mine) = data.get();
                match mine {
                    None => dept.into_iter().map(|f| funnel_rows(s, f, None).into_any()).collect_view().into_any(),
                    Some(list) => list.into_iter().map(|f| {
                        let d = dept.iter().find(|x| x.pipeline == f.pipeline).cloned();
                        funnel_rows(s, f, d).into_any()
                    }).collect_view().into_any(),
                }
            }}
        </div>
    }
}

#[component]
pub(super) fn StageRules() -> impl IntoView {
    let s = expect_context::<AppState>();
    let rules = Memo::new(move |_| {
        s.data.with(|d| {
            let mut v: Vec<(RecordId, StageRule)> = d
                .live_records::<StageRule>()
                .map(|r| (r.id, r.data.clone()))
                .collect();
            v.sort_by(|a, b| {
                (a.1.pipeline.as_str(), a.1.order).cmp(&(b.1.pipeline.as_str(), b.1.order))
            });
            v
        })
    });
    // The fields a stage may require: the ones the app reads and the latest export's other columns.
    let choices = Memo::new(move |_| {
        s.data.with(|d| {
            let mut out: Vec<Required> = [Field::Amount, Field::Source, Field::Name]
                .into_iter()
                .map(Required::Field)
                .collect();
            if let Some(last) = deal_snapshots(d).last() {
                out.extend(last.extra.iter().cloned().map(Required::Column));
            }
            out
        })
    });
    let save = move |id: RecordId, rule: StageRule| {
        if !rule.problems().is_empty() {
            return;
        }
        s.put(id, rule);
    };
    view! {
        <details class="card" data-test="stage-rules">
            <summary><h2 class="inline">{s.tr(CrmMsg::StagesTitle)}</h2></summary>
            <p class="muted">{s.tr(CrmMsg::StagesHint)}</p>
            <TableScroller label=CrmMsg::StagesTitle>
                <table class="compact">
                    <thead><tr>
                        <th scope="col">{s.tr(CrmMsg::Stage)}</th>
                        <th scope="col">{s.tr(CrmMsg::Order)}</th>
                        <th scope="col">{s.tr(CrmMsg::OutcomeLabel)}</th>
                        <th scope="col">{s.tr(CrmMsg::NormDays)}</th>
                        <th scope="col">{s.tr(CrmMsg::RequiredFields)}</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || rules.get() key=|(id, r)| (*id, format!("{r:?}")) let:item>
                            {
                                let (id, rule) = item;
                                let name = if rule.pipeline.is_empty() { rule.stage.clone() } else { format!("{} · {}", rule.pipeline, rule.stage) };
                                let label = name.clone();
                                let (r1, r2, r3, r4) = (rule.clone(), rule.clone(), rule.clone(), rule.clone());
                                view! {
                                    <tr data-stage=rule.stage.clone()>
                                        <th scope="row">{name}</th>
                                        <td><input type="number" min="1" max="999" class="short" aria-label=format!("{label}: {}", CrmMsg::Order.text(s.lang.get_untracked())) prop:value=rule.order.to_string()
                                            on:change=move |ev| { if let Ok(o) = event_target_value(&ev).parse::<u16>() { save(id, StageRule { order: o, ..r1.clone() }) } }/></td>
                                        <td><select aria-label=format!("{}", rule.stage) on:change=move |ev| {
                                                let o = match event_target_value(&ev).as_str() { "won" => Outcome::Won, "lost" => Outcome::Lost, _ => Outcome::Open };
                                                save(id, StageRule { outcome: o, ..r2.clone() })
                                            }>
                                            {[(Outcome::Open, "open"), (Outcome::Won, "won"), (Outcome::Lost, "lost")].into_iter().map(|(o, v)| view! {
                                                <option value=v selected=rule.outcome == o>{s.tr(CrmMsg::OutcomeName(o))}</option>
                                            }).collect_view()}
                                        </select></td>
                                        <td><input type="number" min="1" max="365" class="short" data-test="norm-days" aria-label=format!("{}: {}", rule.stage, CrmMsg::NormDays.text(s.lang.get_untracked()))
                                            prop:value=rule.norm_days.map(|n| n.to_string()).unwrap_or_default()
                                            on:change=move |ev| { let v = event_target_value(&ev); save(id, StageRule { norm_days: v.parse().ok(), ..r3.clone() }) }/></td>
                                        <td class="required-fields">
                                            {move || choices.get().into_iter().map(|c| {
                                                let on = r4.required.contains(&c);
                                                let r = r4.clone();
                                                let c2 = c.clone();
                                                view! {
                                                    <label class="check">
                                                        <input type="checkbox" prop:checked=on on:change=move |_| {
                                                            let mut next = r.clone();
                                                            if on { next.required.retain(|x| *x != c2); } else { next.required.push(c2.clone()); }
                                                            save(id, next)
                                                        }/>
                                                        {move || CrmMsg::RequiredName(c.clone()).text(s.lang.get())}
                                                    </label>
                                                }
                                            }).collect_view()}
                                        </td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </TableScroller>
            <p class="muted">{move || CrmMsg::Limits(s.data.with(|d| d.managers_by_name().iter().filter(|m| m.data.is_active()).map(|m| format!("{} {}", m.data.short_name(), format_int(s.lang.get(), m.data.max_open_deals as i64))).collect::<Vec<_>>().join(", "))).text(s.lang.get())}</p>
        </details>
    }
}
