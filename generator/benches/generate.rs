//! Generation speed and memory on real specs: `cargo bench -p generator --bench generate`.
//!
//! For each spec it reports the median and best wall time of (a) parsing the YAML alone and
//! (b) the whole pipeline up to formatted files in memory, the ratio of the two, and the
//! peak heap of one generation (measured by a counting allocator around mimalloc, the
//! allocator the CLI uses, switched on for that run only). It also runs the release CLI
//! end to end, as a user does: process start, generation, writing the crate to a temporary
//! directory; its median wall time and peak resident memory are reported.
//! `BENCH_RUNS` sets the number of timed runs (default 10).

use std::alloc::{GlobalAlloc, Layout};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use generator::{Options, diagnostics::Warnings, generate, load};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// Counting is switched on only for the memory run: shared counters updated from two
/// threads on every allocation would slow the timed runs down.
static COUNTING: AtomicBool = AtomicBool::new(false);

fn grew(by: usize) {
    if COUNTING.load(Ordering::Relaxed) {
        let now = CURRENT.fetch_add(by, Ordering::Relaxed) + by;
        PEAK.fetch_max(now, Ordering::Relaxed);
    }
}

fn shrank(by: usize) {
    if COUNTING.load(Ordering::Relaxed) {
        CURRENT.fetch_sub(by, Ordering::Relaxed);
    }
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { mimalloc::MiMalloc.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        shrank(layout.size());
        unsafe { mimalloc::MiMalloc.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            grew(new_size - layout.size());
        } else {
            shrank(layout.size() - new_size);
        }
        unsafe { mimalloc::MiMalloc.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn median(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    (times[times.len() / 2], times[0])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn bench(name: &str, path: &Path, runs: usize, (cli_median, cli_rss): (Duration, i64)) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let options = Options::default().with_crate_name("bench-client");
    // Warm-up: page in the file and the allocator.
    generate(path, &options).expect("the spec generates");
    let parse: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let mut warnings = Warnings::new(path);
            let value = load::parse(path, &text, &mut warnings).expect("the spec parses");
            let took = started.elapsed();
            drop(value);
            took
        })
        .collect();
    let mut files = 0;
    let full: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            let generated = generate(path, &options).expect("the spec generates");
            let took = started.elapsed();
            files = generated.files.len();
            took
        })
        .collect();
    // Memory: count only what this one generation allocates (frees of older blocks are
    // ignored, so the counter starts at zero and cannot underflow).
    CURRENT.store(1 << 40, Ordering::Relaxed);
    PEAK.store(1 << 40, Ordering::Relaxed);
    COUNTING.store(true, Ordering::Relaxed);
    let generated = generate(path, &options).expect("the spec generates");
    COUNTING.store(false, Ordering::Relaxed);
    let peak = PEAK.load(Ordering::Relaxed) - (1 << 40);
    let lines: usize = generated.files.values().map(|f| f.lines().count()).sum();
    let ((parse_median, _), (full_median, full_best)) = (median(parse), median(full));
    println!(
        "| {name} | {:.1} ms | {:.1} ms (best {:.1}) | {:.1}x | {:.0} MiB | {files} files, {lines} lines |",
        ms(parse_median),
        ms(full_median),
        ms(full_best),
        full_median.as_secs_f64() / parse_median.as_secs_f64(),
        peak as f64 / (1024.0 * 1024.0),
    );
    println!(
        "|   … through the CLI, writing the crate | | {:.1} ms | | {:.0} MiB resident | |",
        ms(cli_median),
        cli_rss as f64 / 1024.0
    );
}

/// Runs the release CLI `runs` times into a fresh directory; returns the median wall time and
/// the largest peak resident set size in KiB (from the kernel's accounting of each child).
/// Call it before this process has grown: a spawned child's peak starts from its parent's
/// resident size until `exec`.
#[allow(clippy::zombie_processes, reason = "each child is reaped by `wait4` in `wait_with_rusage`")]
fn cli(spec: &Path, runs: usize) -> (Duration, i64) {
    let out = tempfile::tempdir().expect("a temporary directory");
    let mut times = Vec::new();
    let mut peak_rss = 0;
    for _ in 0..runs + 1 {
        let started = Instant::now();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_generator"))
            .args(["generate".as_ref(), spec.as_os_str(), "--out".as_ref(), out.path().as_os_str()])
            .args(["--crate-name", "bench-client"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("the generator binary starts");
        let (status, rss) = wait_with_rusage(child.id());
        times.push(started.elapsed());
        assert!(status == 0, "the generator failed on {} (status {status})", spec.display());
        peak_rss = peak_rss.max(rss);
    }
    times.remove(0); // the first run pays for the cold page cache
    (median(times).0, peak_rss)
}

/// `wait4` on one child: its exit status and its own peak resident set size (KiB).
fn wait_with_rusage(pid: u32) -> (i32, i64) {
    let mut status = 0;
    // SAFETY: a zeroed `rusage` is a valid value for the kernel to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `pid` is our own child, not yet waited for; both pointers outlive the call.
    let waited = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid as libc::pid_t, "wait4 failed");
    (status, usage.ru_maxrss)
}

fn main() {
    // `cargo bench` passes `--bench`; there is nothing to filter.
    let runs = std::env::var("BENCH_RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(10);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    println!("{runs} runs each, {} threads", std::thread::available_parallelism().map_or(1, |n| n.get()));
    println!("| spec | parse YAML only | generate (median) | generate ÷ parse | peak heap | output |");
    println!("|---|---|---|---|---|---|");
    let specs = [
        ("official OpenAI spec (3.1, 288 ops)", root.join("../shared/reference/openai-openapi.yaml")),
        ("spec/openai.yaml (288 ops)", root.join("spec/openai.yaml")),
    ];
    let cli_runs: Vec<_> = specs.iter().map(|(_, path)| cli(path, runs)).collect();
    for ((name, path), cli_run) in specs.iter().zip(cli_runs) {
        bench(name, path, runs, cli_run);
    }
}
