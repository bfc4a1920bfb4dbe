//! Writes the golden data (a trimmed demo department) as an export file to stdout: how `tests/golden/v4.json`
//! was made. `cargo run --example golden > tests/golden/v4.json` (only when the schema version is bumped; keep
//! the old golden file and test that it migrates).

#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    print!("{}", rop::sync::export(&common::golden_data(), "0.1.0"));
}
