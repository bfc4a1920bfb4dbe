//! The department's time zone as a fixed offset. Every zone offered (Russia's, Belarus's and Kazakhstan's) has
//! kept one offset all year since 2014 (Almaty since March 2024), so a calendar file can describe it with a
//! single STANDARD rule and no tz database travels with the app.

/// Offered zones with their UTC offset in minutes.
pub const ZONES: [(&str, i32); 14] = [
    ("Europe/Kaliningrad", 120),
    ("Europe/Moscow", 180),
    ("Europe/Minsk", 180),
    ("Europe/Samara", 240),
    ("Asia/Yekaterinburg", 300),
    ("Asia/Almaty", 300),
    ("Asia/Omsk", 360),
    ("Asia/Novosibirsk", 420),
    ("Asia/Krasnoyarsk", 420),
    ("Asia/Irkutsk", 480),
    ("Asia/Yakutsk", 540),
    ("Asia/Vladivostok", 600),
    ("Asia/Magadan", 660),
    ("Asia/Kamchatka", 720),
];

/// The UTC offset of a zone in minutes, `None` for a name not in [`ZONES`].
pub fn offset_minutes(name: &str) -> Option<i32> {
    ZONES.iter().find(|(n, _)| *n == name).map(|(_, m)| *m)
}
