//! Stage 4, lower: the resolved spec → the IR. All naming happens here, once.
//!
//! Order matters: component schemas get ids first (so references are plain ids), then are
//! converted; operations add their inline types, then WebSocket endpoints and webhooks
//! theirs (the webhooks also their event union). Operations and WebSocket endpoints are then
//! placed in the resource tree, where their methods are named; the `finish` passes run over
//! the whole draft arena; and `assemble` builds the IR from the drafts and what was decided.

mod assemble;
mod client;
mod context_docs;
mod docs;
mod draft;
mod finish;
mod flat_schema;
mod forms;
mod helpers;
mod merge;
mod names;
mod namespaces;
mod operations;
mod params;
mod resources;
mod samples;
mod schema;
mod test_names;
mod unions;
mod webhooks;
mod websockets;

pub use finish::{FULL_FEATURE, OTHER_MODULE, RESERVED_FEATURES, SHARED_MODULE, WEBHOOKS_FEATURE};
pub use helpers::SCHEMARS_FEATURE;
pub use names::{is_raw, snake};

use crate::diagnostics::{Result, Warnings};
use crate::ir::{Api, ApiInfo, Webhooks};
use crate::resolve::Spec;

pub fn lower(spec: &Spec, warnings: &mut Warnings) -> Result<Api> {
    let client = client::settings(spec, warnings);
    let mut builder = schema::Builder::new(spec, warnings);
    builder.declare_components();
    builder.lower_components()?;
    let operations = builder.lower_operations()?;
    let sockets = builder.lower_websockets()?;
    let hooks = builder.lower_webhooks()?;
    let mut types = builder.into_drafts()?;
    let (placements, mut tree) = resources::build(&operations, &websockets::resource_paths(&sockets), warnings);
    let websockets = websockets::place(sockets, &mut tree, warnings);
    let resources = tree.into_resources();
    let tests = test_names::name(&operations, &placements);
    context_docs::describe_undocumented(&mut types, &spec.doc);
    let event = hooks.as_ref().map(|h| h.event);
    let mut finished =
        finish::finish(&mut types, &operations, &placements, &websockets, event, &resources, &|pointer| {
            spec.source.locate(pointer)
        })?;
    let opt_in = client::known_opt_in_groups(&client.opt_in_groups, &resources, warnings);
    finish::mark_opt_in(&mut finished.groups, &resources, &opt_in);
    let webhooks = hooks.zip(finished.webhooks_group).map(|(hooks, group)| Webhooks {
        event: hooks.event,
        group,
        events: hooks.events,
    });
    let helpers = helpers::helper_modules(spec.api.extensions.get("x-rust-client"), &finished.groups, &|pointer| {
        spec.source.locate(pointer)
    })?;
    let info = &spec.api.info;
    Ok(Api {
        info: ApiInfo {
            title: info.title.clone(),
            version: info.version.clone(),
            description: docs::rustdoc(info.description.as_deref()),
        },
        client,
        types: assemble::types(types, finished.types),
        operations: assemble::operations(operations, placements, tests, finished.cursors),
        resources,
        websockets,
        groups: finished.groups,
        webhooks,
        helpers,
    })
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
