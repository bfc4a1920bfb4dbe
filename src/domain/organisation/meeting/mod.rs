//! O4–O6, M4 the department's meetings: the daily stand-up, the weekly and the monthly meeting and any other (a
//! general meeting), each run from an agenda template taken from the duties, against a time box.
//!
//! A meeting is a header record (agenda, when it started and ended, the step on screen); what is said in it lives in
//! records of its own (attendance, notes, tasks, promises, cases), so two devices recording the same meeting add up
//! instead of one overwriting the other.

mod held;
mod template;
mod timer;

pub use held::*;
pub use template::*;
use template::{check_agenda, kind_key};
pub use timer::*;
