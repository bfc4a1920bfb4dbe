//! M3 the leaderboard for the meeting-room screen: the running contests' standings, nothing personal.

use super::metric_title;
use crate::domain::core::locale::format_date;
use crate::domain::core::unit::fill_percent;
use crate::domain::motivation::contest::{standings, Contest};
use crate::domain::RecordId;
use crate::ui::href;
use crate::ui::i18n::Msg;
use crate::ui::pages::motivation::words::{score_text, MotMsg};
use crate::ui::state::{today, AppState};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The meeting-room leaderboard: large type, the standings as they are now; it follows the data, so a fact saved on
/// this device (or brought by another tab) moves it at once.
#[component]
pub(super) fn Leaderboard() -> impl IntoView {
    let s = expect_context::<AppState>();
    let params = use_params_map();
    let id =
        Memo::new(move |_| params.with(|p| p.get("id").and_then(|v| v.parse::<RecordId>().ok())));
    let contest = Memo::new(move |_| {
        id.get().and_then(|id| {
            s.data
                .with(|d| d.live::<Contest>(id).map(|r| r.data.clone()))
        })
    });
    let board = NodeRef::<leptos::html::Section>::new();
    // The meeting-room screen shows the board alone; the browser's own Esc leaves full screen.
    let full_screen = move |_| {
        if let Some(el) = board.get_untracked() {
            let call = js_sys::Reflect::get(&el, &"requestFullscreen".into())
                .ok()
                .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok());
            if let Some(f) = call {
                let _ = f.call0(&el);
            }
        }
    };
    view! {
        <section class="leaderboard" data-test="leaderboard" node_ref=board>
            <div class="toolbar no-print">
                <a class="back" href=href("/contests")>{s.tr(MotMsg::BackToContests)}</a>
                <button data-test="fullscreen" on:click=full_screen>{s.tr(MotMsg::FullScreen)}</button>
            </div>
            {move || match contest.get() {
                None => view! { <h1>{s.t(Msg::NotFound)}</h1> }.into_any(),
                Some(c) => {
                    let t = today();
                    let lang = s.lang.get();
                    let rows = s.data.with(|d| standings(d, &c, t));
                    let top = rows.iter().filter_map(|r| r.score).max().unwrap_or(0).max(1);
                    view! {
                        <h1>{c.name.clone()}</h1>
                        <p class="lb-sub">
                            {s.data.with(|d| metric_title(d, lang, c.metric))} " · " {s.t(MotMsg::ScoringName(c.scoring))} " · "
                            {format!("{} – {}", format_date(lang, c.from), format_date(lang, c.to))}
                            {c.days_left(t).map(|n| format!(" · {}", s.t(MotMsg::DaysLeft(n))))}
                        </p>
                        <ol class="lb-rows">
                            {rows.into_iter().map(|r| {
                                let width = r.score.map(|v| fill_percent(v, top)).unwrap_or(0);
                                let prize = (r.place >= 1).then(|| c.prizes.get(r.place as usize - 1).cloned()).flatten();
                                s.data.with(|d| view! {
                                    <li class:first=r.place == 1>
                                        <span class="lb-place">{if r.place > 0 { r.place.to_string() } else { "—".into() }}</span>
                                        <span class="lb-name">{d.short_name(r.manager).unwrap_or_default()}
                                            {prize.map(|p| view! { <small class="lb-prize">{p}</small> })}
                                        </span>
                                        <meter class="lb-bar" min="0" max="100" value=width></meter>
                                        <span class="lb-score">{score_text(d, lang, &c, r.score)}</span>
                                    </li>
                                })
                            }).collect_view()}
                        </ol>
                        <p class="muted">{s.t(MotMsg::LeaderboardUpdates)}</p>
                    }.into_any()
                }
            }}
        </section>
    }
}
