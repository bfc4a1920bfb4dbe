//! The start page: the first-run screen on an empty database, otherwise the dashboard.

use crate::domain::Settings;
use crate::ui::i18n::Msg;
use crate::ui::state::{today, AppState, Phase};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

#[component]
pub fn Home() -> impl IntoView {
    let s = expect_context::<AppState>();
    move || match (s.phase.get(), s.data.with(|d| d.is_empty())) {
        (Phase::Loading, _) => view! { <p class="loading">{s.t(Msg::Loading)}</p> }.into_any(),
        (_, true) => view! { <Welcome/> }.into_any(),
        (_, false) => view! { <crate::ui::pages::planning::dashboard::Dashboard/> }.into_any(),
    }
}

#[component]
fn Welcome() -> impl IntoView {
    let s = expect_context::<AppState>();
    let navigate = use_navigate();
    let department = RwSignal::new(String::new());
    let company = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let nav = navigate.clone();
    let load_demo = move |_| {
        busy.set(true);
        let nav = nav.clone();
        leptos::task::spawn_local(async move {
            let edits = crate::ui::demo_department(today()).await;
            if s.save(edits).await {
                nav("/team", Default::default());
            }
            busy.set(false);
        });
    };
    let start_empty = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let settings = Settings {
            department: department.get_untracked().trim().to_string(),
            company: company.get_untracked().trim().to_string(),
            ..Settings::default()
        };
        let navigate = navigate.clone();
        s.keep_then(settings, move || {
            navigate("/team", Default::default());
        });
    };
    view! {
        <section class="welcome card narrow">
            <h1>{s.tr(Msg::WelcomeTitle)}</h1>
            <p class="lead">{s.tr(Msg::WelcomeText)}</p>
            <button class="primary big" data-test="load-demo" on:click=load_demo disabled=move || busy.get()>
                {s.tr(Msg::LoadDemo)}
            </button>
            <p class="divider"><span>{s.tr(Msg::OrStartEmpty)}</span></p>
            <form class="stack" on:submit=start_empty>
                <label>
                    <span>{s.tr(Msg::DepartmentName)}</span>
                    <input name="department" maxlength="200" required
                        prop:value=move || department.get()
                        on:input=move |ev| department.set(event_target_value(&ev))/>
                </label>
                <label>
                    <span>{s.tr(Msg::CompanyName)}</span>
                    <input name="company" maxlength="200"
                        prop:value=move || company.get()
                        on:input=move |ev| company.set(event_target_value(&ev))/>
                </label>
                <button type="submit">{s.tr(Msg::StartEmpty)}</button>
            </form>
        </section>
    }
}
