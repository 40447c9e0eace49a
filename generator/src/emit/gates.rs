//! The `cfg` attributes of the group features (see `lower/finish/groups.rs`, which decides
//! them): a group's `resources` module behind its feature; each type behind the features
//! of the groups that reach it, `other` behind `full`; a `types` module file behind any
//! feature one of its types exists with, and each of its items behind its own features
//! where those are fewer.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, ModulePath, TypeDef, TypeGate};
use crate::lower::FULL_FEATURE;

/// The features a type exists with, sorted.
pub fn type_features<'a>(api: &'a Api, def: &TypeDef) -> BTreeSet<&'a str> {
    match &def.gate {
        TypeGate::Group(g) => BTreeSet::from([api.groups[*g].feature.as_str()]),
        TypeGate::AnyGroup(groups) => groups.iter().map(|g| api.groups[*g].feature.as_str()).collect(),
        TypeGate::Full => BTreeSet::from([FULL_FEATURE]),
    }
}

/// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", ...))]` for several.
pub fn cfg_any<'a>(features: impl IntoIterator<Item = &'a str>) -> TokenStream {
    let features: BTreeSet<&str> = features.into_iter().collect();
    match features.len() {
        1 => {
            let feature = features.first();
            quote!(#[cfg(feature = #feature)])
        }
        _ => {
            let features = features.iter();
            quote!(#[cfg(any(#(feature = #features),*))])
        }
    }
}

/// The features a `types` module file exists with: any that one of its types exists with
/// (a group's own module: any type of the group, its sub-modules' too), so its `pub use`
/// never re-exports nothing.
pub fn module_features<'a>(api: &'a Api, module: &ModulePath) -> BTreeSet<&'a str> {
    let inside = |t: &&TypeDef| match &module.sub {
        None => t.module.group == module.group,
        Some(_) => t.module == *module,
    };
    api.types.iter().filter(inside).flat_map(|t| type_features(api, t)).collect()
}

/// The feature of the group whose root resource is `root`.
pub fn resource_feature(api: &Api, root: usize) -> Option<&str> {
    api.groups.iter().find(|g| g.resource == Some(root)).map(|g| g.feature.as_str())
}

/// The items of `tokens`, each with `cfg` after its doc attributes (the items of one
/// `shared` type: its definition and its impls).
pub fn gate_items(tokens: TokenStream, cfg: &TokenStream) -> TokenStream {
    let mut file: syn::File = match syn::parse2(tokens.clone()) {
        Ok(file) => file,
        // Tokens that do not parse are reported, with the file, by `format`.
        Err(_) => return tokens,
    };
    // syn's types are not `Clone` here (no `clone-impls`): each item parses its own.
    let parse = || syn::parse::Parser::parse2(syn::Attribute::parse_outer, cfg.clone());
    if parse().is_err() {
        return tokens;
    }
    for item in &mut file.items {
        if let (Some(attrs), Ok(cfg)) = (item_attrs(item), parse()) {
            let at = attrs.iter().take_while(|a| a.path().is_ident("doc")).count();
            attrs.splice(at..at, cfg);
        }
    }
    let items = file.items;
    quote!(#(#items)*)
}

fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Const(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        Item::Static(i) => &mut i.attrs,
        Item::Struct(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Union(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        _ => return None,
    })
}
