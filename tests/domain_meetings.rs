//! O4–O6 meetings: promise checking over facts and dates (weekends, holidays, absences, a manager who left),
//! the keeping rate, carry-over, the timer, a meeting left open, discipline, case search and two devices recording
//! one meeting. Every expected value is worked out by hand in the comments.

mod common;
use common::{apply, day, device, id, NOW};
use rop::domain::control::discipline::{discipline, summarize};
use rop::domain::core::rules::Rule;
use rop::domain::organisation::meeting::{
    abandoned_end, clock_text, Block, Meeting, MeetingKind, Template, Timer, TimerPhase,
};
use rop::domain::organisation::promise::{check, keeping, Outcome, Promise};
use rop::domain::organisation::protocol::{carry_over, MeetingNote, MeetingTask, NoteKind};
use rop::domain::planning::fact::DayFacts;
use rop::domain::planning::metric::{catalog, Builtin, Direction, MetricDef, Unit};
use rop::domain::training::case::{search, tag_counts, tags, Case};
use rop::domain::{Absence, AbsenceKind, Dataset, Edit, Manager, ManagerStatus, Role};
use std::collections::BTreeMap;

const SELLER: u128 = 1;
const LEFT: u128 = 2;
const LATE_COUNT: u128 = 50;

fn department() -> Dataset {
    let mut data = Dataset::default();
    let mut left = Manager::new("Зайцев Олег", Role::Seller, day("2025-01-10"));
    left.status = ManagerStatus::Left {
        on: day("2026-11-20"),
    };
    apply(
        &mut data,
        vec![
            Edit::put(
                id(SELLER),
                Manager::new("Кузнецов Артём", Role::Seller, day("2025-03-01")),
            ),
            Edit::put(id(LEFT), left),
            // Sick on Wednesday and Thursday, 25–26 November 2026.
            Edit::put(
                id(10),
                Absence {
                    manager: id(SELLER),
                    kind: AbsenceKind::SickLeave,
                    from: day("2026-11-25"),
                    to: day("2026-11-26"),
                    note: String::new(),
                },
            ),
            // A metric where less is better: overdue CRM tasks.
            Edit::put(
                id(LATE_COUNT),
                MetricDef {
                    name: "Просроченные задачи".into(),
                    unit: Unit::Count,
                    direction: Direction::LowerIsBetter,
                    order: 90,
                    hidden: false,
                },
            ),
        ],
    );
    data
}

fn facts(data: &mut Dataset, who: u128, date: &str, values: &[(rop::domain::RecordId, i64)]) {
    apply(
        data,
        vec![Edit::derived(DayFacts {
            manager: id(who),
            date: day(date),
            values: values.iter().copied().collect::<BTreeMap<_, _>>(),
        })],
    );
}

fn promise(
    who: u128,
    made: &str,
    due: &str,
    metric: Option<(rop::domain::RecordId, i64)>,
) -> Promise {
    Promise {
        manager: id(who),
        meeting: None,
        made: day(made),
        due: day(due),
        text: "обещание".into(),
        metric: metric.map(|m| m.0),
        target: metric.map(|m| m.1),
        mark: None,
    }
}

fn outcome(data: &Dataset, p: &Promise, today: &str) -> Outcome {
    let metrics = catalog(data);
    let metric = p.metric.and_then(|m| metrics.iter().find(|x| x.id == m));
    check(data, &data.calendar(), p, metric, day(today)).outcome
}

#[test]
fn metric_promises_are_checked_against_the_facts() {
    let deals = Builtin::Deals.id();
    let calls = Builtin::Calls.id();
    let mut data = department();
    // Mon 23, Tue 24 and Fri 27 November 2026 are working days for the seller (Wed–Thu sick).
    facts(&mut data, SELLER, "2026-11-23", &[(deals, 4), (calls, 38)]);
    facts(&mut data, SELLER, "2026-11-24", &[(deals, 2), (calls, 41)]);
    facts(&mut data, SELLER, "2026-11-27", &[(deals, 1), (calls, 35)]);

    let table = [
        // "3 deals today" on Monday, 4 done: kept, already on the day.
        (
            promise(SELLER, "2026-11-23", "2026-11-23", Some((deals, 3))),
            "2026-11-23",
            Outcome::Kept,
        ),
        // "3 deals today" on Tuesday, 2 so far: open during the day, broken the day after.
        (
            promise(SELLER, "2026-11-24", "2026-11-24", Some((deals, 3))),
            "2026-11-24",
            Outcome::Pending,
        ),
        (
            promise(SELLER, "2026-11-24", "2026-11-24", Some((deals, 3))),
            "2026-11-25",
            Outcome::Broken,
        ),
        // Monday to Tuesday: 4 + 2 = 6 deals against 6: kept.
        (
            promise(SELLER, "2026-11-23", "2026-11-24", Some((deals, 6))),
            "2026-11-30",
            Outcome::Kept,
        ),
        // Friday to Sunday, 40 calls: only Friday is a working day, 35 entered: broken on Monday.
        (
            promise(SELLER, "2026-11-27", "2026-11-29", Some((calls, 40))),
            "2026-11-30",
            Outcome::Broken,
        ),
        // Made on Saturday, due Sunday: no working day in the window: excused.
        (
            promise(SELLER, "2026-11-28", "2026-11-29", Some((calls, 40))),
            "2026-11-30",
            Outcome::Excused,
        ),
        // Made and due on his sick days: excused.
        (
            promise(SELLER, "2026-11-25", "2026-11-26", Some((deals, 2))),
            "2026-11-27",
            Outcome::Excused,
        ),
        // Tuesday to Thursday: the last working day is Tuesday (2 deals entered) against 5: broken.
        (
            promise(SELLER, "2026-11-24", "2026-11-26", Some((deals, 5))),
            "2026-11-27",
            Outcome::Broken,
        ),
        // 4 November is a public holiday (Unity Day): excused.
        (
            promise(SELLER, "2026-11-04", "2026-11-04", Some((deals, 1))),
            "2026-11-05",
            Outcome::Excused,
        ),
        // Monday 30 has no facts yet on Tuesday morning: it waits for them.
        (
            promise(SELLER, "2026-11-30", "2026-11-30", Some((deals, 1))),
            "2026-12-01",
            Outcome::AwaitingFacts,
        ),
        // The manager who left on 20 November: a promise after that is excused...
        (
            promise(LEFT, "2026-11-24", "2026-11-24", Some((deals, 1))),
            "2026-11-27",
            Outcome::Excused,
        ),
        // ... one from before stays in the history, and with no facts it still waits for them.
        (
            promise(LEFT, "2026-11-19", "2026-11-19", Some((deals, 1))),
            "2026-11-27",
            Outcome::AwaitingFacts,
        ),
    ];
    for (i, (p, today, expected)) in table.iter().enumerate() {
        assert_eq!(
            outcome(&data, p, today),
            *expected,
            "row {i}: {p:?} on {today}"
        );
    }
}

#[test]
fn lower_is_better_breaks_early_and_keeps_late() {
    let late = id(LATE_COUNT);
    let mut data = department();
    facts(&mut data, SELLER, "2026-11-23", &[(late, 3)]);
    facts(&mut data, SELLER, "2026-11-24", &[(late, 1)]);
    // "At most 2 overdue tasks" on Monday: 3 → broken on the day.
    let p = promise(SELLER, "2026-11-23", "2026-11-23", Some((late, 2)));
    assert_eq!(outcome(&data, &p, "2026-11-23"), Outcome::Broken);
    // On Tuesday 1 ≤ 2: open during the day, kept once it is over.
    let p = promise(SELLER, "2026-11-24", "2026-11-24", Some((late, 2)));
    assert_eq!(outcome(&data, &p, "2026-11-24"), Outcome::Pending);
    assert_eq!(outcome(&data, &p, "2026-11-25"), Outcome::Kept);
}

#[test]
fn promises_without_a_metric_are_marked_by_hand() {
    let data = department();
    let mut p = promise(SELLER, "2026-11-23", "2026-11-24", None);
    assert_eq!(outcome(&data, &p, "2026-11-24"), Outcome::Pending);
    assert_eq!(outcome(&data, &p, "2026-11-25"), Outcome::AwaitingMark);
    p.mark = Some(true);
    assert_eq!(outcome(&data, &p, "2026-11-25"), Outcome::Kept);
    // The head's mark overrides the numbers too.
    let mut q = promise(
        SELLER,
        "2026-11-23",
        "2026-11-23",
        Some((Builtin::Deals.id(), 100)),
    );
    q.mark = Some(true);
    assert_eq!(outcome(&data, &q, "2026-11-24"), Outcome::Kept);
}

#[test]
fn a_promise_is_checked_for_its_fields() {
    let mut p = promise(
        SELLER,
        "2026-11-24",
        "2026-11-23",
        Some((Builtin::Deals.id(), 3)),
    );
    assert!(p
        .problems()
        .iter()
        .any(|x| x.field == "due" && x.rule == Rule::DueBeforeGiven));
    p.due = p.made;
    p.target = None;
    assert!(p
        .problems()
        .iter()
        .any(|x| x.field == "target" && x.rule == Rule::Required));
    p.target = Some(-1);
    assert!(p.problems().iter().any(|x| x.field == "target"));
    p.target = Some(3);
    p.text = "  ".into();
    assert!(p
        .problems()
        .iter()
        .any(|x| x.field == "text" && x.rule == Rule::Required));
}

#[test]
fn keeping_rate_counts_decided_promises_of_the_last_30_days() {
    let deals = Builtin::Deals.id();
    let mut data = department();
    facts(&mut data, SELLER, "2026-11-23", &[(deals, 4)]);
    facts(&mut data, SELLER, "2026-11-24", &[(deals, 1)]);
    let promises = [
        promise(SELLER, "2026-11-23", "2026-11-23", Some((deals, 3))), // kept
        promise(SELLER, "2026-11-24", "2026-11-24", Some((deals, 3))), // broken
        promise(SELLER, "2026-11-24", "2026-11-24", Some((deals, 1))), // kept
        promise(SELLER, "2026-11-25", "2026-11-25", Some((deals, 1))), // excused (sick)
        promise(SELLER, "2026-11-27", "2026-11-27", None),             // due today: open
        promise(SELLER, "2026-10-20", "2026-10-20", None),             // 38 days ago: outside
    ];
    apply(
        &mut data,
        promises
            .into_iter()
            .enumerate()
            .map(|(i, p)| Edit::put(id(100 + i as u128), p))
            .collect(),
    );
    let k = keeping(
        &data,
        &data.calendar(),
        &catalog(&data),
        id(SELLER),
        day("2026-11-27"),
    );
    assert_eq!((k.kept, k.broken, k.open), (2, 1, 1));
    // 2 / (2 + 1) = 66.7 %
    assert!((k.rate().unwrap() - 2.0 / 3.0).abs() < 1e-12);
    let none = keeping(
        &data,
        &data.calendar(),
        &catalog(&data),
        id(LEFT),
        day("2026-11-27"),
    );
    assert_eq!(none.rate(), None);
}

fn daily(date: &str, step: u16) -> Meeting {
    let mut m = Meeting::from_template(&Template::default_for(MeetingKind::Daily), day(date), "");
    m.started = Some(1);
    m.ended = Some(2);
    m.step = step;
    m
}

#[test]
fn open_tasks_questions_and_unreached_steps_carry_over_to_the_next_meeting_of_the_kind() {
    let mut data = department();
    let a = Meeting::id_for(MeetingKind::Daily, day("2026-11-24")).unwrap();
    let weekly = Meeting::id_for(MeetingKind::Weekly, day("2026-11-23")).unwrap();
    let task = |meeting, text: &str, done| MeetingTask {
        meeting,
        text: text.into(),
        owner: Some(id(SELLER)),
        due: day("2026-11-25"),
        done,
    };
    let note = |kind, text: &str, resolved| MeetingNote {
        meeting: a,
        step: "s4".into(),
        kind,
        text: text.into(),
        by: None,
        resolved,
    };
    let mut w = Meeting::from_template(
        &Template::default_for(MeetingKind::Weekly),
        day("2026-11-23"),
        "",
    );
    w.started = Some(1);
    apply(
        &mut data,
        vec![
            // Closed at step index 3: steps 5–8 of the daily agenda were not reached.
            Edit::put(a, daily("2026-11-24", 3)),
            Edit::put(weekly, w),
            Edit::put(id(201), task(a, "Обновить CRM", false)),
            Edit::put(id(202), task(a, "Отправить КП", true)),
            Edit::put(id(203), task(weekly, "Задача недели", false)),
            Edit::put(
                id(204),
                note(NoteKind::Question, "Кто берёт входящие?", false),
            ),
            Edit::put(id(205), note(NoteKind::Question, "Решённый вопрос", true)),
            Edit::put(id(206), note(NoteKind::Decision, "Решение", false)),
        ],
    );
    let next = daily("2026-11-25", 0);
    let c = carry_over(&data, &next);
    assert_eq!(c.previous, Some((a, day("2026-11-24"))));
    assert_eq!(
        c.tasks.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        vec![id(201)]
    );
    assert_eq!(
        c.questions.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        vec![id(204)]
    );
    let unreached: Vec<Block> = c.unreached.iter().map(|s| s.block).collect();
    assert_eq!(
        unreached,
        vec![
            Block::Crm,
            Block::RepeatLists,
            Block::Training,
            Block::Promises,
            Block::Tasks
        ]
    );
    // Done at the next meeting: no longer carried anywhere, and nothing was copied.
    apply(
        &mut data,
        vec![Edit::put(id(201), task(a, "Обновить CRM", true))],
    );
    assert!(carry_over(&data, &daily("2026-11-26", 0)).tasks.is_empty());
    assert_eq!(data.meeting_tasks.len(), 3);
    // A meeting never carries into an earlier one.
    assert!(carry_over(&data, &daily("2026-11-20", 0))
        .previous
        .is_none());
}

#[test]
fn other_meetings_carry_over_within_their_title() {
    let mut data = Dataset::default();
    let general = |date: &str, title: &str| {
        let mut m =
            Meeting::from_template(&Template::default_for(MeetingKind::Other), day(date), title);
        m.started = Some(1);
        m.step = 2;
        m
    };
    apply(
        &mut data,
        vec![
            Edit::put(id(1), general("2026-11-02", "Общее собрание")),
            Edit::put(id(2), general("2026-11-03", "Встреча с маркетингом")),
        ],
    );
    let c = carry_over(&data, &general("2026-12-01", "Общее собрание"));
    assert_eq!(c.previous, Some((id(1), day("2026-11-02"))));
}

#[test]
fn the_timer_warns_five_minutes_before_the_time_box_and_shows_the_overrun() {
    let mut m = daily("2026-11-27", 0);
    m.started = Some(1_000_000);
    m.ended = None;
    let t = |seconds: u64| Timer::at(&m, 1_000_000 + seconds * 1000).unwrap();
    assert_eq!((t(899).left_s, t(899).phase), (301, TimerPhase::Running));
    assert_eq!((t(900).left_s, t(900).phase), (300, TimerPhase::Warning));
    assert_eq!((t(1199).left_s, t(1199).phase), (1, TimerPhase::Warning));
    assert_eq!((t(1200).left_s, t(1200).phase), (0, TimerPhase::Overrun));
    assert_eq!(t(1290).left_s, -90);
    assert_eq!(clock_text(t(1290).left_s), "1:30");
    assert_eq!(clock_text(3_725), "1:02:05");
    // Not started: no timer. Ended: frozen at the end.
    let mut idle = m.clone();
    idle.started = None;
    assert!(Timer::at(&idle, 5).is_none());
    m.ended = Some(1_000_000 + 1_210_000);
    assert_eq!(Timer::at(&m, u64::MAX / 2).unwrap().elapsed_s, 1210);
    // 20 min 10 s rounds up to 21: an overrun.
    assert_eq!(m.duration_minutes(), Some(21));
}

#[test]
fn a_meeting_left_open_is_closed_at_its_last_activity() {
    let hour = 3_600_000;
    let mut m = daily("2026-11-27", 2);
    m.started = Some(10 * hour);
    m.ended = None;
    let today = day("2026-11-27");
    // Quiet for 40 minutes: may still be running.
    assert_eq!(
        abandoned_end(&m, 10 * hour + 20 * 60_000, 11 * hour, today),
        None
    );
    // Quiet for two hours: closed at the last note, not when the tablet woke.
    let last = 10 * hour + 20 * 60_000;
    assert_eq!(abandoned_end(&m, last, last + 2 * hour, today), Some(last));
    // Opened again the next morning: closed the same way.
    assert_eq!(
        abandoned_end(&m, last, last + 1, day("2026-11-28")),
        Some(last)
    );
    // Closed or never started: nothing to do.
    m.ended = Some(last);
    assert_eq!(abandoned_end(&m, last, last + 9 * hour, today), None);
}

/// The use case the meetings page runs once it is on screen: the edits that close what was left open.
#[test]
fn closing_abandoned_meetings_returns_the_edits_and_the_latest_end() {
    use rop::domain::organisation::meeting::close_abandoned;
    let mut data = Dataset::default();
    let mut m = daily("2026-11-26", 2);
    m.started = Some(NOW - 30 * 3_600_000);
    m.ended = None;
    let id = Meeting::id_for(MeetingKind::Daily, day("2026-11-26")).unwrap();
    apply(&mut data, vec![Edit::put(id, m)]);
    // Left open yesterday: closed at its last sign of life, the record's own stamp (NOW, from `apply`).
    let (edits, last) = close_abandoned(&data, NOW + 60_000, day("2026-11-27"));
    assert_eq!(edits.len(), 1);
    assert_eq!(last, Some(NOW));
    apply(&mut data, edits);
    assert_eq!(data.meetings[&id].data.ended, Some(NOW));
    // Nothing left open: nothing to do.
    assert_eq!(
        close_abandoned(&data, NOW + 60_000, day("2026-11-27")),
        (vec![], None)
    );
}

#[test]
fn discipline_lists_each_scheduled_meeting_as_held_or_skipped() {
    let mut data = Dataset::default();
    let mut held = |date: &str, minutes: u64| {
        let mut m = daily(date, 7);
        m.started = Some(0);
        m.ended = Some(minutes * 60_000);
        let id = Meeting::id_for(MeetingKind::Daily, day(date)).unwrap();
        apply(&mut data, vec![Edit::put(id, m)]);
    };
    // Week of 23–27 November 2026: held Mon (15 min), Tue (25 min), Fri (18 min); Wed and Thu skipped.
    held("2026-11-23", 15);
    held("2026-11-24", 25);
    held("2026-11-27", 18);
    let rows = discipline(
        &data,
        &data.calendar(),
        MeetingKind::Daily,
        day("2026-11-21"),
        day("2026-11-29"),
    );
    assert_eq!(rows.len(), 5, "five working days");
    let s = summarize(&rows);
    assert_eq!((s.scheduled, s.held, s.overran), (5, 3, 1));
    // (15 + 25 + 18) / 3 = 19.33 → 19
    assert_eq!(s.mean_minutes, Some(19));
    // Weekly: one slot per week; the daily meetings do not count for it.
    let weeks = discipline(
        &data,
        &data.calendar(),
        MeetingKind::Weekly,
        day("2026-11-16"),
        day("2026-11-29"),
    );
    assert_eq!(weeks.len(), 2);
    assert!(weeks.iter().all(|w| !w.held()));
}

/// The meetings page's window: the last 30 days up to today; today's stand-up counts once held and is never a
/// skipped one before it is held.
#[test]
fn recent_discipline_counts_today_only_once_held() {
    use rop::domain::control::discipline::recent;
    let mut data = Dataset::default();
    let hold = |data: &mut Dataset, date: &str| {
        let mut m = daily(date, 7);
        m.started = Some(0);
        m.ended = Some(10 * 60_000);
        let id = Meeting::id_for(MeetingKind::Daily, day(date)).unwrap();
        apply(data, vec![Edit::put(id, m)]);
    };
    hold(&mut data, "2026-11-26");
    let today = day("2026-11-27");
    // 29 Oct – 26 Nov 2026 has 20 working days: 29–30 Oct (2), 2–6 Nov without the 4th, a holiday (4),
    // 9–13 (5), 16–20 (5), 23–26 (4). One held, nineteen skipped; today (the 21st) not yet counted.
    let before = recent(&data, &data.calendar(), MeetingKind::Daily, today);
    assert_eq!((before.summary.scheduled, before.summary.held), (20, 1));
    assert_eq!(before.skipped.len(), 19);
    assert!(!before.skipped.contains(&today), "today is not skipped yet");
    hold(&mut data, "2026-11-27");
    let after = recent(&data, &data.calendar(), MeetingKind::Daily, today);
    assert_eq!((after.summary.scheduled, after.summary.held), (21, 2));
    assert_eq!(after.skipped, before.skipped);
}

#[test]
fn two_devices_recording_one_meeting_merge_into_one_protocol() {
    let date = day("2026-11-27");
    let meeting = Meeting::id_for(MeetingKind::Daily, date).unwrap();
    assert_eq!(
        Meeting::id_for(MeetingKind::Daily, date),
        Some(meeting),
        "the same id on both"
    );
    let mut laptop = department();
    let mut tablet = department();
    let note = |text: &str| MeetingNote {
        meeting,
        step: "s3".into(),
        kind: NoteKind::Note,
        text: text.into(),
        by: None,
        resolved: false,
    };
    apply(
        &mut laptop,
        vec![
            Edit::put(meeting, daily("2026-11-27", 2)),
            Edit::put(id(301), note("С ноутбука")),
        ],
    );
    apply(
        &mut tablet,
        vec![
            Edit::put(meeting, daily("2026-11-27", 5)),
            Edit::put(id(302), note("С планшета")),
        ],
    );
    let merged = rop::sync::merge(&laptop, &tablet, device(1), None).data;
    assert_eq!(merged.meetings.len(), 1);
    let notes: Vec<&str> = merged
        .meeting_notes
        .values()
        .map(|r| r.data.text.as_str())
        .collect();
    assert_eq!(notes.len(), 2, "both devices' notes are kept: {notes:?}");
    // The same merge the other way round gives the same data.
    assert_eq!(
        rop::sync::merge(&tablet, &laptop, device(1), None).data,
        merged
    );
}

#[test]
fn templates_follow_the_duties_and_are_checked() {
    let daily = Template::default_for(MeetingKind::Daily);
    assert_eq!(daily.minutes, 20);
    assert_eq!(daily.agenda[0].block, Block::Attendance);
    assert_eq!(
        daily.agenda[1].block,
        Block::PromiseReview,
        "the stand-up opens with yesterday's promises"
    );
    assert!(daily.problems().is_empty());
    assert_eq!(Template::default_for(MeetingKind::Weekly).minutes, 60);
    let mut t = daily.clone();
    t.minutes = 0;
    t.agenda.push(t.agenda[0].clone());
    let fields: Vec<String> = t
        .problems()
        .into_iter()
        .map(|p| p.field.into_owned())
        .collect();
    assert!(
        fields.iter().any(|f| f == "minutes") && fields.iter().any(|f| f == "agenda.key"),
        "{fields:?}"
    );
    assert_eq!(daily.free_key(), "s10");
    let mut other = Meeting::from_template(
        &Template::default_for(MeetingKind::Other),
        day("2026-11-27"),
        " ",
    );
    assert!(other.problems().iter().any(|p| p.field == "title"));
    other.title = "Общее собрание".into();
    assert!(other.problems().is_empty());
    assert_eq!(Meeting::id_for(MeetingKind::Other, day("2026-11-27")), None);
    // The weekly meeting of any day of a week is the same meeting.
    assert_eq!(
        Meeting::id_for(MeetingKind::Weekly, day("2026-11-23")),
        Meeting::id_for(MeetingKind::Weekly, day("2026-11-27"))
    );
}

#[test]
fn cases_are_found_by_words_and_tags() {
    let mut data = Dataset::default();
    let case = |problem: &str, answer: &str, t: &str, date: &str| Case {
        problem: problem.into(),
        answer: answer.into(),
        tags: tags(t),
        date: day(date),
        raised_by: None,
        meeting: None,
        script: None,
    };
    apply(
        &mut data,
        vec![
            Edit::put(
                id(1),
                case(
                    "«Дорого»",
                    "Сравнить с ценой простоя",
                    "Возражение, #цена",
                    "2026-11-20",
                ),
            ),
            Edit::put(
                id(2),
                case(
                    "«Надо подумать»",
                    "Спросить, что смущает",
                    "возражение",
                    "2026-11-23",
                ),
            ),
            Edit::put(
                id(3),
                case(
                    "Секретарь не соединяет",
                    "Просить подсказать, кто отвечает",
                    "лпр",
                    "2026-11-24",
                ),
            ),
        ],
    );
    assert_eq!(tags(" Возражение, #цена;цена "), vec!["возражение", "цена"]);
    let ids =
        |v: Vec<(rop::domain::RecordId, &Case)>| v.into_iter().map(|(i, _)| i).collect::<Vec<_>>();
    assert_eq!(
        ids(search(&data, "", None)),
        vec![id(3), id(2), id(1)],
        "newest first"
    );
    assert_eq!(ids(search(&data, "ДОРОГО", None)), vec![id(1)]);
    assert_eq!(
        ids(search(&data, "простоя цена", None)),
        vec![id(1)],
        "every word, tags included"
    );
    assert_eq!(
        ids(search(&data, "смущает", Some("возражение"))),
        vec![id(2)]
    );
    assert_eq!(ids(search(&data, "", Some("лпр"))), vec![id(3)]);
    // ё and е are the same letter to a search.
    apply(
        &mut data,
        vec![Edit::put(
            id(4),
            case("Клиент ушёл к конкуренту", "", "", "2026-11-25"),
        )],
    );
    assert_eq!(ids(search(&data, "ушел", None)), vec![id(4)]);
    assert_eq!(tag_counts(&data)[0], ("возражение".to_string(), 2));
    let mut bad = case(" ", "", "", "2026-11-25");
    bad.tags = (0..13).map(|i| i.to_string()).collect();
    let fields: Vec<String> = bad
        .problems()
        .into_iter()
        .map(|p| p.field.into_owned())
        .collect();
    assert_eq!(fields, vec!["problem", "tags"]);
}

#[test]
fn the_demo_has_weeks_of_meetings_with_kept_and_broken_promises() {
    let data = common::demo_data(device(1));
    let today = day("2026-11-27");
    let rows = discipline(
        &data,
        &data.calendar(),
        MeetingKind::Daily,
        today - chrono::Days::new(23),
        today - chrono::Days::new(1),
    );
    let s = summarize(&rows);
    assert!(s.held >= 12 && s.held < s.scheduled, "{s:?}");
    assert!(s.overran >= 1, "{s:?}");
    let metrics = catalog(&data);
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for r in data.promises.values() {
        let metric = r
            .data
            .metric
            .and_then(|m| metrics.iter().find(|x| x.id == m));
        let o = check(&data, &data.calendar(), &r.data, metric, today).outcome;
        *counts.entry(format!("{o:?}")).or_default() += 1;
    }
    assert!(counts.get("Kept").copied().unwrap_or(0) >= 5, "{counts:?}");
    assert!(
        counts.get("Broken").copied().unwrap_or(0) >= 3,
        "{counts:?}"
    );
    assert!(data.cases.len() >= 6 && !data.meeting_tasks.is_empty() && !data.templates.is_empty());
    assert!(
        data.meeting_tasks.values().any(|t| !t.data.done),
        "an open task carries over"
    );
}

#[test]
fn a_protocol_is_written_as_markdown_and_plain_text_with_user_text_kept_literal() {
    use rop::domain::organisation::protocol_text::{Doc, Section};
    let doc = Doc {
        title: "Планёрка 27.11.2026".into(),
        meta: vec!["09:30–09:48, 18 мин из 20".into()],
        sections: vec![
            Section {
                heading: "Решения".into(),
                lines: vec!["*важно* # 1 [ссылка]".into(), "две\nстроки".into()],
            },
            Section {
                heading: "Пусто".into(),
                lines: vec![],
            },
        ],
    };
    assert_eq!(
        doc.markdown(),
        "# Планёрка 27.11.2026\n\n09:30–09:48, 18 мин из 20  \n\n## Решения\n\n- \\*важно\\* \\# 1 \\[ссылка\\]\n- две\n  строки\n"
    );
    assert_eq!(
        doc.plain(),
        "Планёрка 27.11.2026\n09:30–09:48, 18 мин из 20\n\nРЕШЕНИЯ\n• *важно* # 1 [ссылка]\n• две\n  строки\n"
    );
}

#[test]
fn the_meeting_numbers_review_the_last_working_day_and_rank_by_completion() {
    use rop::domain::organisation::meeting_numbers::numbers;
    use rop::domain::planning::planfact::ranking;
    let data = common::demo_data(device(1));
    // Monday 30 November 2026: the last working day is Friday 27th; the week under review is 23–29, next 30–6.
    let n = numbers(&data, day("2026-11-30"));
    assert_eq!(n.last_day, day("2026-11-27"));
    assert_eq!(n.week.period.from, day("2026-11-23"));
    assert_eq!(n.next_week.period.from, day("2026-11-30"));
    assert_eq!(n.month.period.from, day("2026-11-01"));
    let pay = Builtin::Payments.id();
    let ranked = ranking(&n.month, pay);
    assert!(ranked.len() >= 6);
    for pair in ranked.windows(2) {
        let (a, b) = (pair[0].1, pair[1].1);
        if a.plan > 0 && b.plan > 0 {
            assert!(a.fact as f64 / a.plan as f64 >= b.fact as f64 / b.plan as f64);
        }
    }
    // The star of the demo (Кузнецов) leads the month.
    assert_eq!(
        ranked[0].0,
        uuid::Uuid::from_u128(0xde70_0000_0000_4000_8000_0000_0000_0002)
    );
}

#[test]
fn todays_plan_is_the_months_plan_split_to_the_day() {
    use rop::domain::organisation::meeting_numbers::numbers;
    let data = common::demo_data(device(1));
    let n = numbers(&data, day("2026-11-27"));
    let pay = Builtin::Payments.id();
    let today = n.today.department.pace(pay).unwrap();
    let month = n.month.department.pace(pay).unwrap();
    // November 2026 has 20 working days (4 November is a holiday): a day is about a twentieth of the month.
    assert!(today.plan > 0, "{today:?}");
    assert!(
        (today.plan * 20 - month.plan).abs() <= month.plan / 10,
        "{today:?} vs {month:?}"
    );
}

/// What a meeting looks back on, with dates worked out on the 2026 production calendar.
#[test]
fn a_meeting_reviews_the_last_working_day_the_week_before_and_the_month_reported() {
    use rop::domain::organisation::lookback::{
        plan_week, promises_to_review, report_month, review_week,
    };
    let mut data = department();
    let cal = data.calendar();
    // Monday 30 November reviews Friday 27th's promises, the week 23–29 November, plans 30 Nov – 6 Dec.
    let monday = day("2026-11-30");
    apply(
        &mut data,
        vec![
            Edit::put(id(201), promise(SELLER, "2026-11-26", "2026-11-27", None)),
            Edit::put(id(202), promise(SELLER, "2026-11-26", "2026-11-26", None)),
            Edit::put(id(203), promise(SELLER, "2026-11-27", "2026-11-30", None)),
        ],
    );
    let (from, due) = promises_to_review(&data, &cal, monday);
    assert_eq!(from, day("2026-11-27"));
    assert_eq!(
        due.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        vec![id(201)]
    );
    assert_eq!(review_week(&cal, monday).from, day("2026-11-23"));
    assert_eq!(plan_week(&cal, monday).from, day("2026-11-30"));
    // After the 4 November holiday, Thursday the 5th looks back to Tuesday the 3rd.
    assert_eq!(
        promises_to_review(&data, &cal, day("2026-11-05")).0,
        day("2026-11-03")
    );
    // The monthly meeting on Tuesday 1 December reports November.
    assert_eq!(report_month(&cal, day("2026-12-01")), day("2026-11-01"));
}

/// "Everyone else is here": the unmarked people are present, or absent with the reason their absence gives; the
/// ones already marked are left as they are; a manager who left is not part of the meeting.
#[test]
fn attendance_defaults_mark_everyone_else_present_or_away() {
    use rop::domain::organisation::lookback::attendance_defaults;
    use rop::domain::organisation::protocol::{Attendance, Presence};
    let mut data = department();
    let date = day("2026-11-25");
    let meeting = Meeting::id_for(MeetingKind::Daily, date).unwrap();
    let edits = attendance_defaults(&data, meeting, date, |k| format!("{k:?}"));
    apply(&mut data, edits);
    let marks: Vec<(rop::domain::RecordId, Presence, String)> = data
        .attendance
        .values()
        .map(|r| (r.data.manager, r.data.presence, r.data.reason.clone()))
        .collect();
    // Only the seller: the other manager left on 20 November. Sick on the 25th.
    assert_eq!(
        marks,
        vec![(id(SELLER), Presence::Absent, "SickLeave".to_string())]
    );
    // Marked already: left as it is.
    let late = Attendance {
        meeting,
        manager: id(SELLER),
        presence: Presence::Late,
        reason: String::new(),
    };
    apply(&mut data, vec![Edit::derived(late)]);
    assert!(attendance_defaults(&data, meeting, date, |k| format!("{k:?}")).is_empty());
}

/// "Start" on the meetings page: today's stand-up is started once and continued after (on any device: one id per
/// period); another meeting needs a title and is new each time.
#[test]
fn starting_a_meeting_twice_continues_it() {
    use rop::domain::organisation::meeting::{open_meeting, Opening};
    let mut data = department();
    let today = day("2026-11-27");
    let first = open_meeting(&data, MeetingKind::Daily, today, "", id(900)).unwrap();
    let Opening::Start(standup, edit) = first else {
        panic!("{first:?}")
    };
    assert_eq!(Some(standup), Meeting::id_for(MeetingKind::Daily, today));
    apply(&mut data, vec![*edit]);
    assert_eq!(
        open_meeting(&data, MeetingKind::Daily, today, "", id(901)),
        Ok(Opening::Continue(standup))
    );
    // The weekly meeting of the same week is another record.
    assert!(matches!(
        open_meeting(&data, MeetingKind::Weekly, today, "", id(902)),
        Ok(Opening::Start(..))
    ));
    // Another meeting: refused without a title, new with one.
    assert!(open_meeting(&data, MeetingKind::Other, today, " ", id(903)).is_err());
    assert!(matches!(
        open_meeting(&data, MeetingKind::Other, today, "Разбор сделки", id(904)),
        Ok(Opening::Start(new, _)) if new == id(904)
    ));
}

/// A meeting leaves out a person with nothing planned, nothing done and nothing planned today; the department
/// always leads. Monday 30 November 2026 reviews Friday the 27th and the month through it.
#[test]
fn a_meeting_table_leaves_out_whom_it_has_nothing_on() {
    use rop::domain::organisation::meeting_numbers::{numbers, Which};
    use rop::domain::planning::plan::{Plan, PlanStatus};
    use rop::domain::planning::planfact::Who;
    let mut data = department();
    let pay = Builtin::Payments.id();
    apply(
        &mut data,
        vec![
            Edit::put(
                id(3),
                Manager::new("Андреев Иван", Role::Seller, day("2024-01-10")),
            ),
            Edit::put(
                id(4),
                Manager::new("Борисов Павел", Role::Seller, day("2024-01-10")),
            ),
            Edit::derived(Plan {
                month: day("2026-11-01"),
                metric: pay,
                manager: Some(id(SELLER)),
                value: 2_000_000,
                status: PlanStatus::Approved,
            }),
        ],
    );
    facts(&mut data, SELLER, "2026-11-27", &[(pay, 500_000)]);
    facts(&mut data, 4, "2026-11-26", &[(pay, 100_000)]);
    let n = numbers(&data, day("2026-11-30"));
    let who = |which| -> Vec<Who> { n.rows(which, pay).iter().map(|r| r.who).collect() };
    // The month: Андреев has no plan and no fact, hidden; Борисов sold without a plan, shown; Зайцев left on the
    // 20th and is in no meeting after it.
    assert_eq!(
        who(Which::Month),
        [
            Who::Department,
            Who::Manager(id(4)),
            Who::Manager(id(SELLER))
        ]
    );
    // Friday the 27th alone: Борисов had nothing that day.
    assert_eq!(
        who(Which::LastDay),
        [Who::Department, Who::Manager(id(SELLER))]
    );
    let month = n.rows(Which::Month, pay);
    assert_eq!(month[2].pace.fact, 500_000);
    assert_eq!(month[2].pace.plan, 2_000_000);
    // The seller's plan for the 30th: present (a working day), and nobody's for Борисов.
    assert!(month[2].today_plan.unwrap() > 0);
    assert_eq!(month[1].today_plan, Some(0));
    // A metric the catalog does not have: no rows at all.
    assert!(n.rows(Which::Month, id(999)).is_empty());
}

#[test]
fn a_protocol_lists_who_was_away_the_notes_by_step_the_promises_tasks_and_cases_of_its_meeting() {
    use rop::domain::organisation::promise::Outcome;
    use rop::domain::organisation::protocol::{minutes, Attendance, Presence};
    use rop::domain::training::case::raised_at;
    const THIRD: u128 = 3;
    let mut data = department();
    let date = day("2026-11-24");
    let at = Meeting::id_for(MeetingKind::Daily, date).unwrap();
    let other = Meeting::id_for(MeetingKind::Daily, day("2026-11-25")).unwrap();
    let mark = |who: u128, presence, reason: &str| {
        Edit::derived(Attendance {
            meeting: at,
            manager: id(who),
            presence,
            reason: reason.into(),
        })
    };
    let note = |meeting, step: &str, text: &str| MeetingNote {
        meeting,
        step: step.into(),
        kind: NoteKind::Note,
        text: text.into(),
        by: None,
        resolved: false,
    };
    let task = |meeting, text: &str, due: &str| MeetingTask {
        meeting,
        text: text.into(),
        owner: None,
        due: day(due),
        done: false,
    };
    let mut made = promise(SELLER, "2026-11-24", "2026-11-30", None);
    made.meeting = Some(at);
    let case = |meeting, problem: &str| Case {
        problem: problem.into(),
        answer: "ответ".into(),
        tags: vec![],
        date,
        raised_by: None,
        meeting: Some(meeting),
        script: None,
    };
    apply(
        &mut data,
        vec![
            Edit::put(
                id(THIRD),
                Manager::new("Белова Анна", Role::Seller, day("2025-01-10")),
            ),
            Edit::put(at, daily("2026-11-24", 8)),
            Edit::put(other, daily("2026-11-25", 8)),
            mark(SELLER, Presence::Present, ""),
            mark(LEFT, Presence::Absent, "отпуск"),
            mark(THIRD, Presence::Late, "пробки"),
            Edit::put(id(401), note(at, "s4", "Первая")),
            Edit::put(id(402), note(at, "s1", "Вторая")),
            Edit::put(id(403), note(other, "s1", "Чужая")),
            Edit::put(id(411), task(at, "Позже", "2026-11-28")),
            Edit::put(id(412), task(at, "Раньше", "2026-11-25")),
            Edit::put(id(413), task(other, "Чужая", "2026-11-25")),
            Edit::put(id(421), made),
            Edit::put(id(431), case(at, "Дорого")),
            Edit::put(id(432), case(at, "Был опыт")),
            Edit::put(id(433), case(other, "Чужой")),
        ],
    );
    let m = minutes(&data, at, day("2026-11-25")).expect("the meeting exists");
    // One present, one late, one absent; the two away by short name, alphabetically (Белова before Зайцев).
    assert_eq!((m.present, m.late, m.absent), (1, 1, 1));
    let away: Vec<(&str, Presence, &str)> = m
        .away
        .iter()
        .map(|(who, a)| (who.as_str(), a.presence, a.reason.as_str()))
        .collect();
    assert_eq!(
        away,
        vec![
            ("Белова А.", Presence::Late, "пробки"),
            ("Зайцев О.", Presence::Absent, "отпуск")
        ]
    );
    // Every step of the agenda in order; each note under its own step, none of the other meeting's.
    assert_eq!(m.steps.len(), m.meeting.agenda.len());
    let noted: Vec<(&str, Vec<&str>)> = m
        .steps
        .iter()
        .filter(|(_, n)| !n.is_empty())
        .map(|(s, n)| (s.key.as_str(), n.iter().map(|n| n.text.as_str()).collect()))
        .collect();
    assert_eq!(noted, vec![("s1", vec!["Вторая"]), ("s4", vec!["Первая"])]);
    // The promise is due on the 30th: pending on the 25th.
    assert_eq!(m.promises.len(), 1);
    assert_eq!(m.promises[0].1, Outcome::Pending);
    // Tasks by due date.
    let tasks: Vec<&str> = m.tasks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(tasks, vec!["Раньше", "Позже"]);
    let cases: Vec<&str> = raised_at(&data, at)
        .iter()
        .map(|c| c.problem.as_str())
        .collect();
    assert_eq!(cases, vec!["Был опыт", "Дорого"]);
    assert!(minutes(&data, id(999), day("2026-11-25")).is_none());
}

#[test]
fn the_meetings_list_filters_by_kind_and_month_newest_first_with_who_came() {
    use rop::domain::organisation::protocol::{listed, Attendance, Presence, LISTED_MAX};
    let mut data = department();
    let nov = |d: &str| Meeting::id_for(MeetingKind::Daily, day(d)).unwrap();
    let weekly = Meeting::id_for(MeetingKind::Weekly, day("2026-11-23")).unwrap();
    let dec = Meeting::id_for(MeetingKind::Daily, day("2026-12-01")).unwrap();
    let mark = |meeting, who: u128, presence| {
        Edit::derived(Attendance {
            meeting,
            manager: id(who),
            presence,
            reason: String::new(),
        })
    };
    let mut w = Meeting::from_template(
        &Template::default_for(MeetingKind::Weekly),
        day("2026-11-23"),
        "",
    );
    w.started = Some(1);
    apply(
        &mut data,
        vec![
            Edit::put(nov("2026-11-24"), daily("2026-11-24", 8)),
            Edit::put(nov("2026-11-25"), daily("2026-11-25", 8)),
            Edit::put(weekly, w),
            Edit::put(dec, daily("2026-12-01", 8)),
            // On the 24th one came late and one was away.
            mark(nov("2026-11-24"), SELLER, Presence::Late),
            mark(nov("2026-11-24"), LEFT, Presence::Absent),
        ],
    );
    let rows = |data: &Dataset, kind, month: Option<&str>| -> Vec<(chrono::NaiveDate, usize)> {
        listed(data, kind, month.map(day))
            .into_iter()
            .map(|(_, m, came)| (m.date, came))
            .collect()
    };
    // November's daily stand-ups, newest first; the late one counts as came, the absent one does not.
    assert_eq!(
        rows(&data, Some(MeetingKind::Daily), Some("2026-11-15")),
        [(day("2026-11-25"), 0), (day("2026-11-24"), 1)]
    );
    // Any kind, any month: all four, December's first.
    assert_eq!(rows(&data, None, None).len(), 4);
    assert_eq!(rows(&data, None, None)[0].0, day("2026-12-01"));
    assert_eq!(
        rows(&data, Some(MeetingKind::Weekly), None),
        [(day("2026-11-23"), 0)]
    );
    // At most LISTED_MAX (60) rows, the newest: 61 general meetings more, one a day from 1 September, leave the oldest out.
    let many: Vec<Edit> = (0..61)
        .map(|i| {
            let on = rop::domain::core::date::add_days(day("2026-09-01"), i);
            let m = Meeting::from_template(
                &Template::default_for(MeetingKind::Other),
                on,
                "Общее собрание",
            );
            Edit::put(id(5_000 + i as u128), m)
        })
        .collect();
    apply(&mut data, many);
    let general = rows(&data, Some(MeetingKind::Other), None);
    assert_eq!(general.len(), LISTED_MAX);
    assert_eq!(
        general.last().unwrap().0,
        day("2026-09-02"),
        "1 September is the 61st"
    );
}
