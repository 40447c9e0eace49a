//! One Cargo feature per group of the API, so a crate can be built with only the groups it
//! calls: a group is a root resource (`chat`, `files`), its operations and the types its
//! operations reach (bodies, parameters, responses, events). A type exists with any of the
//! groups that reach it, wherever it lives: a type in `responses` that a chat request
//! names too exists with `chat` alone, without the rest of `responses`; an `other` type
//! (reached by none) exists with `full`. No group's feature enables another's. Every
//! combination compiles, because whatever a type names is reached by every group that
//! reaches the type: what exists, what it names exists too.

use std::collections::{BTreeMap, BTreeSet};

use super::modules::{OTHER_MODULE, SHARED_MODULE, module_name};
use crate::ir::{Group, ModulePath, Resource, TypeGate};

use super::super::names::Scope;

/// The feature that enables every group.
pub const FULL_FEATURE: &str = "full";
/// The webhooks' group: their payload types, the event union and the signature verifier
/// (with its crypto crates). In `full`, like every group.
pub const WEBHOOKS_FEATURE: &str = "webhooks";

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
    "http2",
    "tracing",
    "realtime",
    WEBHOOKS_FEATURE,
    "base64",
    super::super::SCHEMARS_FEATURE,
    "bytes",
    "futures-core",
    "futures-util",
    "hmac",
    "percent-encoding",
    "reqwest",
    "rustls",
    "rustls-graviola",
    "serde",
    "serde_json",
    "serde_path_to_error",
    "sha2",
    "tokio",
    "tokio-tungstenite",
    "tracing",
    "webpki-root-certs",
];

/// The groups, and the features each type exists with (by id).
pub struct Groups {
    pub groups: Vec<Group>,
    pub gates: Vec<TypeGate>,
    /// Index of the webhooks' group, the last one, when there are webhooks.
    pub webhooks: Option<usize>,
}

/// Names each root resource's feature (its path segment, or `<segment>_api` where that is
/// reserved: `realtime_api` beside the WebSocket feature `realtime`), adds the webhooks'
/// group (`webhooks`, reached as the root `resources.len()`) when `webhooks_module` is
/// given, and gates each type on the groups that reach it.
pub fn decide(
    modules: &[ModulePath],
    reached_by: &[BTreeSet<usize>],
    resources: &[Resource],
    webhooks_module: Option<&str>,
) -> Groups {
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
        groups.push(Group { feature, resource: Some(index), module: module_name(&segment), opt_in: false });
    }
    let webhooks = webhooks_module.map(|module| {
        by_root.insert(resources.len(), groups.len());
        let group =
            Group { feature: WEBHOOKS_FEATURE.to_owned(), resource: None, module: module.to_owned(), opt_in: false };
        groups.push(group);
        groups.len() - 1
    });
    let by_module: BTreeMap<&str, usize> = groups.iter().enumerate().map(|(i, g)| (g.module.as_str(), i)).collect();
    let gates = modules
        .iter()
        .zip(reached_by)
        .map(|(module, roots)| {
            let mut reaching: BTreeSet<usize> = roots.iter().filter_map(|root| by_root.get(root).copied()).collect();
            match module.group.as_str() {
                OTHER_MODULE => return TypeGate::Full,
                SHARED_MODULE => {}
                // The group it lives with reaches it (that is why it lives there).
                group => {
                    reaching.insert(by_module[group]);
                }
            }
            match reaching.len() {
                1 => TypeGate::Group(reaching.into_iter().next().unwrap_or_default()),
                _ => TypeGate::AnyGroup(reaching.into_iter().collect()),
            }
        })
        .collect();
    Groups { groups, gates, webhooks }
}

/// Marks the groups of the roots named in `opt_in` (by path segment): groups like the
/// others, left out of `full`. Which types exist with them does not change.
pub fn mark_opt_in(groups: &mut [Group], resources: &[Resource], opt_in: &[String]) {
    for group in groups {
        let segment = group.resource.and_then(|root| resources[root].path.first());
        group.opt_in = segment.is_some_and(|segment| opt_in.contains(segment));
    }
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
            (api.resources[realtime.resource.unwrap()].path[0].as_str(), realtime.module.as_str()),
            ("realtime", "realtime")
        );
    }

    #[test]
    fn opt_in_groups_are_marked_and_unknown_names_reported() {
        let mut spec = String::from(concat!(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n",
            "x-rust-client: {opt-in-groups: [b, nowhere]}\npaths:\n"
        ));
        spec.push_str(&get("a", "A"));
        spec.push_str(&get("b", "B"));
        spec.push_str("components:\n  schemas:\n    A: {type: object}\n    B: {type: object}\n");
        let (api, warnings) = lower_text(&spec);
        let opt_in: Vec<(&str, bool)> = api.groups.iter().map(|g| (g.feature.as_str(), g.opt_in)).collect();
        assert_eq!(opt_in, [("a", false), ("b", true)]);
        assert_eq!(api.client.opt_in_groups, ["b", "nowhere"]);
        let messages: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert!(
            messages.iter().any(|m| m.contains("/x-rust-client/opt-in-groups/1") && m.contains("`nowhere`")),
            "{messages:?}"
        );
    }

    #[test]
    fn a_type_exists_with_the_groups_that_reach_it() {
        let api = api();
        let (a, b, c, d) = (group(&api, "a"), group(&api, "b"), group(&api, "c"), group(&api, "d"));
        // `A` only `a` reaches.
        assert_eq!(def(&api, "A").gate, TypeGate::Group(a));
        // `Both` lives with `a`, the first group that uses it; `b` reaches it too, and gets
        // it without the rest of `a`.
        assert_eq!(def(&api, "Both").module.group, "a");
        assert_eq!(def(&api, "Both").gate, TypeGate::AnyGroup(vec![a, b]));
        // Four groups reach `Common` (`a` and `b` through `Both`): it is shared, and exists
        // with any of them.
        assert_eq!(def(&api, "Common").module.group, super::SHARED_MODULE);
        assert_eq!(def(&api, "Common").gate, TypeGate::AnyGroup(vec![a, b, c, d]));
        assert_eq!(def(&api, "Unused").gate, TypeGate::Full);
    }
}
