//! Method names and the resource tree: `POST /chat/completions` → `client.chat().completions().create()`.
//!
//! `x-rust-method: chat.completions.create` names an operation explicitly. Otherwise the
//! name comes from the path: static segments are resources, a trailing parameter makes the
//! operation act on one item (`retrieve`, `update`, `delete`), and a verb after an item
//! (`/runs/{id}/cancel`) is an action. Explicit names are claimed first; on a collision the
//! operationId decides.

use std::collections::BTreeMap;

use super::names::{self, Scope};
use super::operations::Lowered;
use crate::diagnostics::Warnings;
use crate::ir::{HttpMethod, Operation, Resource};

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

/// Places operations into resources and names their methods.
pub fn build(lowered: Vec<Lowered>, warnings: &mut Warnings) -> (Vec<Operation>, Vec<Resource>) {
    let methods_per_path: BTreeMap<&str, usize> = lowered.iter().fold(BTreeMap::new(), |mut acc, l| {
        *acc.entry(l.raw_path.as_str()).or_default() += 1;
        acc
    });
    let all_paths: Vec<&str> = lowered.iter().map(|l| l.raw_path.as_str()).collect();
    let mut names: Vec<Option<(Vec<String>, String)>> = vec![None; lowered.len()];
    let mut claimed: BTreeMap<Vec<String>, Scope> = BTreeMap::new();

    // Explicit names first, so heuristics never take them.
    for (i, l) in lowered.iter().enumerate() {
        let Some(explicit) = &l.explicit_name else { continue };
        let mut parts: Vec<String> = explicit.split('.').map(names::snake).collect();
        if parts.len() < 2 {
            warnings.push(
                l.op.origin.clone(),
                format!("`x-rust-method: {explicit}` needs a resource and a method (`resource.method`); ignored"),
            );
            continue;
        }
        let method = parts.pop().unwrap_or_default();
        let scope = claimed.entry(parts.clone()).or_default();
        if scope.contains(&method) {
            warnings.push(
                l.op.origin.clone(),
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
        let (resource, method) = infer(&l.raw_path, l.op.http_method, l.returns_list, is_leaf && single_method);
        let scope = claimed.entry(resource.clone()).or_default();
        let method =
            if scope.contains(&method) { scope.unique(&names::snake(&l.op.id)) } else { scope.unique(&method) };
        names[i] = Some((resource, method));
    }

    let mut resources: Vec<Resource> = Vec::new();
    let mut index: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    let mut operations = Vec::with_capacity(lowered.len());
    for (l, name) in lowered.into_iter().zip(names) {
        let (path, method) = name.unwrap_or_else(|| (vec!["default".to_owned()], names::snake(&l.op.id)));
        let resource = ensure(&mut resources, &mut index, &path);
        let mut op = l.op;
        op.resource = resource;
        op.method = method;
        resources[resource].operations.push(operations.len());
        operations.push(op);
    }
    rename_clashing_methods(&mut operations, &resources, warnings);
    (operations, resources)
}

/// Index of the resource at `path`, creating it and its ancestors.
pub fn ensure(resources: &mut Vec<Resource>, index: &mut BTreeMap<Vec<String>, usize>, path: &[String]) -> usize {
    if let Some(&i) = index.get(path) {
        return i;
    }
    let parent = if path.len() > 1 { Some(ensure(resources, index, &path[..path.len() - 1])) } else { None };
    let i = resources.len();
    resources.push(Resource {
        path: path.to_vec(),
        type_name: names::type_name(&path.join("_")),
        parent,
        children: Vec::new(),
        operations: Vec::new(),
    });
    if let Some(parent) = parent {
        resources[parent].children.push(i);
    }
    index.insert(path.to_vec(), i);
    i
}

/// A method named like a child resource's accessor would hide it.
fn rename_clashing_methods(operations: &mut [Operation], resources: &[Resource], warnings: &mut Warnings) {
    for resource in resources {
        for &child in &resource.children {
            let accessor = resources[child].accessor();
            for &op in &resource.operations {
                if operations[op].method == accessor {
                    let renamed = format!("{accessor}_{}", names::snake(operations[op].http_method.as_upper()));
                    warnings.push(
                        operations[op].origin.clone(),
                        format!("method `{accessor}` clashes with the sub-resource of that name; renamed `{renamed}`"),
                    );
                    operations[op].method = renamed;
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
