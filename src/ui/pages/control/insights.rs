//! P2 what worked at `/insights`: for a chosen period, the top third against the bottom third on the same activity
//! and conversion numbers with their parts, largest difference first; won against lost deals by source, size,
//! cycle and the stage they were lost at; and the head's findings, each one click from a quality hypothesis or a
//! standard.

use crate::domain::control::finding::{findings, to_hypothesis, to_standard, Finding};
use crate::domain::control::insights::{
    compare, won_lost, Compared, Slices, WonLost, DEFAULT_DAYS,
};
use crate::domain::core::date::window_start;
use crate::domain::core::locale::format_date;
use crate::domain::core::locale::format_percent_tenths;
use crate::domain::planning::metric::catalog;
use crate::domain::planning::planfact::{facts_through, Period};
use crate::domain::RecordId;
use crate::ui::components::widgets::{DateField, TableScroller, WhenComplete};
use crate::ui::pages::control::insight_words::InsightMsg;
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub fn InsightsPage() -> impl IntoView {
    view! { <WhenComplete><Insights/></WhenComplete> }
}

#[component]
fn Insights() -> impl IntoView {
    let s = expect_context::<AppState>();
    let from = RwSignal::new(window_start(today(), DEFAULT_DAYS));
    let to = RwSignal::new(today());
    let result = Memo::new(move |_| {
        let period = Period {
            from: from.get(),
            to: to.get().max(from.get()),
        };
        s.data.with(|d| {
            let metrics = catalog(d);
            let through = facts_through(d, today());
            let c = compare(d, &d.calendar(), &metrics, period, through);
            let names = |ids: &[RecordId]| {
                ids.iter()
                    .filter_map(|id| d.short_name(*id))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let groups = c.as_ref().map(|c| (names(&c.top), names(&c.bottom)));
            (
                c.map(|c| c.numbers),
                groups,
                won_lost(d, period.from, period.to),
            )
        })
    });
    let currency = s.data.with_untracked(|d| d.settings().currency);
    view! {
        <section class="insights-page">
            <div class="page-head"><h1>{s.tr(InsightMsg::InsightsTitle)}</h1></div>
            <div class="form-row card">
                <label class="stack"><span>{s.tr(InsightMsg::From)}</span>
                    <DateField value=from test="insights-from"/>
                </label>
                <label class="stack"><span>{s.tr(InsightMsg::To)}</span>
                    <DateField value=to test="insights-to"/>
                </label>
            </div>
            <div class="card" data-test="top-bottom">
                <h2>{s.tr(InsightMsg::TopBottomTitle)}</h2>
                <p class="muted formula">{s.tr(InsightMsg::TopBottomRule)}</p>
                {move || {
                    let (numbers, groups, _) = result.get();
                    let currency = currency.clone();
                    match (numbers, groups) {
                        (Some(numbers), Some((top, bottom))) => view! {
                            <p><strong>{s.tr(InsightMsg::Top)}": "</strong>{top}" · "<strong>{s.tr(InsightMsg::Bottom)}": "</strong>{bottom}</p>
                            <TableScroller label=InsightMsg::TopBottomTitle>
                                <table class="compact">
                                    <thead><tr>
                                        <th scope="col">{s.tr(InsightMsg::Number)}</th>
                                        <th scope="col" class="num">{s.tr(InsightMsg::Top)}</th>
                                        <th scope="col" class="num">{s.tr(InsightMsg::Bottom)}</th>
                                        <th scope="col" class="num">{s.tr(InsightMsg::Difference)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {numbers.into_iter().map(|c: Compared| {
                                            let (m1, m2, m3) = (c.measure.clone(), c.measure.clone(), c.measure.clone());
                                            let (cur1, cur2) = (currency.clone(), currency.clone());
                                            view! {
                                                <tr data-test="compared">
                                                    <th scope="row">{move || InsightMsg::MeasureName(m1.clone()).text(s.lang.get())}</th>
                                                    <td class="num">{move || InsightMsg::MeasureValue(m2.clone(), c.top, cur1.clone()).text(s.lang.get())}</td>
                                                    <td class="num">{move || InsightMsg::MeasureValue(m3.clone(), c.bottom, cur2.clone()).text(s.lang.get())}</td>
                                                    <td class="num">{move || InsightMsg::Signed(c.difference).text(s.lang.get())}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </TableScroller>
                        }.into_any(),
                        _ => view! { <p class="muted">{s.tr(InsightMsg::NotEnoughPeople)}</p> }.into_any(),
                    }
                }}
            </div>
            <div class="card" data-test="won-lost">
                <h2>{s.tr(InsightMsg::WonLostTitle)}</h2>
                {move || slices(s, result.get().2)}
            </div>
            <Findings from=from to=to/>
        </section>
    }
}

fn slices(s: AppState, x: Slices) -> impl IntoView {
    let row = move |label: String, w: WonLost| {
        view! {
            <tr><th scope="row">{label}</th><td class="num">{w.won}</td><td class="num">{w.lost}</td><td class="num">{format_percent_tenths(s.lang.get(), w.win_rate())}</td></tr>
        }
    };
    let head = move |title: InsightMsg| {
        view! {
            <thead><tr>
                <th scope="col">{s.tr(title)}</th>
                <th scope="col" class="num">{s.tr(InsightMsg::Won)}</th>
                <th scope="col" class="num">{s.tr(InsightMsg::Lost)}</th>
                <th scope="col" class="num">{s.tr(CrmMsg::WinRate)}</th>
            </tr></thead>
        }
    };
    let lang = s.lang.get();
    view! {
        <div class="slices">
            <TableScroller label=InsightMsg::BySource><table class="compact">{head(InsightMsg::BySource)}<tbody>
                {x.by_source.into_iter().map(|(name, w)| row(if name.is_empty() { InsightMsg::NoSource.text(lang) } else { name }, w)).collect_view()}
            </tbody></table></TableScroller>
            <TableScroller label=InsightMsg::BySize><table class="compact">{head(InsightMsg::BySize)}<tbody>
                {x.by_size.into_iter().enumerate().map(|(i, w)| row(InsightMsg::SizeBand(i).text(lang), w)).collect_view()}
            </tbody></table></TableScroller>
            <TableScroller label=InsightMsg::ByCycle><table class="compact">{head(InsightMsg::ByCycle)}<tbody>
                {x.by_cycle.into_iter().enumerate().map(|(i, w)| row(InsightMsg::CycleBand(i).text(lang), w)).collect_view()}
            </tbody></table></TableScroller>
        </div>
        {(!x.lost_at.is_empty()).then(|| view! {
            <h3>{s.tr(InsightMsg::LostAt)}</h3>
            <ol class="lost-reasons" data-test="lost-at">
                {x.lost_at.into_iter().map(|(stage, n)| view! { <li>{if stage.is_empty() { InsightMsg::Unknown.text(lang) } else { stage }}": "{n}</li> }).collect_view()}
            </ol>
        })}
    }
}

#[component]
fn Findings(from: RwSignal<chrono::NaiveDate>, to: RwSignal<chrono::NaiveDate>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let text = RwSignal::new(String::new());
    let action = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let list = Memo::new(move |_| {
        s.data.with(|d| {
            findings(d)
                .into_iter()
                .map(|(id, f)| (id, f.clone()))
                .collect::<Vec<_>>()
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let f = Finding {
            date: today(),
            from: from.get_untracked(),
            to: to.get_untracked().max(from.get_untracked()),
            text: text.get_untracked().trim().to_string(),
            action: action.get_untracked().trim().to_string(),
            hypothesis: None,
            standard: None,
        };
        if !f.problems().is_empty() {
            problem.set(true);
            return;
        }
        problem.set(false);
        s.add_then(f, move || {
            text.set(String::new());
            action.set(String::new());
        });
    };
    let to_hypothesis = move |id: RecordId, f: Finding| {
        let edits = to_hypothesis(id, &f, uuid::Uuid::new_v4(), today());
        s.save_soon(edits);
    };
    let to_standard = move |id: RecordId, f: Finding| {
        let edits = to_standard(id, &f, uuid::Uuid::new_v4(), today());
        s.save_soon(edits);
    };
    view! {
        <div class="card" data-test="findings">
            <h2>{s.tr(InsightMsg::FindingsTitle)}</h2>
            <form on:submit=submit>
                <label class="stack"><span>{s.tr(InsightMsg::FindingText)}</span>
                    <textarea name="finding" rows="2" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                </label>
                <label class="stack"><span>{s.tr(InsightMsg::FindingAction)}</span>
                    <input type="text" name="action" prop:value=move || action.get() on:input=move |ev| action.set(event_target_value(&ev))/>
                </label>
                <Show when=move || problem.get()>
                    <p class="banner error inline" role="alert">{s.tr(InsightMsg::FillFinding)}</p>
                </Show>
                <button type="submit" data-test="save-finding">{s.tr(InsightMsg::SaveFinding)}</button>
            </form>
            <ul class="plain findings">
                {move || list.get().into_iter().map(|(id, f)| {
                    let (f1, f2) = (f.clone(), f.clone());
                    view! {
                        <li data-test="finding">
                            <p><strong>{move || format!("{}–{}", format_date(s.lang.get(), f.from), format_date(s.lang.get(), f.to))}</strong>": "{f.text.clone()}</p>
                            {(!f.action.is_empty()).then(|| view! { <p class="muted">{s.tr(InsightMsg::FindingAction)}": "{f.action.clone()}</p> })}
                            <p>
                                {match f.hypothesis {
                                    Some(_) => view! { <a href=crate::ui::href("/quality")>{s.tr(InsightMsg::BecameHypothesis)}</a> }.into_any(),
                                    None => view! { <button class="secondary" data-test="finding-hypothesis" on:click=move |_| to_hypothesis(id, f1.clone())>{s.tr(InsightMsg::MakeHypothesis)}</button> }.into_any(),
                                }}" "
                                {match f.standard {
                                    Some(_) => view! { <a href=crate::ui::href("/standards")>{s.tr(InsightMsg::BecameStandard)}</a> }.into_any(),
                                    None => view! { <button class="secondary" data-test="finding-standard" on:click=move |_| to_standard(id, f2.clone())>{s.tr(InsightMsg::MakeStandard)}</button> }.into_any(),
                                }}
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
