//! T3 calendar files (RFC 5545 iCalendar) of training events, for the team's phones and mail clients.
//!
//! - Every event has a UID made from its record id, so a second download updates the same event; DTSTAMP is the
//!   moment of export (UTC); SEQUENCE is the event's own (raised by `event::revise`).
//! - Times are local to the department's zone, described by a VTIMEZONE with one STANDARD rule (see
//!   `core::zone`); a zone the app does not know is written as floating local time, which calendars show as is.
//! - A weekly event carries RRULE FREQ=WEEKLY with UNTIL (in UTC, as RFC 5545 requires with a zoned DTSTART) and
//!   an EXDATE for each skipped day; a cancelled event is published with STATUS:CANCELLED so calendars remove it.
//! - Text is escaped (`\\`, `\;`, `\,`, `\n`) and lines are folded at 75 octets without splitting a character;
//!   lines end with CRLF.

use crate::domain::core::date::add_days;
use crate::domain::core::record::RecordId;
use crate::domain::core::zone::offset_minutes;
use crate::domain::training::event::TrainingEvent;
use crate::domain::Dataset;
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};

/// Whose calendar and when: what every file needs besides its events.
pub struct IcsContext<'a> {
    pub data: &'a Dataset,
    /// The moment of export (DTSTAMP).
    pub now: DateTime<Utc>,
    /// The name calendars show for the file.
    pub calendar_name: &'a str,
    /// A calendar event's category, in the reader's language.
    pub kind_name: &'a dyn Fn(crate::domain::training::event::EventKind) -> String,
}

/// A file of the given events (one for "add to calendar", all for the team's calendar).
pub fn calendar(ctx: &IcsContext, events: &[(RecordId, &TrainingEvent)]) -> String {
    let zone = ctx.data.settings().time_zone;
    let offset = offset_minutes(&zone);
    let mut out = Lines::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//rop//training calendar//RU");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.prop("X-WR-CALNAME", &escape(ctx.calendar_name));
    if let Some(minutes) = offset {
        out.line("BEGIN:VTIMEZONE");
        out.prop("TZID", &zone);
        out.line("BEGIN:STANDARD");
        out.line("DTSTART:19700101T000000");
        out.prop("TZOFFSETFROM", &utc_offset(minutes));
        out.prop("TZOFFSETTO", &utc_offset(minutes));
        out.line("END:STANDARD");
        out.line("END:VTIMEZONE");
        out.prop("X-WR-TIMEZONE", &zone);
    }
    for (id, e) in events {
        vevent(&mut out, ctx, *id, e, offset.map(|m| (zone.as_str(), m)));
    }
    out.line("END:VCALENDAR");
    out.text
}

fn vevent(
    out: &mut Lines,
    ctx: &IcsContext,
    id: RecordId,
    e: &TrainingEvent,
    zone: Option<(&str, i32)>,
) {
    let start = at(e.date, e.start);
    let local = |t: NaiveDateTime| -> (String, String) {
        match zone {
            Some((name, _)) => (format!(";TZID={name}"), stamp(t)),
            None => (String::new(), stamp(t)),
        }
    };
    out.line("BEGIN:VEVENT");
    out.prop("UID", &format!("{id}@rop.training"));
    out.prop("DTSTAMP", &format!("{}Z", stamp(ctx.now.naive_utc())));
    let (param, value) = local(start);
    out.prop(&format!("DTSTART{param}"), &value);
    out.prop("DURATION", &format!("PT{}M", e.minutes));
    out.prop("SUMMARY", &escape(&e.title));
    out.prop("CATEGORIES", &escape(&(ctx.kind_name)(e.kind)));
    let mut description = Vec::new();
    if let Some(name) = e.leader.and_then(|l| ctx.data.short_name(l)) {
        description.push(name);
    }
    if !e.speaker.trim().is_empty() {
        description.push(e.speaker.trim().to_string());
    }
    if !e.materials.trim().is_empty() {
        description.push(e.materials.trim().to_string());
    }
    if !description.is_empty() {
        out.prop("DESCRIPTION", &escape(&description.join("\n")));
    }
    if let Some(until) = e.weekly_until {
        // UNTIL is the last moment of the last day, in UTC when DTSTART is zoned (RFC 5545 §3.3.10).
        let last = at(add_days(until, 1), 0) - Duration::seconds(1);
        let until = match zone {
            Some((_, minutes)) => format!("{}Z", stamp(last - Duration::minutes(minutes as i64))),
            None => stamp(last),
        };
        out.prop("RRULE", &format!("FREQ=WEEKLY;UNTIL={until}"));
        for day in &e.skipped {
            let (param, value) = local(at(*day, e.start));
            out.prop(&format!("EXDATE{param}"), &value);
        }
    }
    for p in &e.participants {
        let Some(m) = ctx.data.live::<crate::domain::Manager>(*p) else {
            continue;
        };
        let email = m.data.email.trim();
        if email.is_empty() {
            continue;
        }
        out.prop(
            &format!("ATTENDEE;CN=\"{}\"", m.data.full_name.replace('"', "'")),
            &format!("mailto:{email}"),
        );
    }
    out.prop("SEQUENCE", &e.sequence.to_string());
    out.prop(
        "STATUS",
        if e.cancelled {
            "CANCELLED"
        } else {
            "CONFIRMED"
        },
    );
    out.line("END:VEVENT");
}

fn at(date: NaiveDate, minute: u16) -> NaiveDateTime {
    date.and_time(NaiveTime::MIN) + Duration::minutes(minute as i64)
}

/// `20261201T100000`.
fn stamp(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

/// `+0300`.
fn utc_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

/// RFC 5545 TEXT escaping (§3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines, folded at 75 octets (§3.1) on character boundaries, each ending with CRLF.
#[derive(Default)]
struct Lines {
    text: String,
}

impl Lines {
    fn prop(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{value}"));
    }

    fn line(&mut self, line: &str) {
        let mut used = 0;
        for c in line.chars() {
            // Every physical line holds at most 75 octets; a continuation's leading space is one of them.
            if used + c.len_utf8() > 75 {
                self.text.push_str("\r\n ");
                used = 1;
            }
            self.text.push(c);
            used += c.len_utf8();
        }
        self.text.push_str("\r\n");
    }
}
