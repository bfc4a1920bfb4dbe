//! T2 sales scripts in versions. A script is a name and the version in use; each save is a new
//! [`ScriptVersion`] record (author, date, what changed), so two devices saving at once both keep their version and
//! the history is never rewritten. Stages follow the call; blocks say what to say, what to ask, and how to answer
//! an objection, linked to the case library.

use crate::domain::core::dataset::StoreName;
use crate::domain::core::links::{Link, Related};
use crate::domain::core::record::RecordId;
use crate::domain::core::rules::{
    check_count, check_len, check_name, check_part, check_text, FieldProblem,
};
use crate::domain::{Dataset, Edit};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    pub name: String,
    /// The approved version, the one the team uses and the reader opens.
    pub approved: Option<RecordId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// What to say.
    Say,
    /// Questions to ask.
    Ask,
    /// A client's objection (`text`) and the answer.
    Objection,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptBlock {
    pub kind: BlockKind,
    pub text: String,
    /// The answer to an objection; empty for the other kinds.
    pub answer: String,
    /// Cases of the library behind this block.
    pub cases: Vec<RecordId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub name: String,
    pub blocks: Vec<ScriptBlock>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptVersion {
    pub script: RecordId,
    /// 1, 2, 3… in the order saved (two devices saving at once may both make the same number; both are kept).
    pub number: u32,
    /// Who wrote it (`None`: the head).
    pub author: Option<RecordId>,
    #[serde(with = "crate::domain::core::date")]
    pub date: NaiveDate,
    /// What changed and why.
    pub note: String,
    pub stages: Vec<Stage>,
}

pub const NAME_MAX: usize = 120;
pub const TEXT_MAX: usize = 3_000;
pub const NOTE_MAX: usize = 1_000;
pub const STAGES_MAX: usize = 20;
pub const BLOCKS_MAX: usize = 40;
pub const CASES_MAX: usize = 10;

impl Script {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_name(&mut out, "name", &self.name, NAME_MAX);
        out
    }
}

impl Related for Script {
    fn links(&self) -> Vec<Link> {
        self.approved
            .map(|v| Link::to("approved", StoreName::ScriptVersions, v))
            .into_iter()
            .collect()
    }
}

impl ScriptVersion {
    pub fn problems(&self) -> Vec<FieldProblem> {
        let mut out = Vec::new();
        check_len(&mut out, "note", &self.note, NOTE_MAX);
        check_count(&mut out, "stages".into(), self.stages.len(), STAGES_MAX);
        for (i, stage) in self.stages.iter().enumerate() {
            check_part(&mut out, &format!("stages[{i}]"), |one| {
                check_name(one, "name", &stage.name, NAME_MAX);
                check_count(one, "blocks".into(), stage.blocks.len(), BLOCKS_MAX);
                for (j, b) in stage.blocks.iter().enumerate() {
                    check_part(one, &format!("blocks[{j}]"), |block| {
                        check_text(block, "text", &b.text, TEXT_MAX);
                        check_len(block, "answer", &b.answer, TEXT_MAX);
                        check_count(block, "cases".into(), b.cases.len(), CASES_MAX);
                    });
                }
            });
        }
        out
    }
}

impl Related for ScriptVersion {
    fn links(&self) -> Vec<Link> {
        let mut out = vec![Link::to("script", StoreName::Scripts, self.script)];
        out.extend(
            self.author
                .map(|a| Link::to("author", StoreName::Managers, a)),
        );
        for stage in &self.stages {
            for b in &stage.blocks {
                out.extend(
                    b.cases
                        .iter()
                        .map(|c| Link::to("stages.blocks.cases", StoreName::Cases, *c)),
                );
            }
        }
        out
    }
}

/// Scripts by name.
pub fn scripts(data: &Dataset) -> Vec<(RecordId, &Script)> {
    let mut out: Vec<(RecordId, &Script)> = data
        .live_records::<Script>()
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by(|a, b| a.1.name.cmp(&b.1.name).then(a.0.cmp(&b.0)));
    out
}

/// A script's versions, newest first (by number, then date, then id).
pub fn versions(data: &Dataset, script: RecordId) -> Vec<(RecordId, &ScriptVersion)> {
    let mut out: Vec<(RecordId, &ScriptVersion)> = data
        .live_records::<ScriptVersion>()
        .filter(|r| r.data.script == script)
        .map(|r| (r.id, &r.data))
        .collect();
    out.sort_by_key(|(id, v)| std::cmp::Reverse((v.number, v.date, *id)));
    out
}

/// The version the team uses: the approved one, if it is still there.
pub fn approved(data: &Dataset, script: RecordId) -> Option<(RecordId, &ScriptVersion)> {
    let id = data.live::<Script>(script)?.data.approved?;
    let v = data.live::<ScriptVersion>(id)?;
    (v.data.script == script).then_some((id, &v.data))
}

/// A new script named `name` with its first version (one empty stage named `first_stage`, in the user's
/// language): the script's id and the two records, written together.
pub fn new_script(
    data: &Dataset,
    name: &str,
    first_stage: &str,
    date: NaiveDate,
) -> (RecordId, Vec<Edit>) {
    let id = RecordId::new_v4();
    let script = Script {
        name: name.trim().to_string(),
        approved: None,
    };
    let stages = vec![Stage {
        name: first_stage.to_string(),
        blocks: Vec::new(),
    }];
    let first = save_version(data, id, RecordId::new_v4(), None, date, "", stages);
    (id, vec![Edit::put(id, script), first])
}

/// Saving an edited script: a new version numbered after the newest, never a change of an old one.
pub fn save_version(
    data: &Dataset,
    script: RecordId,
    new_id: RecordId,
    author: Option<RecordId>,
    date: NaiveDate,
    note: &str,
    stages: Vec<Stage>,
) -> Edit {
    let number = versions(data, script)
        .first()
        .map_or(1, |(_, v)| v.number + 1);
    Edit::put(
        new_id,
        ScriptVersion {
            script,
            number,
            author,
            date,
            note: note.trim().to_string(),
            stages,
        },
    )
}

/// Approving a version: the script now points at it. `None` when the version is not this script's.
pub fn approve(data: &Dataset, script: RecordId, version: RecordId) -> Option<Edit> {
    let mut s = data.live::<Script>(script)?.data.clone();
    let v = data.live::<ScriptVersion>(version)?;
    if v.data.script != script {
        return None;
    }
    s.approved = Some(version);
    Some(Edit::put(script, s))
}

/// One piece of a word-level diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Same(String),
    Added(String),
    Removed(String),
}

/// A version as the text a reader sees: each stage's name on its own line, then its blocks (an objection with its
/// answer). The diff compares these.
pub fn plain_text(version: &ScriptVersion) -> String {
    let mut out = String::new();
    for stage in &version.stages {
        out.push_str("## ");
        out.push_str(&stage.name);
        out.push('\n');
        for b in &stage.blocks {
            let mark = match b.kind {
                BlockKind::Say => "—",
                BlockKind::Ask => "?",
                BlockKind::Objection => "«",
            };
            out.push_str(mark);
            out.push(' ');
            out.push_str(&b.text);
            if b.kind == BlockKind::Objection && !b.answer.is_empty() {
                out.push_str(" → ");
                out.push_str(&b.answer);
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// The word-level diff from `old` to `new` (Myers' algorithm from the `similar` crate over tokens: words,
/// single punctuation marks and runs of white space, so "день," and "день" differ by the comma alone). A space
/// between two changes of one kind joins them, so the reader sees phrases, not single words.
pub fn diff(old: &ScriptVersion, new: &ScriptVersion) -> Vec<Piece> {
    let (a, b) = (plain_text(old), plain_text(new));
    let (a, b) = (tokens(&a), tokens(&b));
    let mut out: Vec<Piece> = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b) {
        for (tag, range) in op
            .iter_slices(&a, &b)
            .map(|(tag, slice)| (tag, slice.concat()))
        {
            let piece = match tag {
                similar::ChangeTag::Equal => Piece::Same(range),
                similar::ChangeTag::Insert => Piece::Added(range),
                similar::ChangeTag::Delete => Piece::Removed(range),
            };
            push(&mut out, piece);
        }
    }
    join_phrases(out)
}

/// Words (letters and digits), single other characters, and runs of white space.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let class = |c: char| {
        if c.is_alphanumeric() {
            0
        } else if c.is_whitespace() {
            1
        } else {
            2
        }
    };
    let mut prev: Option<u8> = None;
    for (i, c) in text.char_indices() {
        let k = class(c);
        if let Some(p) = prev {
            if p != k || k == 2 {
                out.push(&text[start..i]);
                start = i;
            }
        }
        prev = Some(k);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn push(out: &mut Vec<Piece>, piece: Piece) {
    match (out.last_mut(), piece) {
        (Some(Piece::Same(t)), Piece::Same(v))
        | (Some(Piece::Added(t)), Piece::Added(v))
        | (Some(Piece::Removed(t)), Piece::Removed(v)) => t.push_str(&v),
        (_, p) => out.push(p),
    }
}

/// `Removed(a) Same(" ") Removed(b)` reads as one removed phrase `a b` (the same for added text), where the
/// space belongs to both versions and is shown once inside the phrase.
fn join_phrases(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        if let (Some(Piece::Same(space)), Some(next)) = (pieces.get(i), pieces.get(i + 1)) {
            let joinable = space.chars().all(|c| c == ' ')
                && matches!(
                    (out.last(), next),
                    (Some(Piece::Removed(_)), Piece::Removed(_))
                        | (Some(Piece::Added(_)), Piece::Added(_))
                );
            if joinable {
                match (out.last_mut(), next) {
                    (Some(Piece::Removed(t)), Piece::Removed(v))
                    | (Some(Piece::Added(t)), Piece::Added(v)) => {
                        t.push_str(space);
                        t.push_str(v);
                    }
                    _ => {}
                }
                i += 2;
                continue;
            }
        }
        push(&mut out, pieces[i].clone());
        i += 1;
    }
    out
}

/// How many words a diff adds and removes (white space is not a word).
pub fn diff_counts(pieces: &[Piece]) -> (usize, usize) {
    let words = |t: &str| t.split_whitespace().count();
    pieces.iter().fold((0, 0), |(add, del), p| match p {
        Piece::Added(t) => (add + words(t), del),
        Piece::Removed(t) => (add, del + words(t)),
        Piece::Same(_) => (add, del),
    })
}
