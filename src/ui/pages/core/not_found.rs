//! The page for an unknown address.

use crate::ui::i18n::Msg;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    let s = expect_context::<AppState>();
    view! {
        <section class="card narrow">
            <h1>{s.tr(Msg::NotFound)}</h1>
            <A href=crate::ui::href("/")>{s.tr(Msg::GoHome)}</A>
        </section>
    }
}
