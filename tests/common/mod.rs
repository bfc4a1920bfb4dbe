//! Helpers shared by the native tests: a small department built through the real write path.
#![allow(dead_code)]

use chrono::NaiveDate;
use rop::domain::{demo, Clock, Dataset, DeviceId};

/// The wall clock the tests pretend it is: 2026-11-27T09:00:00Z.
pub const NOW: u64 = 1_795_770_000_000;

pub fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub fn device(n: u128) -> DeviceId {
    uuid::Uuid::from_u128(0xd0 << 64 | n)
}

/// The demo department as written by `device` at `NOW`.
pub fn demo_data(dev: DeviceId) -> Dataset {
    let mut data = Dataset::default();
    let mut clock = Clock::default();
    for e in demo::department(day("2026-11-27")) {
        let c = data.stamp(e, &mut clock, NOW, dev).unwrap();
        data.apply(c);
    }
    data
}
