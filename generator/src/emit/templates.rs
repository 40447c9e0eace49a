//! Files that are not Rust ASTs, from askama templates in `generator/templates/`:
//! the crate's Cargo.toml and README, and the runtime support modules (hand-written Rust,
//! templated only where the API's features change them).

use std::path::PathBuf;

use askama::Template;

use super::parts::{CargoFeature, Export, Module, Parts};
use crate::Options;
use crate::diagnostics::{Error, Result};
use crate::ir::Api;
use crate::lower::FULL_FEATURE;

#[derive(Template)]
#[template(path = "crate/Cargo.toml", escape = "none")]
struct CargoToml<'a> {
    preamble: &'a str,
    crate_name: &'a str,
    version: &'a str,
    description: String,
    standalone: bool,
    with_tests: bool,
    dependencies: Vec<String>,
    /// `client = [...]`: the HTTP client's optional crates.
    client: String,
    /// The opt-in parts' features: (doc, `name = [...]` line).
    cargo_features: Vec<(&'static str, String)>,
    full: String,
    /// One `name = [...]` line per group of `full`, by name.
    groups: Vec<String>,
    /// The same for the opt-in groups (outside `full`).
    opt_in_groups: Vec<String>,
    /// `["client", "full", <opt-in groups>]`: what the generated tests need.
    test_features: String,
}

#[derive(Template)]
#[template(path = "crate/README.md", escape = "none")]
struct Readme<'a> {
    preamble: &'a str,
    crate_name: &'a str,
    lib_name: String,
    title: &'a str,
    spec_name: &'a str,
    env_api_key: &'a str,
    env_base_url: &'a str,
    identity_envs: Vec<(String, String)>,
    with_tests: bool,
    parts: Parts,
    /// Per group, by feature: (`client.<accessor>()`, feature, operation count, WebSocket
    /// endpoints, opt-in).
    groups: Vec<(String, String, usize, usize, bool)>,
    /// The opt-in groups' features, as a list for prose (`` `admin` ``).
    opt_in_list: String,
    /// The group the README's one-group example enables: the one with the most
    /// operations (the first by feature on a tie).
    example_feature: String,
    /// The webhooks: (event union, its first variant and that variant's `type`, the secret's
    /// environment variable), when there are webhooks.
    webhooks: Option<ReadmeWebhooks>,
    /// The spec's helper modules: (name, features, one-line description, README text).
    helpers: Vec<(String, String, String, String)>,
}

/// What the README's webhook section names.
struct ReadmeWebhooks {
    event: String,
    variant: String,
    tag: String,
    env: String,
    count: usize,
}

/// A runtime module: Rust source with the preamble and feature switches filled in.
macro_rules! runtime_modules {
    ($($name:ident => $file:literal),* $(,)?) => {
        $(
            #[derive(Template)]
            #[template(path = $file, escape = "none")]
            #[allow(dead_code)]
            struct $name<'a> {
                preamble: &'a str,
                parts: Parts,
                modules: &'a [&'static Module],
                exports: &'a [Export],
                names: &'a RuntimeNames,
            }
        )*

        /// The runtime modules the crate has (see [`Parts::runtime_modules`]), rendered,
        /// with their paths in the crate.
        fn runtime_files(preamble: &str, parts: Parts, names: &RuntimeNames) -> Result<Vec<(&'static str, String)>> {
            let modules = parts.runtime_modules();
            let exports = parts.runtime_exports();
            let wanted = |path: &str| {
                path == "src/runtime/mod.rs"
                    || modules.iter().any(|m| path.strip_prefix("src/runtime/").and_then(|p| p.strip_suffix(".rs")) == Some(m.name))
            };
            let mut files = Vec::new();
            $(
                let path = concat!("src/", $file);
                if wanted(path) {
                    let body = render_template(path, &$name { preamble, parts, modules: &modules, exports: &exports, names })?;
                    files.push((path, format!("{preamble}\n{body}")));
                }
            )*
            Ok(files)
        }
    };
}

/// The few names of the API the runtime templates spell (most of the runtime is the same
/// for every spec; spec-specific constants go to the emitted `settings.rs`, which only the
/// HTTP client has).
struct RuntimeNames {
    /// The webhooks' event union (`WebhookEvent`), when there are webhooks.
    webhook_event: String,
    /// The environment variable of the webhook secret (`OPENAI_WEBHOOK_SECRET`).
    env_webhook_secret: String,
}

// The single table of runtime files.
runtime_modules! {
    RuntimeMod => "runtime/mod.rs",
    RuntimeCall => "runtime/call.rs",
    RuntimeClient => "runtime/client.rs",
    RuntimeCodec => "runtime/codec.rs",
    RuntimeDownload => "runtime/download.rs",
    RuntimeEncoding => "runtime/encoding.rs",
    RuntimeError => "runtime/error.rs",
    RuntimeMacros => "runtime/macros.rs",
    RuntimeMeta => "runtime/meta.rs",
    RuntimeMultipart => "runtime/multipart.rs",
    RuntimeOutput => "runtime/output.rs",
    RuntimePage => "runtime/page.rs",
    RuntimePagination => "runtime/pagination.rs",
    RuntimeParams => "runtime/params.rs",
    RuntimeRealtime => "runtime/realtime.rs",
    RuntimeRequest => "runtime/request.rs",
    RuntimeRetry => "runtime/retry.rs",
    RuntimeSse => "runtime/sse.rs",
    RuntimeStream => "runtime/stream.rs",
    RuntimeStructured => "runtime/structured.rs",
    RuntimeTransport => "runtime/transport.rs",
    RuntimeUpload => "runtime/upload.rs",
    RuntimeWebhooks => "runtime/webhooks.rs",
}

/// Text for the inside of a TOML basic string (`"..."`): one line, with quotes,
/// backslashes and control characters escaped (a spec title may hold any of them).
fn toml_string_body(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one_line.len());
    for c in one_line.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// Renders a template; askama drops the final newline, so it is put back.
fn render_template(path: &str, template: &impl Template) -> Result<String> {
    template
        .render()
        .map(|text| text + "\n")
        .map_err(|err| Error::Internal { stage: "rendering templates", message: format!("{path}: {err}") })
}

/// `name = ["a", "b"]`, or one item a line where that is over 100 columns.
fn feature_line(name: &str, enables: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let list: Vec<String> = enables.into_iter().map(|f| format!("\"{}\"", f.as_ref())).collect();
    let line = format!("{name} = [{}]", list.join(", "));
    if line.len() <= 100 {
        return line;
    }
    format!("{name} = [\n{}]", list.iter().map(|item| format!("    {item},\n")).collect::<String>())
}

/// The groups' features, sorted, then the `[features]` lines: `full`, each group's and
/// each opt-in part's (`realtime` enables the groups of the WebSocket endpoints).
fn feature_lines(api: &Api, parts: Parts) -> FeatureLines {
    let mut groups: Vec<&str> = api.groups.iter().filter(|g| !g.opt_in).map(|g| g.feature.as_str()).collect();
    groups.sort_unstable();
    let full = feature_line(FULL_FEATURE, &groups);
    let webhooks = api.webhooks.as_ref().map(|w| w.group);
    let mut lines: Vec<(bool, &str, String)> = (api.groups.iter().enumerate())
        .map(|(i, g)| {
            let enables = if Some(i) == webhooks { super::parts::WEBHOOKS_ENABLES } else { &[] };
            (g.opt_in, g.feature.as_str(), feature_line(&g.feature, enables))
        })
        .collect();
    lines.sort();
    let (opt_in_lines, lines): (Vec<_>, Vec<_>) = lines.into_iter().partition(|(opt_in, _, _)| *opt_in);
    let socket_groups: std::collections::BTreeSet<&str> = api
        .websockets
        .iter()
        .filter_map(|w| super::gates::resource_feature(api, super::root_of(api, w.resource)))
        .collect();
    let opt_in = parts
        .cargo_features()
        .into_iter()
        .map(|f: &CargoFeature| {
            let groups = if f.name == Parts::realtime_feature() { socket_groups.clone() } else { Default::default() };
            let enables = groups.into_iter().chain(f.enables.iter().copied());
            (f.doc, feature_line(f.name, enables))
        })
        .collect();
    FeatureLines {
        full,
        groups: lines.into_iter().map(|(_, _, line)| line).collect(),
        opt_in_groups: opt_in_lines.into_iter().map(|(_, _, line)| line).collect(),
        cargo_features: opt_in,
    }
}

/// The `[features]` lines that depend on the spec.
struct FeatureLines {
    /// `full = [...]`: every group but the opt-in ones.
    full: String,
    /// One line per group of `full`, then per opt-in group.
    groups: Vec<String>,
    opt_in_groups: Vec<String>,
    /// The opt-in parts' features: (doc, line).
    cargo_features: Vec<(&'static str, String)>,
}

/// The opt-in groups' features, sorted.
fn opt_in_features(api: &Api) -> Vec<&str> {
    let mut features: Vec<&str> = api.groups.iter().filter(|g| g.opt_in).map(|g| g.feature.as_str()).collect();
    features.sort_unstable();
    features
}

/// The features the generated tests require: the client, `full` and every opt-in group.
fn test_features(opt_in: &[&str]) -> String {
    let features = [super::parts::CLIENT_FEATURE, FULL_FEATURE].into_iter().chain(opt_in.iter().copied());
    let quoted: Vec<String> = features.map(|f| format!("\"{f}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

/// Each group of operations for the README, by feature (the webhooks have their own section).
fn readme_groups(api: &Api) -> Vec<(String, String, usize, usize, bool)> {
    let mut groups: Vec<(String, String, usize, usize, bool)> = api
        .groups
        .iter()
        .filter_map(|g| g.resource.map(|root| (g, root)))
        .map(|(g, root)| {
            let under = |resource: usize| super::root_of(api, resource) == root;
            (
                format!("client.{}()", api.resources[root].accessor),
                g.feature.clone(),
                api.operations.iter().filter(|op| under(op.resource)).count(),
                api.websockets.iter().filter(|w| under(w.resource)).count(),
                g.opt_in,
            )
        })
        .collect();
    groups.sort_by(|a, b| a.1.cmp(&b.1));
    groups
}

/// See `Readme::example_feature`.
fn example_feature(api: &Api) -> String {
    let operations = |g: &crate::ir::Group| {
        api.operations.iter().filter(|op| Some(super::root_of(api, op.resource)) == g.resource).count()
    };
    api.groups
        .iter()
        .filter(|g| !g.opt_in)
        .min_by(|a, b| {
            (std::cmp::Reverse(operations(a)), &a.feature).cmp(&(std::cmp::Reverse(operations(b)), &b.feature))
        })
        .map(|g| g.feature.clone())
        .unwrap_or_default()
}

pub fn render(api: &Api, options: &Options, spec_name: &str, preamble: &str) -> Result<Vec<(PathBuf, String)>> {
    let parts = Parts::of(api);
    let FeatureLines { full, groups, opt_in_groups, cargo_features } = feature_lines(api, parts);
    let opt_in = opt_in_features(api);
    let text = |path: &str, text: String| (PathBuf::from(path), text);
    let cargo = CargoToml {
        preamble,
        crate_name: &options.crate_name,
        version: &options.crate_version,
        description: toml_string_body(&format!(
            "Async Rust client for {}, generated from its OpenAPI description",
            api.info.title
        )),
        standalone: options.standalone,
        with_tests: options.with_tests,
        dependencies: parts.dependencies(),
        client: feature_line(super::parts::CLIENT_FEATURE, parts.client_enables()),
        cargo_features,
        full,
        groups,
        opt_in_groups,
        test_features: test_features(&opt_in),
    };
    let readme = Readme {
        preamble,
        crate_name: &options.crate_name,
        lib_name: options.crate_name.replace('-', "_"),
        title: &api.info.title,
        spec_name,
        env_api_key: &api.client.env_api_key,
        env_base_url: &api.client.env_base_url,
        identity_envs: api.client.identity_headers.iter().map(|h| (h.env.clone(), h.header.clone())).collect(),
        with_tests: options.with_tests,
        parts,
        groups: readme_groups(api),
        opt_in_list: opt_in.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", "),
        example_feature: example_feature(api),
        webhooks: api.webhooks.as_ref().and_then(|w| {
            let first = w.events.first()?;
            Some(ReadmeWebhooks {
                event: api.ty(w.event).name.clone(),
                variant: first.variant.clone(),
                tag: first.tag_values.first().cloned().unwrap_or_default(),
                env: api.client.env_webhook_secret.clone(),
                count: w.events.len(),
            })
        }),
        helpers: api
            .helpers
            .iter()
            .map(|h| {
                let features: Vec<String> = h.features.iter().map(|f| format!("`{f}`")).collect();
                (h.name.clone(), features.join(" + "), h.docs.clone(), h.readme.clone().unwrap_or_default())
            })
            .collect(),
    };
    let mut files = vec![
        text("Cargo.toml", render_template("Cargo.toml", &cargo)?),
        text("README.md", render_template("README.md", &readme)?),
    ];
    let names = RuntimeNames {
        webhook_event: api.webhooks.as_ref().map(|w| api.ty(w.event).name.clone()).unwrap_or_default(),
        env_webhook_secret: api.client.env_webhook_secret.clone(),
    };
    for (path, body) in runtime_files(&format!("// {preamble}"), parts, &names)? {
        files.push(text(path, body));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two root resources, `a` and `admin`, the second opt-in.
    fn rendered() -> (String, String) {
        let get = |path: &str| {
            format!(
                "  /{path}:\n    get:\n      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{type: object}}}}}}}}}}\n"
            )
        };
        let spec = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://example.com'}}]\n\
             x-rust-client: {{opt-in-groups: [admin]}}\npaths:\n{}{}",
            get("a"),
            get("admin")
        );
        let api = crate::lower::lower_text(&spec).0;
        let options = Options { with_tests: true, ..Options::default() };
        let files = render(&api, &options, "spec.yaml", "generated").unwrap();
        let file = |name: &str| files.iter().find(|(p, _)| p == std::path::Path::new(name)).unwrap().1.clone();
        (file("Cargo.toml"), file("README.md"))
    }

    #[test]
    fn an_opt_in_group_is_outside_full_and_required_by_the_generated_tests() {
        let (cargo, readme) = rendered();
        assert!(cargo.contains("\nfull = [\"a\"]\n"), "{cargo}");
        assert!(cargo.contains("\n# Groups outside `full`, built only when named.\nadmin = []\n"), "{cargo}");
        assert!(cargo.contains("required-features = [\"client\", \"full\", \"admin\"]"), "{cargo}");
        assert!(readme.contains("every group but the opt-in ones (`admin`)"), "{readme}");
        assert!(readme.contains("| `client.admin()` | `admin` (opt-in, not in `full`) | 1 |"), "{readme}");
    }
}
