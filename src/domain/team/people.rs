//! The team: managers (sellers) and their absences.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::{Record, RecordId};
use crate::domain::core::rules::{check_len, check_name, check_span, FieldProblem, Rule};
use crate::domain::core::text::fold;
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A seller's place in the team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Trainee,
    Seller,
    SeniorSeller,
    TeamLead,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Trainee,
        Role::Seller,
        Role::SeniorSeller,
        Role::TeamLead,
    ];
}

/// Whether a manager still works in the department. Leaving archives a manager; their history stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case", deny_unknown_fields)]
pub enum ManagerStatus {
    Active,
    Left {
        #[serde(with = "crate::domain::core::date")]
        on: NaiveDate,
    },
}

/// One seller of the department.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manager {
    /// As people write it in Russian: surname, first name, patronymic.
    pub full_name: String,
    pub role: Role,
    #[serde(with = "crate::domain::core::date")]
    pub hired: NaiveDate,
    pub status: ManagerStatus,
    /// O2: the most open deals this seller may hold at once; above it the CRM turns into a graveyard.
    pub max_open_deals: u32,
    pub phone: String,
    pub email: String,
    pub notes: String,
    /// M4: days between one-on-ones with this person; `None` follows the department's cadence (settings).
    #[serde(default)]
    pub one_on_one_days: Option<u16>,
}

/// Limits that keep a typo (or a hostile file) from filling the screen or the disk.
pub const NAME_MAX: usize = 200;
pub const CONTACT_MAX: usize = 200;
pub const NOTES_MAX: usize = 10_000;
pub const MAX_OPEN_DEALS_LIMIT: u32 = 10_000;

impl Manager {
    /// A new active seller with the usual open-deal limit.
    pub fn new(full_name: &str, role: Role, hired: NaiveDate) -> Self {
        Manager {
            full_name: full_name.trim().to_string(),
            role,
            hired,
            status: ManagerStatus::Active,
            max_open_deals: 40,
            phone: String::new(),
            email: String::new(),
            notes: String::new(),
            one_on_one_days: None,
        }
    }

    pub fn is_active(&self) -> bool {
        self.status == ManagerStatus::Active
    }

    /// "Кузнецов А. И.": the surname and initials, for grids read across a meeting room.
    pub fn short_name(&self) -> String {
        let mut words = self.full_name.split_whitespace();
        let Some(surname) = words.next() else {
            return String::new();
        };
        let mut out = surname.to_string();
        for w in words {
            if let Some(c) = w.chars().next() {
                out.push(' ');
                out.push(c);
                out.push('.');
            }
        }
        out
    }

    /// Hired by `day` and not yet left: facts and plans for this day belong to them.
    pub fn is_employed_on(&self, day: NaiveDate) -> bool {
        self.hired <= day
            && match self.status {
                ManagerStatus::Active => true,
                ManagerStatus::Left { on } => day <= on,
            }
    }

    /// Every rule this manager breaks, each with its field; empty means valid.
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "full_name", &self.full_name, NAME_MAX);
        check_len(&mut out, "phone", &self.phone, CONTACT_MAX);
        check_len(&mut out, "email", &self.email, CONTACT_MAX);
        check_len(&mut out, "notes", &self.notes, NOTES_MAX);
        if !self.email.is_empty() && !looks_like_email(&self.email) {
            out.push(FieldProblem::new("email", Rule::Email));
        }
        if !(1..=MAX_OPEN_DEALS_LIMIT).contains(&self.max_open_deals) {
            out.push(FieldProblem::new(
                "max_open_deals",
                Rule::Range {
                    min: 1,
                    max: i64::from(MAX_OPEN_DEALS_LIMIT),
                },
            ));
        }
        let cadence = crate::domain::core::settings::ONE_ON_ONE_DAYS;
        if self.one_on_one_days.is_some_and(|d| !cadence.contains(&d)) {
            out.push(FieldProblem::new(
                "one_on_one_days",
                Rule::Range {
                    min: i64::from(*cadence.start()),
                    max: i64::from(*cadence.end()),
                },
            ));
        }
        if let ManagerStatus::Left { on } = self.status {
            if on < self.hired {
                out.push(FieldProblem::new("status.on", Rule::BeforeHired));
            }
        }
        out
    }
}

/// Enough to catch a phone number typed into the e-mail field; real checking is the mail server's job.
fn looks_like_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((user, host)) => {
            !user.is_empty() && host.contains('.') && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Why a manager is away; all kinds remove working days from their plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AbsenceKind {
    Vacation,
    SickLeave,
    Training,
    Other,
}

impl AbsenceKind {
    pub const ALL: [AbsenceKind; 4] = [
        AbsenceKind::Vacation,
        AbsenceKind::SickLeave,
        AbsenceKind::Training,
        AbsenceKind::Other,
    ];
}

/// A manager's absence, both ends inclusive.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Absence {
    pub manager: RecordId,
    pub kind: AbsenceKind,
    #[serde(with = "crate::domain::core::date")]
    pub from: NaiveDate,
    #[serde(with = "crate::domain::core::date")]
    pub to: NaiveDate,
    pub note: String,
}

/// The longest absence one record may cover; longer ones are split by the user (and are usually a typo).
pub const ABSENCE_MAX_DAYS: i64 = 366;
pub const ABSENCE_NOTE_MAX: usize = 1_000;

impl Absence {
    /// Calendar days covered, both ends counted.
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    pub fn covers(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        if self.to < self.from {
            out.push(FieldProblem::new("to", Rule::EndBeforeStart));
        } else {
            check_span(&mut out, "to", self.from, self.to, ABSENCE_MAX_DAYS);
        }
        check_len(&mut out, "note", &self.note, ABSENCE_NOTE_MAX);
        out
    }
}

/// Finds a manager by what a file calls them: the full name, the surname with initials, or the surname alone
/// when only one manager has it.
pub fn find_manager(data: &Dataset, name: &str) -> Option<RecordId> {
    let wanted = fold(name);
    let people: Vec<(RecordId, &Manager)> = data
        .managers
        .values()
        .filter(|r| !r.deleted)
        .map(|r| (r.id, &r.data))
        .collect();
    let by = |key: &dyn Fn(&Manager) -> String| {
        let found: Vec<RecordId> = people
            .iter()
            .filter(|(_, m)| fold(&key(m)) == wanted)
            .map(|(id, _)| *id)
            .collect();
        (found.len() == 1).then(|| found[0])
    };
    by(&|m| m.full_name.clone())
        .or_else(|| by(&|m| m.short_name()))
        .or_else(|| by(&|m| m.short_name().replace(". ", ".")))
        .or_else(|| {
            by(&|m| {
                m.full_name
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_string()
            })
        })
}

impl Related for Manager {}

impl Related for Absence {
    fn links(&self) -> Vec<Link> {
        vec![Link::to("manager", StoreName::Managers, self.manager)]
    }
}

/// The team's queries of the dataset.
impl Dataset {
    /// A manager's short name ("Кузнецов А. И."), for a deleted manager too (their history still names them):
    /// the one person-name lookup of the screens.
    pub fn short_name(&self, manager: RecordId) -> Option<String> {
        self.managers.get(&manager).map(|r| r.data.short_name())
    }

    /// A manager's full name, for a deleted manager too (a payslip of their months still names them).
    pub fn full_name(&self, manager: RecordId) -> Option<String> {
        self.managers
            .get(&manager)
            .map(|r| r.data.full_name.clone())
    }

    /// Managers that are not deleted, by name.
    pub fn managers_by_name(&self) -> Vec<&Record<Manager>> {
        let mut out: Vec<_> = self.managers.values().filter(|r| !r.deleted).collect();
        out.sort_by(|a, b| {
            a.data
                .full_name
                .to_lowercase()
                .cmp(&b.data.full_name.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        out
    }

    /// A manager's absences that are not deleted, latest first.
    pub fn absences_of(&self, manager: RecordId) -> Vec<&Record<Absence>> {
        let mut out: Vec<_> = self
            .absences
            .values()
            .filter(|r| !r.deleted && r.data.manager == manager)
            .collect();
        out.sort_by(|a, b| b.data.from.cmp(&a.data.from).then(a.id.cmp(&b.id)));
        out
    }
}
