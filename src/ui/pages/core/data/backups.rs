//! The data page's backups card: the automatic backups, each restorable or saved as a file.

use super::import::ImportProblems;
use crate::domain::Stamp;
use crate::store::BackupInfo;
use crate::sync::{ImportError, RestoreError};
use crate::ui::components::download::download;
use crate::ui::i18n::Msg;
use crate::ui::pages::core::data_words::DataMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A backup's time, from its id (a clock stamp), in the browser's locale.
fn backup_time(id: &str, lang: crate::domain::Lang) -> String {
    let Ok(stamp) = id.parse::<Stamp>() else {
        return id.to_string();
    };
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(stamp.millis as f64));
    let locale = if lang == crate::domain::Lang::Ru {
        "ru-RU"
    } else {
        "en-GB"
    };
    date.to_locale_string(locale, &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

#[component]
pub(super) fn BackupsCard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let backups = RwSignal::new(Vec::<BackupInfo>::new());
    let confirm = RwSignal::new(None::<String>);
    // Why the last restore was refused; shown until the next try.
    let refused = RwSignal::new(None::<ImportError>);
    Effect::new(move |_| {
        s.revision.track();
        leptos::task::spawn_local(async move {
            backups.set(s.backups().await);
        });
    });
    let download_backup = move |id: String| {
        leptos::task::spawn_local(async move {
            if let Some(text) = s.backup_file(&id).await {
                let stamp = id
                    .parse::<Stamp>()
                    .map(|st| {
                        st.to_string()
                            .get(..16)
                            .unwrap_or_default()
                            .replace([':', 'T'], "-")
                    })
                    .unwrap_or_default();
                let _ = download(
                    &format!("rop-backup-{stamp}.json"),
                    &text,
                    "application/json",
                );
            }
        });
    };
    let restore = move |id: String| {
        confirm.set(None);
        refused.set(None);
        leptos::task::spawn_local(async move {
            let reason = format!("↺ {}", backup_time(&id, s.lang.get_untracked()));
            match s.restore_backup(&id, &reason).await {
                Ok(()) => s.notice.set(Some(Msg::Saved)),
                Err(RestoreError::Gone(_)) => s.error.set(Some(DataMsg::BackupGone.into())),
                Err(RestoreError::File(e)) => refused.set(Some(e)),
                Err(RestoreError::Store(e)) => s.error.set(Some(Msg::Store(e))),
            }
        });
    };
    view! {
        <article class="card">
            <h2>{s.tr(DataMsg::BackupsTitle)}</h2>
            <p class="muted">{s.tr(DataMsg::BackupsText)}</p>
            {move || refused.get().map(|e| view! { <ImportProblems error=e/> })}
            {move || {
                let list = backups.get();
                if list.is_empty() {
                    return view! { <p class="empty">{s.t(DataMsg::NoBackups)}</p> }.into_any();
                }
                view! {
                    <ul class="backups" data-test="backups">
                        {list.into_iter().map(|b| {
                            let (id1, id2, id3) = (b.id.clone(), b.id.clone(), b.id.clone());
                            let shown = b.id.clone();
                            view! {
                                <li>
                                    <span class="when">{move || backup_time(&shown, s.lang.get())}</span>
                                    <span class="why">{b.reason.clone()}</span>
                                    <span class="muted" data-test="backup-counts">{s.tr(DataMsg::BackupCounts { records: b.records, live: b.live })}</span>
                                    {b.before_mass_delete.then(|| view! { <span class="banner warn inline" data-test="backup-pinned">{s.tr(DataMsg::BackupPinned)}</span> })}
                                    <button class="link" on:click=move |_| download_backup(id1.clone())>{s.tr(DataMsg::Download)}</button>
                                    {move || if confirm.get().as_deref() == Some(id2.as_str()) {
                                        let id = id2.clone();
                                        view! {
                                            <span class="confirm">
                                                <span>{s.t(DataMsg::RestoreConfirm)}</span>
                                                <button class="danger" data-test="restore-confirm" on:click=move |_| restore(id.clone())>{s.t(DataMsg::RestoreBackup)}</button>
                                                <button on:click=move |_| confirm.set(None)>{s.t(Msg::Cancel)}</button>
                                            </span>
                                        }.into_any()
                                    } else {
                                        let id = id3.clone();
                                        view! { <button class="link" data-test="restore" on:click=move |_| confirm.set(Some(id.clone()))>{s.t(DataMsg::RestoreBackup)}</button> }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </article>
    }
}
