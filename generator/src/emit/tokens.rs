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

/// The Rust type for a reference. `boxed` puts the named type inside a `Box`.
pub fn type_tokens(api: &Api, ty: &TypeRef, boxed: bool, site: Site) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let name = ident(&api.ty(*id).name);
            let path = match site {
                Site::Types => quote!(#name),
                Site::Elsewhere => quote!(crate::types::#name),
            };
            if boxed { quote!(Box<#path>) } else { path }
        }
        TypeRef::String => quote!(String),
        TypeRef::Integer(IntWidth::I32) => quote!(i32),
        TypeRef::Integer(IntWidth::I64) => quote!(i64),
        TypeRef::Number(FloatWidth::F32) => quote!(f32),
        TypeRef::Number(FloatWidth::F64) => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Binary => quote!(crate::runtime::FileUpload),
        TypeRef::Any => match site {
            Site::Types => quote!(serde_json::Value),
            Site::Elsewhere => quote!(::serde_json::Value),
        },
        TypeRef::Array(inner) => {
            let inner = type_tokens(api, inner, false, site);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(api, inner, false, site);
            match site {
                // Type modules import `BTreeMap` (see `types::module_imports`).
                Site::Types => quote!(BTreeMap<String, #inner>),
                Site::Elsewhere => quote!(::std::collections::BTreeMap<String, #inner>),
            }
        }
        TypeRef::Option(inner) => {
            let inner = type_tokens(api, inner, boxed, site);
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
