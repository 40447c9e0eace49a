//! `src/types/`: every named type, grouped into modules like the resources that use it,
//! each container followed by the types it introduces, with its trait impls.

use std::collections::BTreeSet;
use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use super::builders;
use super::gates;
use super::serde_impls;
use super::tokens::{Site, deprecated_attr, doc_attrs, docs_or, ident, type_tokens};
use crate::ir::{
    Api, Constant, CursorSource, Enum, EnumValue, Field, ModulePath, StreamEventStyle, Struct, SubModule,
    SubModuleKind, TypeDef, TypeKind, TypeRef,
};

/// The files of `src/types/`, sorted, a group before its sub-modules: every module that
/// holds a type, and the own module of every group (which declares its sub-modules).
pub fn modules(api: &Api) -> Vec<ModulePath> {
    let mut modules: BTreeSet<ModulePath> = BTreeSet::new();
    for def in &api.types {
        modules.insert(ModulePath { group: def.module.group.clone(), sub: None });
        modules.insert(def.module.clone());
    }
    modules.into_iter().collect()
}

/// Where a module's file goes: `src/types/<group>.rs`, or, for a group with sub-modules,
/// `src/types/<group>/mod.rs` and `src/types/<group>/<sub>.rs`.
pub fn module_file(api: &Api, module: &ModulePath) -> PathBuf {
    let group = &module.group;
    match &module.sub {
        Some(sub) => format!("src/types/{group}/{}.rs", sub.name).into(),
        None if sub_modules(api, group).is_empty() => format!("src/types/{group}.rs").into(),
        None => format!("src/types/{group}/mod.rs").into(),
    }
}

/// The sub-modules of a group, sorted.
fn sub_modules<'a>(api: &'a Api, group: &str) -> Vec<&'a SubModule> {
    let subs: BTreeSet<&SubModule> =
        api.types.iter().filter(|t| t.module.group == group).filter_map(|t| t.module.sub.as_ref()).collect();
    subs.into_iter().collect()
}

/// `src/types/mod.rs`: the modules, all re-exported so every type is `crate::types::Name`.
pub fn types_mod(api: &Api) -> TokenStream {
    let groups: BTreeSet<&str> = api.types.iter().map(|t| t.module.group.as_str()).collect();
    let modules: Vec<_> = groups.iter().map(|g| ident(g)).collect();
    let cfgs: Vec<_> = groups
        .iter()
        .map(|g| gates::cfg_any(gates::module_features(api, &ModulePath { group: (*g).to_owned(), sub: None })))
        .collect();
    quote! {
        //! Request and response types, one per schema of the spec (and per inline schema
        //! that needs a name). Each module is named like the resource whose operations use
        //! its types (large ones have sub-modules); types many resources use are in
        //! `shared`; all are re-exported here.
        //!
        //! Decoding is forgiving so that new API versions do not break old clients: unknown
        //! fields are ignored, unknown enum values land in `Other`, unknown union variants in
        //! `Unknown`, and a required field that is `null` or missing takes its default.
        //!
        //! Each type exists with the Cargo features of the groups whose operations use it
        //! (`chat`, `files`, ...), wherever it lives; `other` types with `full`.

        #(#cfgs mod #modules;)*
        #(#cfgs pub use #modules::*;)*
    }
}

/// What a module's doc comment says it holds.
fn module_doc(api: &Api, module: &ModulePath) -> String {
    let group = &module.group;
    let webhooks = api.webhooks.as_ref().map(|w| api.groups[w.group].module.as_str());
    if module.sub.is_none() && webhooks == Some(group.as_str()) {
        return " The payloads of the webhook events the API sends, and their union.".to_owned();
    }
    match (&module.sub, group.as_str()) {
        (None, crate::lower::SHARED_MODULE) => " Types used by many groups of operations.".to_owned(),
        (None, crate::lower::OTHER_MODULE) => " Types of the spec's components that no operation uses.".to_owned(),
        (None, _) => format!(" Types of the `{group}` operations."),
        (Some(sub), _) => match &sub.holds {
            SubModuleKind::Resource => format!(" Types only the `{group}.{}` operations use.", sub.name),
            SubModuleKind::Requests => format!(" Types only the requests of the `{group}` operations use."),
            SubModuleKind::Responses => format!(" Types only the responses of the `{group}` operations use."),
            SubModuleKind::Events => format!(" The events of the `{group}` streams, and the types only they use."),
            SubModuleKind::Field => {
                format!(" Types the `{}` field of the `{group}` requests and responses introduces.", sub.name)
            }
            SubModuleKind::Family(union) => format!(
                " Types several fields of the `{group}` requests and responses share, most of them reached through [`{union}`](crate::types::{union})."
            ),
        },
    }
}

/// One module file: its types, each container followed by the types it introduces, with
/// their impls; a group's own module also declares and re-exports its sub-modules.
pub fn types_module(api: &Api, module: &ModulePath) -> TokenStream {
    let ids: Vec<usize> = (0..api.types.len()).filter(|&i| api.types[i].module == *module).collect();
    let order = container_order(api, &ids);
    let defs: Vec<&TypeDef> = order.iter().map(|&i| &api.types[i]).collect();
    // The file exists with any feature one of its types exists with; where types differ
    // (`shared`, or a group's types that other groups reach too), each has its own `cfg`.
    let features = gates::module_features(api, module);
    let gated = defs.iter().any(|d| gates::type_features(api, d) != features);
    let import = module_imports(api, &defs, gated);
    let items = order.into_iter().map(|i| {
        let def = &api.types[i];
        let items = type_def(api, def);
        if gated { gates::gate_items(items, &gates::cfg_any(gates::type_features(api, def))) } else { items }
    });
    let doc = module_doc(api, module);
    // A sub-module with fewer features than this file has its own `cfg`.
    let (subs, sub_cfgs): (Vec<_>, Vec<_>) = if module.sub.is_none() {
        sub_modules(api, &module.group)
            .into_iter()
            .map(|s| {
                let path = ModulePath { group: module.group.clone(), sub: Some(s.clone()) };
                let sub_features = gates::module_features(api, &path);
                let cfg = if sub_features == features { TokenStream::new() } else { gates::cfg_any(sub_features) };
                (ident(&s.name), cfg)
            })
            .unzip()
    } else {
        (Vec::new(), Vec::new())
    };
    quote! {
        #![doc = #doc]
        // Generated code: names and structure follow the spec, so some style lints cannot apply.
        #![allow(deprecated)]
        #![allow(
            clippy::large_enum_variant,
            clippy::enum_variant_names,
            clippy::too_many_arguments,
            clippy::should_implement_trait,
            clippy::wrong_self_convention,
            clippy::doc_lazy_continuation,
            clippy::doc_overindented_list_items,
            clippy::tabs_in_doc_comments,
        )]
        #import
        #(#sub_cfgs mod #subs;)*
        #(#sub_cfgs pub use #subs::*;)*

        #(#items)*
    }
}

/// Roots first (types no other type of the module names), by name; each followed, depth
/// first, by the module's types it names in field order, so a union sits above its
/// variants and a struct above its inline types. Types only reachable through a cycle
/// follow, by name.
fn container_order(api: &Api, ids: &[usize]) -> Vec<usize> {
    let in_module: BTreeSet<usize> = ids.iter().copied().collect();
    let children = |i: usize| -> Vec<usize> {
        let mut out = Vec::new();
        out.extend(type_refs(&api.types[i]).filter_map(|ty| ty.named_inside()).map(|id| id.0));
        out.retain(|c| *c != i && in_module.contains(c));
        out
    };
    let named: BTreeSet<usize> = ids.iter().flat_map(|&i| children(i)).collect();
    let by_name = |list: &mut Vec<usize>| list.sort_by(|a, b| api.types[*a].name.cmp(&api.types[*b].name));
    let mut roots: Vec<usize> = ids.iter().copied().filter(|i| !named.contains(i)).collect();
    by_name(&mut roots);
    let mut rest: Vec<usize> = ids.to_vec();
    by_name(&mut rest);
    let mut order = Vec::with_capacity(ids.len());
    let mut seen = BTreeSet::new();
    for root in roots.into_iter().chain(rest) {
        let mut stack = vec![root];
        while let Some(i) = stack.pop() {
            if seen.insert(i) {
                order.push(i);
                stack.extend(children(i).into_iter().rev());
            }
        }
    }
    order
}

/// The `use` lines a types module needs: exactly those its items name, so nothing is unused.
/// In a module whose types are `gated` one by one, each line has the `cfg` of the types
/// that use it.
fn module_imports(api: &Api, defs: &[&TypeDef], gated: bool) -> TokenStream {
    // The `cfg` of a line the types `users` picks need, `None` when none does.
    let gate = |users: &dyn Fn(&TypeDef) -> bool| -> Option<TokenStream> {
        let users: Vec<&TypeDef> = defs.iter().copied().filter(|d| users(d)).collect();
        match (users.is_empty(), gated) {
            (true, _) => None,
            (false, false) => Some(TokenStream::new()),
            (false, true) => Some(gates::cfg_any(users.iter().flat_map(|d| gates::type_features(api, d)))),
        }
    };
    // Enums get their serde impls from `crate::runtime::string_enum_traits!` and friends;
    // structs and unions write both out, except structs with a flattened union (derived).
    let serde_struct = |d: &TypeDef| matches!(d.kind, TypeKind::Struct(_)) && !d.multipart;
    // Structs whose serde impls are written out (not derived: no flattened union).
    let decoder_struct = |d: &TypeDef| match &d.kind {
        TypeKind::Struct(s) => StructSerde::of(d, s) == StructSerde::Decoder,
        _ => false,
    };
    let union = |d: &TypeDef| matches!(d.kind, TypeKind::TaggedUnion(_) | TypeKind::UntaggedUnion(_));
    // A union with no variant to decode (every member unknowable) never calls `codec`.
    let decoded_union = |d: &TypeDef| match &d.kind {
        TypeKind::TaggedUnion(u) => !u.variants.is_empty(),
        TypeKind::UntaggedUnion(u) => !u.variants.is_empty(),
        _ => false,
    };
    // std, then external crates, then this crate: the usual order.
    let mut imports = Vec::new();
    // The extra properties' map is among the references.
    if let Some(cfg) = gate(&|d| type_refs(d).any(mentions_map)) {
        imports.push(quote!(
            #cfg
            use std::collections::BTreeMap;
        ));
    }
    // Each serde name under the `cfg` of the types that use it, one `use` per `cfg`.
    let traits = gate(&|d| serde_struct(d) || union(d));
    let written_out = gate(&|d| union(d) || decoder_struct(d));
    let serde_names = [
        ("Deserialize", traits.clone()),
        ("Deserializer", written_out.clone()),
        ("Serialize", traits),
        ("Serializer", written_out),
    ];
    let mut by_cfg: Vec<(String, TokenStream, Vec<proc_macro2::Ident>)> = Vec::new();
    for (name, cfg) in serde_names {
        let Some(cfg) = cfg else { continue };
        let key = cfg.to_string();
        let name = quote::format_ident!("{name}");
        match by_cfg.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, names)) => names.push(name),
            None => by_cfg.push((key, cfg, vec![name])),
        }
    }
    for (_, cfg, names) in by_cfg {
        imports.push(quote!(
            #cfg
            use serde::{#(#names),*};
        ));
    }
    if let Some(cfg) = gate(&|d| decoded_union(d) || serde_struct(d)) {
        imports.push(quote!(
            #cfg
            use crate::runtime::codec;
        ));
    }
    if let Some(cfg) = gate(&|d| references_other_module(api, d)) {
        imports.push(quote!(
            #cfg
            use crate::types::*;
        ));
    }
    quote!(#(#imports)*)
}

/// Every type reference in a definition and its impls.
fn type_refs(def: &TypeDef) -> impl Iterator<Item = &TypeRef> {
    def.kind.refs().chain(def.page.iter().map(|page| &page.item))
}

fn mentions_map(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Map(_) => true,
        TypeRef::Array(inner) | TypeRef::Option(inner) => mentions_map(inner),
        _ => false,
    }
}

/// Whether a type's definition names a type of another module (which needs `use crate::types::*`).
fn references_other_module(api: &Api, def: &TypeDef) -> bool {
    type_refs(def).any(|ty| names_other_module(api, ty, &def.module))
}

fn names_other_module(api: &Api, ty: &TypeRef, module: &ModulePath) -> bool {
    ty.named_inside().is_some_and(|id| api.ty(id).module != *module)
}

fn type_def(api: &Api, def: &TypeDef) -> TokenStream {
    let docs = docs_or(def.docs.as_deref(), || format!("Generated from `{}`.", def.origin));
    let body = match &def.kind {
        TypeKind::Struct(s) => struct_def(api, def, s, &docs),
        TypeKind::Params(s) => params_def(api, def, s, &docs),
        TypeKind::Enum(e) => serde_impls::enum_def(def, e, &docs),
        TypeKind::TaggedUnion(u) => serde_impls::tagged_union_def(api, def, u, &docs),
        TypeKind::UntaggedUnion(u) => serde_impls::untagged_union_def(api, def, u, &docs),
        TypeKind::Alias(target) => {
            let name = ident(&def.name);
            let target = type_tokens(api, target, false, Site::Types);
            quote!(#docs pub type #name = #target;)
        }
    };
    let extras = [page_impl(api, def), stream_event_impl(def)];
    quote!(#body #(#extras)*)
}

/// How a struct's serde impls come about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StructSerde {
    /// No serde impls: parameters, multipart bodies.
    None,
    /// Written out: `serde_impls::struct_serialize` and `struct_deserialize`.
    Decoder,
    /// Both derived, for a struct with a flattened union, which serde's `flatten` decodes:
    /// forgiving fields need a `deserialize_with` each.
    Derived,
}

impl StructSerde {
    fn of(def: &TypeDef, s: &Struct) -> StructSerde {
        if def.multipart {
            StructSerde::None
        } else if s.fields.iter().any(|f| f.flatten) {
            StructSerde::Derived
        } else {
            StructSerde::Decoder
        }
    }
}

/// Struct fields with their serde attributes.
fn field_tokens(api: &Api, field: &Field, serde: StructSerde) -> TokenStream {
    let name = ident(&field.name);
    let ty = field_type(api, field);
    let docs = doc_attrs(Some(&field_docs(field)));
    let deprecated = deprecated_attr(field.deprecated);
    let mut serde_args: Vec<TokenStream> = Vec::new();
    // Only a derived struct reads `#[serde]` attributes; the written-out impls use the IR.
    if serde == StructSerde::Derived && field.flatten {
        serde_args.push(quote!(flatten));
    } else if serde == StructSerde::Derived {
        if field.name != field.wire_name {
            let wire = &field.wire_name;
            serde_args.push(quote!(rename = #wire));
        }
        if field.null_setter.is_some() {
            serde_args.push(quote!(deserialize_with = "crate::runtime::codec::present"));
            serde_args.push(quote!(skip_serializing_if = "Option::is_none"));
        } else if !field.ty.is_option() {
            serde_args.push(quote!(deserialize_with = "crate::runtime::codec::null_as_default"));
        } else if !field.required {
            serde_args.push(quote!(skip_serializing_if = "Option::is_none"));
        }
    }
    let serde_attr = if serde_args.is_empty() { TokenStream::new() } else { quote!(#[serde(#(#serde_args),*)]) };
    quote!(#docs #deprecated #serde_attr pub #name: #ty,)
}

/// A field's Rust type: its `TypeRef`, or `Option<Nullable<T>>` for a field that keeps an
/// explicit `null` (`Field::null_setter`).
pub(super) fn field_type(api: &Api, field: &Field) -> TokenStream {
    if field.null_setter.is_some() {
        let inner = type_tokens(api, field.ty.unwrap_option(), field.boxed, Site::Types);
        return quote!(Option<crate::runtime::Nullable<#inner>>);
    }
    type_tokens(api, &field.ty, field.boxed, Site::Types)
}

/// Longest default value shown in a field's docs; longer ones are left to the spec.
const MAX_DEFAULT_DOC: usize = 60;

/// The field's description followed by what the spec says about its value: the server's
/// default, and whether it only travels one way.
fn field_docs(field: &Field) -> String {
    let what = field.param.map_or("property", |p| p.location.noun());
    let mut text = field.docs.clone().unwrap_or_else(|| format!("The `{}` {what}.", field.wire_name));
    let default = field
        .default
        .as_ref()
        .map(serde_json::Value::to_string)
        .filter(|d| d.len() <= MAX_DEFAULT_DOC && !d.contains('`'));
    let notes = [
        default.map(|d| format!("Defaults to `{d}` when unset.")),
        field.read_only.then(|| "Read-only: set by the server, never sent.".to_owned()),
        field.write_only.then(|| "Write-only: sent to the server, never returned.".to_owned()),
        field.null_setter.as_ref().map(|null| {
            format!("`None` leaves it out; `Some(Nullable::Null)` (`{null}()` on a request) sends `null`.")
        }),
    ];
    for note in notes.into_iter().flatten() {
        text.push_str("\n\n");
        text.push_str(&note);
    }
    text
}

fn struct_def(api: &Api, def: &TypeDef, s: &Struct, docs: &TokenStream) -> TokenStream {
    let name = ident(&def.name);
    let serde = StructSerde::of(def, s);
    let fields = s.fields.iter().map(|f| field_tokens(api, f, serde));
    let additional = s.additional.as_ref().map(|extra| {
        let ty = type_tokens(api, &extra.ty, false, Site::Types);
        let field = ident(&extra.field);
        let flatten = (serde == StructSerde::Derived).then(|| quote!(#[serde(flatten)]));
        quote! {
            /// Properties beyond the named fields.
            #flatten
            pub #field: #ty,
        }
    });
    // Only constants that `Default` fills in need a hand-written impl.
    let has_constants = s.fields.iter().any(|f| f.constant.is_some() && (!f.ty.is_option() || f.tag));
    let derive_default = if has_constants { TokenStream::new() } else { quote!(Default,) };
    let (derive_serde, container, decoder) = match serde {
        StructSerde::None => (TokenStream::new(), TokenStream::new(), TokenStream::new()),
        StructSerde::Decoder => {
            let impls = [serde_impls::struct_serialize(def, s), serde_impls::struct_deserialize(def, s)];
            (TokenStream::new(), TokenStream::new(), quote!(#(#impls)*))
        }
        StructSerde::Derived => (quote!(Serialize, Deserialize,), quote!(#[serde(default)]), TokenStream::new()),
    };
    let deprecated = deprecated_attr(def.deprecated);
    let default_impl = if has_constants { manual_default(def, s) } else { TokenStream::new() };
    let builder = if def.input { builders::struct_builder(api, def, s) } else { TokenStream::new() };
    let multipart = if def.multipart { serde_impls::to_multipart(api, def, s) } else { TokenStream::new() };
    quote! {
        #docs
        #deprecated
        #[derive(Debug, Clone, PartialEq, #derive_default #derive_serde)]
        #container
        pub struct #name {
            #(#fields)*
            #additional
        }
        #default_impl
        #decoder
        #builder
        #multipart
    }
}

/// `Default` that fills single-valued fields with their value.
fn manual_default(def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let inits = s.fields.iter().map(|f| {
        let field = ident(&f.name);
        let value = match &f.constant {
            Some(Constant::String(value)) => quote!(#value.to_owned()),
            Some(Constant::Integer(value)) => proc_macro2::Literal::i64_unsuffixed(*value).into_token_stream(),
            None => TokenStream::new(),
        };
        match &f.constant {
            Some(_) if !f.ty.is_option() => quote!(#field: #value),
            Some(_) if f.tag => quote!(#field: Some(#value)),
            _ => quote!(#field: Default::default()),
        }
    });
    let additional = s.additional.as_ref().map(|extra| {
        let field = ident(&extra.field);
        quote!(#field: Default::default(),)
    });
    quote! {
        impl Default for #name {
            fn default() -> Self {
                Self { #(#inits,)* #additional }
            }
        }
    }
}

fn params_def(api: &Api, def: &TypeDef, s: &Struct, docs: &TokenStream) -> TokenStream {
    let name = ident(&def.name);
    let fields = s.fields.iter().map(|f| field_tokens(api, f, StructSerde::None));
    let builder = builders::struct_builder(api, def, s);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct #name {
            #(#fields)*
        }
        #builder
    }
}

/// `impl Page` for list responses that carry a cursor.
fn page_impl(api: &Api, def: &TypeDef) -> TokenStream {
    let Some(page) = &def.page else { return TokenStream::new() };
    let name = ident(&def.name);
    let item = type_tokens(api, &page.item, false, Site::Types);
    let items = ident(&page.items_field);
    let stop = match &page.has_more {
        Some((field, false)) => {
            let field = ident(field);
            quote!(if !self.#field { return None; })
        }
        Some((field, true)) => {
            let field = ident(field);
            quote!(if self.#field != Some(true) { return None; })
        }
        None => quote!(if self.#items.is_empty() { return None; }),
    };
    let cursor = match &page.cursor {
        CursorSource::Field { name, optional: true } => {
            let field = ident(name);
            quote!(self.#field.clone())
        }
        CursorSource::Field { name, optional: false } => {
            let field = ident(name);
            quote!(Some(self.#field.clone()).filter(|cursor| !cursor.is_empty()))
        }
        CursorSource::LastItemId { field, optional: true } => {
            let id = ident(field);
            quote!(self.#items.last().and_then(|item| item.#id.clone()))
        }
        CursorSource::LastItemId { field, optional: false } => {
            let id = ident(field);
            quote!(self.#items.last().map(|item| item.#id.clone()))
        }
    };
    quote! {
        impl crate::runtime::Page for #name {
            type Item = #item;

            fn next_cursor(&self) -> Option<String> {
                #stop
                #cursor
            }

            fn into_items(self) -> Vec<#item> {
                self.#items
            }
        }
    }
}

/// `impl StreamEvent` for the event type of a `text/event-stream` response, with the
/// stream's end signal when the spec declares one.
fn stream_event_impl(def: &TypeDef) -> TokenStream {
    let Some(kind) = &def.stream_event else { return TokenStream::new() };
    let name = ident(&def.name);
    let (event_arg, decode) = match kind.style {
        StreamEventStyle::Data => (quote!(_event), quote!(crate::runtime::sse::decode_data(data))),
        StreamEventStyle::Envelope => (quote!(event), quote!(crate::runtime::sse::decode_enveloped(event, data))),
    };
    let end = if kind.end.is_declared() {
        let data = match &kind.end.data {
            Some(text) => quote!(Some(#text)),
            None => quote!(None),
        };
        let events = &kind.end.events;
        quote! {
            const END: crate::runtime::StreamEnd = crate::runtime::StreamEnd { data: #data, events: &[#(#events),*] };
        }
    } else {
        TokenStream::new()
    };
    quote! {
        // `#[inline]`: the event decoder is compiled only by the builds that stream it.
        impl crate::runtime::StreamEvent for #name {
            #end
            #[inline]
            fn from_sse(#event_arg: Option<&str>, data: &str) -> Result<Self, crate::runtime::DecodeError> {
                #decode
            }
        }
    }
}

/// Whether an enum is the integer kind.
pub fn is_integer_enum(e: &Enum) -> bool {
    e.variants.first().is_some_and(|v| matches!(v.value, EnumValue::Integer(_)))
}

/// Doc line for an enum variant without a description.
pub fn variant_docs(value: &EnumValue, docs: Option<&str>) -> TokenStream {
    match (docs, value) {
        (Some(docs), _) => doc_attrs(Some(docs)),
        (None, EnumValue::String(s)) => doc_attrs(Some(&format!("`{s}`"))),
        (None, EnumValue::Integer(n)) => doc_attrs(Some(&format!("`{n}`"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{ParamEncoding, ParamLocation, Style, StyleKind, TypeRef};

    fn field(docs: Option<&str>) -> Field {
        Field {
            docs: docs.map(str::to_owned),
            ..Field::new("quality", "quality", TypeRef::Integer(crate::ir::IntWidth::I64).optional())
        }
    }

    #[test]
    fn field_docs_say_what_the_spec_says_about_the_value() {
        assert_eq!(field_docs(&field(None)), "The `quality` property.");
        let with_default = Field { default: Some(serde_json::json!(80)), ..field(Some("Quality.")) };
        assert_eq!(field_docs(&with_default), "Quality.\n\nDefaults to `80` when unset.");
        let read_only = Field { read_only: true, default: Some(serde_json::json!("`x`")), ..field(None) };
        assert_eq!(field_docs(&read_only), "The `quality` property.\n\nRead-only: set by the server, never sent.");
        let style = Style::new(StyleKind::Simple, false);
        let header = Field {
            param: Some(ParamEncoding { location: ParamLocation::Header, style }),
            wire_name: "Idempotency-Key".to_owned(),
            ..field(None)
        };
        assert_eq!(field_docs(&header), "The `Idempotency-Key` header.");
        let cookie = Field {
            param: Some(ParamEncoding { location: ParamLocation::Cookie, style }),
            wire_name: "session".to_owned(),
            ..field(None)
        };
        assert_eq!(field_docs(&cookie), "The `session` cookie.");
        let write_only = Field { write_only: true, ..field(None) };
        assert!(field_docs(&write_only).ends_with("Write-only: sent to the server, never returned."));
    }
}
