//! O5 group training on the week's cases: a difficulty or objection raised at a meeting, with the best answer the
//! team agreed on, tagged, in a library that can be searched (training reuses it later).

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{check_len, check_name, check_text, FieldProblem, Rule};
use crate::domain::Dataset;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// The difficulty or the client's objection, in the client's words.
    pub problem: String,
    /// The best answer agreed on.
    pub answer: String,
    /// Lower-case, trimmed, unique, sorted (see [`tags`]).
    pub tags: Vec<String>,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    /// Who brought it (`None`: the head).
    pub raised_by: Option<RecordId>,
    /// The meeting it was discussed at.
    pub meeting: Option<RecordId>,
    /// T2: the script whose reader logged it ("the client said something the script does not cover"); such a
    /// case starts without an answer and is a candidate for the weekly meeting (schema 7; older files: none).
    #[serde(default)]
    pub script: Option<RecordId>,
}

pub const CASE_TEXT_MAX: usize = 2000;
pub const TAG_MAX: usize = 40;
pub const TAGS_MAX: usize = 12;

impl Case {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_text(&mut out, "problem", &self.problem, CASE_TEXT_MAX);
        check_len(&mut out, "answer", &self.answer, CASE_TEXT_MAX);
        if self.tags.len() > TAGS_MAX {
            out.push(FieldProblem::new(
                "tags",
                Rule::Range {
                    min: 0,
                    max: TAGS_MAX as i64,
                },
            ));
        }
        for t in &self.tags {
            check_name(&mut out, "tags", t, TAG_MAX);
        }
        out
    }
}

/// Tags from what the user typed: split on commas and `#`, trimmed, lower-cased, duplicates dropped, sorted.
pub fn tags(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split([',', '#', ';'])
        .map(|t| t.trim().to_lowercase())
        .filter(|t| !t.is_empty())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The library filtered by a search text (every word must appear in the problem, the answer or a tag, ignoring
/// case and ё/е) and by a tag, newest first.
pub fn search<'a>(data: &'a Dataset, query: &str, tag: Option<&str>) -> Vec<(RecordId, &'a Case)> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
    let mut out: Vec<_> = data
        .cases
        .values()
        .filter(|r| !r.deleted)
        .filter(|r| tag.is_none_or(|t| r.data.tags.iter().any(|x| x == t)))
        .filter(|r| {
            let hay = fold(&format!(
                "{} {} {}",
                r.data.problem,
                r.data.answer,
                r.data.tags.join(" ")
            ));
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| b.1.date.cmp(&a.1.date).then(a.0.cmp(&b.0)));
    out
}

/// Every tag in use with how many cases carry it, most used first.
pub fn tag_counts(data: &Dataset) -> Vec<(String, usize)> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for r in data.cases.values().filter(|r| !r.deleted) {
        for t in &r.data.tags {
            *counts.entry(t).or_default() += 1;
        }
    }
    let mut out: Vec<_> = counts
        .into_iter()
        .map(|(t, n)| (t.to_string(), n))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// Lower case with ё read as е, as Russian users type both.
fn fold(text: &str) -> String {
    text.to_lowercase().replace('ё', "е")
}

/// `meeting` is not a link: it only says where a case was first discussed, the case's answer stands on its own, and
/// a device may hold the library without the old meetings (the golden v4 file is such a file). Screens show the
/// meeting when it is there.
impl Related for Case {
    fn links(&self) -> Vec<Link> {
        let mut out: Vec<Link> = self
            .raised_by
            .map(|m| Link::to("raised_by", StoreName::Managers, m))
            .into_iter()
            .collect();
        out.extend(
            self.script
                .map(|s| Link::to("script", StoreName::Scripts, s)),
        );
        out
    }

    fn mentions(&self) -> Vec<Link> {
        self.meeting
            .map(|m| Link::to("meeting", StoreName::Meetings, m))
            .into_iter()
            .collect()
    }
}

impl Case {
    /// A case from the script reader: the client's words, no answer yet.
    pub fn from_reader(
        said: &str,
        date: NaiveDate,
        by: Option<RecordId>,
        script: RecordId,
    ) -> Case {
        Case {
            problem: said.trim().to_string(),
            answer: String::new(),
            tags: vec!["скрипт".into()],
            date,
            raised_by: by,
            meeting: None,
            script: Some(script),
        }
    }

    /// Waits for the weekly meeting to find the best answer.
    pub fn is_candidate(&self) -> bool {
        self.answer.trim().is_empty()
    }
}

/// The cases raised at `meeting`, by problem then answer: the protocol's last section.
pub fn raised_at(data: &Dataset, meeting: RecordId) -> Vec<&Case> {
    let mut out: Vec<&Case> = data
        .live_records::<Case>()
        .filter(|r| r.data.meeting == Some(meeting))
        .map(|r| &r.data)
        .collect();
    out.sort_by(|a, b| (&a.problem, &a.answer).cmp(&(&b.problem, &b.answer)));
    out
}
