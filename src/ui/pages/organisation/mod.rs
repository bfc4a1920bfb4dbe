//! Organisation (O1–O6, M4): the CRM page with its import and each person's list to fix, hard clients, sellers'
//! time, the meetings page,
//! meeting mode for the tablet, its blocks and entries, the protocol, and the agenda templates.

pub mod client_words;
pub mod crm;
pub mod crm_block;
pub mod crm_fix;
pub mod crm_import;
pub mod crm_words;
pub mod hard_clients;
pub mod meeting_blocks;
pub mod meeting_entries;
pub mod meeting_mode;
pub mod meeting_words;
pub mod meetings;
pub mod protocol;
pub mod templates;
pub mod time_use;
pub mod time_words;
