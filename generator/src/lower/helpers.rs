//! Hand-written helper modules a spec ships (`x-rust-client/modules`): what OpenAPI cannot
//! say, such as how a stream of chunks folds into the final object, written in Rust against
//! the generated types. The bundle stage has read each `source: {$ref: file.rs}` into text;
//! here each entry is checked (a Rust identifier for a name, features the crate has, a
//! source that parses) and becomes a [`HelperModule`], which emit copies into
//! `src/helpers/<name>.rs` under `#[cfg(all(feature = ..))]`.

use serde_json::Value;

use super::names::{self, Scope};
use crate::diagnostics::{Error, Location, Result};
use crate::ir::{Group, HelperModule};

/// Cargo features besides the groups' that a helper module may need.
pub const HELPER_FEATURES: &[&str] = &["client", "realtime", "tracing", SCHEMARS_FEATURE];

/// The opt-in feature of JSON Schemas derived from Rust types (structured outputs); the
/// crate has it when a helper module names it.
pub const SCHEMARS_FEATURE: &str = "schemars";

/// Names the `helpers` module cannot give a submodule.
const RESERVED: &[&str] = &["self", "super", "crate", "mod"];

pub fn helper_modules(
    extension: Option<&Value>,
    groups: &[Group],
    locate: &dyn Fn(&str) -> Location,
) -> Result<Vec<HelperModule>> {
    let Some(entries) = extension.and_then(|e| e.get("modules")) else { return Ok(Vec::new()) };
    let fail = |at: &str, message: String| Err(Error::spec(locate(at), message));
    let Some(entries) = entries.as_array() else {
        return fail("/x-rust-client/modules", "`modules` must be a list of {name, features, source}".to_owned());
    };
    let mut taken = Scope::new();
    for name in RESERVED {
        taken.reserve(name);
    }
    let mut modules = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let at = format!("/x-rust-client/modules/{i}");
        let text = |key: &str| entry.get(key).and_then(Value::as_str);
        let Some(name) = text("name") else { return fail(&at, "a helper module needs a `name`".to_owned()) };
        if names::snake(name) != name || names::is_raw(name) {
            return fail(&format!("{at}/name"), format!("`{name}` is not a snake_case Rust module name"));
        }
        if taken.contains(name) {
            return fail(&format!("{at}/name"), format!("a second helper module is named `{name}`"));
        }
        taken.reserve(name);
        let Some(source) = text("source") else {
            return fail(
                &at,
                format!("helper module `{name}` needs a `source` (`{{$ref: file.rs}}` beside the spec, or the text)"),
            );
        };
        // (rustc, building the crate, points at the line; proc-macro2 keeps no positions here)
        if let Err(e) = syn::parse_file(source) {
            return fail(&format!("{at}/source"), format!("helper module `{name}` is not valid Rust: {e}"));
        }
        let mut features = Vec::new();
        for (j, feature) in entry.get("features").and_then(Value::as_array).into_iter().flatten().enumerate() {
            let known = |f: &str| HELPER_FEATURES.contains(&f) || groups.iter().any(|g| g.feature == f);
            match feature.as_str() {
                Some(f) if known(f) => features.push(f.to_owned()),
                _ => {
                    let mut choices: Vec<&str> = groups.iter().map(|g| g.feature.as_str()).collect();
                    choices.extend(HELPER_FEATURES);
                    return fail(
                        &format!("{at}/features/{j}"),
                        format!(
                            "helper module `{name}` needs {feature}, which is not a feature of the crate (one of: {})",
                            choices.join(", ")
                        ),
                    );
                }
            }
        }
        modules.push(HelperModule {
            name: name.to_owned(),
            features,
            docs: text("description").unwrap_or("Hand-written helpers shipped with the spec.").to_owned(),
            readme: text("readme").map(|r| r.trim_end().to_owned()),
            source: source.to_owned(),
        });
    }
    Ok(modules)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn groups() -> Vec<Group> {
        vec![Group { feature: "chat".to_owned(), resource: Some(0), module: "chat".to_owned(), opt_in: false }]
    }

    fn lower(modules: Value) -> Result<Vec<HelperModule>> {
        let extension = json!({ "modules": modules });
        helper_modules(Some(&extension), &groups(), &|pointer| {
            Location::new(std::path::Path::new("spec.yaml"), pointer)
        })
    }

    fn message(modules: Value) -> String {
        lower(modules).unwrap_err().to_string()
    }

    #[test]
    fn a_module_keeps_its_name_features_and_source() {
        let modules = lower(json!([{"name": "chat_stream", "features": ["chat", "schemars"],
            "description": "Folds chunks.", "source": "pub fn f() {}\n"}]))
        .unwrap();
        assert_eq!(
            modules,
            [HelperModule {
                name: "chat_stream".to_owned(),
                features: vec!["chat".to_owned(), "schemars".to_owned()],
                docs: "Folds chunks.".to_owned(),
                readme: None,
                source: "pub fn f() {}\n".to_owned(),
            }]
        );
    }

    #[test]
    fn bad_entries_are_located_errors() {
        assert!(message(json!([{"name": "Chat", "source": ""}])).contains("/x-rust-client/modules/0/name"));
        assert!(message(json!([{"name": "a", "source": ""}, {"name": "a", "source": ""}])).contains("second"));
        let unparsable = message(json!([{"name": "a", "source": "fn f( {"}]));
        assert!(unparsable.contains("/x-rust-client/modules/0/source") && unparsable.contains("not valid Rust"));
        let unknown = message(json!([{"name": "a", "features": ["chatt"], "source": ""}]));
        assert!(unknown.contains("/x-rust-client/modules/0/features/0") && unknown.contains("one of: chat,"));
        assert!(message(json!([{"name": "a"}])).contains("needs a `source`"));
        assert!(message(json!({"name": "a"})).contains("must be a list"));
    }
}
