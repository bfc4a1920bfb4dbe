//! Writes the demo department as an export file to stdout: how `tests/golden/v2.json` was made.
//! `cargo run --example golden > tests/golden/v2.json` (only when the schema version is bumped).

#[path = "../tests/common/mod.rs"]
mod common;

fn main() {
    print!(
        "{}",
        rop::sync::export(&common::demo_data(common::device(1)), "0.1.0")
    );
}
