//! Stage 5, emit: IR → files. Rust sources are token streams (`quote`), formatted in the
//! `format` stage; Cargo.toml, README.md and the runtime modules come from askama templates.
//! The emitters only read the IR: every name was decided by lowering.

mod builders;
mod resources;
mod serde_impls;
mod settings;
mod templates;
mod tokens;
mod types;

use std::collections::BTreeMap;
use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;

use crate::Options;
use crate::diagnostics::{Error, Result};
use crate::ir::Api;

/// One output file before formatting.
pub struct SourceFile {
    pub path: PathBuf,
    pub content: Content,
    /// `// @generated ...` line naming the command that regenerates the file.
    pub preamble: String,
}

pub enum Content {
    Rust(TokenStream),
    Text(String),
}

/// Every file of the generated crate.
pub fn emit(api: &Api, options: &Options, spec_name: &str) -> Result<Vec<SourceFile>> {
    let command = if options.regenerate_command.is_empty() {
        format!("generator generate {spec_name}")
    } else {
        options.regenerate_command.clone()
    };
    let preamble = format!("@generated from {spec_name} by `{command}`; do not edit by hand.");
    let rust = |path: &str, tokens: TokenStream| SourceFile {
        path: PathBuf::from(path),
        content: Content::Rust(tokens),
        preamble: format!("// {preamble}"),
    };
    let mut files = vec![
        rust("src/lib.rs", lib_rs(api, spec_name)),
        rust("src/types.rs", types::types_file(api)),
        rust("src/runtime/settings.rs", settings::settings_file(api, options)),
    ];
    files.extend(resources::resource_files(api).into_iter().map(|(path, tokens)| SourceFile {
        path,
        content: Content::Rust(tokens),
        preamble: format!("// {preamble}"),
    }));
    files.extend(templates::render(api, options, spec_name, &preamble)?);
    Ok(files)
}

fn lib_rs(api: &Api, spec_name: &str) -> TokenStream {
    let mut text = format!("# {}\n\nAn async Rust client for {} (version {}), generated from `{spec_name}`.", api.info.title, api.info.title, api.info.version);
    if let Some(description) = &api.info.description {
        text.push_str("\n\n");
        text.push_str(description);
    }
    text.push_str(
        "\n\n- [`Client`] holds configuration and the HTTP connection pool; `Client::from_env()` reads it from the environment.\n\
         - [`resources`] groups the operations: `client.<resource>().<method>(..)` returns a [`Call`] to `.await`.\n\
         - [`types`] holds every request and response type.\n\
         - [`runtime`] holds errors, streaming, pagination, uploads and retries.",
    );
    let docs = text.lines().map(|l| if l.is_empty() { String::new() } else { format!(" {l}") });
    quote! {
        #(#![doc = #docs])*
        #![warn(missing_docs)]

        pub mod resources;
        pub mod runtime;
        pub mod types;

        pub use runtime::{Call, Client, ClientBuilder, Error, EventStream, FileUpload, ResponseMeta, Result};
    }
}

/// Stage 6, format: token streams → `syn` → prettyplease; text passes through.
pub fn format(files: Vec<SourceFile>) -> Result<BTreeMap<PathBuf, String>> {
    let mut out = BTreeMap::new();
    for file in files {
        let text = match file.content {
            Content::Text(text) => text,
            Content::Rust(tokens) => {
                let parsed: syn::File = syn::parse2(tokens.clone()).map_err(|err| {
                    // Keep the unformatted source for debugging, and say where it is.
                    let dump = std::env::temp_dir().join(file.path.to_string_lossy().replace('/', "_"));
                    let _ = std::fs::write(&dump, tokens.to_string());
                    Error::Internal {
                        stage: "formatting",
                        message: format!("{}: {err}; unformatted source written to {}", file.path.display(), dump.display()),
                    }
                })?;
                format!("{}\n{}", file.preamble, prettyplease::unparse(&parsed))
            }
        };
        out.insert(file.path, text);
    }
    Ok(out)
}

/// Newlines normalized, so checked-out files compare equal on every platform.
pub fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unparsable_tokens_are_a_located_internal_error() {
        let bad: TokenStream = "fn (".parse().unwrap_or_default();
        let file = SourceFile { path: "src/x.rs".into(), content: Content::Rust(quote!(fn #bad)), preamble: String::new() };
        let err = format(vec![file]).unwrap_err().to_string();
        assert!(err.contains("src/x.rs"), "{err}");
    }
}
