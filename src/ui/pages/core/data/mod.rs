//! Data and sync: export to a file, import with a preview and every problem listed, automatic backups, and the
//! state of the browser's storage.

mod backups;
mod export;
mod import;
mod storage;

use crate::domain::Stamp;
use crate::sync::{self};
use crate::ui::components::widgets::WhenComplete;
use crate::ui::pages::core::data_words::DataMsg;
use crate::ui::state::{today, AppState};
use backups::BackupsCard;
use export::ExportCard;
use import::ImportCard;
use leptos::prelude::*;
use storage::StorageCard;

pub(super) const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[component]
pub fn DataPage() -> impl IntoView {
    view! { <WhenComplete><DataCards/></WhenComplete> }
}

#[component]
fn DataCards() -> impl IntoView {
    let s = expect_context::<AppState>();
    // Days since the last export; `None` = never. Loaded from the store, updated by the export button.
    let last_export = RwSignal::new(None::<i64>);
    // The newest stamp of the last export: what "edited on both devices" is measured from.
    let exported = RwSignal::new(None::<Stamp>);
    Effect::new(move |_| {
        s.revision.track();
        leptos::task::spawn_local(async move {
            let (at, stamp) = s.last_export().await;
            if let Some(at) = at {
                last_export.set(sync::reminder::days_since_export(&at, today()));
            }
            exported.set(stamp);
        });
    });
    view! {
        <section class="data">
            <h1>{s.tr(DataMsg::DataTitle)}</h1>
            <div class="cards">
                <ExportCard last_export exported/>
                <ImportCard exported/>
                <BackupsCard/>
                <StorageCard/>
            </div>
        </section>
    }
}
