//! T4 call reviews and role-plays at `/reviews`: scoring a call or a role-play on a scorecard (not-applicable
//! criteria leave the denominator; the score shows its points and possible), the reviews with each score and the
//! spread when several reviewers scored one call, one person's trend per criterion with the weak ones and where
//! to send them, and the scorecards' editor.

mod cards;
mod form;
mod list;
mod trends;

use cards::CardEditor;
use form::ReviewForm;
use list::ReviewList;
use trends::PersonTrends;

use crate::domain::core::locale::format_percent;
use crate::domain::training::review::{Calibration, Points};
use crate::ui::components::widgets::{active_people, WhenComplete};
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ReviewsPage() -> impl IntoView {
    view! { <WhenComplete><Reviews/></WhenComplete> }
}

pub(super) fn points_text(s: AppState, p: Points) -> String {
    format!(
        "{} / {} = {}",
        p.points,
        p.possible,
        format_percent(
            s.lang.get_untracked(),
            (p.possible > 0).then(|| p.points as f64 / p.possible as f64)
        )
    )
}

#[component]
fn Reviews() -> impl IntoView {
    let s = expect_context::<AppState>();
    let person = RwSignal::new(active_people(s).first().map(|(id, _)| *id));
    view! {
        <section class="reviews-page">
            <div class="page-head"><h1>{s.tr(TrMsg::ReviewsTitle)}</h1></div>
            <ReviewForm/>
            <ReviewList/>
            <PersonTrends person=person/>
            <details class="card"><summary>{s.tr(TrMsg::Scorecards)}</summary><CardEditor/></details>
        </section>
    }
}

/// A spread worth a calibration talk is marked.
pub(super) fn spread_class(points: u32) -> &'static str {
    if Calibration::worth_talking_over(points) {
        "chip warn"
    } else {
        "chip"
    }
}
