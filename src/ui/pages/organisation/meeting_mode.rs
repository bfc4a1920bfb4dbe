//! Meeting mode, for the tablet in the meeting room: full screen, large type, one agenda step at a time (tap,
//! swipe, or the arrow keys), a timer against the time box that warns five minutes before the end and shows the
//! overrun. Every change is saved as it happens, so a reload or a sleeping tablet resumes at the same step.

use crate::domain::core::locale::format_date;
use crate::domain::organisation::meeting::{clock_text, Meeting, Timer, TimerPhase};
use crate::domain::organisation::protocol::carry_over;
use crate::domain::RecordId;
use crate::store::now_millis;
use crate::ui::components::widgets::WhenLoaded;
use crate::ui::href;
use crate::ui::pages::organisation::meeting_blocks::{step_title, StepBlock, StepNotes};
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::pages::organisation::meetings::close_abandoned;
use crate::ui::state::AppState;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use wasm_bindgen::JsCast;

#[component]
pub fn MeetingPage() -> impl IntoView {
    view! { <WhenLoaded><Runner/></WhenLoaded> }
}

/// The meeting id of the route, if it names a meeting.
pub fn route_meeting() -> Memo<Option<RecordId>> {
    let params = use_params_map();
    let s = expect_context::<AppState>();
    Memo::new(move |_| {
        let id = params
            .with(|p| p.get("id").unwrap_or_default())
            .parse::<RecordId>()
            .ok()?;
        s.data
            .with(|d| d.live::<Meeting>(id).is_some())
            .then_some(id)
    })
}

#[component]
fn Runner() -> impl IntoView {
    let s = expect_context::<AppState>();
    close_abandoned(s);
    let id = route_meeting();
    move || match id.get() {
        Some(id) => view! { <Mode id=id/> }.into_any(),
        None => view! { <crate::ui::pages::core::not_found::NotFound/> }.into_any(),
    }
}

#[component]
fn Mode(id: RecordId) -> impl IntoView {
    let s = expect_context::<AppState>();
    let navigate = use_navigate();
    let meeting = Memo::new(move |_| {
        s.data.with(|d| {
            d.meetings
                .get(&id)
                .map(|r| r.data.clone())
                .unwrap_or_else(|| {
                    Meeting::from_template(
                        &crate::domain::organisation::meeting::Template::default_for(
                            crate::domain::organisation::meeting::MeetingKind::Daily,
                        ),
                        crate::ui::state::today(),
                        "",
                    )
                })
        })
    });
    // The step on screen; only its change re-renders the step (typing elsewhere never loses a half-typed note).
    let current = Memo::new(move |_| {
        meeting.with(|mt| {
            let i = (mt.step as usize).min(mt.agenda.len().saturating_sub(1));
            (i, mt.agenda.get(i).cloned())
        })
    });
    let total = move || meeting.with(|mt| mt.agenda.len());
    let started = Memo::new(move |_| meeting.with(|mt| mt.started.is_some()));

    // The timer ticks every second while the page is open.
    let now = RwSignal::new(now_millis());
    // Kept by this component's owner: dropped (and stopped) when the page goes.
    let _tick = StoredValue::new_local(gloo::timers::callback::Interval::new(1000, move || {
        now.set(now_millis())
    }));
    let timer = move || meeting.with(|mt| Timer::at(mt, now.get()));

    let save = move |mt: Meeting| {
        s.put(id, mt);
    };
    let go = move |to: usize| {
        let mt = meeting.get_untracked();
        if to < mt.agenda.len() && to != mt.step as usize {
            save(Meeting {
                step: to as u16,
                ..mt
            });
        }
    };
    let next = move || go(current.get_untracked().0 + 1);
    let prev = move || {
        let i = current.get_untracked().0;
        if i > 0 {
            go(i - 1)
        }
    };
    let start = move |_| {
        let mt = meeting.get_untracked();
        save(Meeting {
            started: Some(now_millis()),
            ended: None,
            ..mt
        });
    };
    let end = Callback::new(move |_: ()| {
        let mt = meeting.get_untracked();
        let closed = Meeting {
            ended: Some(mt.ended.unwrap_or_else(now_millis)),
            ..mt
        };
        let navigate = navigate.clone();
        s.put_then(id, closed, move || {
            navigate(&format!("/meetings/{id}/protocol"), Default::default());
        });
    });

    // Arrow keys and Page Up/Down move between steps, unless the user is typing.
    let _keys = StoredValue::new_local(gloo::events::EventListener::new(
        &gloo::utils::window(),
        "keydown",
        move |ev| {
            let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if typing(ev.target()) || !started.get_untracked() {
                return;
            }
            match ev.key().as_str() {
                "ArrowRight" | "PageDown" => next(),
                "ArrowLeft" | "PageUp" => prev(),
                _ => return,
            }
            ev.prevent_default();
        },
    ));

    // A horizontal swipe with a finger or pen moves a step.
    let swipe_from = StoredValue::new(None::<(i32, i32)>);
    let down = move |ev: leptos::ev::PointerEvent| {
        if ev.pointer_type() != "mouse" && !typing(ev.target()) {
            swipe_from.set_value(Some((ev.client_x(), ev.client_y())));
        }
    };
    let up = move |ev: leptos::ev::PointerEvent| {
        if let Some((x, y)) = swipe_from.get_value() {
            swipe_from.set_value(None);
            let (dx, dy) = (ev.client_x() - x, ev.client_y() - y);
            if dx.abs() > 80 && dy.abs() * 2 < dx.abs() {
                if dx < 0 {
                    next()
                } else {
                    prev()
                }
            }
        }
    };
    let full_screen = |_| {
        if let Some(el) = gloo::utils::document().document_element() {
            let _ = el.request_fullscreen();
        }
    };
    let heading = move || {
        let lang = s.lang.get();
        meeting.with(|mt| {
            let name = s.t(MeetMsg::KindName(mt.kind));
            let name = if mt.title.is_empty() {
                name
            } else {
                format!("{name}: {}", mt.title)
            };
            format!("{name} · {}", format_date(lang, mt.date))
        })
    };
    view! {
        <div class="meeting-mode" data-test="meeting-mode">
            <header class="mm-head">
                <a class="mm-exit button" href=href("/meetings") data-test="exit-meeting" title=s.tr(MeetMsg::Exit)>"✕"</a>
                <h1 class="mm-title">{heading}</h1>
                <Show when=move || meeting.with(|mt| mt.ended.is_some())>
                    <a class="button" href=href(&format!("/meetings/{id}/protocol")) data-test="mode-protocol">{s.tr(MeetMsg::Protocol)}</a>
                </Show>
                {move || timer().map(|t| {
                    let class = match t.phase {
                        TimerPhase::Running => "mm-timer",
                        TimerPhase::Warning => "mm-timer warning",
                        TimerPhase::Overrun => "mm-timer overrun",
                    };
                    let text = if t.left_s > 0 { MeetMsg::Left(clock_text(t.left_s)) } else { MeetMsg::Over(clock_text(t.left_s)) };
                    view! { <div class=class data-test="timer" role="timer">{s.t(text)}</div> }
                })}
                <button class="icon mm-full" on:click=full_screen title=s.tr(MeetMsg::FullScreen) aria-label=s.tr(MeetMsg::FullScreen)>
                    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round">
                        <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"/>
                    </svg>
                </button>
            </header>
            <Show when=move || started.get()>
                <ol class="mm-steps" data-test="steps">
                    {move || meeting.with(|mt| mt.agenda.clone()).into_iter().enumerate().map(|(i, st)| {
                        let title = step_title(s, &st);
                        view! {
                            <li class:current=move || current.with(|c| c.0 == i) class:done=move || current.with(|c| i < c.0)>
                                <button on:click=move |_| go(i) title=title.clone()>{i + 1}</button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </Show>
            <main class="mm-body" on:pointerdown=down on:pointerup=up>
                {move || if !started.get() {
                    let (agenda, carried) = s.data.with_untracked(|d| {
                        let mt = meeting.get_untracked();
                        (mt.agenda.clone(), carry_over(d, &mt))
                    });
                    view! {
                        <div class="mm-intro">
                            <p class="muted">{s.t(MeetMsg::NotStartedHint)}</p>
                            <ol class="agenda">
                                {agenda.iter().map(|st| view! { <li>{step_title(s, st)}</li> }).collect_view()}
                            </ol>
                            {(!carried.tasks.is_empty() || !carried.questions.is_empty()).then(|| view! {
                                <p class="banner info">{format!("{}: {}", s.t(MeetMsg::Tasks), carried.tasks.len() + carried.questions.len())}</p>
                            })}
                            <button class="primary big-button" data-test="start-meeting" on:click=start>{s.t(MeetMsg::Start)}</button>
                        </div>
                    }.into_any()
                } else {
                    let (i, step) = current.get();
                    let Some(step) = step else { return ().into_any() };
                    let date = meeting.with_untracked(|mt| mt.date);
                    view! {
                        <div class="mm-step" data-test="step" data-step=i>
                            <div class="mm-step-head">
                                <h2 data-test="step-title">{step_title(s, &step)}</h2>
                                <span class="muted" data-test="step-index">{s.t(MeetMsg::StepOf { n: i + 1, total: total() })}</span>
                            </div>
                            <StepBlock meeting=id date=date block=step.block key=step.key.clone()/>
                            <StepNotes meeting=id block=step.block key=step.key.clone()/>
                        </div>
                    }.into_any()
                }}
            </main>
            <Show when=move || started.get()>
                <footer class="mm-foot">
                    <button class="big-button" data-test="prev-step" on:click=move |_| prev() disabled=move || current.with(|c| c.0 == 0)>{move || format!("‹ {}", s.t(MeetMsg::Prev))}</button>
                    <Show when=move || current.with(|c| c.0 + 1 < total())
                        fallback=move || view! { <button class="primary big-button" data-test="end-meeting" on:click=move |_| end.run(())>{s.tr(MeetMsg::End)}</button> }>
                        <button class="primary big-button" data-test="next-step" on:click=move |_| next()>{move || format!("{} ›", s.t(MeetMsg::Next))}</button>
                    </Show>
                </footer>
            </Show>
        </div>
    }
}

/// True when an event comes from a field the user types into (keys and swipes then belong to the field).
fn typing(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el
                    .closest("textarea, input, select")
                    .ok()
                    .flatten()
                    .is_some()
        })
}
