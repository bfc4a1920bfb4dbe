//! The workbench of a head of sales: a local-first web app that keeps a sales department's team, plans and
//! meetings in the browser and syncs devices by file.
//!
//! Layers, from the pure core outwards (see ARCHITECTURE.md):
//! - [`domain`]: the department's model and every rule and number; pure Rust, tested natively.
//! - [`sync`]: the export file, its versions, validation and merge; pure Rust, tested natively.
//! - [`chart`]: chart specs and their SVG (charts-rs); pure Rust, drawn in a web worker by the `charts` binary.
//! - `store`: IndexedDB, the only code that touches browser storage (wasm only).
//! - `ui`: Leptos pages and components, the only code that touches the DOM (wasm only).

pub mod chart;
pub mod domain;
pub mod sync;

#[cfg(target_arch = "wasm32")]
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;
