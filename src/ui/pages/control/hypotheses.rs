//! C2 a quality hypothesis as a card: the lagging number, the cause, the actions, and the effect the domain
//! measured with the numbers it used. The ОКК meeting lists the open ones.

use crate::domain::control::hypothesis::{hypotheses, measure, Hypothesis, Label, Measure};
use crate::domain::planning::metric::catalog;
use crate::domain::training::scorecard::Scorecard;
use crate::domain::{Dataset, RecordId};
use crate::ui::pages::control::quality_words::measure_name;
use crate::ui::pages::control::quality_words::QualityMsg;
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::{today, AppState};
use leptos::prelude::*;

/// The open hypotheses, each as a card (the ОКК meeting's block).
#[component]
pub fn OpenHypotheses() -> impl IntoView {
    let s = expect_context::<AppState>();
    let open = Memo::new(move |_| {
        s.data.with(|d| {
            hypotheses(d)
                .into_iter()
                .filter(|(_, h)| !h.closed)
                .map(|(id, h)| (id, h.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="hypotheses" data-test="open-hypotheses">
            <Show when=move || open.with(Vec::is_empty)>
                <p class="muted">{s.tr(QualityMsg::NoHypotheses)}</p>
            </Show>
            <For each=move || open.get() key=|(id, _)| *id let:item>
                <HypothesisCard hypothesis=item.1/>
            </For>
            <p class="muted rule-note">{s.tr(QualityMsg::LabelRule)}</p>
        </div>
    }
}

#[component]
pub fn HypothesisCard(hypothesis: Hypothesis) -> impl IntoView {
    let s = expect_context::<AppState>();
    let h = hypothesis;
    let lang = s.lang.get_untracked();
    let text = s.data.with_untracked(|d| card_text(d, &h, lang));
    let label = text.label;
    let chip = match label {
        Label::Confirmed => "chip ok",
        Label::Refuted => "chip bad",
        Label::TooLittleData => "chip",
    };
    view! {
        <article class="card hypothesis" data-test="hypothesis">
            <header class="card-head">
                <h3>{h.title.clone()}</h3>
                <span class=chip data-test="hypothesis-label">{s.tr(QualityMsg::LabelName(label))}</span>
            </header>
            <dl class="facts-list">
                <dt>{s.tr(QualityMsg::Whose)}</dt><dd>{text.whose} " · " {text.measure}</dd>
                <dt>{s.tr(QualityMsg::Cause)}</dt><dd>{h.cause.clone()}</dd>
                <dt>{s.tr(QualityMsg::Actions)}</dt>
                <dd><ul class="plain">{text.actions.into_iter().map(|(done, line)| view! { <li>{if done { "✓ " } else { "○ " }}{line}</li> }).collect_view()}</ul></dd>
                <dt>{s.tr(QualityMsg::Before)}</dt><dd>{text.before_span} <br/> <strong>{text.before}</strong></dd>
                <dt>{s.tr(QualityMsg::After)}</dt><dd>{text.after_span} <br/> <strong>{text.after}</strong></dd>
                <dt>{s.tr(QualityMsg::Change)}</dt><dd data-test="hypothesis-change"><strong>{text.change}</strong> " (" {s.tr(QualityMsg::Expected(h.expected_percent))} ")"</dd>
            </dl>
        </article>
    }
}

/// Everything a card shows, worded once (the card does not follow a language switch while open).
struct CardText {
    label: Label,
    /// Each action: done, and its text with who does it and the event or script that carries it out.
    actions: Vec<(bool, String)>,
    whose: String,
    measure: String,
    before_span: String,
    before: String,
    after_span: String,
    after: String,
    change: String,
}

fn card_text(d: &Dataset, h: &Hypothesis, lang: crate::domain::Lang) -> CardText {
    let m = measure(d, h, today());
    let metrics = catalog(d);
    let (metric, criterion) = match &h.measure {
        Measure::Metric { metric } => (metrics.iter().find(|x| x.id == *metric).cloned(), None),
        Measure::Criterion {
            scorecard,
            criterion,
        } => (
            None,
            d.live::<Scorecard>(*scorecard)
                .and_then(|c| c.data.criterion(*criterion).map(|x| x.text.clone())),
        ),
    };
    let currency = d.settings().currency;
    let value = |w: &crate::domain::control::hypothesis::Window| match &metric {
        Some(x) => {
            QualityMsg::MetricValue(Box::new(x.clone()), w.clone(), currency.clone()).text(lang)
        }
        None => QualityMsg::CriterionValue(w.clone()).text(lang),
    };
    let span = |w: &crate::domain::control::hypothesis::Window| {
        QualityMsg::WindowSpan(
            w.days.first().copied(),
            w.days.last().copied(),
            w.days.len(),
        )
        .text(lang)
    };
    let whose = if h.people.is_empty() {
        QualityMsg::Department.text(lang)
    } else {
        h.people
            .iter()
            .filter_map(|p: &RecordId| d.short_name(*p))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let actions = h
        .actions
        .iter()
        .map(|a| {
            let mut parts = vec![a.text.clone()];
            parts.push(
                a.owner
                    .and_then(|o| d.short_name(o))
                    .unwrap_or_else(|| TrMsg::Head.text(lang)),
            );
            parts.extend(a.event.and_then(|e| {
                d.live::<crate::domain::training::event::TrainingEvent>(e)
                    .map(|r| r.data.title.clone())
            }));
            parts.extend(a.script.and_then(|x| {
                d.live::<crate::domain::training::script::Script>(x)
                    .map(|r| r.data.name.clone())
            }));
            (a.done, parts.join(" · "))
        })
        .collect();
    CardText {
        label: m.label,
        actions,
        whose,
        measure: measure_name(lang, &h.measure, metric.as_ref(), criterion.as_deref()),
        before_span: span(&m.before),
        before: value(&m.before),
        after_span: span(&m.after),
        after: value(&m.after),
        change: QualityMsg::ChangeValue(m.change_permille).text(lang),
    }
}
