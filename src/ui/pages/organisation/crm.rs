//! O2 the CRM at `/crm`: importing exports ([`super::crm_import`]), the snapshots, hygiene per person and for the
//! department with its formula, parts and trend, the funnel per person against the department, lost reasons, and
//! the stages' rules. Each person's list of deals to fix is at `/crm/fix/:id`, for print.

use super::crm_import::CrmImport;
use crate::domain::core::date::window_start;
use crate::domain::core::locale::{format_date, format_int, format_money_whole};
use crate::domain::organisation::crm::columns::Field;
use crate::domain::organisation::crm::deal::Outcome;
use crate::domain::organisation::crm::hygiene::{trend, Check, Context, Hygiene, Parts};
use crate::domain::organisation::crm::pipeline::{funnels, Funnel, Period, DEFAULT_DAYS};
use crate::domain::organisation::crm::snapshot::{
    deal_snapshots, CrmSnapshot, Required, StageRule,
};
use crate::domain::{Edit, RecordId};
use crate::ui::components::widgets::TableScroller;
use crate::ui::components::widgets::WhenComplete;
use crate::ui::pages::organisation::floor_words::{percent_tenths, FlMsg};
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn CrmPage() -> impl IntoView {
    view! { <WhenComplete><Crm/></WhenComplete> }
}

#[component]
fn Crm() -> impl IntoView {
    let s = expect_context::<AppState>();
    let has = Memo::new(move |_| s.data.with(|d| !deal_snapshots(d).is_empty()));
    view! {
        <section class="crm-page">
            <div class="page-head"><h1>{s.tr(FlMsg::CrmTitle)}</h1></div>
            <CrmImport/>
            <Snapshots/>
            <Show when=move || has.get() fallback=move || view! { <p class="muted">{s.tr(FlMsg::NoSnapshots)}</p> }>
                <HygieneTable/>
                <Pipeline/>
            </Show>
            <StageRules/>
        </section>
    }
}

/// One snapshot's line in the list: its day, source, file and counts (never its rows).
#[derive(Clone, Debug, PartialEq)]
struct Line {
    id: RecordId,
    taken: chrono::NaiveDate,
    source: String,
    file: String,
    deals: usize,
    tasks: usize,
}

#[component]
fn Snapshots() -> impl IntoView {
    let s = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            let mut v: Vec<Line> = d
                .live_records::<CrmSnapshot>()
                .map(|r| Line {
                    id: r.id,
                    taken: r.data.taken,
                    source: r.data.source.clone(),
                    file: r.data.file.clone(),
                    deals: r.data.deals.len(),
                    tasks: r.data.tasks.len(),
                })
                .collect();
            v.sort_by(|a, b| b.taken.cmp(&a.taken).then(a.source.cmp(&b.source)));
            v
        })
    });
    // A snapshot is a day of history (days in stage, the trend): removing one asks once more.
    let asking: RwSignal<Option<RecordId>> = RwSignal::new(None);
    let remove = move |id: RecordId| {
        asking.set(None);
        s.save_soon(vec![Edit::delete::<CrmSnapshot>(id)]);
    };
    view! {
        <Show when=move || !list.with(Vec::is_empty)>
            <div class="card" data-test="crm-snapshots">
                <h2>{s.tr(FlMsg::SnapshotsTitle)}</h2>
                <TableScroller label=FlMsg::SnapshotsTitle>
                    <table class="compact">
                        <thead><tr>
                            <th scope="col">{s.tr(FlMsg::TakenOn)}</th>
                            <th scope="col">{s.tr(FlMsg::SourceName)}</th>
                            <th scope="col">{s.tr(FlMsg::File)}</th>
                            <th scope="col" class="num">{s.tr(FlMsg::Rows)}</th>
                            <th scope="col"><span class="visually-hidden">{s.tr(FlMsg::Remove)}</span></th>
                        </tr></thead>
                        <tbody>
                            <For each=move || list.get() key=|l| (l.id, l.taken, l.deals, l.tasks) let:l>
                                {
                                    let id = l.id;
                                    view! {
                                        <tr data-test="crm-snapshot">
                                            <td>{move || format_date(s.lang.get(), l.taken)}</td>
                                            <td>{l.source.clone()}</td>
                                            <td>{l.file.clone()}</td>
                                            <td class="num">{move || FlMsg::RowCounts(l.deals, l.tasks).text(s.lang.get())}</td>
                                            <td>
                                                <Show when=move || asking.get() == Some(id) fallback=move || view! {
                                                    <button class="secondary" on:click=move |_| asking.set(Some(id))>{s.tr(FlMsg::Remove)}</button>
                                                }>
                                                    <span class="row">
                                                        <button class="danger" data-test="remove-snapshot" on:click=move |_| remove(id)>{s.tr(FlMsg::RemoveSnapshot)}</button>
                                                        <button class="secondary" on:click=move |_| asking.set(None)>{s.tr(FlMsg::Keep)}</button>
                                                    </span>
                                                </Show>
                                            </td>
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </TableScroller>
            </div>
        </Show>
    }
}

fn check_cell(s: AppState, c: Check) -> impl IntoView {
    move || {
        if c.made == 0 {
            "—".to_string()
        } else {
            FlMsg::CheckCell(c.failed, c.made).text(s.lang.get())
        }
    }
}

fn score_cell(s: AppState, p: Parts) -> impl IntoView {
    move || match p.score() {
        Some(v) => format!("{v} %"),
        None => {
            let _ = s.lang.get();
            "—".to_string()
        }
    }
}

#[component]
fn HygieneTable() -> impl IntoView {
    let s = expect_context::<AppState>();
    let view_of = Memo::new(move |_| {
        s.data.with(|d| {
            let ctx = Context::at(d, today())?;
            let taken = ctx.snapshot.taken;
            let (people, total) = ctx.department(d);
            let rows: Vec<(RecordId, String, Parts, usize)> = people
                .iter()
                .map(|h: &Hygiene| {
                    (
                        h.manager,
                        d.short_name(h.manager).unwrap_or_default(),
                        h.parts,
                        h.deals.len() + h.overdue.len(),
                    )
                })
                .collect();
            Some((taken, rows, total, trend(d, &ctx.snapshot.source)))
        })
    });
    view! {
        {move || view_of.get().map(|(taken, rows, total, trend)| view! {
            <div class="card" data-test="hygiene">
                <h2>{move || FlMsg::HygieneTitle(format_date(s.lang.get(), taken)).text(s.lang.get())}</h2>
                <p class="muted formula">{s.tr(FlMsg::HygieneFormula)}</p>
                <TableScroller label=FlMsg::Score>
                    <table class="compact hygiene">
                        <thead><tr>
                            <th scope="col">{s.tr(FlMsg::Person)}</th>
                            <th scope="col" class="num">{s.tr(FlMsg::OpenOfLimit)}</th>
                            <th scope="col" class="num">{s.tr(FlMsg::NoTask)}</th>
                            <th scope="col" class="num">{s.tr(FlMsg::Overdue)}</th>
                            <th scope="col" class="num">{s.tr(FlMsg::Stuck)}</th>
                            <th scope="col" class="num">{s.tr(FlMsg::Incomplete)}</th>
                            <th scope="col" class="num">{s.tr(FlMsg::LostNoReason)}</th>
                            <th scope="col" class="num">{s.tr(FlMsg::Score)}</th>
                            <th scope="col">{s.tr(FlMsg::ToFix)}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|(id, name, p, fix)| view! {
                                <tr data-manager=id.to_string()>
                                    <th scope="row">{name}</th>
                                    <td class="num" class:bad={p.over_limit > 0}>{format!("{} / {}", p.open, p.limit)}</td>
                                    <td class="num">{check_cell(s, p.next_task)}</td>
                                    <td class="num">{check_cell(s, p.overdue)}</td>
                                    <td class="num">{check_cell(s, p.stuck)}</td>
                                    <td class="num">{check_cell(s, p.complete)}</td>
                                    <td class="num">{check_cell(s, p.lost_reason)}</td>
                                    <td class="num score" data-test="hygiene-score">{score_cell(s, p)}</td>
                                    <td>{(fix > 0).then(|| view! {
                                        <a href=crate::ui::href(&format!("/crm/fix/{id}")) data-test="fix-list">{move || FlMsg::FixCount(fix).text(s.lang.get())}</a>
                                    })}</td>
                                </tr>
                            }).collect_view()}
                            <tr class="total" data-test="hygiene-department">
                                <th scope="row">{s.tr(FlMsg::Department)}</th>
                                <td class="num">{format!("{} / {}", total.open, total.limit)}</td>
                                <td class="num">{check_cell(s, total.next_task)}</td>
                                <td class="num">{check_cell(s, total.overdue)}</td>
                                <td class="num">{check_cell(s, total.stuck)}</td>
                                <td class="num">{check_cell(s, total.complete)}</td>
                                <td class="num">{check_cell(s, total.lost_reason)}</td>
                                <td class="num score">{score_cell(s, total)}</td>
                                <td>{move || { let t = total.total(); FlMsg::CheckCell(t.failed, t.made).text(s.lang.get()) }}</td>
                            </tr>
                        </tbody>
                    </table>
                </TableScroller>
                {(trend.len() > 1).then(|| view! {
                    <p data-test="hygiene-trend"><strong>{s.tr(FlMsg::Trend)}": "</strong>
                        {move || trend.iter().map(|(d, p)| format!("{} — {}", format_date(s.lang.get(), *d), p.score().map(|v| format!("{v} %")).unwrap_or("—".into()))).collect::<Vec<_>>().join(" · ")}
                    </p>
                })}
            </div>
        })}
    }
}

fn funnel_rows(s: AppState, f: Funnel, dept: Option<Funnel>) -> impl IntoView {
    let conv = f.conversions();
    let dconv = dept.as_ref().map(|d| d.conversions()).unwrap_or_default();
    let pct = percent_tenths;
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
            v.map(|d| FlMsg::Days(d).text(s.lang.get()))
                .unwrap_or("—".into())
        }
    };
    let d = dept.clone().unwrap_or_default();
    // What the scroller's table shows, taken out before it (its children are a closure that owns what it uses).
    let (has_dept, pipeline, stages) = (dept.is_some(), f.pipeline.clone(), f.stages.clone());
    view! {
        <TableScroller label=FlMsg::PipelineTitle>
            <table class="compact funnel">
                <caption>{pipeline}</caption>
                <thead><tr>
                    <th scope="col">{s.tr(FlMsg::Stage)}</th>
                    <th scope="col" class="num">{s.tr(FlMsg::Reached)}</th>
                    <th scope="col" class="num">{s.tr(FlMsg::Now)}</th>
                    <th scope="col" class="num">{s.tr(FlMsg::ToNext)}</th>
                    {has_dept.then(|| view! { <th scope="col" class="num">{s.tr(FlMsg::DepartmentToNext)}</th> })}
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
            <div><dt>{s.tr(FlMsg::WinRate)}</dt><dd>{format!("{} ({} / {})", pct(f.win_rate()), f.won, f.won + f.lost)}{dept.is_some().then(|| format!(" · {}", pct(d.win_rate())))}</dd></div>
            <div><dt>{s.tr(FlMsg::Cycle)}</dt><dd>{days(f.cycle())}</dd></div>
            <div><dt>{s.tr(FlMsg::AverageWon)}</dt><dd>{money(f.average_won())}</dd></div>
            <div><dt>{s.tr(FlMsg::Velocity)}</dt><dd>{money(f.velocity())}</dd></div>
        </dl>
        <p class="muted formula">{s.tr(FlMsg::VelocityFormula)}</p>
        {(!f.lost_reasons.is_empty()).then(|| view! {
            <h3>{s.tr(FlMsg::LostReasons)}</h3>
            <ol class="lost-reasons" data-test="lost-reasons">
                {f.lost_reasons.iter().map(|(r, n)| {
                    let r = r.clone();
                    let n = *n;
                    view! { <li>{move || if r.is_empty() { FlMsg::NoReason.text(s.lang.get()) } else { r.clone() }}": "{n}</li> }
                }).collect_view()}
            </ol>
        })}
    }
}

#[component]
fn Pipeline() -> impl IntoView {
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
                <h2>{s.tr(FlMsg::PipelineTitle)}</h2>
                <label class="inline">
                    <span>{s.tr(FlMsg::Person)}</span>
                    <select data-test="pipeline-person" on:change=move |ev| who.set(event_target_value(&ev).parse().ok())>
                        <option value="">{s.tr(FlMsg::Department)}</option>
                        {people.into_iter().map(|(id, n)| view! { <option value=id.to_string()>{n}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <p class="muted">{move || FlMsg::ClosedSince(format_date(s.lang.get(), from.get())).text(s.lang.get())}</p>
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
fn StageRules() -> impl IntoView {
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
        s.save_soon(vec![Edit::put(id, rule)]);
    };
    view! {
        <details class="card" data-test="stage-rules">
            <summary><h2 class="inline">{s.tr(FlMsg::StagesTitle)}</h2></summary>
            <p class="muted">{s.tr(FlMsg::StagesHint)}</p>
            <TableScroller label=FlMsg::StagesTitle>
                <table class="compact">
                    <thead><tr>
                        <th scope="col">{s.tr(FlMsg::Stage)}</th>
                        <th scope="col">{s.tr(FlMsg::Order)}</th>
                        <th scope="col">{s.tr(FlMsg::OutcomeLabel)}</th>
                        <th scope="col">{s.tr(FlMsg::NormDays)}</th>
                        <th scope="col">{s.tr(FlMsg::RequiredFields)}</th>
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
                                        <td><input type="number" min="1" max="999" class="short" aria-label=format!("{label}: {}", FlMsg::Order.text(s.lang.get_untracked())) prop:value=rule.order.to_string()
                                            on:change=move |ev| { if let Ok(o) = event_target_value(&ev).parse::<u16>() { save(id, StageRule { order: o, ..r1.clone() }) } }/></td>
                                        <td><select aria-label=format!("{}", rule.stage) on:change=move |ev| {
                                                let o = match event_target_value(&ev).as_str() { "won" => Outcome::Won, "lost" => Outcome::Lost, _ => Outcome::Open };
                                                save(id, StageRule { outcome: o, ..r2.clone() })
                                            }>
                                            {[(Outcome::Open, "open"), (Outcome::Won, "won"), (Outcome::Lost, "lost")].into_iter().map(|(o, v)| view! {
                                                <option value=v selected=rule.outcome == o>{s.tr(FlMsg::OutcomeName(o))}</option>
                                            }).collect_view()}
                                        </select></td>
                                        <td><input type="number" min="1" max="365" class="short" data-test="norm-days" aria-label=format!("{}: {}", rule.stage, FlMsg::NormDays.text(s.lang.get_untracked()))
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
                                                        {move || FlMsg::RequiredName(c.clone()).text(s.lang.get())}
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
            <p class="muted">{move || FlMsg::Limits(s.data.with(|d| d.managers_by_name().iter().filter(|m| m.data.is_active()).map(|m| format!("{} {}", m.data.short_name(), format_int(s.lang.get(), m.data.max_open_deals as i64))).collect::<Vec<_>>().join(", "))).text(s.lang.get())}</p>
        </details>
    }
}
