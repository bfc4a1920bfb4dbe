//! T5 certification (*аттестация*): a test drawn from its question bank, taken on the tablet, graded, and a
//! certificate valid for a set number of days with re-certification due some days before it expires.
//!
//! - **Grading**: one point per question. A single choice scores when the chosen option is the correct one; a
//!   multiple choice only when exactly the correct options are chosen (no partial credit, as in most
//!   certification tools); a short answer when the head grades it right. Score = points / questions × 100; the
//!   attempt passes at the test's threshold or above. An attempt with a short answer not yet graded is pending.
//! - **Attempts**: at most `attempts` submitted attempts per person since their last pass (0: no limit), so the
//!   count starts again for each re-certification.
//! - **Certificate**: the latest passed attempt; valid through `submitted + valid_days − 1`; re-certification is
//!   due from `valid_until − recert_days`; expired after `valid_until`.

mod attempt;
mod bank;
mod certified;
mod sheet;

pub use attempt::*;
pub use bank::*;
pub use certified::*;
pub use sheet::*;
