//! T5 tests' editor: the question bank, threshold, time, attempts, shuffle, validity and re-certification.

use super::tests;
use crate::domain::training::certification::{Answer, CertTest, Question};
use crate::domain::training::skill::skills;
use crate::domain::RecordId;
use crate::ui::components::widgets::{save_form, FieldError};
use crate::ui::pages::training::words::TrMsg;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The tests: settings and the question bank.
#[component]
pub(super) fn TestEditor() -> impl IntoView {
    let s = expect_context::<AppState>();
    let all = tests(s);
    let chosen = RwSignal::new(all.first().map(|(id, _)| *id));
    let draft = RwSignal::new(
        all.first()
            .map(|(_, t)| t.clone())
            .unwrap_or_else(CertTest::blank),
    );
    let tried = RwSignal::new(false);
    let problems = Memo::new(move |_| draft.with(CertTest::problems));
    let skill_list = s.data.with_untracked(|d| {
        skills(d)
            .into_iter()
            .map(|(id, k)| (id, k.name.clone()))
            .collect::<Vec<_>>()
    });
    let standards = s.data.with_untracked(|d| {
        crate::domain::control::standard::standards(d)
            .into_iter()
            .map(|(id, x)| (id, x.title.clone()))
            .collect::<Vec<_>>()
    });
    let pick = move |v: String| {
        let id: Option<RecordId> = v.parse().ok();
        chosen.set(id);
        let t = id
            .and_then(|id| {
                s.data
                    .with_untracked(|d| d.live::<CertTest>(id).map(|r| r.data.clone()))
            })
            .unwrap_or_else(CertTest::blank);
        draft.set(t);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = chosen.get_untracked().unwrap_or_else(uuid::Uuid::new_v4);
        save_form(
            s,
            tried,
            problems,
            Some(id),
            move || draft.get_untracked(),
            move || chosen.set(Some(id)),
        );
    };
    let number = move |name: &'static str,
                       label: TrMsg,
                       get: fn(&CertTest) -> i64,
                       set: fn(&mut CertTest, i64)| {
        view! {
            <label>{s.tr(label)}<input type="number" class="narrow" name=name prop:value=move || draft.with(|t| get(t).to_string())
                on:input=move |ev| { let v = event_target_value(&ev).parse().unwrap_or(0); draft.update(|t| set(t, v)) }/></label>
            <FieldError problems field=name show=tried/>
        }
    };
    view! {
        <form class="stack" on:submit=submit data-test="test-editor">
            <label>{s.tr(TrMsg::Test)}
                <select name="edit-test" on:change=move |ev| pick(event_target_value(&ev))>
                    {all.into_iter().map(|(id, t)| view! { <option value=id.to_string()>{t.title}</option> }).collect_view()}
                    <option value="new">{s.tr(TrMsg::NewTest)}</option>
                </select>
            </label>
            <label>{s.tr(TrMsg::TestTitle)}<input name="test-title" prop:value=move || draft.with(|t| t.title.clone()) on:input=move |ev| draft.update(|t| t.title = event_target_value(&ev))/></label>
            <FieldError problems field="title" show=tried/>
            <div class="row">
                <label>{s.tr(TrMsg::SkillLabel)}
                    <select name="test-skill" on:change=move |ev| draft.update(|t| t.skill = event_target_value(&ev).parse().ok())>
                        <option value="">"—"</option>
                        {skill_list.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || draft.with(|t| t.skill == Some(id))>{n}</option> }).collect_view()}
                    </select>
                </label>
                <label>{s.tr(TrMsg::StandardLabel)}
                    <select name="test-standard" on:change=move |ev| draft.update(|t| t.standard = event_target_value(&ev).parse().ok())>
                        <option value="">"—"</option>
                        {standards.into_iter().map(|(id, n)| view! { <option value=id.to_string() selected=move || draft.with(|t| t.standard == Some(id))>{n}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <div class="row">
                {number("pass_percent", TrMsg::PassPercent, |t| t.pass_percent as i64, |t, v| t.pass_percent = v.clamp(0, 255) as u8)}
                {number("minutes", TrMsg::TimeLimit, |t| t.minutes as i64, |t, v| t.minutes = v.clamp(0, 65_535) as u16)}
                {number("attempts", TrMsg::AttemptsLabel, |t| t.attempts as i64, |t, v| t.attempts = v.clamp(0, 255) as u8)}
                {number("valid_days", TrMsg::ValidDays, |t| t.valid_days as i64, |t, v| t.valid_days = v.clamp(0, 65_535) as u16)}
                {number("recert_days", TrMsg::RecertDays, |t| t.recert_days as i64, |t, v| t.recert_days = v.clamp(0, 65_535) as u16)}
                {number("draw", TrMsg::Draw, |t| t.draw as i64, |t, v| t.draw = v.clamp(0, 65_535) as u16)}
                <label class="check"><input type="checkbox" name="shuffle" prop:checked=move || draft.with(|t| t.shuffle) on:change=move |ev| draft.update(|t| t.shuffle = event_target_checked(&ev))/>{s.tr(TrMsg::Shuffle)}</label>
            </div>
            {move || draft.get().questions.into_iter().enumerate().map(|(i, q)| view! { <QuestionEditor index=i question=q draft=draft/> }).collect_view()}
            <div class="row">
                <button type="button" class="secondary" on:click=move |_| draft.update(|t| { let id = t.next_id(); t.questions.push(Question { id, text: String::new(), answer: Answer::Single { options: vec![String::new(), String::new()], correct: 0 } }) })>{s.tr(TrMsg::AddChoice)}</button>
                <button type="button" class="secondary" on:click=move |_| draft.update(|t| { let id = t.next_id(); t.questions.push(Question { id, text: String::new(), answer: Answer::Short { model: String::new() } }) })>{s.tr(TrMsg::AddShort)}</button>
            </div>
            {move || (tried.get() && problems.with(|p| p.iter().any(|x| x.field.starts_with("questions")))).then(|| view! { <p class="field-error" role="alert">{s.t(TrMsg::FillEveryBlock)}</p> })}
            <button type="submit" data-test="save-test">{s.tr(TrMsg::Save)}</button>
        </form>
    }
}

/// One question of the bank: its text, options one per line, and which are right.
#[component]
fn QuestionEditor(index: usize, question: Question, draft: RwSignal<CertTest>) -> impl IntoView {
    let s = expect_context::<AppState>();
    let i = index;
    let options_text = question.options().join("\n");
    let correct: Vec<u8> = match &question.answer {
        Answer::Single { correct, .. } => vec![*correct],
        Answer::Multiple { correct, .. } => correct.clone(),
        Answer::Short { .. } => Vec::new(),
    };
    let set_options = move |text: String| {
        let options: Vec<String> = text
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        draft.update(|t| match &mut t.questions[i].answer {
            Answer::Single { options: o, .. } | Answer::Multiple { options: o, .. } => *o = options,
            Answer::Short { .. } => {}
        })
    };
    let set_correct = move |text: String| {
        let mut list: Vec<u8> = text
            .split([',', ' '])
            .filter_map(|x| x.trim().parse::<u8>().ok())
            .filter(|x| *x >= 1)
            .map(|x| x - 1)
            .collect();
        list.sort();
        list.dedup();
        draft.update(|t| {
            let q = &mut t.questions[i];
            let options = q.options().to_vec();
            q.answer = match list.as_slice() {
                [one] => Answer::Single {
                    options,
                    correct: *one,
                },
                _ => Answer::Multiple {
                    options,
                    correct: list.clone(),
                },
            };
        })
    };
    let short = matches!(question.answer, Answer::Short { .. });
    let right_text = correct
        .iter()
        .map(|c| (c + 1).to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let model = match &question.answer {
        Answer::Short { model } => model.clone(),
        _ => String::new(),
    };
    view! {
        <fieldset class="question-edit">
            <legend>{format!("{}.", i + 1)}</legend>
            <textarea name="question-text" rows="2" aria-label=s.tr(TrMsg::QuestionText) prop:value=question.text.clone() on:change=move |ev| draft.update(|t| t.questions[i].text = event_target_value(&ev))></textarea>
            {if short {
                view! { <label>{s.tr(TrMsg::ModelAnswer)}<textarea name="model" rows="2" prop:value=model on:change=move |ev| { let v = event_target_value(&ev); draft.update(|t| t.questions[i].answer = Answer::Short { model: v }) }></textarea></label> }.into_any()
            } else {
                view! {
                    <label>{s.tr(TrMsg::OptionsOnePerLine)}<textarea name="options" rows="4" prop:value=options_text on:change=move |ev| set_options(event_target_value(&ev))></textarea></label>
                    <label>{s.tr(TrMsg::RightOptions)}<input name="right" class="narrow" prop:value=right_text on:change=move |ev| set_correct(event_target_value(&ev))/></label>
                }.into_any()
            }}
            <button type="button" class="link" on:click=move |_| draft.update(|t| { t.questions.remove(i); })>{s.tr(TrMsg::Remove)}</button>
        </fieldset>
    }
}
