//! Department settings: one record per database.

use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_optional_name, FieldProblem, Rule};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The settings record's fixed id: every device edits the same record, so merges pick one version of it.
pub const SETTINGS_ID: RecordId = uuid::Uuid::from_u128(0x0000_0000_0000_4000_8000_5e77_1165_0001);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub company: String,
    pub department: String,
    /// ISO 4217 code; amounts are integer minor units (kopecks for RUB).
    pub currency: String,
    /// IANA time zone name, e.g. `Europe/Moscow`; "today" for the department is a date in this zone.
    pub time_zone: String,
    /// Monday first: which weekdays the department works.
    pub working_week: [bool; 7],
    /// A new hire's plan share in percent in their first months (hire month first); 100 % after the list.
    #[serde(default = "default_ramp")]
    pub ramp: Vec<u16>,
    /// Pace index (percent) from which a plan is on track.
    #[serde(default = "default_on_track")]
    pub on_track_from: u16,
    /// Pace index (percent) below which a plan is at risk.
    #[serde(default = "default_at_risk")]
    pub at_risk_below: u16,
    /// M2: the badge rules the head has turned on (schema 6; older files get them all).
    #[serde(default = "BadgeRule::defaults")]
    pub badges: Vec<BadgeRule>,
    /// M4: how often the head holds a one-on-one with each person, in days, unless their card says otherwise.
    #[serde(default = "default_one_on_one_days")]
    pub one_on_one_days: u16,
}

fn default_ramp() -> Vec<u16> {
    vec![50, 75, 100]
}

fn default_on_track() -> u16 {
    100
}

fn default_at_risk() -> u16 {
    90
}

fn default_one_on_one_days() -> u16 {
    14
}

/// A cadence longer than a quarter is no cadence.
pub const ONE_ON_ONE_DAYS: std::ops::RangeInclusive<u16> = 7..=92;

/// A ramp longer than a year is not a ramp.
pub const RAMP_MAX_MONTHS: usize = 12;

pub const TITLE_MAX: usize = 200;
/// Currencies the money formatter knows a sign for; others are shown with their code.
pub const CURRENCIES: [&str; 5] = ["RUB", "KZT", "BYN", "USD", "EUR"];

impl Default for Settings {
    fn default() -> Self {
        Settings {
            company: String::new(),
            department: String::new(),
            currency: "RUB".into(),
            time_zone: "Europe/Moscow".into(),
            working_week: [true, true, true, true, true, false, false],
            ramp: default_ramp(),
            on_track_from: default_on_track(),
            at_risk_below: default_at_risk(),
            badges: BadgeRule::defaults(),
            one_on_one_days: default_one_on_one_days(),
        }
    }
}

impl Settings {
    pub fn bands(&self) -> Bands {
        Bands {
            on_track_from: self.on_track_from,
            at_risk_below: self.at_risk_below,
        }
    }

    pub fn is_working_weekday(&self, day: NaiveDate) -> bool {
        self.working_week[day.weekday().num_days_from_monday() as usize]
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_optional_name(&mut out, "company", &self.company, TITLE_MAX);
        check_optional_name(&mut out, "department", &self.department, TITLE_MAX);
        let code_ok =
            self.currency.len() == 3 && self.currency.chars().all(|c| c.is_ascii_uppercase());
        if !code_ok {
            out.push(FieldProblem::new("currency", Rule::Required));
        }
        if self.time_zone.trim().is_empty() {
            out.push(FieldProblem::new("time_zone", Rule::Required));
        }
        check_len(&mut out, "time_zone", &self.time_zone, 64);
        if !self.working_week.iter().any(|d| *d) {
            out.push(FieldProblem::new("working_week", Rule::NoWorkingDay));
        }
        if self.ramp.len() > RAMP_MAX_MONTHS {
            out.push(FieldProblem::new(
                "ramp",
                Rule::TooLong {
                    max: RAMP_MAX_MONTHS,
                    len: self.ramp.len(),
                },
            ));
        }
        if self.ramp.iter().any(|p| *p > 100) {
            out.push(FieldProblem::new("ramp", Rule::Range { min: 0, max: 100 }));
        }
        if self.on_track_from > 200 {
            out.push(FieldProblem::new(
                "on_track_from",
                Rule::Range { min: 0, max: 200 },
            ));
        }
        if self.at_risk_below > self.on_track_from {
            out.push(FieldProblem::new(
                "at_risk_below",
                Rule::Range {
                    min: 0,
                    max: self.on_track_from as i64,
                },
            ));
        }
        out.extend(badge_problems(&self.badges));
        if !ONE_ON_ONE_DAYS.contains(&self.one_on_one_days) {
            out.push(FieldProblem::new(
                "one_on_one_days",
                Rule::Range {
                    min: i64::from(*ONE_ON_ONE_DAYS.start()),
                    max: i64::from(*ONE_ON_ONE_DAYS.end()),
                },
            ));
        }
        out
    }
}

impl crate::domain::core::links::Related for Settings {
    fn derived_id(&self) -> Option<crate::domain::core::record::RecordId> {
        Some(SETTINGS_ID)
    }
}

/// Status thresholds on the pace index, in percent: from `on_track_from` on track, below `at_risk_below` at
/// risk, behind in between. Editable in the settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bands {
    pub on_track_from: u16,
    pub at_risk_below: u16,
}

impl Default for Bands {
    fn default() -> Self {
        Bands {
            on_track_from: 100,
            at_risk_below: 90,
        }
    }
}

/// M2: a badge rule the head can turn on (the badges themselves are worked out in `motivation::badge`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum BadgeRule {
    FirstDeal,
    PlanStreak { months: u8 },
    PersonalRecord,
    PromisesKept { percent: u8 },
}

impl BadgeRule {
    /// What a new department starts with: every rule on.
    pub fn defaults() -> Vec<BadgeRule> {
        vec![
            BadgeRule::FirstDeal,
            BadgeRule::PlanStreak { months: 3 },
            BadgeRule::PersonalRecord,
            BadgeRule::PromisesKept { percent: 90 },
        ]
    }

    /// Which rule it is, whatever its parameter (a list holds each rule once).
    pub fn kind(self) -> u8 {
        match self {
            BadgeRule::FirstDeal => 0,
            BadgeRule::PlanStreak { .. } => 1,
            BadgeRule::PersonalRecord => 2,
            BadgeRule::PromisesKept { .. } => 3,
        }
    }
}

pub const STREAK_MONTHS: std::ops::RangeInclusive<u8> = 2..=12;
pub const KEPT_PERCENT: std::ops::RangeInclusive<u8> = 50..=100;

/// The settings' list of badge rules: each once, parameters in range.
pub fn badge_problems(rules: &[BadgeRule]) -> Vec<FieldProblem> {
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (i, r) in rules.iter().enumerate() {
        if !seen.insert(r.kind()) {
            out.push(FieldProblem::at(format!("badges[{i}]"), Rule::Duplicate));
        }
        match *r {
            BadgeRule::PlanStreak { months } if !STREAK_MONTHS.contains(&months) => {
                out.push(FieldProblem::at(
                    format!("badges[{i}].months"),
                    Rule::Range {
                        min: i64::from(*STREAK_MONTHS.start()),
                        max: i64::from(*STREAK_MONTHS.end()),
                    },
                ))
            }
            BadgeRule::PromisesKept { percent } if !KEPT_PERCENT.contains(&percent) => {
                out.push(FieldProblem::at(
                    format!("badges[{i}].percent"),
                    Rule::Range {
                        min: i64::from(*KEPT_PERCENT.start()),
                        max: i64::from(*KEPT_PERCENT.end()),
                    },
                ))
            }
            _ => {}
        }
    }
    out
}
