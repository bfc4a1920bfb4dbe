//! The report as a message for a messenger: the title, the day facts are complete for, the department's
//! figures, who is behind on the lead metric, and the head's notes. Plain text, or Markdown (bold headings and
//! lists, which Telegram and most work chats render); never a table, which no phone shows whole.

use super::{figures, Labels, Report};
use crate::domain::core::locale::{format_percent, format_value_whole, Lang};
use crate::domain::planning::metric::Formula;
use crate::domain::planning::planfact::{Cell, Status, Who};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Plain,
    Markdown,
}

impl Style {
    fn heading(self, text: &str) -> String {
        match self {
            Style::Plain => format!("{text}:"),
            Style::Markdown => format!("**{text}:**"),
        }
    }

    fn item(self, text: &str) -> String {
        match self {
            Style::Plain => format!("— {text}"),
            Style::Markdown => format!("- {text}"),
        }
    }
}

impl Report {
    /// The summary as a message in `style`. Money is in whole units: a message is read, not summed.
    pub fn message(&self, lang: Lang, currency: &str, l: &Labels, style: Style) -> String {
        let mut out = match style {
            Style::Plain => format!("{}\n{}\n\n", l.title, l.through),
            Style::Markdown => format!("**{}**\n_{}_\n\n", l.title, l.through),
        };
        let whole = |unit, x| format_value_whole(lang, unit, x, currency);
        let lower = |s: &str| s.to_lowercase();
        for m in &self.metrics {
            let Some(cell) = self.board.department.cells.get(&m.id) else {
                continue;
            };
            let name = (l.metric_name)(m);
            let name = match style {
                Style::Plain => format!("{name}:"),
                Style::Markdown => format!("**{name}:**"),
            };
            let line = match cell {
                Cell::Summed(p) if p.plan > 0 || p.fact > 0 => {
                    let mut line = format!(
                        "{name} {} {}, {} {}",
                        lower(&l.fact),
                        whole(m.unit, p.fact),
                        lower(&l.plan),
                        whole(m.unit, p.plan)
                    );
                    if p.plan > 0 {
                        line.push_str(&format!(" ({})", format_percent(lang, p.completion())));
                    }
                    if let Some(f) = p.forecast() {
                        line.push_str(&format!(", {} {}", lower(&l.forecast), whole(m.unit, f)));
                    }
                    if p.plan > 0 {
                        line.push_str(&format!(" · {}", (l.status_name)(p.status(self.bands))));
                    }
                    line
                }
                Cell::Summed(_) => continue,
                _ => {
                    let [plan, fact, ..] = figures(lang, m, cell, currency, false);
                    if fact.is_empty() {
                        continue;
                    }
                    if plan.is_empty() {
                        format!("{name} {fact}")
                    } else {
                        format!("{name} {fact} ({} {plan})", lower(&l.plan))
                    }
                }
            };
            out.push_str(&style.item(&line));
            out.push('\n');
        }
        // Who is behind on the lead metric, in the ranking's order (the worst last).
        if let Some(lead) = self.lead_metric().filter(|m| m.formula == Formula::Summed) {
            let figures = self.key_figures();
            let behind: Vec<String> = self
                .people(&figures)
                .into_iter()
                .filter_map(|line| {
                    let Who::Manager(id) = line.who else {
                        return None;
                    };
                    let p = self
                        .board
                        .managers
                        .iter()
                        .find(|r| r.who == line.who)?
                        .pace(lead.id)?;
                    matches!(p.status(self.bands), Status::Behind | Status::AtRisk).then(|| {
                        style.item(&format!(
                            "{}: {} ({})",
                            (l.manager_name)(id),
                            format_percent(lang, p.completion()),
                            whole(lead.unit, p.deviation())
                        ))
                    })
                })
                .collect();
            if !behind.is_empty() {
                out.push('\n');
                out.push_str(&style.heading(&format!("{} · {}", l.behind, (l.metric_name)(lead))));
                out.push('\n');
                out.push_str(&behind.join("\n"));
                out.push('\n');
            }
        }
        for (title, body) in [
            (&l.highlights, &self.notes.highlights),
            (&l.problems, &self.notes.problems),
            (&l.actions, &self.notes.actions),
        ] {
            if !body.trim().is_empty() {
                out.push('\n');
                out.push_str(&style.heading(title));
                out.push('\n');
                out.push_str(body.trim());
                out.push('\n');
            }
        }
        out
    }
}
