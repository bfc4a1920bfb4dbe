//! T1 for a new hire: the onboarding checklist's usual steps (DOMAIN.md: product and CRM training, the script, the
//! first certification), and when each is done.
//!
//! **A step is done** when the head ticks it, or on its evidence: attendance at a training event of its kind (product,
//! CRM), a passed attempt at its test (certification); the earlier of the two days.

use crate::domain::team::hiring::onboarding::{Onboarding, Step, StepKind};
use crate::domain::training::certification::{certificate, CertTest};
use crate::domain::training::event::{EventKind, TrainingAttendance, TrainingEvent};
use crate::domain::training::script::Script;
use crate::domain::Dataset;
use chrono::NaiveDate;

/// The usual checklist (DOMAIN.md: product and CRM training, the script, the first certification), with the
/// department's approved script and its first test linked when there are some.
pub fn first_steps(data: &Dataset, texts: &StepTexts) -> Vec<Step> {
    let script = data
        .live_records::<Script>()
        .find(|r| r.data.approved.is_some())
        .map(|r| r.id);
    let test = data.live_records::<CertTest>().next().map(|r| r.id);
    vec![
        Step {
            kind: StepKind::Product,
            text: texts.product.clone(),
            link: None,
            done: None,
        },
        Step {
            kind: StepKind::Crm,
            text: texts.crm.clone(),
            link: None,
            done: None,
        },
        Step {
            kind: StepKind::Script,
            text: texts.script.clone(),
            link: script,
            done: None,
        },
        Step {
            kind: StepKind::Certification,
            text: texts.certification.clone(),
            link: test,
            done: None,
        },
    ]
}

/// The steps' wording in the user's language (the domain keeps no interface text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepTexts {
    pub product: String,
    pub crm: String,
    pub script: String,
    pub certification: String,
}

/// When a step was done: ticked, or its evidence (see the module); the earlier day.
pub fn done_on(data: &Dataset, onboarding: &Onboarding, step: &Step) -> Option<NaiveDate> {
    let manager = onboarding.manager;
    let evidence = match step.kind {
        StepKind::Product | StepKind::Crm => {
            let kind = if step.kind == StepKind::Product {
                EventKind::Product
            } else {
                EventKind::Crm
            };
            data.live_records::<TrainingAttendance>()
                .filter(|a| a.data.present.contains(&manager))
                .filter(|a| {
                    data.live::<TrainingEvent>(a.data.event)
                        .is_some_and(|e| e.data.kind == kind)
                })
                .map(|a| a.data.date)
                .min()
        }
        StepKind::Certification => step
            .link
            .and_then(|test| certificate(data, test, manager))
            .map(|c| c.passed_on),
        StepKind::Script | StepKind::Other => None,
    };
    match (step.done, evidence) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The steps still to do, in order; empty means onboarding is over and the card stops showing it.
pub fn open_steps<'a>(data: &Dataset, onboarding: &'a Onboarding) -> Vec<&'a Step> {
    onboarding
        .steps
        .iter()
        .filter(|s| done_on(data, onboarding, s).is_none())
        .collect()
}
