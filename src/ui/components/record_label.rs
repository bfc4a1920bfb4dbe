//! A record named as people know it ("Кузнецов Алексей, 27.11.2026", "План: ноябрь 2026, Оплаты, отдел"), for lists
//! of records such as an import's conflicts. Presentation only: it reads the data and words it.

use crate::domain::core::locale::{format_date, month_title};
use crate::domain::planning::metric::catalog;
use crate::domain::planning::report::ReportKind;
use crate::domain::{Dataset, Lang, RecordId, StoreName};
use crate::ui::i18n::Msg;
use crate::ui::pages::core::data_words::DataMsg;
use crate::ui::pages::organisation::meeting_words::MeetMsg;
use crate::ui::pages::planning::words::{metric_name, PlanMsg};

/// The record's own name in `data`, with its section: "Факты: Кузнецов Алексей, 27.11.2026". Falls back to the
/// section's name and the id when the record is not in `data`.
pub fn record_label(data: &Dataset, store: StoreName, id: RecordId, lang: Lang) -> String {
    let section = DataMsg::StoreName(store.as_str().into()).text(lang);
    match own_name(data, store, id, lang) {
        Some(name) => format!("{section}: {name}"),
        None => format!("{section}: {id}"),
    }
}

fn own_name(data: &Dataset, store: StoreName, id: RecordId, lang: Lang) -> Option<String> {
    let manager = |m: RecordId| data.managers.get(&m).map(|r| r.data.full_name.clone());
    let someone = |m: Option<RecordId>| match m {
        Some(m) => manager(m),
        None => Some(PlanMsg::Department.text(lang)),
    };
    let metric = |m: RecordId| {
        catalog(data)
            .iter()
            .find(|x| x.id == m)
            .map(|x| metric_name(x, lang))
    };
    let date = |d| format_date(lang, d);
    let meeting = |m: RecordId| {
        data.meetings.get(&m).map(|r| {
            format!(
                "{}, {}",
                MeetMsg::KindName(r.data.kind).text(lang),
                date(r.data.date)
            )
        })
    };
    let plan_cell = |month, m: RecordId, who: Option<RecordId>| -> Option<String> {
        Some(format!(
            "{}, {}, {}",
            month_title(lang, month),
            metric(m)?,
            someone(who)?
        ))
    };
    let short = |t: &str| -> String {
        let mut s: String = t.chars().take(60).collect();
        if t.chars().count() > 60 {
            s.push('…');
        }
        s
    };
    Some(match store {
        StoreName::Managers => data.managers.get(&id)?.data.full_name.clone(),
        StoreName::Absences => {
            let a = &data.absences.get(&id)?.data;
            format!("{}, {} – {}", manager(a.manager)?, date(a.from), date(a.to))
        }
        StoreName::Facts => {
            let f = &data.facts.get(&id)?.data;
            format!("{}, {}", manager(f.manager)?, date(f.date))
        }
        StoreName::Plans => {
            let p = &data.plans.get(&id)?.data;
            plan_cell(p.month, p.metric, p.manager)?
        }
        StoreName::PlanLog => {
            let p = &data.plan_log.get(&id)?.data;
            plan_cell(p.month, p.metric, p.manager)?
        }
        StoreName::Calendar => date(data.calendar.get(&id)?.data.date),
        StoreName::Metrics => metric(id)?,
        StoreName::Settings => Msg::DepartmentTitle.text(lang),
        StoreName::Meetings => meeting(id)?,
        StoreName::Attendance => {
            let a = &data.attendance.get(&id)?.data;
            format!("{}: {}", meeting(a.meeting)?, manager(a.manager)?)
        }
        StoreName::MeetingNotes => short(&data.meeting_notes.get(&id)?.data.text),
        StoreName::MeetingTasks => short(&data.meeting_tasks.get(&id)?.data.text),
        StoreName::Promises => {
            let p = &data.promises.get(&id)?.data;
            format!("{}: {}", manager(p.manager)?, short(&p.text))
        }
        StoreName::Cases => short(&data.cases.get(&id)?.data.problem),
        StoreName::Templates => MeetMsg::KindName(data.templates.get(&id)?.data.kind).text(lang),
        StoreName::Actions => short(&data.actions.get(&id)?.data.text),
        StoreName::Sources => data.sources.get(&id)?.data.name.clone(),
        StoreName::SourceMonths => {
            let m = &data.source_months.get(&id)?.data;
            let source = data.sources.get(&m.source)?.data.name.clone();
            format!("{source}, {}", month_title(lang, m.month))
        }
        StoreName::Promotions => data.promotions.get(&id)?.data.name.clone(),
        StoreName::PaySchemes => {
            let s = &data.pay_schemes.get(&id)?.data;
            format!("{}, {}", s.name, month_title(lang, s.from))
        }
        StoreName::Payslips => {
            let p = &data.payslips.get(&id)?.data;
            format!("{}, {}", manager(p.manager)?, month_title(lang, p.month))
        }
        StoreName::Reductions => {
            let r = &data.reductions.get(&id)?.data;
            format!("{}, {}", manager(r.manager)?, month_title(lang, r.month))
        }
        StoreName::Refunds => {
            let r = &data.refunds.get(&id)?.data;
            format!("{}, {}", manager(r.manager)?, date(r.date))
        }
        StoreName::Contests => {
            let c = &data.contests.get(&id)?.data;
            format!("{}, {} – {}", c.name, date(c.from), date(c.to))
        }
        StoreName::Recognitions => {
            let r = &data.recognitions.get(&id)?.data;
            format!("{}, {}", manager(r.manager)?, date(r.date))
        }
        StoreName::DevPlans => manager(data.dev_plans.get(&id)?.data.manager)?,
        StoreName::OneOnOnes => {
            let o = &data.one_on_ones.get(&id)?.data;
            format!("{}, {}", manager(o.manager)?, date(o.date))
        }
        StoreName::Skills => data.skills.get(&id)?.data.name.clone(),
        StoreName::SkillMarks => {
            let m = &data.skill_marks.get(&id)?.data;
            let skill = data.skills.get(&m.skill)?.data.name.clone();
            format!("{}, {skill}, {}", manager(m.manager)?, date(m.date))
        }
        StoreName::Scripts => data.scripts.get(&id)?.data.name.clone(),
        StoreName::ScriptVersions => {
            let v = &data.script_versions.get(&id)?.data;
            let script = data.scripts.get(&v.script)?.data.name.clone();
            format!("{script}, v{}", v.number)
        }
        StoreName::TrainingEvents => {
            let e = &data.training_events.get(&id)?.data;
            format!("{}, {}", short(&e.title), date(e.date))
        }
        StoreName::TrainingAttendance => {
            let a = &data.training_attendance.get(&id)?.data;
            let event = data.training_events.get(&a.event)?.data.title.clone();
            format!("{}, {}", short(&event), date(a.date))
        }
        StoreName::Scorecards => data.scorecards.get(&id)?.data.name.clone(),
        StoreName::Reviews => {
            let r = &data.reviews.get(&id)?.data;
            format!("{}, {}", manager(r.manager)?, date(r.date))
        }
        StoreName::CertTests => data.cert_tests.get(&id)?.data.title.clone(),
        StoreName::Attempts => {
            let a = &data.attempts.get(&id)?.data;
            let test = data.cert_tests.get(&a.test)?.data.title.clone();
            format!(
                "{}: {}, {}",
                short(&test),
                manager(a.manager)?,
                date(a.started)
            )
        }
        StoreName::Standards => data.standards.get(&id)?.data.title.clone(),
        StoreName::Acknowledgements => {
            let a = &data.acknowledgements.get(&id)?.data;
            let standard = data.standards.get(&a.standard)?.data.title.clone();
            format!("{standard} v{}: {}", a.version, manager(a.manager)?)
        }
        StoreName::Hypotheses => short(&data.hypotheses.get(&id)?.data.title),
        StoreName::Materials => data.materials.get(&id)?.data.title.clone(),
        StoreName::Readings => {
            let r = &data.readings.get(&id)?.data;
            let material = data.materials.get(&r.material)?.data.title.clone();
            format!("{}: {}", manager(r.manager)?, short(&material))
        }
        StoreName::CrmSnapshots => {
            let s = &data.crm_snapshots.get(&id)?.data;
            format!("{}, {}", s.source, date(s.taken))
        }
        StoreName::CrmSources => data.crm_sources.get(&id)?.data.name.clone(),
        StoreName::CrmStages => data.crm_stages.get(&id)?.data.stage.clone(),
        StoreName::Escalations => {
            let e = &data.escalations.get(&id)?.data;
            format!(
                "{}: {}, {}",
                manager(e.manager)?,
                short(&e.client),
                date(e.opened)
            )
        }
        StoreName::TimeLogs => {
            let t = &data.time_logs.get(&id)?.data;
            format!(
                "{}, {}: {}",
                manager(t.manager)?,
                date(t.date),
                short(&t.what)
            )
        }
        StoreName::Violations => {
            let v = &data.violations.get(&id)?.data;
            format!("{}, {}", manager(v.manager)?, date(v.date))
        }
        StoreName::Findings => short(&data.findings.get(&id)?.data.text),
        StoreName::Vacancies => data.vacancies.get(&id)?.data.title.clone(),
        StoreName::Candidates => {
            let c = &data.candidates.get(&id)?.data;
            if c.full_name.is_empty() {
                format!("—, {}", c.source)
            } else {
                c.full_name.clone()
            }
        }
        StoreName::Interviews => {
            let i = &data.interviews.get(&id)?.data;
            let who = data
                .candidates
                .get(&i.candidate)
                .map(|c| c.data.full_name.clone())
                .unwrap_or_default();
            format!("{who}, {}", date(i.date))
        }
        StoreName::Onboardings => manager(data.onboardings.get(&id)?.data.manager)?,
        StoreName::Reports => {
            let r = &data.reports.get(&id)?.data;
            let kind = match r.kind {
                ReportKind::Weekly => PlanMsg::Weekly,
                ReportKind::Monthly => PlanMsg::Monthly,
            };
            format!("{}, {}", kind.text(lang), date(r.start))
        }
    })
}
