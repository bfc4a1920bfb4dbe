//! A static file server for the built app, behaving like a plain static host: files by path under a base
//! (`/` or a sub-folder such as `/rop/`), `404.html` with status 404 for any other path (as GitHub Pages does),
//! one thread per request. The README's serve command and the end-to-end tests use it; the tests stop it by killing the
//! process, which is what "the server is gone" means to a browser.
//!
//! `cargo run --release --example serve -- [DIR] [PORT] [BASE]` (defaults: dist 8080 /)

use std::path::{Path, PathBuf};
use tiny_http::{Header, Response, Server};

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    let port: u16 = args.next().and_then(|p| p.parse().ok()).unwrap_or(8080);
    let base = args.next().unwrap_or_else(|| "/".into());
    assert!(
        root.join("index.html").is_file(),
        "{} has no index.html: build first",
        root.display()
    );
    let server = Server::http(("127.0.0.1", port)).expect("bind 127.0.0.1");
    let port = server
        .server_addr()
        .to_ip()
        .map(|a| a.port())
        .unwrap_or(port);
    println!(
        "serving {} at http://127.0.0.1:{port}{base}",
        root.display()
    );
    for request in server.incoming_requests() {
        // One thread per request: a browser that stops reading one response must not stall the others.
        let (root, base) = (root.clone(), base.clone());
        std::thread::spawn(move || respond(request, &root, &base));
    }
}

fn respond(request: tiny_http::Request, root: &Path, base: &str) {
    let url = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    let rel = url.strip_prefix(base).map(str::to_string);
    let file = match rel {
        Some(rel) if !rel.contains("..") => {
            let path = root.join(&rel);
            if rel.is_empty() || rel.ends_with('/') {
                path.join("index.html")
            } else {
                path
            }
        }
        _ => PathBuf::new(),
    };
    let (status, file) = if file.is_file() {
        (200, file)
    } else {
        (404, root.join("404.html"))
    };
    let body = std::fs::read(&file).unwrap_or_default();
    let headers = [
        ("Content-Type", mime(&file)),
        ("Cache-Control", "no-cache"),
        ("X-Content-Type-Options", "nosniff"),
    ];
    let mut response = Response::from_data(body).with_status_code(status);
    for (k, v) in headers {
        response = response.with_header(Header::from_bytes(k, v).unwrap());
    }
    let _ = request.respond(response);
}
