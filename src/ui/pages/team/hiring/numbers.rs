//! H1 a vacancy's numbers: candidates per stage and conversion, days to hire, and how hires did against plan.

use crate::domain::core::date::window_start;
use crate::domain::planning::new_hires::sources;
use crate::domain::team::hiring::funnel::{counted, funnel, time_to_hire, NUMBERS_DAYS};
use crate::domain::RecordId;
use crate::ui::components::widgets::{DateField, TableScroller};
use crate::ui::pages::team::words::HrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub(super) fn Numbers(vacancy: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let from = RwSignal::new(window_start(today(), NUMBERS_DAYS));
    let to = RwSignal::new(today());
    let figures = Memo::new(move |_| {
        let (f, t) = (from.get(), to.get());
        s.data.with(|d| {
            let all = counted(d, Some(vacancy), f, t);
            (funnel(&all), time_to_hire(&all), sources(d, &all, today()))
        })
    });
    view! {
        <article class="card" data-test="hiring-numbers">
            <h2>{s.tr(HrMsg::Numbers)}</h2>
            <div class="form-row">
                <label class="stack"><span>{s.tr(HrMsg::Period)}</span>
                    <DateField name="from" value=from/>
                </label>
                <label class="stack"><span>"—"</span>
                    <DateField name="to" value=to label=HrMsg::Period/>
                </label>
            </div>
            <TableScroller label=HrMsg::Numbers>
                <table class="grid" data-test="funnel">
                    <thead><tr>
                        <th scope="col">{s.tr(HrMsg::MoveTo)}</th>
                        <th scope="col">{s.tr(HrMsg::Reached)}</th>
                        <th scope="col">{s.tr(HrMsg::Here)}</th>
                        <th scope="col">{s.tr(HrMsg::Conversion)}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let (f, _, _) = figures.get();
                            f.stages.iter().map(|row| {
                                let conv = f.conversion(row.stage).map(|(n, d)| ratio(s.lang.get(), n as i64, d as i64)).unwrap_or_default();
                                view! {
                                    <tr>
                                        <th scope="row">{s.tr(HrMsg::StageName(row.stage))}</th>
                                        <td class="num">{row.reached}</td>
                                        <td class="num">{row.here}</td>
                                        <td class="num">{conv}</td>
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </TableScroller>
            <h3>{s.tr(HrMsg::TimeToHire)}</h3>
            <p data-test="time-to-hire">{move || {
                let (_, t, _) = figures.get();
                HrMsg::TimeToHireLine { hires: t.hires(), median: t.median(), mean_tenths: t.mean_tenths(), total: t.total() }.text(s.lang.get())
            }}</p>
            <h3>{s.tr(HrMsg::SourcesTitle)}</h3>
            <p class="muted">{s.tr(HrMsg::FirstMonthsHint)}</p>
            <TableScroller label=HrMsg::SourcesTitle>
                <table class="grid" data-test="sources">
                    <thead><tr>
                        <th scope="col">{s.tr(HrMsg::Source)}</th>
                        <th scope="col">{s.tr(HrMsg::Candidates)}</th>
                        <th scope="col">{s.tr(HrMsg::Finals)}</th>
                        <th scope="col">{s.tr(HrMsg::Hires)}</th>
                        <th scope="col">{s.tr(HrMsg::FirstMonths)}</th>
                    </tr></thead>
                    <tbody>
                        {move || figures.get().2.into_iter().map(|r| {
                            let lang = s.lang.get_untracked();
                            let first = if r.measured == 0 {
                                HrMsg::NotYet.text(lang)
                            } else {
                                format!(
                                    "{} ({} / {})",
                                    ratio(lang, r.payments, r.plan),
                                    crate::domain::core::locale::format_money_whole(lang, r.payments, "RUB"),
                                    crate::domain::core::locale::format_money_whole(lang, r.plan, "RUB"),
                                )
                            };
                            view! {
                                <tr>
                                    <th scope="row">{r.source.clone()}</th>
                                    <td class="num">{r.candidates}</td>
                                    <td class="num">{r.finals}</td>
                                    <td class="num">{r.hires}</td>
                                    <td>{first}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </TableScroller>
        </article>
    }
}

/// A conversion or a completion from its summed parts, as the locale writes a share.
fn ratio(lang: crate::domain::Lang, num: i64, den: i64) -> String {
    crate::domain::core::locale::format_percent(lang, (den > 0).then(|| num as f64 / den as f64))
}
