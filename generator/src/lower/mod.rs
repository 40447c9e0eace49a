//! Stage 4, lower: the resolved spec → the IR. All naming happens here, once.
//!
//! Order matters: component schemas get ids first (so references are plain ids), then are
//! converted; operations add their inline types; `finish` passes run over the whole arena.

mod client;
mod docs;
mod finish;
mod flat_schema;
mod forms;
mod merge;
mod names;
mod operations;
mod params;
mod resources;
mod samples;
mod schema;
mod unions;
mod websockets;

pub use finish::{OTHER_MODULE, SHARED_MODULE};
pub use names::{is_raw, snake};

use crate::diagnostics::{Error, Result, Warnings};
use crate::ir::{Api, ApiInfo};
use crate::resolve::Spec;

pub fn lower(spec: &Spec, warnings: &mut Warnings) -> Result<Api> {
    let client = client::settings(spec, warnings);
    let mut builder = schema::Builder::new(spec, warnings);
    builder.declare_components();
    builder.lower_components()?;
    let lowered = builder.lower_operations()?;
    let websockets = builder.lower_websockets()?;
    let types = builder
        .types
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            t.ok_or_else(|| Error::Internal { stage: "lowering", message: format!("type {i} was never defined") })
        })
        .collect::<Result<Vec<_>>>()?;
    let (operations, mut resources) = resources::build(lowered, warnings);
    let websockets = websockets::place(websockets, &mut resources, warnings);
    let info = &spec.api.info;
    let mut api = Api {
        info: ApiInfo {
            title: info.title.clone(),
            version: info.version.clone(),
            description: docs::rustdoc(info.description.as_deref()),
        },
        client,
        types,
        operations,
        resources,
        websockets,
    };
    finish::finish(&mut api, &|pointer| spec.source.locate(pointer))?;
    Ok(api)
}

/// Runs load → normalize → resolve → lower on an in-memory spec, for unit tests.
#[cfg(test)]
pub(crate) fn lower_text(text: &str) -> (Api, Vec<crate::diagnostics::Warning>) {
    let path = std::path::Path::new("spec.yaml");
    let mut warnings = Warnings::new(path);
    let mut value = crate::load::parse(path, text, &mut warnings).unwrap();
    crate::normalize::normalize(&mut value, &mut warnings);
    let source = crate::load::Source::new(path, text);
    let spec = crate::resolve::resolve(&source, value).unwrap();
    let api = lower(&spec, &mut warnings).unwrap();
    (api, warnings.into_sorted())
}

/// A spec with the given component schemas and no paths, for unit tests.
#[cfg(test)]
pub(crate) fn lower_schemas(schemas: &str) -> Api {
    let text = format!(
        "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://example.com'}}]\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
    );
    let (api, warnings) = lower_text(&text);
    assert!(warnings.is_empty(), "{warnings:?}");
    api
}
