//! Meeting kinds, agenda blocks and the templates a meeting is made from, with their rules.

use crate::domain::core::ids::derived;
use crate::domain::core::links::Related;
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_optional_name, FieldProblem, Rule};
use crate::domain::Dataset;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MeetingKind {
    /// O4, at most 20 minutes, every working morning.
    Daily,
    /// O5, at most an hour, once a week.
    Weekly,
    /// O6, once a month.
    Monthly,
    /// M4 a general meeting or anything else; several a day are allowed.
    Other,
    /// C2 the meeting with quality control (ОКК) on open hypotheses and their measurements; held when needed,
    /// several a day allowed.
    Quality,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 5] = [
        MeetingKind::Daily,
        MeetingKind::Weekly,
        MeetingKind::Monthly,
        MeetingKind::Other,
        MeetingKind::Quality,
    ];

    /// The kinds held on a schedule (one per day, week or month, with a derived id); the others are held when
    /// needed, several a day.
    pub fn is_regular(self) -> bool {
        matches!(
            self,
            MeetingKind::Daily | MeetingKind::Weekly | MeetingKind::Monthly
        )
    }

    /// The time box the duties give, in minutes (the template can change it).
    pub fn default_minutes(self) -> u16 {
        match self {
            MeetingKind::Daily => 20,
            MeetingKind::Weekly => 60,
            MeetingKind::Monthly => 90,
            MeetingKind::Other => 60,
            MeetingKind::Quality => 45,
        }
    }

    /// The first day of the period one meeting of this kind covers: the day, its week's Monday, its month's 1st.
    pub fn period_start(self, date: NaiveDate) -> NaiveDate {
        match self {
            MeetingKind::Daily | MeetingKind::Other | MeetingKind::Quality => date,
            MeetingKind::Weekly => crate::domain::planning::actions::monday(date),
            MeetingKind::Monthly => date.with_day(1).unwrap_or(date),
        }
    }
}

/// What an agenda step shows besides its notes: the numbers and lists the duty asks for at that point.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// Who is present, late, absent (and why).
    Attendance,
    /// The promises due on the last working day, with their outcome; the meeting opens with them.
    PromiseReview,
    /// The last working day's plan and fact, per person and department.
    Yesterday,
    /// Today's plan per person and department, with the month's completion, pace and forecast.
    Today,
    /// What to repeat and what not to repeat from yesterday.
    RepeatLists,
    /// A short training or motivation block: topic and who led it.
    Training,
    /// The week just ended (or running) in numbers, plan against fact.
    Week,
    /// Next week's plan of payments and the week's actions.
    NextWeek,
    /// Difficulties and objections of the week with the best answer (group training).
    Cases,
    /// Interim standings: managers ranked by completion of the money plan.
    Standings,
    /// The month's official report.
    MonthReport,
    /// New promises, per manager.
    Promises,
    /// Tasks with owners and due dates, and what carries over from the last meeting of this kind.
    Tasks,
    /// Notes and decisions only.
    Notes,
    /// C2 open quality hypotheses with their measurements (the ОКК meeting).
    Hypotheses,
    /// O2/O3 the CRM's hygiene per person from the latest snapshot, and today's joint calls with hard clients.
    Crm,
}

impl Block {
    pub const ALL: [Block; 16] = [
        Block::Attendance,
        Block::PromiseReview,
        Block::Yesterday,
        Block::Today,
        Block::RepeatLists,
        Block::Training,
        Block::Week,
        Block::NextWeek,
        Block::Cases,
        Block::Standings,
        Block::MonthReport,
        Block::Promises,
        Block::Tasks,
        Block::Notes,
        Block::Hypotheses,
        Block::Crm,
    ];
}

/// One step of an agenda. `key` identifies it inside its meeting (notes point at it); `title` empty means the
/// block's own name in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaStep {
    pub key: String,
    pub title: String,
    pub block: Block,
}

impl AgendaStep {
    fn of(key: &str, block: Block) -> Self {
        AgendaStep {
            key: key.into(),
            title: String::new(),
            block,
        }
    }
}

/// A meeting kind's agenda and time box as the head edited them. Its id comes from the kind: one per kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub kind: MeetingKind,
    pub minutes: u16,
    pub agenda: Vec<AgendaStep>,
}

pub const TITLE_MAX: usize = 200;
pub const AGENDA_MAX: usize = 30;
pub const MINUTES_MAX: u16 = 480;

impl Template {
    pub fn id_for(kind: MeetingKind) -> RecordId {
        derived("template", &[kind_key(kind)])
    }

    /// The agenda the duties give for each kind (O4, O5, O6, M4).
    pub fn default_for(kind: MeetingKind) -> Template {
        use Block::*;
        let blocks: &[Block] = match kind {
            MeetingKind::Daily => &[
                Attendance,
                PromiseReview,
                Yesterday,
                Today,
                Crm,
                RepeatLists,
                Training,
                Promises,
                Tasks,
            ],
            MeetingKind::Weekly => &[
                Attendance,
                PromiseReview,
                Week,
                Crm,
                Cases,
                NextWeek,
                Standings,
                Promises,
                Tasks,
            ],
            MeetingKind::Monthly => &[
                Attendance,
                MonthReport,
                Notes, // corrections of goals and plans
                Notes, // strategy and tactics
                Notes, // methods, standards and documents
                Promises,
                Tasks,
            ],
            MeetingKind::Other => &[Attendance, Notes, Tasks],
            MeetingKind::Quality => &[Attendance, Hypotheses, Notes, Tasks],
        };
        let monthly_titles = [
            "Корректировка целей и планов",
            "Стратегия и тактика на следующий период",
            "Методы, стандарты и документы отдела",
        ];
        let mut notes_seen = 0;
        let agenda = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let mut step = AgendaStep::of(&format!("s{}", i + 1), *b);
                if kind == MeetingKind::Monthly && *b == Notes {
                    step.title = monthly_titles[notes_seen].into();
                    notes_seen += 1;
                }
                step
            })
            .collect();
        Template {
            kind,
            minutes: kind.default_minutes(),
            agenda,
        }
    }

    /// The kind's template: the head's edited one, else the default.
    pub fn of(data: &Dataset, kind: MeetingKind) -> Template {
        data.templates
            .get(&Template::id_for(kind))
            .filter(|r| !r.deleted)
            .map(|r| r.data.clone())
            .unwrap_or_else(|| Template::default_for(kind))
    }

    /// A key no step of this agenda uses yet, for a step the head adds.
    pub fn free_key(&self) -> String {
        (1..)
            .map(|n| format!("s{n}"))
            .find(|k| !self.agenda.iter().any(|s| &s.key == k))
            .unwrap_or_default()
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_agenda(&mut out, self.minutes, &self.agenda);
        out
    }
}

pub(super) fn check_agenda(out: &mut Vec<FieldProblem>, minutes: u16, agenda: &[AgendaStep]) {
    if minutes == 0 || minutes > MINUTES_MAX {
        out.push(FieldProblem::new(
            "minutes",
            Rule::Range {
                min: 1,
                max: MINUTES_MAX as i64,
            },
        ));
    }
    if agenda.is_empty() || agenda.len() > AGENDA_MAX {
        out.push(FieldProblem::new(
            "agenda",
            Rule::Range {
                min: 1,
                max: AGENDA_MAX as i64,
            },
        ));
    }
    for (i, s) in agenda.iter().enumerate() {
        check_optional_name(out, "agenda.title", &s.title, TITLE_MAX);
        if s.key.is_empty() || agenda[..i].iter().any(|o| o.key == s.key) {
            out.push(FieldProblem::new("agenda.key", Rule::Required));
        }
    }
}

pub(super) fn kind_key(kind: MeetingKind) -> &'static str {
    match kind {
        MeetingKind::Daily => "daily",
        MeetingKind::Weekly => "weekly",
        MeetingKind::Monthly => "monthly",
        MeetingKind::Other => "other",
        MeetingKind::Quality => "quality",
    }
}

impl Related for Template {
    fn derived_id(&self) -> Option<RecordId> {
        Some(Template::id_for(self.kind))
    }
}
