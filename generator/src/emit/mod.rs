//! Stage 5, emit: IR → files. Rust sources are token streams (`quote`), formatted in the
//! `format` stage; Cargo.toml, README.md and the runtime modules come from askama templates.
//! The emitters only read the IR: every name was decided by lowering.

mod api_tests;
mod builders;
mod parts;
mod resources;
mod serde_impls;
mod settings;
mod templates;
mod tokens;
mod types;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::Options;
use crate::diagnostics::{Error, Result};
use crate::ir::Api;

/// A Rust file of the output. Its tokens are built on the worker thread that formats it:
/// `proc_macro2` token streams cannot cross threads, and emitting and formatting the files
/// of a large spec in parallel is what keeps generation fast.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RustFile {
    Lib,
    Settings,
    TypesMod,
    Types(String),
    ResourcesMod,
    Resource(usize),
    /// `tests/api.rs`, with `--with-tests`.
    ApiTests,
}

impl RustFile {
    fn path(&self, api: &Api) -> PathBuf {
        match self {
            RustFile::Lib => "src/lib.rs".into(),
            RustFile::Settings => "src/runtime/settings.rs".into(),
            RustFile::TypesMod => "src/types/mod.rs".into(),
            RustFile::Types(module) => format!("src/types/{module}.rs").into(),
            RustFile::ResourcesMod => "src/resources/mod.rs".into(),
            RustFile::Resource(root) => resources::resource_file_path(api, *root),
            RustFile::ApiTests => "tests/api.rs".into(),
        }
    }

    fn tokens(&self, api: &Api, options: &Options, spec_name: &str) -> TokenStream {
        match self {
            RustFile::Lib => lib_rs(api, spec_name),
            RustFile::Settings => settings::settings_file(api, options),
            RustFile::TypesMod => types::types_mod(api),
            RustFile::Types(module) => types::types_module(api, module),
            RustFile::ResourcesMod => resources::resources_mod(api),
            RustFile::Resource(root) => resources::resource_file(api, *root),
            RustFile::ApiTests => api_tests::api_tests(api, &options.crate_name.replace('-', "_")),
        }
    }

    /// Rough size, so the largest files start first.
    fn weight(&self, api: &Api) -> usize {
        match self {
            RustFile::Types(module) => api.types.iter().filter(|t| &t.module == module).count() * 4,
            RustFile::Resource(root) => api.operations.iter().filter(|op| root_of(api, op.resource) == *root).count(),
            RustFile::ApiTests => api.operations.len() * 2,
            _ => 0,
        }
    }
}

fn root_of(api: &Api, mut resource: usize) -> usize {
    while let Some(parent) = api.resources[resource].parent {
        resource = parent;
    }
    resource
}

/// What the emit stage produces: the Rust files to render and the finished text files.
pub struct Plan {
    pub rust: Vec<RustFile>,
    pub text: Vec<(PathBuf, String)>,
    /// `// @generated ...` line naming the command that regenerates the files.
    pub preamble: String,
}

/// Plans every file of the generated crate and renders the templated ones.
pub fn emit(api: &Api, options: &Options, spec_name: &str) -> Result<Plan> {
    let command = if options.regenerate_command.is_empty() {
        format!("generator generate {spec_name}")
    } else {
        options.regenerate_command.clone()
    };
    let preamble = format!("@generated from {spec_name} by `{command}`; do not edit by hand.");
    let mut rust = vec![RustFile::Lib, RustFile::Settings, RustFile::TypesMod, RustFile::ResourcesMod];
    rust.extend(types::modules(api).into_iter().map(RustFile::Types));
    rust.extend(resources::roots(api).into_iter().map(RustFile::Resource));
    if options.with_tests {
        rust.push(RustFile::ApiTests);
    }
    let text = templates::render(api, options, spec_name, &preamble)?;
    Ok(Plan { rust, text, preamble: format!("// {preamble}") })
}

fn lib_rs(api: &Api, spec_name: &str) -> TokenStream {
    let mut text = format!(
        "# {}\n\nAn async Rust client for {} (version {}), generated from `{spec_name}`.",
        api.info.title, api.info.title, api.info.version
    );
    if let Some(description) = &api.info.description {
        text.push_str("\n\n");
        text.push_str(description);
    }
    text.push_str(
        "\n\n- [`Client`] holds configuration and the HTTP connection pool; `Client::from_env()` reads it from the environment.\n\
         - [`resources`] groups the operations: `client.<resource>().<method>(..)` returns a [`Call`] to `.await`.\n\
         - [`types`] holds every request and response type, grouped by the operations that use them.\n\
         - [`runtime`] holds errors, streaming, pagination, uploads and retries.",
    );
    let docs = text.lines().map(|l| if l.is_empty() { String::new() } else { format!(" {l}") });
    let exports = parts::Parts::of(api).crate_exports().into_iter().map(|name| format_ident!("{name}"));
    quote! {
        #(#![doc = #docs])*
        #![warn(missing_docs)]

        pub mod resources;
        pub mod runtime;
        pub mod types;

        pub use runtime::{#(#exports),*};
    }
}

/// Stage 6, format: each Rust file's tokens → `syn` → prettyplease, on as many threads as
/// the machine has; text files pass through. The result never depends on thread timing:
/// files are independent and collected by path.
pub fn format(api: &Api, options: &Options, spec_name: &str, plan: Plan) -> Result<BTreeMap<PathBuf, String>> {
    let mut jobs = plan.rust;
    jobs.sort_by_key(|job| std::cmp::Reverse(job.weight(api)));
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len()).max(1);
    let rendered: Vec<(PathBuf, Result<String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let path = job.path(api);
                        let text = format_rust(&path, || job.tokens(api, options, spec_name), &plan.preamble);
                        done.push((path, text));
                    }
                    done
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    });
    if rendered.len() != jobs.len() {
        return Err(Error::Internal { stage: "formatting", message: "a formatting thread panicked".to_owned() });
    }
    let mut out: BTreeMap<PathBuf, String> = plan.text.into_iter().collect();
    let mut failures = BTreeMap::new();
    for (path, text) in rendered {
        match text {
            Ok(text) => {
                out.insert(path, text);
            }
            Err(err) => {
                failures.insert(path, err);
            }
        }
    }
    match failures.into_iter().next() {
        Some((_, err)) => Err(err),
        None => Ok(out),
    }
}

/// Parses and pretty-prints one file; on failure the unformatted source is kept for
/// debugging and the error says where. The tokens are built again for that dump rather
/// than cloned up front: a shared token stream makes `syn` copy every token it reads.
fn format_rust(path: &std::path::Path, tokens: impl Fn() -> TokenStream, preamble: &str) -> Result<String> {
    match syn::parse2::<syn::File>(tokens()) {
        Ok(parsed) => Ok(format!("{preamble}\n{}", separate_items(&prettyplease::unparse(&parsed)))),
        Err(err) => {
            let dump = std::env::temp_dir().join(path.to_string_lossy().replace('/', "_"));
            let _ = std::fs::write(&dump, tokens().to_string());
            Err(Error::Internal {
                stage: "formatting",
                message: format!("{}: {err}; unformatted source written to {}", path.display(), dump.display()),
            })
        }
    }
}

/// prettyplease prints items back to back; a blank line between consecutive items (and
/// between methods) makes generated files read like hand-written ones.
fn separate_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.lines() {
        if let Some(prev) = previous {
            let indent = |l: &str| l.len() - l.trim_start().len();
            let ends_item = prev.trim() == "}" || (indent(prev) == 0 && prev.ends_with(';'));
            let trimmed = line.trim_start();
            let starts_item = !trimmed.is_empty()
                && !trimmed.starts_with(['}', ')', ']'])
                && !trimmed.starts_with("else")
                && indent(line) == indent(prev);
            let imports = prev.starts_with("use ") && line.starts_with("use ");
            if ends_item && starts_item && !imports {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// Newlines normalized, so checked-out files compare equal on every platform.
pub fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_and_methods_are_separated_by_blank_lines() {
        let text = "struct A;\nimpl A {\n    fn a() {\n    }\n    fn b() {\n        if x {\n        } else {\n        }\n    }\n}\nenum B {}\n";
        assert_eq!(
            separate_items(text),
            "struct A;\n\nimpl A {\n    fn a() {\n    }\n\n    fn b() {\n        if x {\n        } else {\n        }\n    }\n}\n\nenum B {}\n"
        );
    }

    #[test]
    fn unparsable_tokens_are_a_located_internal_error() {
        let bad: TokenStream = "fn (".parse().unwrap_or_default();
        let err = format_rust(std::path::Path::new("src/x.rs"), || quote!(fn #bad), "").unwrap_err().to_string();
        assert!(err.contains("src/x.rs") && err.contains("unformatted source written to"), "{err}");
    }
}
