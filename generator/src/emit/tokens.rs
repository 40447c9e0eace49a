//! Small token helpers shared by the emitters: identifiers, type references, docs.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{Api, FloatWidth, IntWidth, TypeRef};
use crate::lower::is_raw;

/// An identifier, raw (`r#type`) when it is a keyword.
pub fn ident(name: &str) -> Ident {
    if is_raw(name) { Ident::new_raw(name, Span::call_site()) } else { Ident::new(name, Span::call_site()) }
}

/// Where the emitted code sits, which decides how it names generated types.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Site {
    /// Inside the `types` module: bare names.
    Types,
    /// Anywhere else: `crate::types::Name`.
    Elsewhere,
}

/// An item a type reference names by path: a generated type or one of the few others.
#[derive(Clone, Copy)]
pub enum Leaf<'a> {
    /// A generated type, by its name.
    Type(&'a str),
    /// `crate::runtime::FileUpload`.
    FileUpload,
    /// `serde_json::Value`.
    JsonValue,
    /// `std::collections::BTreeMap`, applied to `<String, _>`.
    BTreeMap,
}

impl Site {
    /// How code at this site spells `leaf`.
    fn path(self, leaf: Leaf) -> TokenStream {
        match (leaf, self) {
            (Leaf::Type(name), Site::Types) => {
                let name = ident(name);
                quote!(#name)
            }
            (Leaf::Type(name), Site::Elsewhere) => {
                let name = ident(name);
                quote!(crate::types::#name)
            }
            (Leaf::FileUpload, _) => quote!(crate::runtime::FileUpload),
            (Leaf::JsonValue, Site::Types) => quote!(serde_json::Value),
            (Leaf::JsonValue, Site::Elsewhere) => quote!(::serde_json::Value),
            // Type modules import `BTreeMap` (see `types::module_imports`).
            (Leaf::BTreeMap, Site::Types) => quote!(BTreeMap),
            (Leaf::BTreeMap, Site::Elsewhere) => quote!(::std::collections::BTreeMap),
        }
    }
}

/// The Rust type for a reference. `boxed` puts the named type inside a `Box`.
pub fn type_tokens(api: &Api, ty: &TypeRef, boxed: bool, site: Site) -> TokenStream {
    type_tokens_with(api, ty, boxed, &mut |leaf| site.path(leaf))
}

/// The Rust type for a reference, with the items it names spelled by `path` (a resource
/// file's [`Imports`](super::imports::Imports) decides between short names and full paths).
pub fn type_tokens_with(
    api: &Api,
    ty: &TypeRef,
    boxed: bool,
    path: &mut dyn FnMut(Leaf) -> TokenStream,
) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = path(Leaf::Type(&api.ty(*id).name));
            if boxed { quote!(Box<#name>) } else { name }
        }
        TypeRef::String => quote!(String),
        TypeRef::Integer(IntWidth::I32) => quote!(i32),
        TypeRef::Integer(IntWidth::I64) => quote!(i64),
        TypeRef::Number(FloatWidth::F32) => quote!(f32),
        TypeRef::Number(FloatWidth::F64) => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Binary => path(Leaf::FileUpload),
        TypeRef::Any => path(Leaf::JsonValue),
        TypeRef::Array(inner) => {
            let inner = type_tokens_with(api, inner, false, path);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens_with(api, inner, false, path);
            let map = path(Leaf::BTreeMap);
            quote!(#map<String, #inner>)
        }
        TypeRef::Option(inner) => {
            let inner = type_tokens_with(api, inner, boxed, path);
            quote!(Option<#inner>)
        }
    }
}

/// `#[doc = "..."]` lines; nothing for `None`.
pub fn doc_attrs(docs: Option<&str>) -> TokenStream {
    let Some(docs) = docs else { return TokenStream::new() };
    let lines = docs.lines().map(|line| if line.is_empty() { String::new() } else { format!(" {line}") });
    quote!(#(#[doc = #lines])*)
}

/// Docs, or a fallback sentence when the spec has none (every public item is documented).
pub fn docs_or(docs: Option<&str>, fallback: impl FnOnce() -> String) -> TokenStream {
    match docs {
        Some(docs) => doc_attrs(Some(docs)),
        None => doc_attrs(Some(&fallback())),
    }
}

/// `#[deprecated]` when the spec says so.
pub fn deprecated_attr(deprecated: bool) -> TokenStream {
    if deprecated { quote!(#[deprecated]) } else { TokenStream::new() }
}
