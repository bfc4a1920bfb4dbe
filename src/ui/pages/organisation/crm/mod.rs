//! O2 the CRM at `/crm`: importing exports ([`super::crm_import`]), the snapshots, hygiene per person and for the
//! department with its formula, parts and trend, the funnel per person against the department, lost reasons, and
//! the stages' rules. Each person's list of deals to fix is at `/crm/fix/:id`, for print.

mod hygiene;
mod pipeline;

use hygiene::HygieneTable;
use pipeline::{Pipeline, StageRules};

use super::crm_import::CrmImport;
use crate::domain::core::locale::format_date;
use crate::domain::organisation::crm::snapshot::{deal_snapshots, CrmSnapshot};
use crate::domain::RecordId;
use crate::ui::components::widgets::TableScroller;
use crate::ui::components::widgets::WhenComplete;
use crate::ui::pages::organisation::crm_words::CrmMsg;
use crate::ui::state::AppState;
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
            <div class="page-head"><h1>{s.tr(CrmMsg::CrmTitle)}</h1></div>
            <CrmImport/>
            <Snapshots/>
            <Show when=move || has.get() fallback=move || view! { <p class="muted">{s.tr(CrmMsg::NoSnapshots)}</p> }>
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
        s.remove::<CrmSnapshot>(id);
    };
    view! {
        <Show when=move || !list.with(Vec::is_empty)>
            <div class="card" data-test="crm-snapshots">
                <h2>{s.tr(CrmMsg::SnapshotsTitle)}</h2>
                <TableScroller label=CrmMsg::SnapshotsTitle>
                    <table class="compact">
                        <thead><tr>
                            <th scope="col">{s.tr(CrmMsg::TakenOn)}</th>
                            <th scope="col">{s.tr(CrmMsg::SourceName)}</th>
                            <th scope="col">{s.tr(CrmMsg::File)}</th>
                            <th scope="col" class="num">{s.tr(CrmMsg::Rows)}</th>
                            <th scope="col"><span class="visually-hidden">{s.tr(CrmMsg::Remove)}</span></th>
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
                                            <td class="num">{move || CrmMsg::RowCounts(l.deals, l.tasks).text(s.lang.get())}</td>
                                            <td>
                                                <Show when=move || asking.get() == Some(id) fallback=move || view! {
                                                    <button class="secondary" on:click=move |_| asking.set(Some(id))>{s.tr(CrmMsg::Remove)}</button>
                                                }>
                                                    <span class="row">
                                                        <button class="danger" data-test="remove-snapshot" on:click=move |_| remove(id)>{s.tr(CrmMsg::RemoveSnapshot)}</button>
                                                        <button class="secondary" on:click=move |_| asking.set(None)>{s.tr(CrmMsg::Keep)}</button>
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
