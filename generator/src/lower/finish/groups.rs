//! One Cargo feature per group of the API, so a crate can be built with only the groups it
//! calls: a group is a root resource (`chat`, `files`), its operations and the types that
//! live in its `types` module. A group's feature enables the features of the groups whose
//! types it uses: those its operations reach (bodies, parameters, responses, events), and
//! so those its own types and the `shared` types they name hold, because everything a
//! group's types hold is reachable from its operations. A `shared` type exists with any of
//! the groups that reach it, and an `other` type (reached by none) with `full`. So every
//! combination of features compiles: whatever exists, what it names exists too.

use std::collections::{BTreeMap, BTreeSet};

use super::modules::{OTHER_MODULE, SHARED_MODULE, module_name};
use crate::ir::{Group, ModulePath, Resource, TypeGate};

use super::super::names::Scope;

/// The feature that enables every group.
pub const FULL_FEATURE: &str = "full";

/// Names a group's feature never takes: the generated crate's other features (those of the
/// Cargo.toml template and of the optional parts, whether or not a spec has the part, so a
/// group's feature does not change when a spec gains one) and the crates it can depend on.
/// A test in `emit::parts` checks the list against both.
pub const RESERVED_FEATURES: &[&str] = &[
    "default",
    FULL_FEATURE,
    "client",
    "tls-graviola",
    "tls-aws-lc",
    "webpki-roots",
    "realtime",
    "base64",
    "bytes",
    "futures-core",
    "futures-util",
    "percent-encoding",
    "reqwest",
    "rustls",
    "rustls-graviola",
    "serde",
    "serde_json",
    "serde_path_to_error",
    "tokio",
    "tokio-tungstenite",
    "webpki-root-certs",
];

/// The groups, and the features each type exists with (by id).
pub struct Groups {
    pub groups: Vec<Group>,
    pub gates: Vec<TypeGate>,
}

/// Names each root resource's feature (its path segment, or `<segment>_api` where that is
/// reserved: `realtime_api` beside the WebSocket feature `realtime`) and works out what it
/// needs from who reaches each type.
pub fn decide(modules: &[ModulePath], reached_by: &[BTreeSet<usize>], resources: &[Resource]) -> Groups {
    let mut features = Scope::new();
    for name in RESERVED_FEATURES {
        features.reserve(name);
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut by_root: BTreeMap<usize, usize> = BTreeMap::new();
    for (index, resource) in resources.iter().enumerate().filter(|(_, r)| r.parent.is_none()) {
        let segment = resource.path.first().cloned().unwrap_or_default();
        let feature = if features.contains(&segment) {
            features.unique(&format!("{segment}_api"))
        } else {
            features.unique(&segment)
        };
        by_root.insert(index, groups.len());
        groups.push(Group { feature, resource: index, module: module_name(&segment), needs: Vec::new() });
    }
    let by_module: BTreeMap<&str, usize> = groups.iter().enumerate().map(|(i, g)| (g.module.as_str(), i)).collect();
    let mut needs: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); groups.len()];
    let gates = modules
        .iter()
        .zip(reached_by)
        .map(|(module, roots)| {
            let reaching: Vec<usize> = roots.iter().filter_map(|root| by_root.get(root).copied()).collect();
            match module.group.as_str() {
                OTHER_MODULE => TypeGate::Full,
                SHARED_MODULE => {
                    let mut any = reaching;
                    any.sort_unstable();
                    TypeGate::AnyGroup(any)
                }
                group => {
                    let home = by_module[group];
                    for g in reaching.into_iter().filter(|&g| g != home) {
                        needs[g].insert(home);
                    }
                    TypeGate::Group(home)
                }
            }
        })
        .collect();
    for (group, needs) in groups.iter_mut().zip(needs) {
        group.needs = needs.into_iter().collect();
    }
    Groups { groups, gates }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::def;
    use crate::ir::{Api, TypeGate};
    use crate::lower::lower_text;

    fn get(path: &str, schema: &str) -> String {
        format!(
            "  /{path}:\n    get:\n      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/{schema}'}}}}}}}}}}\n"
        )
    }

    fn api() -> Api {
        let mut spec = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n");
        for (path, schema) in
            [("a", "A"), ("b", "B"), ("c", "Common"), ("d", "Common"), ("realtime", "R"), ("full", "F")]
        {
            spec.push_str(&get(path, schema));
        }
        spec.push_str(concat!(
            "components:\n  schemas:\n",
            "    A: {type: object, properties: {both: {$ref: '#/components/schemas/Both'}}}\n",
            "    B: {type: object, properties: {both: {$ref: '#/components/schemas/Both'}}}\n",
            "    Both: {type: object, properties: {common: {$ref: '#/components/schemas/Common'}}}\n",
            "    Common: {type: object, properties: {x: {type: string}}}\n",
            "    R: {type: object, properties: {x: {type: string}}}\n",
            "    F: {type: object, properties: {x: {type: string}}}\n",
            "    Unused: {type: object, properties: {x: {type: string}}}\n",
        ));
        lower_text(&spec).0
    }

    fn group(api: &Api, feature: &str) -> usize {
        api.groups.iter().position(|g| g.feature == feature).unwrap_or_else(|| panic!("no feature {feature}"))
    }

    #[test]
    fn each_root_resource_has_a_feature_never_a_reserved_one() {
        let api = api();
        let features: Vec<&str> = api.groups.iter().map(|g| g.feature.as_str()).collect();
        assert_eq!(features, ["a", "b", "c", "d", "realtime_api", "full_api"]);
        let realtime = &api.groups[group(&api, "realtime_api")];
        assert_eq!(
            (api.resources[realtime.resource].path[0].as_str(), realtime.module.as_str()),
            ("realtime", "realtime")
        );
    }

    #[test]
    fn a_feature_needs_the_groups_whose_types_it_reaches() {
        let api = api();
        let (a, b, c, d) = (group(&api, "a"), group(&api, "b"), group(&api, "c"), group(&api, "d"));
        // `Both` lives with `a`, the first group that uses it; `b` uses it too.
        assert_eq!(def(&api, "Both").gate, TypeGate::Group(a));
        assert_eq!(api.groups[b].needs, [a]);
        assert!(api.groups[a].needs.is_empty());
        // Four groups reach `Common` (`a` and `b` through `Both`): it is shared, and exists
        // with any of them.
        assert_eq!(def(&api, "Common").module.group, super::SHARED_MODULE);
        assert_eq!(def(&api, "Common").gate, TypeGate::AnyGroup(vec![a, b, c, d]));
        assert!(api.groups[c].needs.is_empty(), "a shared type needs no group of its own");
        assert_eq!(def(&api, "Unused").gate, TypeGate::Full);
    }
}
