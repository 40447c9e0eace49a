//! Method names and the resource tree: `POST /chat/completions` → `client.chat().completions().create()`.
//!
//! `x-rust-method: chat.completions.create` names an operation explicitly. Otherwise the
//! name comes from the path: static segments are resources, a trailing parameter makes the
//! operation act on one item (`retrieve`, `update`, `delete`), and a verb after an item
//! (`/runs/{id}/cancel`) is an action. Explicit names are claimed first; on a collision the
//! operationId decides. Every method of a resource is claimed in the resource's one scope,
//! in this order: operation methods (explicit, then inferred), sub-resource accessors (a
//! method of the same name yields), stream methods, WebSocket methods (`websockets`).

use std::collections::BTreeMap;

use super::draft::LoweredOperation;
use super::names::{self, Scope};
use crate::diagnostics::Warnings;
use crate::ir::{HttpMethod, Resource};

/// First words of path segments that name an action rather than a sub-resource.
const ACTION_VERBS: &[&str] = &[
    "cancel",
    "submit",
    "complete",
    "pause",
    "resume",
    "archive",
    "unarchive",
    "search",
    "retry",
    "validate",
    "add",
    "remove",
    "approve",
    "reject",
    "restore",
    "activate",
    "deactivate",
    "verify",
    "copy",
    "compact",
    "accept",
    "hangup",
    "refer",
    "finalize",
    "poll",
    "run",
    "start",
    "stop",
    "reset",
    "upload",
    "download",
    "content",
];

/// Methods of the runtime's `Client` (`templates/runtime/client.rs`), which a top-level
/// resource accessor must not shadow: such an accessor gets `_api` (`builder_api`).
const CLIENT_METHODS: &[&str] = &["new", "builder", "from_env", "base_url", "clone", "config", "http_client"];

/// Where an operation's methods go: its resource and their names.
pub struct Placement {
    pub resource: usize,
    pub method: String,
    /// `<method>_stream`, for an operation that can stream and answer at once.
    pub stream_method: Option<String>,
}

/// The resource tree being built, with the scopes of its namespaces: each resource's
/// methods (sub-resource accessors, operation and stream methods, WebSocket methods), the
/// `Client`'s methods (top-level accessors) and the struct names of each top-level
/// resource's file.
#[derive(Default)]
pub struct Tree {
    resources: Vec<Resource>,
    index: BTreeMap<Vec<String>, usize>,
    /// By resource path: operations claim their methods before the resources exist.
    methods: BTreeMap<Vec<String>, Scope>,
    client: Scope,
    /// By top-level resource, whose file holds the structs of its whole subtree.
    type_names: BTreeMap<String, Scope>,
}

impl Tree {
    fn new() -> Self {
        let mut tree = Tree::default();
        for method in CLIENT_METHODS {
            tree.client.reserve(method);
        }
        tree
    }

    /// Index of the resource at `path`, creating it and its ancestors. A sub-resource's
    /// accessor is its path segment, reserved among its parent's methods (a method of that
    /// name is renamed by `rename_clashing_methods`).
    pub fn ensure(&mut self, path: &[String]) -> usize {
        if let Some(&i) = self.index.get(path) {
            return i;
        }
        let (parent_path, segment) = match path {
            [parent @ .., last] => (parent, last.clone()),
            [] => (path, String::new()),
        };
        let parent = if parent_path.is_empty() { None } else { Some(self.ensure(parent_path)) };
        let accessor = match parent {
            Some(_) => {
                self.methods.entry(parent_path.to_vec()).or_default().reserve(&segment);
                segment
            }
            None if self.client.contains(&segment) => self.client.unique(&format!("{segment}_api")),
            None => self.client.unique(&segment),
        };
        let root = path.first().cloned().unwrap_or_default();
        let module = if root == "mod" { format!("{root}_api") } else { root.clone() };
        let type_name = self.type_names.entry(root).or_default().unique(&names::type_name(&path.join("_")));
        let i = self.resources.len();
        self.resources.push(Resource {
            path: path.to_vec(),
            accessor,
            type_name,
            module,
            parent,
            children: Vec::new(),
            operations: Vec::new(),
        });
        if let Some(parent) = parent {
            self.resources[parent].children.push(i);
        }
        self.index.insert(path.to_vec(), i);
        i
    }

    /// Claims a method of a resource: `name`, or a numbered one if it is taken.
    pub fn claim_method(&mut self, resource: usize, name: &str) -> String {
        self.methods.entry(self.resources[resource].path.clone()).or_default().unique(name)
    }

    pub fn into_resources(self) -> Vec<Resource> {
        self.resources
    }
}

/// Places operations into resources and names their methods. The resources WebSocket
/// endpoints will join (`socket_resources`) exist before any method is final, so an
/// operation named like one of their accessors is renamed like any other clash.
pub fn build(
    lowered: &[LoweredOperation],
    socket_resources: &[Vec<String>],
    warnings: &mut Warnings,
) -> (Vec<Placement>, Tree) {
    let methods_per_path: BTreeMap<&str, usize> = lowered.iter().fold(BTreeMap::new(), |mut acc, l| {
        *acc.entry(l.raw_path.as_str()).or_default() += 1;
        acc
    });
    let all_paths: Vec<&str> = lowered.iter().map(|l| l.raw_path.as_str()).collect();
    let mut names: Vec<Option<(Vec<String>, String)>> = vec![None; lowered.len()];
    let mut tree = Tree::new();

    // Explicit names first, so heuristics never take them.
    for (i, l) in lowered.iter().enumerate() {
        let Some(explicit) = &l.explicit_name else { continue };
        let mut parts: Vec<String> = explicit.split('.').map(names::snake).collect();
        if parts.len() < 2 {
            warnings.push(
                l.origin.clone(),
                format!("`x-rust-method: {explicit}` needs a resource and a method (`resource.method`); ignored"),
            );
            continue;
        }
        let method = parts.pop().unwrap_or_default();
        let scope = tree.methods.entry(parts.clone()).or_default();
        if scope.contains(&method) {
            warnings.push(
                l.origin.clone(),
                format!("`x-rust-method: {explicit}` is used twice; the operationId names this one"),
            );
            continue;
        }
        scope.reserve(&method);
        names[i] = Some((parts, method));
    }
    for (i, l) in lowered.iter().enumerate() {
        if names[i].is_some() {
            continue;
        }
        let is_leaf =
            !all_paths.iter().any(|p| p.len() > l.raw_path.len() && p.starts_with(&format!("{}/", l.raw_path)));
        let single_method = methods_per_path.get(l.raw_path.as_str()) == Some(&1);
        let (resource, method) = infer(&l.raw_path, l.http_method, l.returns_list, is_leaf && single_method);
        let scope = tree.methods.entry(resource.clone()).or_default();
        let method = if scope.contains(&method) { scope.unique(&names::snake(&l.id)) } else { scope.unique(&method) };
        names[i] = Some((resource, method));
    }

    let mut placed: Vec<(usize, String)> = Vec::with_capacity(lowered.len());
    for (i, name) in names.into_iter().enumerate() {
        let (path, method) = name.unwrap_or_else(|| (vec!["default".to_owned()], names::snake(&lowered[i].id)));
        let resource = tree.ensure(&path);
        tree.resources[resource].operations.push(i);
        placed.push((resource, method));
    }
    for path in socket_resources {
        tree.ensure(path);
    }
    rename_clashing_methods(&mut tree, &mut placed, lowered, warnings);
    // Stream methods are claimed after every operation's own method, which keeps its name:
    // a streaming `create` next to an operation named `create_stream` gets `create_stream_2`.
    let placements = placed
        .into_iter()
        .zip(lowered)
        .map(|((resource, method), l)| {
            let streams_too = l.stream.is_some() && !l.stream_only;
            let stream_method = streams_too.then(|| tree.claim_method(resource, &format!("{method}_stream")));
            Placement { resource, method, stream_method }
        })
        .collect();
    (placements, tree)
}

/// A method named like a sub-resource's accessor would hide it: it becomes
/// `<name>_<http method>` (`new_get`).
fn rename_clashing_methods(
    tree: &mut Tree,
    placed: &mut [(usize, String)],
    lowered: &[LoweredOperation],
    warnings: &mut Warnings,
) {
    for resource in 0..tree.resources.len() {
        for child in tree.resources[resource].children.clone() {
            let accessor = tree.resources[child].accessor.clone();
            for op in tree.resources[resource].operations.clone() {
                if placed[op].1 == accessor {
                    let wanted = format!("{accessor}_{}", names::snake(lowered[op].http_method.as_upper()));
                    let renamed = tree.claim_method(resource, &wanted);
                    warnings.push(
                        lowered[op].origin.clone(),
                        format!("method `{accessor}` clashes with the sub-resource of that name; renamed `{renamed}`"),
                    );
                    placed[op].1 = renamed;
                }
            }
        }
    }
}

/// Resource path and method name from the URL's segments.
fn infer(path: &str, method: HttpMethod, returns_list: bool, leaf_with_one_method: bool) -> (Vec<String>, String) {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let is_param = |s: &str| s.starts_with('{');
    let statics: Vec<String> = segments.iter().filter(|s| !is_param(s)).map(|s| names::snake(s)).collect();
    let last_is_param = segments.last().is_none_or(|s| is_param(s));
    let resource_or_default = |r: Vec<String>| if r.is_empty() { vec!["default".to_owned()] } else { r };
    if last_is_param {
        let verb = match method {
            HttpMethod::Get => "retrieve",
            HttpMethod::Post | HttpMethod::Put | HttpMethod::Patch => "update",
            HttpMethod::Delete => "delete",
            other => return (resource_or_default(statics), names::snake(other.as_upper())),
        };
        return (resource_or_default(statics), verb.to_owned());
    }
    let after_param = segments.len() >= 2 && is_param(segments[segments.len() - 2]);
    let last = statics.last().cloned().unwrap_or_default();
    let first_word = last.split('_').next().unwrap_or("");
    let is_action = after_param
        && leaf_with_one_method
        && (ACTION_VERBS.contains(&first_word) || (method == HttpMethod::Get && !returns_list));
    if is_action {
        let resource = statics[..statics.len() - 1].to_vec();
        return (resource_or_default(resource), last);
    }
    let verb = match method {
        HttpMethod::Get if returns_list => "list",
        HttpMethod::Get => "retrieve",
        HttpMethod::Post => "create",
        HttpMethod::Put | HttpMethod::Patch => "update",
        HttpMethod::Delete => "delete",
        other => return (resource_or_default(statics), names::snake(other.as_upper())),
    };
    (resource_or_default(statics), verb.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(path: &str, method: HttpMethod, list: bool, leaf: bool) -> String {
        let (resource, method) = infer(path, method, list, leaf);
        format!("{}.{method}", resource.join("."))
    }

    #[test]
    fn crud_names() {
        assert_eq!(name("/chat/completions", HttpMethod::Post, false, false), "chat.completions.create");
        assert_eq!(name("/chat/completions", HttpMethod::Get, true, false), "chat.completions.list");
        assert_eq!(name("/chat/completions/{id}", HttpMethod::Get, false, false), "chat.completions.retrieve");
        assert_eq!(name("/chat/completions/{id}", HttpMethod::Post, false, false), "chat.completions.update");
        assert_eq!(name("/chat/completions/{id}", HttpMethod::Delete, false, false), "chat.completions.delete");
        assert_eq!(
            name("/chat/completions/{id}/messages", HttpMethod::Get, true, true),
            "chat.completions.messages.list"
        );
    }

    #[test]
    fn actions_after_an_item() {
        assert_eq!(name("/responses/{id}/cancel", HttpMethod::Post, false, true), "responses.cancel");
        assert_eq!(name("/files/{id}/content", HttpMethod::Get, false, true), "files.content");
        assert_eq!(
            name("/threads/{t}/runs/{r}/submit_tool_outputs", HttpMethod::Post, false, true),
            "threads.runs.submit_tool_outputs"
        );
        assert_eq!(name("/vector_stores/{id}/files", HttpMethod::Post, false, true), "vector_stores.files.create");
    }

    #[test]
    fn hyphens_and_roots() {
        assert_eq!(name("/pet-store/{pet-id}", HttpMethod::Get, false, false), "pet_store.retrieve");
        assert_eq!(name("/", HttpMethod::Get, false, true), "default.retrieve");
    }
}
