//! Stage 5, emit: IR → the plan of the generated crate's files. Each Rust file becomes a
//! `format` job: its path, its weight and a builder of its token stream (`quote`), which the
//! format stage runs on a worker thread; Cargo.toml, README.md and the runtime modules are
//! rendered here from askama templates. The emitters only read the IR: every name was
//! decided by lowering.

mod api_tests;
mod builders;
mod gates;
mod imports;
mod parts;
mod resources;
mod serde_impls;
mod settings;
mod templates;
mod tokens;
mod types;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::Options;
use crate::diagnostics::Result;
use crate::format::{Job, Plan};
use crate::ir::Api;
use crate::surface::{SURFACE_FILE, Surface};

/// Plans every file of the generated crate and renders the templated ones. The jobs borrow
/// the IR and the options; their tokens are built when `format` runs them.
pub fn emit<'a>(api: &'a Api, surface: &Surface, options: &'a Options, spec_name: &'a str) -> Result<Plan<'a>> {
    let preamble = format!("@generated {}", preamble(options, spec_name));
    // The weights are rough sizes: the largest files start first.
    let mut rust = vec![
        Job::new("src/lib.rs", 0, move || lib_rs(api, spec_name)),
        Job::new("src/runtime/settings.rs", 0, move || settings::settings_file(api, options)),
        Job::new("src/types/mod.rs", 0, move || types::types_mod(api)),
        Job::new("src/resources/mod.rs", 0, move || resources::resources_mod(api)).with_import_groups(),
    ];
    for module in types::modules(api) {
        let weight = api.types.iter().filter(|t| t.module == module).count() * 4;
        let path = types::module_file(api, &module);
        rust.push(Job::new(path, weight, move || types::types_module(api, &module)));
    }
    for root in resources::roots(api) {
        let weight = api.operations.iter().filter(|op| root_of(api, op.resource) == root).count();
        let job =
            Job::new(resources::resource_file_path(api, root), weight, move || resources::resource_file(api, root));
        rust.push(job.with_import_groups());
    }
    if options.with_tests {
        let lib_name = options.crate_name.replace('-', "_");
        rust.push(Job::new("tests/api.rs", api.operations.len() * 2, move || api_tests::api_tests(api, &lib_name)));
    }
    if !api.helpers.is_empty() {
        rust.push(Job::new("src/helpers/mod.rs", 0, move || helpers_mod(api)));
    }
    let mut text = templates::render(api, options, spec_name, &preamble)?;
    for helper in &api.helpers {
        // Copied as written (not reformatted), so it stays the file its author edits.
        let copied = format!(
            "// {preamble}\n// Copied from the spec's helper module `{}` (x-rust-client/modules); edit it there.\n\n{}",
            helper.name, helper.source
        );
        text.push((std::path::PathBuf::from(format!("src/helpers/{}.rs", helper.name)), copied));
    }
    text.push((std::path::PathBuf::from(SURFACE_FILE), surface.to_json()));
    Ok(Plan { rust, text, preamble: format!("// {preamble}") })
}

/// What every generated file says of itself after `@generated`: where it comes from and the
/// command that regenerates it.
pub fn preamble(options: &Options, spec_name: &str) -> String {
    let command = if options.regenerate_command.is_empty() {
        format!("generator generate {spec_name}")
    } else {
        options.regenerate_command.clone()
    };
    format!("from {spec_name} by `{command}`; do not edit by hand.")
}

pub(crate) fn root_of(api: &Api, mut resource: usize) -> usize {
    while let Some(parent) = api.resources[resource].parent {
        resource = parent;
    }
    resource
}

/// `helpers/mod.rs`: each hand-written helper module under the features it needs.
fn helpers_mod(api: &Api) -> TokenStream {
    let modules = api.helpers.iter().map(|helper| {
        let name = format_ident!("{}", helper.name);
        let features = &helper.features;
        let cfg = match features.as_slice() {
            [] => None,
            [one] => Some(quote!(#[cfg(feature = #one)])),
            several => Some(quote!(#[cfg(all(#(feature = #several),*))])),
        };
        let docs = format!(" {}", helper.docs);
        quote!(#[doc = #docs] #cfg pub mod #name;)
    });
    quote! {
        //! Hand-written helpers that came with the spec: behaviour OpenAPI cannot describe,
        //! written against the generated types (methods on them, trait implementations), each
        //! module under the Cargo features it needs.
        #(#modules)*
    }
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
         - [`types`] holds every request and response type, grouped like the resources whose operations use them.\n\
         - [`runtime`] holds errors, streaming, pagination, uploads and retries.\n\n\
         Built without the `client` feature (`default-features = false`), the crate is the types \
         alone, with no HTTP dependency.",
    );
    let docs = text.lines().map(|l| if l.is_empty() { String::new() } else { format!(" {l}") });
    // One `use` per `cfg` (the HTTP client's, then the types'), each under its feature.
    let mut by_cfg: std::collections::BTreeMap<std::cmp::Reverse<Option<&str>>, Vec<_>> = Default::default();
    for (name, cfg) in parts::Parts::of(api).crate_exports() {
        by_cfg.entry(std::cmp::Reverse(cfg)).or_default().push(format_ident!("{name}"));
    }
    let exports = by_cfg.into_iter().map(|(std::cmp::Reverse(cfg), names)| {
        let cfg = cfg.map(|feature| quote!(#[cfg(feature = #feature)]));
        quote!(#cfg pub use runtime::{#(#names),*};)
    });
    let client = parts::CLIENT_FEATURE;
    let helpers = (!api.helpers.is_empty()).then(|| {
        quote!(
            pub mod helpers;
        )
    });
    quote! {
        #(#![doc = #docs])*
        #![warn(missing_docs)]

        #[cfg(feature = #client)]
        pub mod resources;
        #helpers
        pub mod runtime;
        pub mod types;

        #(#exports)*
    }
}
