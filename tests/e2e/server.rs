//! The app's static server (`examples/serve.rs`) as a child process on a free port: killing it is the realistic
//! "server gone" for the offline test (every socket closes at once).

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct StaticServer {
    pub port: u16,
    child: Option<Child>,
}

/// The server binary, built by `cargo build --example serve` (scripts/test.sh does).
fn binary() -> PathBuf {
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let bin = target.join("debug/examples/serve");
    assert!(
        bin.is_file(),
        "build the server first: cargo build --example serve"
    );
    bin
}

impl StaticServer {
    pub fn start(root: PathBuf, base: &str) -> StaticServer {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(binary())
            .args([
                root.display().to_string(),
                port.to_string(),
                base.to_string(),
            ])
            .stdout(Stdio::null())
            .spawn()
            .expect("start the static server");
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "the static server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        StaticServer {
            port,
            child: Some(child),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Kills the server: from now on connections are refused, as when the host is unreachable.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop();
    }
}
