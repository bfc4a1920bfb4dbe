//! Entry point of the web app: mounts the Leptos shell. Natively it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    rop::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a web app: build it with `trunk build --release` (see README.md).");
}
