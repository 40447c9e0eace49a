//! The API diff: two surfaces ([`crate::surface`]) → the changes a user of the generated
//! crate sees, each marked breaking or compatible under semver, and the version bump they
//! imply. The verdicts judge user code of the generated crate — what stops compiling or
//! behaves differently — given the crate's promises: decoding is forward compatible (an
//! unknown enum value lands in `Other`, an unknown union variant in `Unknown`, an unknown
//! field is ignored), so user code matches enums and unions with a wildcard arm, and builds
//! request types with `new(..)` and setters (or `..Default::default()`), never with an
//! exhaustive struct literal or pattern. The rule table is [`Kind::bump`], written out in
//! `docs/api-diff.md`.
//!
//! Items are matched by stable identities: an operation by HTTP method and path template
//! (parameter names aside), then by operationId, then by Rust method; a type by name, then
//! by the schema it came from (a rename); a field by wire name, then by Rust name; an enum
//! value by value; a union variant by name, then by a shared tag or type.

mod operations;
mod render;
mod types;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::surface::{ApiSurface, Surface};

/// The version of the JSON report's schema (`docs/api-diff.md`).
pub const REPORT_VERSION: u32 = 1;

/// Whether user code of the generated crate survives a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Compatible,
    Breaking,
}

/// A semver bump, least first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// Nothing a user can name changed.
    None,
    /// Compatible, adds nothing (a path moved on the server, an operationId changed).
    Patch,
    /// Compatible additions (an operation, a field, an enum value), deprecations.
    Minor,
    /// Breaking.
    Major,
}

impl Bump {
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// Which part of the API a change is in; the report's sections, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Client,
    Feature,
    Operation,
    Websocket,
    Type,
}

macro_rules! kinds {
    ($($(#[$doc:meta])* $kind:ident = $name:literal => $bump:ident,)*) => {
        /// What changed. Each kind has one verdict, except where its doc says it depends
        /// on the item (then the default here is the compatible one's bump).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
        pub enum Kind {
            $($(#[$doc])* #[serde(rename = $name)] $kind,)*
        }

        impl Kind {
            /// Every kind, in the order of the rule table.
            pub const ALL: &'static [Kind] = &[$(Kind::$kind,)*];

            /// Its name in the JSON report.
            pub fn name(self) -> &'static str {
                match self {
                    $(Kind::$kind => $name,)*
                }
            }

            /// The bump the kind implies by itself: the rule table.
            pub fn bump(self) -> Bump {
                match self {
                    $(Kind::$kind => Bump::$bump,)*
                }
            }
        }
    };
}

kinds! {
    /// A `from_env` constructor reads another environment variable (and works without it).
    EnvAdded = "env_added" => Minor,
    /// A `from_env` constructor no longer reads an environment variable: deployments that
    /// set it lose what it set.
    EnvRemoved = "env_removed" => Major,
    /// The default server address changed: the crate calls the API where it now is.
    BaseUrlChanged = "base_url_changed" => Patch,
    /// How the key is sent changed; `api_key(..)` and `from_env` stay.
    AuthChanged = "auth_changed" => Patch,
    IdentityHeaderAdded = "identity_header_added" => Minor,
    IdentityHeaderRemoved = "identity_header_removed" => Major,
    FeatureAdded = "feature_added" => Minor,
    FeatureRemoved = "feature_removed" => Major,
    /// A group left `full` (and the default features): builds that relied on it lose it.
    FeatureOptIn = "feature_opt_in" => Major,
    FeatureInFull = "feature_in_full" => Minor,
    OperationAdded = "operation_added" => Minor,
    OperationRemoved = "operation_removed" => Major,
    /// The Rust method changed name (or resource).
    MethodRenamed = "method_renamed" => Major,
    /// The HTTP method or path changed; the Rust method is the same and calls the new place.
    PathChanged = "path_changed" => Patch,
    /// The operationId changed (the names derived from it, such as the parameters' struct,
    /// are changes of their own).
    OperationIdChanged = "operation_id_changed" => Patch,
    /// Breaking when the parameter is required (a new argument of the method or of the
    /// parameters' `new(..)`).
    ParamAdded = "param_added" => Minor,
    ParamRemoved = "param_removed" => Major,
    ParamTypeChanged = "param_type_changed" => Major,
    ParamRequired = "param_required" => Major,
    ParamOptional = "param_optional" => Major,
    /// Moved between the path (a method argument) and the query, headers or cookies (a
    /// field of the parameters' struct).
    ParamMoved = "param_moved" => Major,
    /// Compatible for a path parameter (arguments are positional); breaking for a field of
    /// the parameters' struct.
    ParamRenamed = "param_renamed" => Patch,
    /// The path parameters, which are positional arguments, changed order.
    PathParamsReordered = "path_params_reordered" => Major,
    /// The method gained a `params` argument.
    ParamsArgumentAdded = "params_argument_added" => Major,
    ParamsArgumentRemoved = "params_argument_removed" => Major,
    ParamsTypeRenamed = "params_type_renamed" => Major,
    BodyAdded = "body_added" => Major,
    BodyRemoved = "body_removed" => Major,
    BodyTypeChanged = "body_type_changed" => Major,
    /// Compatible between JSON and a form and between two raw content types (the request
    /// type stays serializable); breaking to or from multipart (which has no serde
    /// derives) or raw (which takes bytes).
    BodyKindChanged = "body_kind_changed" => Patch,
    /// What the method's `Call` yields changed.
    ResponseChanged = "response_changed" => Major,
    /// A `<method>_stream` method was added.
    StreamAdded = "stream_added" => Minor,
    StreamRemoved = "stream_removed" => Major,
    StreamMethodRenamed = "stream_method_renamed" => Major,
    StreamEventChanged = "stream_event_changed" => Major,
    /// The method now returns the event stream.
    NowStreamOnly = "now_stream_only" => Major,
    /// The method no longer returns the event stream.
    NoLongerStreamOnly = "no_longer_stream_only" => Major,
    PaginationAdded = "pagination_added" => Minor,
    PaginationRemoved = "pagination_removed" => Major,
    /// Marked `#[deprecated]` (an operation, type or field): warnings, not errors.
    Deprecated = "deprecated" => Minor,
    Undeprecated = "undeprecated" => Patch,
    WebsocketAdded = "websocket_added" => Minor,
    WebsocketRemoved = "websocket_removed" => Major,
    /// Its method, arguments or event types changed.
    WebsocketChanged = "websocket_changed" => Major,
    TypeAdded = "type_added" => Minor,
    TypeRemoved = "type_removed" => Major,
    TypeRenamed = "type_renamed" => Major,
    /// A struct became an enum, a union an alias, ...
    KindChanged = "kind_changed" => Major,
    /// Now carried by requests: gains `new(..)` and setters.
    NowInput = "now_input" => Minor,
    /// No longer carried by requests: loses `new(..)` and setters.
    NoLongerInput = "no_longer_input" => Major,
    /// Breaking in a request type when it is required (`new(..)` takes it); compatible
    /// otherwise, and in response types always (decoding fills in a missing field).
    FieldAdded = "field_added" => Minor,
    FieldRemoved = "field_removed" => Major,
    FieldTypeChanged = "field_type_changed" => Major,
    /// `Option<T>` → `T`: in a request type `new(..)` takes it, in a response type reads change.
    FieldRequired = "field_required" => Major,
    /// `T` → `Option<T>`: reads and `new(..)` change.
    FieldOptional = "field_optional" => Major,
    /// The Rust field name changed.
    FieldRenamed = "field_renamed" => Major,
    /// Only the wire name changed; the Rust field keeps its name.
    FieldWireRenamed = "field_wire_renamed" => Patch,
    SetterAdded = "setter_added" => Minor,
    SetterRemoved = "setter_removed" => Major,
    SetterRenamed = "setter_renamed" => Major,
    /// `new(..)` changed in a way its fields' changes do not say (arguments reordered, a
    /// field now filled in by `Default`).
    ConstructorChanged = "constructor_changed" => Major,
    ExtraPropertiesAdded = "extra_properties_added" => Minor,
    ExtraPropertiesRemoved = "extra_properties_removed" => Major,
    ExtraPropertiesChanged = "extra_properties_changed" => Major,
    /// Decoded into `Other` by older clients; user code already has a wildcard arm.
    ValueAdded = "value_added" => Minor,
    ValueRemoved = "value_removed" => Major,
    /// The variant of a value changed name.
    ValueRenamed = "value_renamed" => Major,
    /// `Default::default()` gives another value.
    DefaultChanged = "default_changed" => Major,
    /// Decoded into `Unknown`/`Other` by older clients; user code already has a wildcard arm.
    VariantAdded = "variant_added" => Minor,
    VariantRemoved = "variant_removed" => Major,
    VariantRenamed = "variant_renamed" => Major,
    VariantTypeChanged = "variant_type_changed" => Major,
    VariantTagAdded = "variant_tag_added" => Minor,
    /// Values with that tag no longer decode into the variant.
    VariantTagRemoved = "variant_tag_removed" => Major,
    /// The property a tagged union dispatches on changed.
    TagChanged = "tag_changed" => Major,
    AliasChanged = "alias_changed" => Major,
}

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub area: Area,
    /// The operation (`POST /files`), type (`CreateFileRequest`), feature, WebSocket path, or
    /// `client`.
    pub subject: String,
    /// The operation's Rust method (`files.create`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust: Option<String>,
    /// The field, parameter, value or variant, when the change is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub kind: Kind,
    pub verdict: Verdict,
    pub bump: Bump,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// The change in words, for the text report.
    pub message: String,
}

impl Change {
    fn new(area: Area, subject: impl Into<String>, kind: Kind, message: impl Into<String>) -> Change {
        let bump = kind.bump();
        Change {
            area,
            subject: subject.into(),
            rust: None,
            item: None,
            kind,
            verdict: if bump == Bump::Major { Verdict::Breaking } else { Verdict::Compatible },
            bump,
            before: None,
            after: None,
            message: message.into(),
        }
    }

    fn rust(mut self, rust: impl Into<String>) -> Change {
        self.rust = Some(rust.into());
        self
    }

    fn item(mut self, item: impl Into<String>) -> Change {
        self.item = Some(item.into());
        self
    }

    fn before(mut self, before: impl Into<String>) -> Change {
        self.before = Some(before.into());
        self
    }

    fn after(mut self, after: impl Into<String>) -> Change {
        self.after = Some(after.into());
        self
    }

    /// Breaking, for the kinds whose verdict depends on the item.
    fn breaking_if(mut self, breaking: bool) -> Change {
        if breaking {
            self.verdict = Verdict::Breaking;
            self.bump = Bump::Major;
        }
        self
    }
}

/// The changes between two surfaces.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub report_version: u32,
    pub old: ApiSurface,
    pub new: ApiSurface,
    /// The bump the changes imply together: the largest of theirs.
    pub bump: Bump,
    pub breaking: usize,
    pub compatible: usize,
    /// By area, then subject, then in the order they were found.
    pub changes: Vec<Change>,
}

impl Report {
    pub fn is_breaking(&self) -> bool {
        self.breaking > 0
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The report for people: one line per change, by section, then the bump.
    pub fn to_text(&self) -> String {
        render::text(self)
    }

    /// The report for programs (`docs/api-diff.md` documents the schema).
    pub fn to_json(&self) -> String {
        render::json(self)
    }
}

/// The report between the API a generated crate in `dir` (called `shown` in messages) was
/// generated from — its `api-surface.json` — and `new`, as text; a note instead when the
/// crate has no surface (it was written before the generator wrote one) or an unreadable one.
pub fn against_generated(dir: &std::path::Path, shown: &str, new: &Surface) -> String {
    match crate::surface::read_committed(dir) {
        Ok(Some(old)) => diff(&old, new).to_text(),
        Ok(None) => format!(
            "API changes: not known ({shown} has no {}: it was generated before the generator wrote one)\n",
            crate::surface::SURFACE_FILE
        ),
        Err(err) => format!("API changes: not known ({err})\n"),
    }
}

/// Compares two surfaces.
pub fn diff(old: &Surface, new: &Surface) -> Report {
    let renames = types::renames(old, new);
    let mut changes = Vec::new();
    client(old, new, &mut changes);
    features(old, new, &mut changes);
    operations::compare(old, new, &renames, &mut changes);
    operations::compare_websockets(old, new, &renames, &mut changes);
    types::compare(old, new, &renames, &mut changes);
    // Areas were compared in order and subjects sorted within each: a stable sort by area
    // keeps both.
    changes.sort_by_key(|c| c.area);
    let breaking = changes.iter().filter(|c| c.verdict == Verdict::Breaking).count();
    Report {
        report_version: REPORT_VERSION,
        old: old.api.clone(),
        new: new.api.clone(),
        bump: changes.iter().map(|c| c.bump).max().unwrap_or(Bump::None),
        breaking,
        compatible: changes.len() - breaking,
        changes,
    }
}

fn client(old: &Surface, new: &Surface, out: &mut Vec<Change>) {
    let (a, b) = (&old.client, &new.client);
    let change = |kind, what: &str, before: &str, after: &str| {
        let message = format!("{what}: {before} → {after}");
        Change::new(Area::Client, "client", kind, message).before(before).after(after)
    };
    if a.base_url != b.base_url {
        out.push(change(Kind::BaseUrlChanged, "default base URL", &a.base_url, &b.base_url));
    }
    if a.auth != b.auth {
        out.push(change(Kind::AuthChanged, "authentication", &a.auth, &b.auth));
    }
    for var in b.env.iter().filter(|v| !a.env.contains(v)) {
        let message = format!("environment variable `{var}` added");
        out.push(Change::new(Area::Client, "client", Kind::EnvAdded, message).item(var));
    }
    for var in a.env.iter().filter(|v| !b.env.contains(v)) {
        let message = format!("environment variable `{var}` no longer read");
        out.push(Change::new(Area::Client, "client", Kind::EnvRemoved, message).item(var));
    }
    for header in b.identity_headers.iter().filter(|h| !a.identity_headers.contains(h)) {
        let message = format!("identity header setter `ClientBuilder::{header}` added");
        out.push(Change::new(Area::Client, "client", Kind::IdentityHeaderAdded, message).item(header));
    }
    for header in a.identity_headers.iter().filter(|h| !b.identity_headers.contains(h)) {
        let message = format!("identity header setter `ClientBuilder::{header}` removed");
        out.push(Change::new(Area::Client, "client", Kind::IdentityHeaderRemoved, message).item(header));
    }
}

fn features(old: &Surface, new: &Surface, out: &mut Vec<Change>) {
    let before: BTreeMap<&str, bool> = old.features.iter().map(|f| (f.name.as_str(), f.opt_in)).collect();
    let after: BTreeMap<&str, bool> = new.features.iter().map(|f| (f.name.as_str(), f.opt_in)).collect();
    let names: std::collections::BTreeSet<&str> = before.keys().chain(after.keys()).copied().collect();
    for name in names {
        let change = |kind, message: &str| Change::new(Area::Feature, name, kind, message);
        match (before.get(name), after.get(name)) {
            (None, Some(opt_in)) => {
                let message = if *opt_in { "feature added (opt-in, not in `full`)" } else { "feature added" };
                out.push(change(Kind::FeatureAdded, message));
            }
            (Some(_), None) => out.push(change(Kind::FeatureRemoved, "feature removed")),
            (Some(false), Some(true)) => {
                out.push(change(Kind::FeatureOptIn, "now opt-in: no longer in `full` nor the default features"));
            }
            (Some(true), Some(false)) => {
                out.push(change(Kind::FeatureInFull, "now in `full` and the default features"))
            }
            _ => {}
        }
    }
}

/// `T` with the type names that were renamed spelled as they are now, so that a renamed
/// type is reported once, not again at every use.
/// Pairs the items of `old` and `new` that stand for each other: each rule in turn pairs
/// every item still unpaired in `old` with the first unpaired item of `new` it accepts.
/// Returns the pairs, then what is left of `old` (removed) and of `new` (added).
fn pair_up<'a, T>(old: &'a [T], new: &'a [T], rules: &[&Rule<'_, T>]) -> Paired<'a, T> {
    let mut removed: Vec<&T> = old.iter().collect();
    let mut added: Vec<&T> = new.iter().collect();
    let mut pairs = Vec::new();
    for rule in rules {
        removed.retain(|a| match added.iter().position(|b| rule(a, b)) {
            Some(i) => {
                pairs.push((*a, added.remove(i)));
                false
            }
            None => true,
        });
    }
    (pairs, removed, added)
}

/// Whether an old item and a new one stand for each other.
type Rule<'r, T> = dyn Fn(&T, &T) -> bool + 'r;

/// Pairs, then the old items left over, then the new ones.
type Paired<'a, T> = (Vec<(&'a T, &'a T)>, Vec<&'a T>, Vec<&'a T>);

fn renamed(ty: &str, renames: &BTreeMap<String, String>) -> String {
    if renames.is_empty() {
        return ty.to_owned();
    }
    let mut out = String::with_capacity(ty.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let spelled = renames.get(word.as_str()).map_or(word.as_str(), String::as_str);
        out.push_str(spelled);
        word.clear();
    };
    for c in ty.chars() {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// `T` for `Option<T>`, if it is one.
fn inside_option(ty: &str) -> Option<&str> {
    ty.strip_prefix("Option<").and_then(|rest| rest.strip_suffix('>'))
}

/// How a type changed: became required (`Option<T>` → `T`), optional, or another type.
#[derive(Debug, PartialEq, Eq)]
enum TypeChange {
    Same,
    Required,
    Optional,
    Other,
}

fn type_change(before: &str, after: &str, renames: &BTreeMap<String, String>) -> TypeChange {
    let before = renamed(before, renames);
    if before == after {
        TypeChange::Same
    } else if inside_option(&before) == Some(after) {
        TypeChange::Required
    } else if inside_option(after) == Some(before.as_str()) {
        TypeChange::Optional
    } else {
        TypeChange::Other
    }
}

#[cfg(test)]
mod tests;
