//! Running inputs: the generator on one input under `catch_unwind`, with a panic hook that
//! records (rather than prints) panics on threads named [`WORKER_NAME`]; the output checks;
//! the campaign's worker threads with their watch for slow inputs; and the replay of one
//! input.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use generator::{Error, Options};

use crate::inputs::{Input, Seed, make_input};
use crate::report::Tally;

/// The name of the threads that run inputs: the panic hook records panics on these only.
const WORKER_NAME: &str = "fuzz-worker";
/// An input running longer than this is reported while the run goes on (a likely hang).
const SLOW_INPUT: Duration = Duration::from_secs(10);

/// How one input ended.
#[derive(Debug)]
#[allow(dead_code, reason = "the messages are read through `Debug` in failure reports")]
pub(crate) enum Outcome {
    Generated,
    /// A spec error with its line; `exact` when its pointer itself was found in the text
    /// (not only an ancestor of it).
    Located {
        message: String,
        exact: bool,
    },
    /// A spec error without a line number.
    Unlocated(String),
    Internal(String),
    /// Generation succeeded but a file is not valid TOML or Rust.
    BadOutput(String),
    Panic(String),
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Panics on fuzz workers are recorded, not printed; other threads keep the default hook.
pub(crate) fn install_panic_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some(WORKER_NAME) {
            let message = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "<non-string panic payload>".to_owned());
            let location = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
            LAST_PANIC.with(|last| *last.borrow_mut() = Some(format!("{location}: {message}")));
        } else {
            previous(info);
        }
    }));
}

/// Generates from one input in memory, catching a panic.
fn run_one(input: &Input) -> Outcome {
    let options = Options::default().with_crate_name("fuzz-client").with_tests(true);
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        let generated = generator::generate_from_text(Path::new(input.file_name), input.text.clone(), &options)?;
        // The API surface and its diff run inside the panic capture too.
        Ok::<_, Error>(invalid_output(&generated.files).or_else(|| invalid_surface(&generated)))
    }));
    match result {
        Ok(Ok(problem)) => match problem {
            Some(problem) => Outcome::BadOutput(problem),
            None => Outcome::Generated,
        },
        Ok(Err(err @ Error::Spec { .. })) if err.location().is_some_and(|l| l.line.is_some()) => {
            let pointer = err.location().map(|l| l.pointer.clone()).unwrap_or_default();
            let exact = generator::load::line_of_pointer(&input.text, &pointer).is_some();
            Outcome::Located { message: err.to_string(), exact }
        }
        Ok(Err(err @ Error::Spec { .. })) => Outcome::Unlocated(err.to_string()),
        Ok(Err(err)) => Outcome::Internal(err.to_string()),
        Err(_) => Outcome::Panic(LAST_PANIC.with(|last| last.borrow_mut().take()).unwrap_or_default()),
    }
}

/// A surface file that does not read back as the surface, or a diff that is wrong on its
/// face: the surface against itself must have no changes, and against an empty API every
/// operation and type must be an addition (and the reverse a removal).
fn invalid_surface(generated: &generator::Generated) -> Option<String> {
    use generator::diff::{Kind, diff};
    use generator::surface::{SURFACE_FILE, Surface};
    let text = generated.files.get(Path::new(SURFACE_FILE))?;
    let surface = &generated.surface;
    match Surface::from_json(Path::new(SURFACE_FILE), text) {
        Ok(read) if read == *surface => {}
        Ok(_) => return Some(format!("{SURFACE_FILE} does not read back as the surface it was written from")),
        Err(err) => return Some(err.to_string()),
    }
    if !diff(surface, surface).is_empty() {
        return Some(format!("the surface differs from itself:\n{}", diff(surface, surface).to_text()));
    }
    let empty = Surface { surface_version: surface.surface_version, ..Surface::default() };
    let count = |report: &generator::diff::Report, kind: Kind| report.changes.iter().filter(|c| c.kind == kind).count();
    let (added, removed) = (diff(&empty, surface), diff(surface, &empty));
    let expected = (surface.operations.len(), surface.types.len());
    if (count(&added, Kind::OperationAdded), count(&added, Kind::TypeAdded)) != expected
        || (count(&removed, Kind::OperationRemoved), count(&removed, Kind::TypeRemoved)) != expected
    {
        return Some(format!("a diff against an empty API misses operations or types:\n{}", added.to_text()));
    }
    None
}

/// The first generated file that is not valid TOML or Rust. Rust built from syntax trees
/// is valid by construction (the format stage parses it); the runtime modules are text
/// templates, so they are parsed here.
fn invalid_output(files: &BTreeMap<PathBuf, String>) -> Option<String> {
    files.iter().find_map(|(path, text)| {
        let error = match path.extension().and_then(|e| e.to_str()) {
            Some("toml") => text.parse::<toml::Table>().err().map(|e| e.to_string()),
            Some("rs") if path.starts_with("src/runtime") => syn::parse_file(text).err().map(|e| e.to_string()),
            _ => None,
        };
        error.map(|e| format!("{}: {e}", path.display()))
    })
}

/// Which input each worker is running and since when, so a hang names its input.
type Running = Mutex<Vec<Option<(u64, Instant)>>>;

fn spawn_worker<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    run: &'scope Run,
    worker: usize,
    running: &'scope Running,
    tally: &'scope Mutex<Tally>,
) -> std::thread::ScopedJoinHandle<'scope, ()> {
    let body = move || {
        for index in (worker as u64..run.iterations).step_by(run.threads) {
            let input = make_input(&run.seeds, run.base, index);
            if run.trace {
                eprintln!("fuzz: input {index}");
            }
            let clock = Instant::now();
            running.lock().unwrap_or_else(|e| e.into_inner())[worker] = Some((index, clock));
            let outcome = run_one(&input);
            running.lock().unwrap_or_else(|e| e.into_inner())[worker] = None;
            tally.lock().unwrap_or_else(|e| e.into_inner()).record(index, clock.elapsed(), outcome, input);
        }
    };
    // As much stack as a CLI's main thread: the fuzzer looks for panics, not for the test
    // harness's small default stacks (`tests/regressions.rs` covers those).
    std::thread::Builder::new()
        .name(WORKER_NAME.into())
        .stack_size(8 << 20)
        .spawn_scoped(scope, body)
        .expect("a worker thread")
}

/// What a campaign runs: inputs `0..iterations` of base seed `base`, on `threads` workers.
pub(crate) struct Run {
    pub(crate) seeds: Vec<Seed>,
    pub(crate) base: u64,
    pub(crate) iterations: u64,
    pub(crate) threads: usize,
    pub(crate) trace: bool,
}

/// Runs every input on `threads` workers, reporting inputs that run suspiciously long.
pub(crate) fn campaign(run: &Run) -> Tally {
    let tally = Mutex::new(Tally::default());
    let running: Running = Mutex::new(vec![None; run.threads]);
    std::thread::scope(|scope| {
        let workers: Vec<_> =
            (0..run.threads).map(|worker| spawn_worker(scope, run, worker, &running, &tally)).collect();
        let mut reported = std::collections::BTreeSet::new();
        while !workers.iter().all(|w| w.is_finished()) {
            std::thread::sleep(Duration::from_millis(100));
            for (index, since) in running.lock().unwrap_or_else(|e| e.into_inner()).iter().flatten() {
                if since.elapsed() > SLOW_INPUT && reported.insert(*index) {
                    eprintln!(
                        "fuzz: input {index} is still running after {} s (replay: FUZZ_SEED={:#x} FUZZ_ONLY={index})",
                        SLOW_INPUT.as_secs(),
                        run.base
                    );
                }
            }
        }
    });
    tally.into_inner().unwrap_or_else(|e| e.into_inner())
}

/// Runs input `index` alone and prints it with its outcome.
pub(crate) fn replay(seeds: &[Seed], base: u64, index: u64) {
    let input = make_input(seeds, base, index);
    println!(
        "input {index} from {}, mutations:\n    {}\n---- {} ----\n{}----",
        input.seed,
        input.mutations.join("\n    "),
        input.file_name,
        input.text
    );
    let outcome = std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name(WORKER_NAME.into())
            .stack_size(8 << 20)
            .spawn_scoped(scope, || run_one(&input));
        worker.expect("a worker thread").join().unwrap_or(Outcome::Panic("the worker died".into()))
    });
    println!("result: {outcome:?}");
}
