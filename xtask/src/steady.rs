//! Steady, the OpenAPI mock server the official OpenAI SDKs test against, as a test fixture.
//!
//! [`Steady::start`] installs `@stdy/cli` into `tests/.steady` (once, with npm), starts it on
//! 127.0.0.1 on a free port serving the official reference spec, and waits until it accepts
//! connections. Dropping the guard kills the server, also when the test panics.
//!
//! Steady validates every request against the spec and answers 400 with an explanation
//! (also in `x-steady-error-N-*` headers) when it breaks it; otherwise it answers with
//! random data that is valid for the response schema, event streams included.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use crate::workspace_root;

/// The npm package and version range the tests run against.
pub const PACKAGE: &str = "@stdy/cli@0.22";

/// Written into the install folder after a complete install; its absence means "install again".
const MARKER: &str = ".installed-stdy-cli-0.22";

/// How long a server may take to load the 3 MB reference spec and open its port.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(90);

/// An install lock older than this was left by a killed process and is taken over.
const STALE_LOCK: Duration = Duration::from_secs(600);

/// The official reference spec that Steady serves (`../shared/reference/` of the workspace).
pub fn reference_spec() -> PathBuf {
    workspace_root().join("../shared/reference/openai-openapi.yaml")
}

/// The folder Steady is installed into (git-ignored).
pub fn install_dir() -> PathBuf {
    workspace_root().join("tests/.steady")
}

/// A running Steady server; killed when dropped.
#[derive(Debug)]
pub struct Steady {
    child: Child,
    addr: SocketAddr,
    log: PathBuf,
}

impl Steady {
    /// Installs Steady if needed and starts it on the reference spec with extra CLI
    /// arguments (such as `--validator-strict-oneof`).
    pub fn start(extra_args: &[&str]) -> io::Result<Steady> {
        let binary = ensure_installed()?;
        Steady::start_binary(&binary, &reference_spec(), extra_args)
    }

    /// Starts an installed Steady binary on `spec`. A free port is picked by binding port 0;
    /// if another process takes it before Steady binds it, the start is tried again.
    pub fn start_binary(binary: &Path, spec: &Path, extra_args: &[&str]) -> io::Result<Steady> {
        let mut last_error = None;
        for _ in 0..3 {
            let port = free_port()?;
            match Steady::spawn(binary, spec, port, extra_args) {
                Ok(steady) => return Ok(steady),
                Err(e) => last_error = Some(e),
            }
        }
        Err(last_error.unwrap_or_else(|| io::Error::other("steady did not start")))
    }

    fn spawn(binary: &Path, spec: &Path, port: u16, extra_args: &[&str]) -> io::Result<Steady> {
        let log = std::env::temp_dir().join(format!("steady-{}-{port}.log", std::process::id()));
        let out = File::create(&log)?;
        let child = Command::new(binary)
            .args(["--host", "127.0.0.1", "--port", &port.to_string(), "--no-color"])
            .args(extra_args)
            .arg(spec)
            .stdin(Stdio::null())
            .stdout(out.try_clone()?)
            .stderr(out)
            .spawn()
            .map_err(|e| io::Error::new(e.kind(), format!("cannot run {}: {e}", binary.display())))?;
        let mut steady = Steady { child, addr: SocketAddr::from(([127, 0, 0, 1], port)), log };
        steady.wait_until_ready()?;
        Ok(steady)
    }

    /// Polls the port until Steady accepts a connection; fails early if the process exits.
    fn wait_until_ready(&mut self) -> io::Result<()> {
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait()? {
                return Err(io::Error::other(format!(
                    "steady exited with {status} before accepting connections:\n{}",
                    self.log_tail()
                )));
            }
            if TcpStream::connect_timeout(&self.addr, Duration::from_millis(200)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(io::Error::new(
            io::ErrorKind::TimedOut,
            format!("steady did not open {} within {STARTUP_TIMEOUT:?}:\n{}", self.addr, self.log_tail()),
        ))
    }

    /// The base URL to give the client (`http://127.0.0.1:PORT`; the reference paths have no `/v1`).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The last few KiB of the server's log, for failure messages.
    pub fn log_tail(&self) -> String {
        read_tail(&self.log, 8 * 1024).unwrap_or_else(|e| format!("(no log: {e})"))
    }
}

impl Drop for Steady {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = fs::remove_file(&self.log);
    }
}

/// Asks the OS for a port that is free right now.
fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn read_tail(path: &Path, max: u64) -> io::Result<String> {
    let mut file = File::open(path)?;
    let len = file.metadata()?.len();
    file.seek(SeekFrom::Start(len.saturating_sub(max)))?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Installs `@stdy/cli` into [`install_dir`] unless a complete install is there, and returns
/// the path of its native binary.
///
/// Several test binaries may start at once, so the install runs under a lock file; the
/// marker written after a successful install tells later callers to skip it.
pub fn ensure_installed() -> io::Result<PathBuf> {
    let dir = install_dir();
    if !dir.join(MARKER).exists() {
        fs::create_dir_all(&dir)?;
        let _lock = InstallLock::acquire(&dir.join(".install.lock"))?;
        if !dir.join(MARKER).exists() {
            npm_install(&dir)?;
            File::create(dir.join(MARKER))?;
        }
    }
    native_binary(&dir)
}

fn npm_install(dir: &Path) -> io::Result<()> {
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    let output = Command::new(npm)
        .args(["install", "--no-audit", "--no-fund", "--prefix"])
        .arg(dir)
        .arg(PACKAGE)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| io::Error::new(e.kind(), format!("cannot run npm (is Node.js installed?): {e}")))?;
    if !output.status.success() {
        return Err(io::Error::other(format!(
            "`npm install --prefix {} {PACKAGE}` failed with {}:\n{}{}",
            dir.display(),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )));
    }
    Ok(())
}

/// The platform binary that `@stdy/cli` ships in `@stdy/cli-<os>-<arch>/bin/steady`.
///
/// It is run directly rather than through the `steady.js` wrapper, so that killing the
/// process kills the server itself and leaves no orphan behind.
fn native_binary(dir: &Path) -> io::Result<PathBuf> {
    let scope = dir.join("node_modules/@stdy");
    let name = if cfg!(windows) { "steady.exe" } else { "steady" };
    let mut candidates = Vec::new();
    for entry in fs::read_dir(&scope)? {
        let entry = entry?;
        let file_name = entry.file_name();
        if file_name.to_string_lossy().starts_with("cli-") {
            let binary = entry.path().join("bin").join(name);
            if binary.is_file() {
                candidates.push(binary);
            }
        }
    }
    candidates.sort();
    candidates.into_iter().next().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::NotFound,
            format!("no native steady binary under {} (unsupported platform?)", scope.display()),
        )
    })
}

/// A lock file created with `create_new`; removed when dropped.
struct InstallLock {
    path: PathBuf,
}

impl InstallLock {
    fn acquire(path: &Path) -> io::Result<InstallLock> {
        let deadline = Instant::now() + STALE_LOCK;
        loop {
            match OpenOptions::new().write(true).create_new(true).open(path) {
                Ok(_) => return Ok(InstallLock { path: path.to_path_buf() }),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    if is_stale(path) {
                        let _ = fs::remove_file(path);
                        continue;
                    }
                    if Instant::now() > deadline {
                        return Err(io::Error::new(
                            io::ErrorKind::TimedOut,
                            format!("waited too long for the install lock {}", path.display()),
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(200));
                }
                Err(e) => return Err(e),
            }
        }
    }
}

impl Drop for InstallLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// True when the lock file is older than [`STALE_LOCK`] (its owner was killed mid-install).
fn is_stale(path: &Path) -> bool {
    let modified = fs::metadata(path).and_then(|m| m.modified());
    match modified {
        Ok(time) => SystemTime::now().duration_since(time).is_ok_and(|age| age > STALE_LOCK),
        Err(_) => false,
    }
}
