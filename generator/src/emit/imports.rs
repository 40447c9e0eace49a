//! The `use` lines of a resource file. The emitters ask an [`Imports`] how to spell each
//! item they name outside the file (`Call`, `Method`, a generated type); it answers with the
//! short name, recording the import, or with the full path where the short name would clash,
//! and at the end gives the `use` lines of exactly what was used, in rustfmt's order.
//!
//! This decides paths, not names: every name is the IR's (`docs/architecture.md`, "Naming").

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;

use super::tokens::{Leaf, ident};

/// Where an importable item lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Module {
    Collections,
    Reqwest,
    Crate,
    Runtime,
    Realtime,
    Types,
}

impl Module {
    fn path(self) -> TokenStream {
        match self {
            Module::Collections => quote!(std::collections),
            Module::Reqwest => quote!(reqwest),
            Module::Crate => quote!(crate),
            Module::Runtime => quote!(crate::runtime),
            Module::Realtime => quote!(crate::runtime::realtime),
            Module::Types => quote!(crate::types),
        }
    }

    /// The path spelled out where an item is not imported; extern crates with a leading `::`.
    fn full_path(self) -> TokenStream {
        match self {
            Module::Collections => quote!(::std::collections),
            Module::Reqwest => quote!(::reqwest),
            other => other.path(),
        }
    }

    /// The segments after which rustfmt sorts a `use` line (the leading `crate` is the same
    /// for every line of its group).
    fn segments(self) -> &'static [&'static str] {
        match self {
            Module::Collections => &["std", "collections"],
            Module::Reqwest => &["reqwest"],
            Module::Crate => &["crate"],
            Module::Runtime => &["crate", "runtime"],
            Module::Realtime => &["crate", "runtime", "realtime"],
            Module::Types => &["crate", "types"],
        }
    }

    /// rustfmt's import groups: std, other crates, this crate.
    fn group(self) -> u8 {
        match self {
            Module::Collections => 0,
            Module::Reqwest => 1,
            _ => 2,
        }
    }
}

/// Every item besides the generated types that a resource file may import.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    BTreeMap,
    Method,
    Client,
    Binary,
    Call,
    Empty,
    FileUpload,
    Json,
    RequestSpec,
    Sse,
    Style,
    Text,
    EncodePath,
    RealtimeSession,
}

impl Item {
    const ALL: [Item; 14] = [
        Item::BTreeMap,
        Item::Method,
        Item::Client,
        Item::Binary,
        Item::Call,
        Item::Empty,
        Item::FileUpload,
        Item::Json,
        Item::RequestSpec,
        Item::Sse,
        Item::Style,
        Item::Text,
        Item::EncodePath,
        Item::RealtimeSession,
    ];

    fn name(self) -> &'static str {
        match self {
            Item::BTreeMap => "BTreeMap",
            Item::Method => "Method",
            Item::Client => "Client",
            Item::Binary => "Binary",
            Item::Call => "Call",
            Item::Empty => "Empty",
            Item::FileUpload => "FileUpload",
            Item::Json => "Json",
            Item::RequestSpec => "RequestSpec",
            Item::Sse => "Sse",
            Item::Style => "Style",
            Item::Text => "Text",
            Item::EncodePath => "encode_path",
            Item::RealtimeSession => "RealtimeSession",
        }
    }

    fn module(self) -> Module {
        match self {
            Item::BTreeMap => Module::Collections,
            Item::Method => Module::Reqwest,
            Item::Client => Module::Crate,
            Item::RealtimeSession => Module::Realtime,
            _ => Module::Runtime,
        }
    }
}

/// The imports of one file, collected while its items are emitted.
pub struct Imports {
    /// Names the file binds itself: its resource structs and the methods' arguments.
    defined: BTreeSet<String>,
    /// The whole file is compiled only with the feature (its module is gated in `mod.rs`),
    /// so no import needs a gate of its own.
    file_gated: bool,
    /// Emitting code under `#[cfg(feature = ..)]`.
    gated: bool,
    /// Each imported item, and whether it is used outside the feature gate.
    used: BTreeMap<(Module, String), bool>,
}

impl Imports {
    pub fn new(defined: impl IntoIterator<Item = String>, file_gated: bool) -> Self {
        Imports { defined: defined.into_iter().collect(), file_gated, gated: false, used: BTreeMap::new() }
    }

    /// The one decision on clashes: an item is imported unless the file binds its name, and a
    /// generated type also unless an [`Item`] has its name. Every `Item` name is held for the
    /// item in every file, used there or not, so how a type is spelled does not depend on
    /// which operations share its file. Types have unique names, and so have the items.
    fn importable(&self, module: Module, name: &str) -> bool {
        !self.defined.contains(name) && (module != Module::Types || Item::ALL.iter().all(|item| item.name() != name))
    }

    fn path(&mut self, module: Module, name: &str) -> TokenStream {
        let short = ident(name);
        if !self.importable(module, name) {
            let path = module.full_path();
            return quote!(#path::#short);
        }
        *self.used.entry((module, name.to_owned())).or_default() |= !self.gated;
        quote!(#short)
    }

    /// How the file names `item`.
    pub fn item(&mut self, item: Item) -> TokenStream {
        self.path(item.module(), item.name())
    }

    /// How the file names the generated type `name`.
    pub fn ty(&mut self, name: &str) -> TokenStream {
        self.path(Module::Types, name)
    }

    /// How the file names a leaf of a type reference (see
    /// [`type_tokens_with`](super::tokens::type_tokens_with)). `serde_json::Value` stays
    /// spelled out: spec types are often called `Value`.
    pub fn leaf(&mut self, leaf: Leaf) -> TokenStream {
        match leaf {
            Leaf::Type(name) => self.ty(name),
            Leaf::FileUpload => self.item(Item::FileUpload),
            Leaf::BTreeMap => self.item(Item::BTreeMap),
            Leaf::JsonValue => quote!(::serde_json::Value),
        }
    }

    /// Runs `emit` for code that is under the feature gate when `gated`: what only it uses is
    /// imported under the same gate (the crate builds warning-free with and without it).
    pub fn gated<R>(&mut self, gated: bool, emit: impl FnOnce(&mut Self) -> R) -> R {
        let outer = self.gated;
        self.gated |= gated && !self.file_gated;
        let result = emit(self);
        self.gated = outer;
        result
    }

    /// The `use` items, one per module (and gate), in rustfmt's order: by group, then by
    /// path, names sorted within braces; `format` puts the blank lines between the groups.
    pub fn into_tokens(self, feature: &str) -> TokenStream {
        let mut lines: BTreeMap<(Module, bool), Vec<String>> = BTreeMap::new();
        for ((module, name), ungated) in self.used {
            lines.entry((module, !ungated)).or_default().push(name);
        }
        let mut lines: Vec<(Module, bool, Vec<String>)> = lines
            .into_iter()
            .map(|((module, gated), mut names)| {
                names.sort_by(|a, b| version_cmp(a, b));
                (module, gated, names)
            })
            .collect();
        lines.sort_by(|a, b| a.0.group().cmp(&b.0.group()).then_with(|| use_cmp((a.0, &a.2), (b.0, &b.2))));
        let uses = lines.into_iter().map(|(module, gated, names)| {
            let gate = if gated { quote!(#[cfg(feature = #feature)]) } else { TokenStream::new() };
            let path = module.path();
            let names: Vec<_> = names.iter().map(|n| ident(n)).collect();
            match names.as_slice() {
                [name] => quote!(#gate use #path::#name;),
                _ => quote!(#gate use #path::{#(#names),*};),
            }
        });
        quote!(#(#uses)*)
    }
}

/// rustfmt's order of two `use` lines of one group: segment by segment, a name before a
/// `{..}` list, names in version order, lists by their names.
fn use_cmp(a: (Module, &[String]), b: (Module, &[String])) -> Ordering {
    let (sa, sb) = (a.0.segments(), b.0.segments());
    for (x, y) in sa.iter().zip(sb) {
        match version_cmp(x, y) {
            Ordering::Equal => {}
            order => return order,
        }
    }
    // Where one path ends, each goes on with a module segment or a name, or ends in a list.
    let at = sa.len().min(sb.len());
    let next = |segments: &[&str], names: &[String]| match segments.get(at) {
        Some(segment) => Some((*segment).to_owned()),
        None => names.first().filter(|_| names.len() == 1).cloned(),
    };
    match (next(sa, a.1), next(sb, b.1)) {
        (Some(x), Some(y)) => version_cmp(&x, &y).then_with(|| sa.len().cmp(&sb.len())),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => {
            a.1.iter().zip(b.1).map(|(x, y)| version_cmp(x, y)).find(|o| o.is_ne()).unwrap_or(a.1.len().cmp(&b.1.len()))
        }
    }
}

/// A piece of an identifier for version sorting.
#[derive(PartialEq, Eq)]
enum Chunk<'a> {
    Underscore,
    Digits(&'a str),
    Text(&'a str),
}

fn chunks(name: &str) -> Vec<Chunk<'_>> {
    let mut out = Vec::new();
    let mut rest = name;
    while let Some(first) = rest.chars().next() {
        if first == '_' {
            out.push(Chunk::Underscore);
            rest = &rest[1..];
            continue;
        }
        let digits = first.is_ascii_digit();
        let end =
            rest.char_indices().find(|&(_, c)| c == '_' || c.is_ascii_digit() != digits).map_or(rest.len(), |(i, _)| i);
        out.push(if digits { Chunk::Digits(&rest[..end]) } else { Chunk::Text(&rest[..end]) });
        rest = &rest[end..];
    }
    out
}

/// The Rust style guide's version sorting, which rustfmt applies to imports in the 2024
/// style edition: `_` before everything else, digit runs by their value (`Item2` before
/// `Item10`), the rest by character (so upper case before lower case: `Style`, `encode_path`).
pub fn version_cmp(a: &str, b: &str) -> Ordering {
    let (ca, cb) = (chunks(a), chunks(b));
    // The first difference in leading zeros decides between numerically equal names.
    let mut zeros = Ordering::Equal;
    for (x, y) in ca.iter().zip(&cb) {
        let order = match (x, y) {
            (Chunk::Underscore, Chunk::Underscore) => Ordering::Equal,
            (Chunk::Underscore, _) => Ordering::Less,
            (_, Chunk::Underscore) => Ordering::Greater,
            (Chunk::Digits(x), Chunk::Digits(y)) => {
                let (tx, ty) = (x.trim_start_matches('0'), y.trim_start_matches('0'));
                let order = tx.len().cmp(&ty.len()).then_with(|| tx.cmp(ty));
                if order.is_eq() && zeros.is_eq() {
                    // More leading zeros first.
                    zeros = y.len().cmp(&x.len());
                }
                order
            }
            (Chunk::Digits(x) | Chunk::Text(x), Chunk::Digits(y) | Chunk::Text(y)) => x.cmp(y),
        };
        if order.is_ne() {
            return order;
        }
    }
    ca.len().cmp(&cb.len()).then(zeros)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(names: &[&str]) -> Vec<String> {
        let mut names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
        names.sort_by(|a, b| version_cmp(a, b));
        names
    }

    #[test]
    fn names_sort_like_rustfmt() {
        assert_eq!(
            sorted(&["encode_path", "Style", "Call", "Item10", "Item2", "FooBar", "Foo_bar", "A", "x86_64", "x86_128"]),
            ["A", "Call", "Foo_bar", "FooBar", "Item2", "Item10", "Style", "encode_path", "x86_64", "x86_128"]
        );
        assert_eq!(sorted(&["v09", "v9", "v009", "v1"]), ["v1", "v009", "v09", "v9"]);
        assert_eq!(sorted(&["ab", "a", "a_"]), ["a", "a_", "ab"]);
    }

    fn uses(imports: Imports) -> String {
        imports.into_tokens("realtime").to_string()
    }

    #[test]
    fn uses_are_grouped_and_sorted_like_rustfmt() {
        let mut imports = Imports::new([], false);
        for item in [Item::Call, Item::Json, Item::EncodePath, Item::Client, Item::Method, Item::BTreeMap] {
            imports.item(item);
        }
        imports.gated(true, |imports| imports.item(Item::RealtimeSession));
        imports.ty("Pet");
        imports.ty("Owner");
        assert_eq!(
            uses(imports),
            quote! {
                use std::collections::BTreeMap;
                use reqwest::Method;
                use crate::Client;
                #[cfg(feature = "realtime")]
                use crate::runtime::realtime::RealtimeSession;
                use crate::runtime::{Call, Json, encode_path};
                use crate::types::{Owner, Pet};
            }
            .to_string()
        );
    }

    #[test]
    fn clashing_names_stay_qualified() {
        // `Labels` is a resource struct of the file, `encode_path` a method's argument.
        let mut imports = Imports::new(["Labels".to_owned(), "encode_path".to_owned()], false);
        assert_eq!(imports.ty("Labels").to_string(), quote!(crate::types::Labels).to_string());
        assert_eq!(imports.ty("Call").to_string(), quote!(crate::types::Call).to_string());
        assert_eq!(imports.ty("Method").to_string(), quote!(crate::types::Method).to_string());
        assert_eq!(imports.item(Item::EncodePath).to_string(), quote!(crate::runtime::encode_path).to_string());
        assert_eq!(imports.item(Item::Call).to_string(), "Call");
        let mut defines_method = Imports::new(["Method".to_owned()], false);
        assert_eq!(defines_method.item(Item::Method).to_string(), quote!(::reqwest::Method).to_string());
        assert_eq!(
            uses(imports),
            quote!(
                use crate::runtime::Call;
            )
            .to_string()
        );
        assert!(uses(defines_method).is_empty());
    }

    #[test]
    fn what_gated_code_alone_uses_is_imported_under_the_gate() {
        let mut imports = Imports::new([], false);
        imports.gated(true, |imports| {
            imports.item(Item::Client);
            imports.ty("Event");
        });
        imports.item(Item::Client);
        assert_eq!(
            uses(imports),
            quote! {
                use crate::Client;
                #[cfg(feature = "realtime")]
                use crate::types::Event;
            }
            .to_string()
        );
        // In a file that exists only with the feature, nothing needs a gate of its own.
        let mut gated_file = Imports::new([], true);
        gated_file.gated(true, |imports| imports.ty("Event"));
        assert_eq!(
            uses(gated_file),
            quote!(
                use crate::types::Event;
            )
            .to_string()
        );
    }
}
