//! The optional parts of the generated crate, in one table. What the API uses (multipart
//! uploads, event streams, binary bodies, pagination, forms, WebSocket sessions) decides
//! which runtime modules ship, which dependencies and dependency features the Cargo.toml
//! lists, what `runtime/mod.rs` and `lib.rs` re-export, and which Cargo feature (and so
//! which `cfg`) gates a part. A spec that needs none of them yields a crate with only the
//! JSON core. Templates read the same [`Parts`] for the few lines inside shared runtime
//! files that mention a part (a `Body::Multipart` arm, say).
//!
//! Every module and dependency is also on one side of a line: the API's types (always
//! built) or the HTTP client (the Cargo feature `client`, on by default). A crate built
//! without `client` is the types alone, with no HTTP, TLS or async dependency.

use std::collections::BTreeMap;

use crate::ir::{Api, Body, BodyKind, ResponseKind};
use crate::lower::{SCHEMARS_FEATURE, WEBHOOKS_FEATURE};

/// Which optional parts the generated crate has. Decided once, by [`Parts::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Parts {
    /// A multipart request body (file uploads).
    pub multipart: bool,
    /// A `text/event-stream` response.
    pub streaming: bool,
    /// A binary response, or a request body of raw bytes.
    pub binary: bool,
    /// A list response that pages by cursor.
    pub pagination: bool,
    /// An `application/x-www-form-urlencoded` request body.
    pub forms: bool,
    /// A WebSocket endpoint (`x-websockets`); behind the opt-in Cargo feature `realtime`.
    pub realtime: bool,
    /// Webhooks (OpenAPI 3.1 `webhooks`): the signature verifier, behind the webhooks'
    /// group feature (`webhooks`, in `full`), which also gates their payload types.
    pub webhooks: bool,
    /// A helper module needs the opt-in feature `schemars`: JSON Schemas from Rust types
    /// in OpenAI's strict form (structured outputs).
    pub schemars: bool,
}

impl Parts {
    pub fn of(api: &Api) -> Parts {
        let body = |pick: fn(&BodyKind) -> bool| {
            api.operations.iter().any(|op| op.body.as_ref().is_some_and(|b: &Body| pick(&b.kind)))
        };
        Parts {
            multipart: body(|kind| matches!(kind, BodyKind::Multipart)),
            streaming: api.operations.iter().any(|op| op.stream.is_some()),
            binary: body(|kind| matches!(kind, BodyKind::Raw(_)))
                || api.operations.iter().any(|op| op.response == ResponseKind::Binary),
            pagination: api.types.iter().any(|t| t.page.is_some()),
            forms: body(|kind| matches!(kind, BodyKind::Form(_))),
            realtime: !api.websockets.is_empty(),
            webhooks: api.webhooks.is_some(),
            schemars: api.helpers.iter().any(|h| h.features.iter().any(|f| f == SCHEMARS_FEATURE)),
        }
    }

    /// The table rows of the parts in use, in table order.
    pub fn in_use(self) -> impl Iterator<Item = &'static Part> {
        PARTS.iter().filter(move |part| (part.used)(&self))
    }

    /// The runtime modules to write (core and in-use parts), by file stem.
    pub fn runtime_modules(self) -> Vec<&'static Module> {
        let mut modules: Vec<&Module> = CORE_MODULES.iter().chain(self.in_use().flat_map(|p| p.modules)).collect();
        modules.sort_by_key(|m| m.name);
        modules
    }

    /// The `(module, names)` that `runtime/mod.rs` re-exports, module by module.
    fn exported(self) -> BTreeMap<&'static str, Vec<&'static str>> {
        let mut by_module: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for &(module, names) in CORE_EXPORTS.iter().chain(self.in_use().flat_map(|part| part.exports)) {
            by_module.entry(module).or_default().extend(names);
        }
        by_module
    }

    /// The `cfg` feature of a runtime module (`None`: always built).
    fn module_cfg(self, name: &str) -> Option<&'static str> {
        self.runtime_modules().into_iter().find(|m| m.name == name).and_then(|m| m.cfg)
    }

    /// `pub use` lines of `runtime/mod.rs`, one per module, under the module's `cfg`, sorted.
    pub fn runtime_exports(self) -> Vec<Export> {
        self.exported()
            .into_iter()
            .map(|(module, mut names)| {
                // rustfmt's order: upper-case names first, then functions.
                names.sort_by_key(|n| (n.starts_with(char::is_lowercase), *n));
                Export { line: use_line(module, &names), cfg: self.module_cfg(module) }
            })
            .collect()
    }

    /// What `lib.rs` re-exports from `runtime`, sorted, each with the `cfg` of the module
    /// that defines it.
    pub fn crate_exports(self) -> Vec<(&'static str, Option<&'static str>)> {
        let exported = self.exported();
        let cfg = |name: &str| {
            let module = exported.iter().find(|(_, names)| names.contains(&name)).map(|(module, _)| *module);
            module.and_then(|m| self.module_cfg(m))
        };
        let mut names: Vec<(&str, Option<&str>)> = CORE_CRATE_EXPORTS
            .iter()
            .copied()
            .chain(self.in_use().flat_map(|p| p.crate_exports.iter().copied()))
            .map(|name| (name, cfg(name)))
            .collect();
        names.sort_unstable();
        names
    }

    /// Every dependency once, sorted by crate, with its specification and whether only the
    /// HTTP client needs it (a crate the types need too is never optional).
    fn crates(self) -> Vec<(&'static str, String, bool)> {
        let mut reqwest: Vec<&str> = REQWEST_FEATURES.to_vec();
        let mut tokio: Vec<&str> = TOKIO_FEATURES.to_vec();
        let mut crates: Vec<(&str, String, bool)> = Vec::new();
        let mut add = |list: &[(&'static str, &str)], client_only: bool| {
            crates.extend(list.iter().map(|&(name, spec)| (name, spec.to_owned(), client_only)));
        };
        add(TYPES_DEPENDENCIES, false);
        add(OPT_IN_DEPENDENCIES, false);
        add(CLIENT_DEPENDENCIES, true);
        for part in self.in_use() {
            reqwest.extend(part.reqwest_features);
            tokio.extend(part.tokio_features);
            add(part.dependencies, false);
            add(part.client_dependencies, true);
        }
        // Each feature once, in the order first asked for.
        let once = |features: &mut Vec<&str>| {
            let mut seen = Vec::new();
            features.retain(|f| {
                if seen.contains(f) {
                    false
                } else {
                    seen.push(*f);
                    true
                }
            });
        };
        once(&mut reqwest);
        once(&mut tokio);
        let list = |features: &[&str]| features.iter().map(|f| format!("\"{f}\"")).collect::<Vec<_>>().join(", ");
        crates.push((
            "reqwest",
            format!("{{ version = \"0.13\", default-features = false, features = [{}] }}", list(&reqwest)),
            true,
        ));
        crates.push(("tokio", format!("{{ version = \"1\", features = [{}] }}", list(&tokio)), true));
        // Types first: a crate both sides use keeps its non-optional entry.
        crates.sort_by(|a, b| (a.0, a.2).cmp(&(b.0, b.2)));
        crates.dedup_by(|later, first| later.0 == first.0);
        crates
    }

    /// The Cargo.toml dependency lines, sorted by crate; the HTTP client's are optional.
    pub fn dependencies(self) -> Vec<String> {
        self.crates()
            .into_iter()
            .map(|(name, spec, client_only)| {
                let spec = if client_only { optional(&spec) } else { spec };
                format!("{name} = {spec}")
            })
            .collect()
    }

    /// What the `client` feature enables: `dep:<crate>` for each of the HTTP client's crates.
    pub fn client_enables(self) -> Vec<String> {
        self.crates().into_iter().filter(|c| c.2).map(|(name, _, _)| format!("dep:{name}")).collect()
    }

    /// The `[features]` entries besides `default`: the opt-in parts.
    pub fn cargo_features(self) -> Vec<&'static CargoFeature> {
        self.in_use().filter_map(|p| p.cargo_feature.as_ref()).collect()
    }

    /// The Cargo feature that gates WebSocket sessions, for the emitters' `cfg`s.
    pub fn realtime_feature() -> &'static str {
        REALTIME_FEATURE.name
    }
}

/// One optional part: when the crate has it, and what it brings.
pub struct Part {
    pub used: fn(&Parts) -> bool,
    pub modules: &'static [Module],
    /// `(crate, Cargo.toml specification)`, needed by the types too.
    pub dependencies: &'static [(&'static str, &'static str)],
    /// `(crate, Cargo.toml specification)`, optional: only the HTTP client uses them.
    pub client_dependencies: &'static [(&'static str, &'static str)],
    pub reqwest_features: &'static [&'static str],
    pub tokio_features: &'static [&'static str],
    /// `(runtime module, names)` re-exported by `runtime/mod.rs`.
    pub exports: &'static [(&'static str, &'static [&'static str])],
    /// Names `lib.rs` re-exports from `runtime`.
    pub crate_exports: &'static [&'static str],
    /// An opt-in Cargo feature gating the part (its modules and re-exports get the `cfg`).
    pub cargo_feature: Option<CargoFeature>,
}

/// A runtime module file (`src/runtime/<name>.rs`).
#[derive(Debug)]
pub struct Module {
    pub name: &'static str,
    /// `pub ` when the module's own path is public API (not only its re-exports),
    /// `pub(crate) ` when generated types name its items, else empty.
    pub visibility: &'static str,
    /// The feature that builds it: `client` for the HTTP client's modules, the part's
    /// opt-in feature, or `None` for the modules the types use.
    pub cfg: Option<&'static str>,
    /// Attribute lines before the `mod` line.
    pub attributes: &'static str,
}

/// A Cargo feature of the generated crate.
#[derive(Debug)]
pub struct CargoFeature {
    pub name: &'static str,
    pub doc: &'static str,
    /// What it enables (`dep:..`, `crate/feature`), besides the groups it needs.
    pub enables: &'static [&'static str],
}

/// A `pub use` item of `runtime/mod.rs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// The item as rustfmt prints it (one line, or a list filled to 100 columns).
    pub line: String,
    pub cfg: Option<&'static str>,
}

/// `pub use module::{A, B};` laid out the way rustfmt does, so the runtime reads as if
/// formatted by hand.
fn use_line(module: &str, names: &[&str]) -> String {
    const WIDTH: usize = 100;
    let one_line = match names {
        [name] => format!("pub use {module}::{name};"),
        _ => format!("pub use {module}::{{{}}};", names.join(", ")),
    };
    if one_line.len() <= WIDTH {
        return one_line;
    }
    let mut out = format!("pub use {module}::{{\n");
    let mut line = String::from("   ");
    for name in names {
        if line.len() + 1 + name.len() + 1 > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = String::from("   ");
        }
        line.push(' ');
        line.push_str(name);
        line.push(',');
    }
    out.push_str(&line);
    out.push_str("\n};");
    out
}

/// `{ version = .., optional = true, .. }` from a specification (`"1"` or `{ version = .., .. }`).
fn optional(spec: &str) -> String {
    match spec.strip_prefix("{ ").and_then(|rest| rest.split_once(", ")) {
        Some((version, rest)) => format!("{{ {version}, optional = true, {rest}"),
        None => match spec.strip_prefix("{ ").and_then(|rest| rest.strip_suffix(" }")) {
            Some(version) => format!("{{ {version}, optional = true }}"),
            None => format!("{{ version = {spec}, optional = true }}"),
        },
    }
}

/// The Cargo feature of the HTTP client (`Client`, resources, calls), on by default.
pub const CLIENT_FEATURE: &str = "client";

/// A module of the HTTP client, built with `client`.
const fn module(name: &'static str) -> Module {
    Module { name, visibility: "", cfg: Some(CLIENT_FEATURE), attributes: "" }
}

/// A module the generated types use, always built.
const fn types_module(name: &'static str, visibility: &'static str, attributes: &'static str) -> Module {
    Module { name, visibility, cfg: None, attributes }
}

/// Modules every crate has: the client, calls and retries, JSON decoding, errors,
/// parameter encoding.
const CORE_MODULES: &[Module] = &[
    module("call"),
    module("client"),
    // The generated types' forgiving decoders (`crate::runtime::codec::null_as_default`).
    types_module(
        "codec",
        "pub(crate) ",
        "#[allow(dead_code)] // which decoders a crate calls depends on its schemas\n",
    ),
    module("encoding"),
    module("error"),
    types_module("macros", "", ""),
    module("meta"),
    module("output"),
    module("params"),
    module("request"),
    module("retry"),
    module("settings"),
    module("transport"),
];

const CORE_EXPORTS: &[(&str, &[&str])] = &[
    ("call", &["Call"]),
    // Public for JSON that arrives some other way (a webhook body, a stored response).
    ("codec", &["DecodeError", "Nullable", "decode_json"]),
    (
        "client",
        &[
            "ApiKey",
            "AuthScheme",
            "Client",
            "ClientBuilder",
            "DEFAULT_CONNECT_TIMEOUT",
            "DEFAULT_MAX_RETRIES",
            "DEFAULT_TIMEOUT",
            "IdentityHeader",
        ],
    ),
    ("error", &["ApiError", "Error", "Result"]),
    ("meta", &["RateLimits", "ResetTime", "ResponseMeta"]),
    ("output", &["Empty", "Json", "Output", "Text"]),
    ("params", &["Style"]),
    ("request", &["QueryPairs", "RequestSpec", "encode_path"]),
];

const CORE_CRATE_EXPORTS: &[&str] = &["Call", "Client", "ClientBuilder", "Error", "ResponseMeta", "Result"];

/// What the types need: serde, and the decoders' path tracking.
const TYPES_DEPENDENCIES: &[(&str, &str)] = &[
    ("serde", "{ version = \"1\", features = [\"derive\"] }"),
    ("serde_json", "\"1\""),
    ("serde_path_to_error", "\"0.1\""),
];

/// The client's opt-in crates (TLS choices, tracing): optional already, each enabled by
/// its own feature (which enables `client`), so `client` itself does not name them.
const OPT_IN_DEPENDENCIES: &[(&str, &str)] = &[
    // Spans and events of the client's calls (the feature `tracing`).
    ("tracing", "{ version = \"0.1\", optional = true, default-features = false, features = [\"std\"] }"),
    ("rustls-graviola", "{ version = \"0.4\", optional = true }"),
    ("webpki-root-certs", "{ version = \"1\", optional = true }"),
];

/// What the HTTP client needs besides `reqwest` and `tokio`.
const CLIENT_DEPENDENCIES: &[(&str, &str)] = &[
    ("bytes", "\"1\""),
    ("percent-encoding", "\"2\""),
    // TLS (docs/decisions.md): rustls without a built-in crypto provider, graviola (pure
    // Rust) installed by `ClientBuilder::build` unless the application installed another.
    ("rustls", "{ version = \"0.23\", default-features = false, features = [\"std\", \"tls12\"] }"),
];

// Not `charset` (its `encoding_rs` is a large build; bodies are decoded as UTF-8 here) and
// not `http2` (a feature of the generated crate): docs/decisions.md.
const REQWEST_FEATURES: &[&str] = &["rustls-no-provider", "system-proxy"];
const TOKIO_FEATURES: &[&str] = &["time"];

const REALTIME_FEATURE: CargoFeature = CargoFeature {
    name: "realtime",
    doc: "The Realtime API over WebSocket.",
    enables: &[CLIENT_FEATURE, "dep:tokio-tungstenite", "futures-util/sink", "tokio/net"],
};

const FUTURES_UTIL: (&str, &str) =
    ("futures-util", "{ version = \"0.3\", default-features = false, features = [\"std\"] }");
const FUTURES_CORE: (&str, &str) = ("futures-core", "\"0.3\"");
const FUTURES: &[(&str, &str)] = &[FUTURES_CORE, FUTURES_UTIL];

/// What the webhooks' group feature enables besides its types: the verifier's crypto
/// crates (RustCrypto's, pure Rust; docs/decisions.md).
pub const WEBHOOKS_ENABLES: &[&str] = &["dep:hmac", "dep:sha2"];

const SCHEMARS: CargoFeature = CargoFeature {
    name: SCHEMARS_FEATURE,
    doc: "JSON Schemas derived from Rust types (the `schemars` crate), in the strict form structured outputs need.",
    enables: &["dep:schemars"],
};

/// The table.
const PARTS: &[Part] = &[
    Part {
        used: |p| p.multipart,
        // `FileUpload` and `MultipartForm` are types; sending them is the client's, and so
        // is streaming a file, reader or stream into a part (`upload`).
        modules: &[types_module("multipart", "", ""), module("upload")],
        dependencies: &[("base64", "\"0.22\""), ("bytes", "\"1\"")],
        client_dependencies: &[FUTURES_CORE],
        reqwest_features: &["multipart", "stream"],
        tokio_features: &["fs"],
        exports: &[("multipart", &["FileUpload", "MultipartForm", "ToMultipart"])],
        crate_exports: &["FileUpload"],
        cargo_feature: None,
    },
    Part {
        used: |p| p.streaming,
        // Stream event types decode through `crate::runtime::sse::decode_enveloped`.
        modules: &[
            types_module(
                "sse",
                "pub(crate) ",
                "#[allow(dead_code)] // a spec's event types use one of its decoders or both\n",
            ),
            module("stream"),
        ],
        dependencies: &[],
        client_dependencies: FUTURES,
        reqwest_features: &["stream"],
        tokio_features: &[],
        exports: &[
            ("error", &["IncompleteStream", "StreamError"]),
            ("output", &["Sse"]),
            ("sse", &["Accumulate", "StreamEnd", "StreamEvent"]),
            ("stream", &["Accumulator", "EventStream"]),
        ],
        crate_exports: &["EventStream"],
        cargo_feature: None,
    },
    Part {
        used: |p| p.binary,
        // `Call<Binary>::download`: the body as a stream, or written to a file.
        modules: &[module("download")],
        dependencies: &[],
        client_dependencies: &[FUTURES_CORE],
        reqwest_features: &["stream"],
        tokio_features: &["fs", "io-util"],
        exports: &[("download", &["Download"]), ("output", &["Binary"])],
        crate_exports: &["Download"],
        cargo_feature: None,
    },
    Part {
        // The `Page` trait of list types, and streams of pages (sharing the futures crates
        // with event streams).
        used: |p| p.pagination,
        modules: &[types_module("page", "", ""), module("pagination")],
        dependencies: &[],
        client_dependencies: FUTURES,
        reqwest_features: &[],
        tokio_features: &[],
        exports: &[("page", &["Page"]), ("pagination", &["ResultStream"])],
        crate_exports: &[],
        cargo_feature: None,
    },
    Part {
        used: |p| p.realtime,
        modules: &[Module { name: "realtime", visibility: "pub ", cfg: Some(REALTIME_FEATURE.name), attributes: "" }],
        dependencies: &[(
            "tokio-tungstenite",
            "{ version = \"0.30\", optional = true, default-features = false, features = [\"connect\", \"rustls-tls-native-roots\"] }",
        )],
        client_dependencies: &[FUTURES_UTIL],
        reqwest_features: &[],
        tokio_features: &[],
        exports: &[("realtime", &["RealtimeReceiver", "RealtimeSender", "RealtimeSession"])],
        crate_exports: &[],
        cargo_feature: Some(REALTIME_FEATURE),
    },
    Part {
        // The verifier is a types-side module (a server without the HTTP client receives
        // webhooks too), built with the webhooks' group feature, which enables its crates.
        used: |p| p.webhooks,
        modules: &[Module { name: "webhooks", visibility: "", cfg: Some(WEBHOOKS_FEATURE), attributes: "" }],
        dependencies: &[
            ("base64", "\"0.22\""),
            ("hmac", "{ version = \"0.13\", optional = true }"),
            ("sha2", "{ version = \"0.11\", optional = true, default-features = false }"),
        ],
        client_dependencies: &[],
        reqwest_features: &[],
        tokio_features: &[],
        exports: &[("webhooks", &["DEFAULT_WEBHOOK_TOLERANCE", "WebhookError", "WebhookHeaders", "Webhooks"])],
        crate_exports: &["WebhookError", "Webhooks"],
        cargo_feature: None,
    },
    Part {
        // Types-side: a schema is data, and parsing a model's answer needs no HTTP client.
        used: |p| p.schemars,
        modules: &[Module { name: "structured", visibility: "", cfg: Some(SCHEMARS_FEATURE), attributes: "" }],
        dependencies: &[(
            "schemars",
            "{ version = \"1\", optional = true, default-features = false, features = [\"std\", \"derive\"] }",
        )],
        client_dependencies: &[],
        reqwest_features: &[],
        tokio_features: &[],
        exports: &[(
            "structured",
            &["OutputError", "SchemaError", "StrictSchema", "make_strict", "parse_output", "strict_schema"],
        )],
        crate_exports: &[],
        cargo_feature: Some(SCHEMARS),
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    fn parts_of(paths: &str) -> Parts {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://example.com'}}]\npaths:\n{paths}"
        );
        Parts::of(&crate::lower::lower_text(&text).0)
    }

    const JSON_ONLY: &str = "  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {x: {type: string}}}\n";

    #[test]
    fn a_json_only_spec_needs_no_optional_part() {
        let parts = parts_of(JSON_ONLY);
        assert_eq!(parts, Parts::default());
        let modules: Vec<&str> = parts.runtime_modules().iter().map(|m| m.name).collect();
        assert_eq!(modules, CORE_MODULES.iter().map(|m| m.name).collect::<Vec<_>>());
        let dependencies = parts.dependencies().join("\n");
        for absent in ["base64", "futures", "tokio-tungstenite", "\"multipart\"", "\"stream\"", "\"fs\""] {
            assert!(!dependencies.contains(absent), "{absent} in {dependencies}");
        }
        assert!(parts.cargo_features().is_empty());
        let client = Some(CLIENT_FEATURE);
        assert_eq!(
            parts.crate_exports(),
            ["Call", "Client", "ClientBuilder", "Error", "ResponseMeta", "Result"].map(|name| (name, client))
        );
    }

    #[test]
    fn the_http_client_is_optional_and_the_types_need_none_of_it() {
        let parts = Parts { multipart: true, streaming: true, pagination: true, ..Parts::default() };
        let dependency = |name: &str| {
            let lines = parts.dependencies();
            lines.iter().find(|l| l.starts_with(&format!("{name} = "))).cloned().unwrap_or_default()
        };
        assert_eq!(
            dependency("reqwest"),
            "reqwest = { version = \"0.13\", optional = true, default-features = false, features = \
             [\"rustls-no-provider\", \"system-proxy\", \"multipart\", \"stream\"] }"
        );
        assert_eq!(dependency("futures-core"), "futures-core = { version = \"0.3\", optional = true }");
        assert_eq!(dependency("serde_json"), "serde_json = \"1\"");
        // Both sides use `bytes` (`FileUpload` holds it): never optional.
        assert_eq!(dependency("bytes"), "bytes = \"1\"");
        assert_eq!(
            parts.client_enables(),
            ["dep:futures-core", "dep:futures-util", "dep:percent-encoding", "dep:reqwest", "dep:rustls", "dep:tokio"]
        );
        assert_eq!(optional("{ version = \"1\" }"), "{ version = \"1\", optional = true }");

        let cfg = |module: &str| parts.runtime_modules().into_iter().find(|m| m.name == module).unwrap().cfg;
        for types_side in ["codec", "macros", "multipart", "page", "sse"] {
            assert_eq!(cfg(types_side), None, "{types_side}");
        }
        for client_side in ["call", "client", "error", "pagination", "request", "stream", "transport"] {
            assert_eq!(cfg(client_side), Some(CLIENT_FEATURE), "{client_side}");
        }
        let exports = parts.runtime_exports();
        let export = |line: &str| exports.iter().find(|e| e.line == line).map(|e| e.cfg);
        assert_eq!(export("pub use page::Page;"), Some(None));
        assert_eq!(export("pub use pagination::ResultStream;"), Some(Some(CLIENT_FEATURE)));
        assert_eq!(export("pub use codec::{DecodeError, Nullable, decode_json};"), Some(None));
        let crate_exports = parts.crate_exports();
        assert!(
            crate_exports.contains(&("FileUpload", None))
                && crate_exports.contains(&("EventStream", Some(CLIENT_FEATURE)))
        );
    }

    #[test]
    fn each_part_brings_its_modules_dependencies_and_exports() {
        let streaming = JSON_ONLY.replace("application/json", "text/event-stream");
        let parts = parts_of(&streaming);
        assert_eq!(parts, Parts { streaming: true, ..Parts::default() });
        let modules: Vec<&str> = parts.runtime_modules().iter().map(|m| m.name).collect();
        assert!(modules.contains(&"sse") && modules.contains(&"stream") && !modules.contains(&"multipart"));
        let dependencies = parts.dependencies();
        assert_eq!(dependencies.iter().filter(|d| d.starts_with("futures-util")).count(), 1, "{dependencies:?}");
        assert!(dependencies.iter().any(|d| d.starts_with("reqwest") && d.contains("\"stream\"")));
        assert!(parts.crate_exports().contains(&("EventStream", Some(CLIENT_FEATURE))));
        let exports = parts.runtime_exports();
        assert!(
            exports
                .iter()
                .any(|e| e.line == "pub use error::{ApiError, Error, IncompleteStream, Result, StreamError};")
        );

        let all = Parts {
            multipart: true,
            streaming: true,
            binary: true,
            pagination: true,
            forms: true,
            realtime: true,
            webhooks: true,
            schemars: true,
        };
        let features = all.cargo_features();
        assert_eq!(features.iter().map(|f| f.name).collect::<Vec<_>>(), [Parts::realtime_feature(), SCHEMARS_FEATURE]);
        let realtime = all.runtime_modules().into_iter().find(|m| m.name == "realtime").unwrap();
        assert_eq!(realtime.cfg, Some(Parts::realtime_feature()));
    }

    #[test]
    fn group_features_never_take_a_name_the_crate_declares_or_depends_on() {
        let reserved = crate::lower::RESERVED_FEATURES;
        // The template's own features: `name = [` lines of its `[features]` table.
        let template = include_str!("../../templates/crate/Cargo.toml");
        let table = &template[template.find("[features]").unwrap()..template.find("[dependencies]").unwrap()];
        let declared = (table.lines().filter(|l| !l.starts_with(['#', '{'])))
            .filter_map(|l| l.split_once(" = [").map(|(name, _)| name.trim()));
        let all = Parts {
            multipart: true,
            streaming: true,
            binary: true,
            pagination: true,
            forms: true,
            realtime: true,
            webhooks: true,
            schemars: true,
        };
        let parts = PARTS.iter().filter_map(|p| p.cargo_feature.as_ref()).map(|f| f.name);
        let dependencies = all.dependencies();
        let crates = dependencies.iter().map(|line| line.split_once(" = ").unwrap().0);
        let fixed = [crate::lower::FULL_FEATURE, CLIENT_FEATURE, WEBHOOKS_FEATURE];
        for name in declared.chain(parts).chain(crates).chain(fixed) {
            assert!(reserved.contains(&name), "{name} is not in RESERVED_FEATURES");
        }
    }

    #[test]
    fn long_use_lists_wrap_like_rustfmt() {
        let names = [
            "ApiKey",
            "AuthScheme",
            "Client",
            "ClientBuilder",
            "DEFAULT_CONNECT_TIMEOUT",
            "DEFAULT_MAX_RETRIES",
            "DEFAULT_TIMEOUT",
            "IdentityHeader",
        ];
        assert_eq!(
            use_line("client", &names),
            "pub use client::{\n    ApiKey, AuthScheme, Client, ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RETRIES,\n    DEFAULT_TIMEOUT, IdentityHeader,\n};"
        );
        assert_eq!(use_line("call", &["Call"]), "pub use call::Call;");
    }
}
