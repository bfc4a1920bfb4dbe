//! Organisation (O4–O6, M4): the meetings page, meeting mode for the tablet, its blocks and entries, the
//! protocol, and the agenda templates.

pub mod meeting_blocks;
pub mod meeting_entries;
pub mod meeting_mode;
pub mod meetings;
pub mod protocol;
pub mod templates;
