//! The data page's export card: the whole department, or the meeting-room file without personal records, and the
//! reminder to save one.

use super::APP_VERSION;
use crate::domain::{Dataset, Stamp};
use crate::store::now_millis;
use crate::sync::{self};
use crate::ui::components::download::download;
use crate::ui::i18n::Msg;
use crate::ui::pages::core::data_words::DataMsg;
use crate::ui::pages::motivation::words::MotMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

#[component]
pub(super) fn ExportCard(
    last_export: RwSignal<Option<i64>>,
    exported: RwSignal<Option<Stamp>>,
) -> impl IntoView {
    let s = expect_context::<AppState>();
    let export = move |_| {
        let data = s.data.get_untracked();
        let text = sync::export(&data, APP_VERSION);
        let name = sync::file_name(&data.settings(), today());
        if let Err(e) = download(&name, &text, "application/json") {
            s.error
                .set(Some(Msg::Store(crate::store::StoreError::Failed(e))));
            return;
        }
        last_export.set(Some(0));
        let as_of = data.newest_stamp();
        exported.set(as_of);
        leptos::task::spawn_local(async move {
            let now =
                chrono::DateTime::from_timestamp_millis(now_millis() as i64).unwrap_or_default();
            s.mark_exported(&now.to_rfc3339(), as_of).await;
        });
    };
    // Not a backup: it leaves out the personal records, so the reminder to export stays as it was.
    let export_shared = move |_| {
        let data = s.data.get_untracked();
        let text = sync::export_scoped(&data, APP_VERSION, sync::Scope::MeetingRoom);
        let name =
            sync::file_name(&data.settings(), today()).replace(".json", "-meeting-room.json");
        if let Err(e) = download(&name, &text, "application/json") {
            s.error
                .set(Some(Msg::Store(crate::store::StoreError::Failed(e))));
        }
    };
    let nudge = move || {
        let has_data = !s.data.with(Dataset::is_empty);
        sync::reminder::export_reminder(last_export.get(), has_data).map(|days| {
            view! { <p class="banner warn inline">{s.t(DataMsg::ExportReminder(days))}</p> }
        })
    };
    view! {
        <article class="card">
            <h2>{s.tr(DataMsg::ExportTitle)}</h2>
            <p>{s.tr(DataMsg::ExportText)}</p>
            <button class="primary" data-test="export" on:click=export>{s.tr(DataMsg::ExportButton)}</button>
            <p class="muted" data-test="last-export">{move || s.t(DataMsg::LastExport(last_export.get()))}</p>
            {nudge}
            <h3>{s.tr(MotMsg::MeetingRoomExport)}</h3>
            <p class="muted">{s.tr(MotMsg::MeetingRoomText)}</p>
            <button data-test="export-meeting-room" on:click=export_shared>{s.tr(MotMsg::MeetingRoomExport)}</button>
        </article>
    }
}
