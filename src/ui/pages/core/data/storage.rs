//! The data page's storage card: how much the browser holds and whether it keeps it for good.

use crate::store::StorageStatus;
use crate::ui::pages::core::data_words::DataMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub(super) fn StorageCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let status = RwSignal::new(None::<StorageStatus>);
    let refresh = move || {
        leptos::task::spawn_local(async move { status.set(Some(StorageStatus::read().await)) })
    };
    Effect::new(move |_| {
        s.revision.track();
        refresh();
    });
    let ask = move |_| {
        leptos::task::spawn_local(async move {
            StorageStatus::request_persistence().await;
            refresh();
        })
    };
    view! {
        <article class="card" data-test="storage">
            <h2>{s.tr(DataMsg::StorageTitle)}</h2>
            {move || status.get().map(|st| view! {
                <p data-test="persisted">{s.t(DataMsg::Persisted(st.persisted))}</p>
                <p>{match (st.usage, st.quota) {
                    (Some(used), Some(quota)) => s.t(DataMsg::Usage { used, quota }),
                    _ => s.t(DataMsg::UsageUnknown),
                }}</p>
                {(st.persisted == Some(false)).then(|| view! { <button on:click=ask>{s.t(DataMsg::RequestPersist)}</button> })}
            })}
        </article>
    }
}
