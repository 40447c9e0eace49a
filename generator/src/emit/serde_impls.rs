//! Hand-rolled serde impls: unknown enum values are kept in the enum's catch-all variant
//! (`Other`), unknown union variants in the union's (`Unknown`, `Other`), so new API values
//! never fail a response; structs decode through `codec::deserialize_object`, which reads
//! `null` and missing required fields as their defaults. Also `ToMultipart` for multipart
//! request bodies.

use std::collections::BTreeSet;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::tokens::{Site, deprecated_attr, docs_or, ident, type_tokens};
use super::types::{is_integer_enum, variant_docs};
use crate::ir::{Api, Enum, EnumValue, Struct, TaggedUnion, TypeDef, TypeKind, TypeRef, UntaggedUnion};

pub fn enum_def(def: &TypeDef, e: &Enum, docs: &TokenStream) -> TokenStream {
    let name = ident(&def.name);
    let other = ident(&e.catch_all);
    let deprecated = deprecated_attr(def.deprecated);
    let integer = is_integer_enum(e);
    let variants = e.variants.iter().enumerate().map(|(i, v)| {
        let variant = ident(&v.name);
        let docs = variant_docs(&v.value, v.docs.as_deref());
        let default = if e.default == Some(i) { quote!(#[default]) } else { TokenStream::new() };
        quote!(#docs #default #variant,)
    });
    let (other_ty, literal): (TokenStream, fn(&EnumValue) -> TokenStream) = if integer {
        (quote!(i64), |v| match v {
            EnumValue::Integer(n) => quote!(#n),
            EnumValue::String(s) => quote!(#s),
        })
    } else {
        (quote!(String), |v| match v {
            EnumValue::String(s) => quote!(#s),
            EnumValue::Integer(n) => quote!(#n),
        })
    };
    let names: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<_> = e.variants.iter().map(|v| literal(&v.value)).collect();
    let derive_default = if e.default.is_some() { quote!(Default,) } else { TokenStream::new() };
    let manual_default = if e.default.is_some() {
        TokenStream::new()
    } else {
        let empty = if integer { quote!(0) } else { quote!(String::new()) };
        let doc = format!(" An empty `{other}`: what a missing value decodes to.");
        quote! {
            #[doc = #doc]
            impl Default for #name {
                fn default() -> Self {
                    Self::#other(#empty)
                }
            }
        }
    };
    let conversions = if integer {
        quote! {
            impl #name {
                /// The value as sent on the wire.
                #[must_use]
                pub fn as_i64(&self) -> i64 {
                    match self {
                        #(Self::#names => #values,)*
                        Self::#other(value) => *value,
                    }
                }
            }
            impl From<i64> for #name {
                fn from(value: i64) -> Self {
                    match value {
                        #(#values => Self::#names,)*
                        other => Self::#other(other),
                    }
                }
            }
            crate::runtime::integer_enum_traits!(#name);
        }
    } else {
        quote! {
            impl #name {
                /// The value as sent on the wire.
                #[must_use]
                pub fn as_str(&self) -> &str {
                    match self {
                        #(Self::#names => #values,)*
                        Self::#other(value) => value,
                    }
                }
            }
            impl From<&str> for #name {
                fn from(value: &str) -> Self {
                    match value {
                        #(#values => Self::#names,)*
                        other => Self::#other(other.to_owned()),
                    }
                }
            }
            crate::runtime::string_enum_traits!(#name);
        }
    };
    quote! {
        #docs
        #deprecated
        #[derive(Debug, Clone, #derive_default)]
        pub enum #name {
            #(#variants)*
            /// A value this version of the client does not know yet.
            #other(#other_ty),
        }
        #manual_default
        #conversions
    }
}

/// `From<T>` for each variant type that appears once (aliases resolved, so two spellings of
/// one type never give two impls), plus `From<&str>` for a string variant.
fn from_impls<'v>(
    api: &Api,
    name: &proc_macro2::Ident,
    variants: impl Iterator<Item = (&'v str, &'v TypeRef, bool)>,
) -> TokenStream {
    let variants: Vec<_> = variants.collect();
    let mut seen = BTreeSet::new();
    let duplicated: BTreeSet<&TypeRef> =
        variants.iter().map(|(_, ty, _)| api.resolve_alias(ty)).filter(|ty| !seen.insert(*ty)).collect();
    let impls =
        variants.iter().filter(|(_, ty, _)| !duplicated.contains(api.resolve_alias(ty))).map(|(variant, ty, boxed)| {
            let variant = ident(variant);
            let ty_tokens = type_tokens(api, ty, false, Site::Types);
            let wrap = if *boxed { quote!(Box::new(value)) } else { quote!(value) };
            let from_str = if *api.resolve_alias(ty) == TypeRef::String {
                quote! {
                    impl From<&str> for #name {
                        fn from(value: &str) -> Self {
                            Self::#variant(value.to_owned())
                        }
                    }
                }
            } else {
                TokenStream::new()
            };
            quote! {
                impl From<#ty_tokens> for #name {
                    fn from(value: #ty_tokens) -> Self {
                        Self::#variant(#wrap)
                    }
                }
                #from_str
            }
        });
    quote!(#(#impls)*)
}

pub fn tagged_union_def(api: &Api, def: &TypeDef, u: &TaggedUnion, docs: &TokenStream) -> TokenStream {
    let name = ident(&def.name);
    let deprecated = deprecated_attr(def.deprecated);
    let tag = &u.tag;
    let variants = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let ty = type_tokens(api, &v.ty, v.boxed, Site::Types);
        let tags = v.tag_values.iter().map(|t| format!("`{t}`")).collect::<Vec<_>>().join(", ");
        let docs = docs_or(v.docs.as_deref(), || format!("`{tag}`: {tags}."));
        quote!(#docs #variant(#ty),)
    });
    let serialize_arms = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        match (v.inject_tag, v.tag_values.first()) {
            (true, Some(value)) => quote! {
                Self::#variant(value) => {
                    let mut object = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
                    if let Some(map) = object.as_object_mut() {
                        map.insert(#tag.to_owned(), serde_json::Value::from(#value));
                    }
                    Serialize::serialize(&object, serializer)
                }
            },
            _ => quote!(Self::#variant(value) => Serialize::serialize(value, serializer),),
        }
    });
    let unknown = ident(&u.catch_all);
    let deserialize_arms = tagged_arms(u, &unknown);
    let froms = from_impls(api, &name, u.variants.iter().map(|v| (v.name.as_str(), &v.ty, v.boxed)));
    // A union whose every member is unknowable has nothing to dispatch on.
    let decode = if u.variants.is_empty() {
        quote!(Ok(Self::#unknown(value)))
    } else {
        quote! {
            match value.get(#tag).and_then(serde_json::Value::as_str) {
                #(#deserialize_arms)*
                _ => Ok(Self::#unknown(value)),
            }
        }
    };
    let shell = UnionShell {
        catch_all: unknown,
        catch_all_docs: "A variant this version of the client does not know yet, kept as JSON.",
        serialize_arms: serialize_arms.collect(),
        froms,
        decode,
    };
    shell.tokens(&name, docs, &deprecated, variants.collect())
}

/// What tagged and untagged unions share: the enum with a catch-all variant holding raw
/// JSON, `Default` (the catch-all holding `null`), `From` impls, and serde impls that go
/// through a buffered `serde_json::Value` named `value`.
struct UnionShell {
    catch_all: Ident,
    catch_all_docs: &'static str,
    serialize_arms: Vec<TokenStream>,
    froms: TokenStream,
    /// Builds `Result<Self, D::Error>` from `value`.
    decode: TokenStream,
}

impl UnionShell {
    fn tokens(
        self,
        name: &Ident,
        docs: &TokenStream,
        deprecated: &TokenStream,
        variants: Vec<TokenStream>,
    ) -> TokenStream {
        let UnionShell { catch_all, catch_all_docs, serialize_arms, froms, decode } = self;
        let catch_all_doc = format!(" `{catch_all}(null)`: what a missing value decodes to.");
        let catch_all_docs = format!(" {catch_all_docs}");
        quote! {
            #docs
            #deprecated
            #[derive(Debug, Clone, PartialEq)]
            pub enum #name {
                #(#variants)*
                #[doc = #catch_all_docs]
                #catch_all(serde_json::Value),
            }
            #[doc = #catch_all_doc]
            impl Default for #name {
                fn default() -> Self {
                    Self::#catch_all(serde_json::Value::Null)
                }
            }
            #froms
            impl Serialize for #name {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    match self {
                        #(#serialize_arms)*
                        Self::#catch_all(value) => Serialize::serialize(value, serializer),
                    }
                }
            }
            impl<'de> Deserialize<'de> for #name {
                fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let value = <serde_json::Value as Deserialize>::deserialize(deserializer)?;
                    #decode
                }
            }
        }
    }
}

/// Match arms from tag values to variants. A value that several variants claim (the
/// OpenAI spec gives `message` to both a short and a full message form) is decided by the
/// variants' shapes.
fn tagged_arms(u: &TaggedUnion, unknown: &Ident) -> Vec<TokenStream> {
    let mut order: Vec<&str> = Vec::new();
    let mut claimants: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
    for (i, v) in u.variants.iter().enumerate() {
        for value in &v.tag_values {
            let entry = claimants.entry(value.as_str()).or_default();
            if entry.is_empty() {
                order.push(value);
            }
            entry.push(i);
        }
    }
    let mut arms = Vec::new();
    // Values with one claimant, grouped per variant in variant order.
    for (i, v) in u.variants.iter().enumerate() {
        let own: Vec<&str> = order.iter().copied().filter(|value| claimants[value] == [i]).collect();
        if own.is_empty() {
            continue;
        }
        let variant = ident(&v.name);
        arms.push(quote!(Some(#(#own)|*) => codec::from_value(value).map(Self::#variant),));
    }
    for value in order.iter().filter(|value| claimants[*value].len() > 1) {
        let candidates = &claimants[value];
        let shapes = candidates.iter().map(|&i| shape_tokens(&u.variants[i].shape.object));
        let picks = candidates.iter().enumerate().map(|(slot, &i)| {
            let variant = ident(&u.variants[i].name);
            let slot = proc_macro2::Literal::usize_unsuffixed(slot);
            quote!(Some(#slot) => codec::from_value(value).map(Self::#variant),)
        });
        arms.push(quote! {
            Some(#value) => match value.as_object().and_then(|object| codec::best_object_variant(object, &[#(#shapes),*])) {
                #(#picks)*
                _ => Ok(Self::#unknown(value)),
            },
        });
    }
    arms
}

/// A `codec::ObjectShape` literal.
fn shape_tokens(shape: &crate::ir::ObjectShape) -> TokenStream {
    let required = &shape.required;
    let known = &shape.known;
    let constants = shape.constants.iter().map(|(k, v)| quote!((#k, #v)));
    quote!(codec::ObjectShape { required: &[#(#required),*], known: &[#(#known),*], constants: &[#(#constants),*] })
}

pub fn untagged_union_def(api: &Api, def: &TypeDef, u: &UntaggedUnion, docs: &TokenStream) -> TokenStream {
    let name = ident(&def.name);
    let deprecated = deprecated_attr(def.deprecated);
    let variants = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let ty = type_tokens(api, &v.ty, v.boxed, Site::Types);
        let docs = docs_or(v.docs.as_deref(), || format!("{} `{}` value.", article(&v.name), v.name));
        quote!(#docs #variant(#ty),)
    });
    let serialize_arms = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        quote!(Self::#variant(value) => Serialize::serialize(value, serializer),)
    });
    let all: Vec<usize> = (0..u.variants.len()).collect();
    let by_kind = kind_match(api, u, &all, Level::Value);
    let froms = from_impls(
        api,
        &name,
        u.variants.iter().map(|v| (v.name.as_str(), &v.ty, v.boxed)).filter(|(_, ty, _)| **ty != TypeRef::Any),
    );
    let shell = UnionShell {
        catch_all: ident(&u.catch_all),
        catch_all_docs: "A value matching none of the shapes this client knows, kept as JSON.",
        serialize_arms: serialize_arms.collect(),
        froms,
        decode: by_kind,
    };
    shell.tokens(&name, docs, &deprecated, variants.collect())
}

/// `Deserialize` for a struct: an `ObjectFields` impl (one match arm per property) that the
/// runtime's `deserialize_object` drives. Required fields read through `codec::Lenient`, so
/// `null` is their default; unknown keys are skipped, or kept among the extra properties.
pub fn struct_deserialize(def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let expecting = format!("{} `{}` object", article(&def.name).to_lowercase(), def.name);
    let arms: Vec<TokenStream> = s
        .fields
        .iter()
        .map(|f| {
            let field = ident(&f.name);
            let wire = &f.wire_name;
            if f.null_setter.is_some() {
                // A key that is there, `null` too, is set; a missing one stays `None`.
                quote!(#wire => self.#field = Some(map.next_value()?),)
            } else if f.ty.is_option() {
                quote!(#wire => self.#field = map.next_value()?,)
            } else {
                quote!(#wire => self.#field = map.next_value::<codec::Lenient<_>>()?.0,)
            }
        })
        .collect();
    let unknown = match &s.additional {
        Some(extra) => {
            let field = ident(&extra.field);
            quote!({
                let value = map.next_value()?;
                self.#field.insert(key.into_string(), value);
            })
        }
        None => quote!({
            map.next_value::<serde::de::IgnoredAny>()?;
        }),
    };
    let body = if arms.is_empty() {
        let unused = s.additional.is_none().then(|| quote!(let _ = key;));
        quote!(#unused #unknown)
    } else {
        quote! {
            match key.as_str() {
                #(#arms)*
                _ => #unknown
            }
        }
    };
    quote! {
        impl codec::ObjectFields for #name {
            const EXPECTING: &'static str = #expecting;
            fn field<'de, A: serde::de::MapAccess<'de>>(
                &mut self,
                key: codec::Key<'de>,
                map: &mut A,
            ) -> Result<(), A::Error> {
                #body
                Ok(())
            }
        }
        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                codec::deserialize_object(deserializer)
            }
        }
    }
}

/// `Serialize` for a struct: an object of its fields, an absent optional field left out,
/// then the extra properties. Written out rather than derived: serde's derive expands to
/// several times this much code (a `serialize_struct` with a computed length and a skip
/// check per field), which every build of the crate type-checks and borrow-checks.
pub fn struct_serialize(def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let entries: Vec<TokenStream> = s
        .fields
        .iter()
        .map(|f| {
            let field = ident(&f.name);
            let wire = &f.wire_name;
            if f.ty.is_option() && !f.required {
                quote!(codec::optional_entry(&mut map, #wire, &self.#field)?;)
            } else {
                quote!(map.serialize_entry(#wire, &self.#field)?;)
            }
        })
        .chain(s.additional.as_ref().map(|extra| {
            let field = ident(&extra.field);
            quote!(for (key, value) in &self.#field { map.serialize_entry(key, value)?; })
        }))
        .collect();
    let body = if entries.is_empty() {
        quote!(serializer.serialize_map(Some(0))?.end())
    } else {
        quote! {
            let mut map = serializer.serialize_map(None)?;
            #(#entries)*
            map.end()
        }
    };
    quote! {
        impl Serialize for #name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap as _;
                #body
            }
        }
    }
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['A', 'E', 'I', 'O', 'U']) { "An" } else { "A" }
}

/// What an untagged union dispatches on: the value itself, or the first item of an array.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Value,
    FirstItem,
}

/// The JSON kinds and object shape of a variant at `level`.
fn shape_at(v: &crate::ir::UntaggedVariant, level: Level) -> (crate::ir::JsonKinds, &crate::ir::ObjectShape) {
    match (level, &v.shape.items) {
        (Level::Value, _) => (v.shape.kinds, &v.shape.object),
        (Level::FirstItem, Some(items)) => (items.kinds, &items.shape),
        (Level::FirstItem, None) => (crate::ir::JsonKinds::default(), &v.shape.object),
    }
}

/// How one arm of a kind match chooses among its candidate variants.
enum Choice {
    /// The first that decodes (the last one reports its error).
    Try,
    /// By the keys of the object.
    Keys,
    /// By the first item of the array.
    FirstItem,
}

/// `match` on the JSON kind (of the value, or of an array's first item) with one arm per kind
/// some variant takes, each decoding the whole `value` into the variant that kind (and for
/// objects, the keys) selects; every other kind is `Other`.
fn kind_match(api: &Api, u: &UntaggedUnion, candidates: &[usize], level: Level) -> TokenStream {
    let pick = |select: fn(&crate::ir::JsonKinds) -> bool| -> Vec<usize> {
        candidates.iter().copied().filter(|&i| select(&shape_at(&u.variants[i], level).0)).collect()
    };
    let integers = pick(|k| k.integer || k.number);
    let numbers = pick(|k| k.number);
    let arrays = pick(|k| k.array);
    let objects = pick(|k| k.object);
    let mut arms: Vec<(TokenStream, Vec<usize>, Choice)> = vec![
        (quote!(serde_json::Value::Null), pick(|k| k.null), Choice::Try),
        (quote!(serde_json::Value::Bool(_)), pick(|k| k.boolean), Choice::Try),
    ];
    if integers != numbers {
        // Integral numbers can also go to integer variants, tried first.
        let pattern = quote!(serde_json::Value::Number(number) if number.is_i64() || number.is_u64());
        arms.push((pattern, integers, Choice::Try));
    }
    arms.push((quote!(serde_json::Value::Number(_)), numbers, Choice::Try));
    arms.push((quote!(serde_json::Value::String(_)), pick(|k| k.string), Choice::Try));
    // Several array variants: their first item decides (a `Vec` of forgiving structs would
    // accept any list of objects, so trying each in turn would always pick the first).
    arms.push(match arrays.len() {
        2.. if level == Level::Value => (quote!(serde_json::Value::Array(items)), arrays, Choice::FirstItem),
        _ => (quote!(serde_json::Value::Array(_)), arrays, Choice::Try),
    });
    arms.push(match objects.len() {
        2.. => (quote!(serde_json::Value::Object(object)), objects, Choice::Keys),
        _ => (quote!(serde_json::Value::Object(_)), objects, Choice::Try),
    });
    let other = ident(&u.catch_all);
    let catch_all = arms.iter().any(|(_, c, _)| c.is_empty()).then(|| quote!(_ => Ok(Self::#other(value)),));
    let arms = arms.into_iter().filter(|(_, c, _)| !c.is_empty()).map(|(pattern, candidates, choice)| {
        let body = match choice {
            Choice::Try => dispatch(api, u, &candidates),
            Choice::Keys => object_dispatch(api, u, &candidates, level),
            Choice::FirstItem => array_dispatch(api, u, &candidates),
        };
        quote!(#pattern => #body,)
    });
    let scrutinee = match level {
        Level::Value => quote!(&value),
        Level::FirstItem => quote!(first),
    };
    quote! {
        match #scrutinee {
            #(#arms)*
            #catch_all
        }
    }
}

/// Several array variants: an empty array is the first; otherwise the first item's kind and
/// keys choose.
fn array_dispatch(api: &Api, u: &UntaggedUnion, candidates: &[usize]) -> TokenStream {
    let empty = dispatch(api, u, &candidates[..1]);
    let by_item = kind_match(api, u, candidates, Level::FirstItem);
    quote! {
        match items.first() {
            None => #empty,
            Some(first) => #by_item,
        }
    }
}

/// Decodes into the first candidate that accepts the value; the last one reports its error.
fn dispatch(api: &Api, u: &UntaggedUnion, candidates: &[usize]) -> TokenStream {
    let Some((last, rest)) = candidates.split_last() else {
        let other = ident(&u.catch_all);
        return quote!(Ok(Self::#other(value)));
    };
    let tries = rest.iter().map(|&i| {
        let v = &u.variants[i];
        let variant = ident(&v.name);
        let ty = type_tokens(api, &v.ty, v.boxed, Site::Types);
        quote! {
            if let Ok(decoded) = codec::from_value::<#ty, D::Error>(value.clone()) {
                return Ok(Self::#variant(decoded));
            }
        }
    });
    let last = ident(&u.variants[*last].name);
    quote!({
        #(#tries)*
        codec::from_value(value).map(Self::#last)
    })
}

/// Several object variants: the one whose required keys are present and which knows most keys.
fn object_dispatch(api: &Api, u: &UntaggedUnion, candidates: &[usize], level: Level) -> TokenStream {
    if candidates.len() < 2 {
        return dispatch(api, u, candidates);
    }
    let shapes = candidates.iter().map(|&i| shape_tokens(shape_at(&u.variants[i], level).1));
    let arms = candidates.iter().enumerate().map(|(slot, &i)| {
        let variant = ident(&u.variants[i].name);
        let slot = proc_macro2::Literal::usize_unsuffixed(slot);
        quote!(Some(#slot) => codec::from_value(value).map(Self::#variant),)
    });
    let other = ident(&u.catch_all);
    quote! {
        match codec::best_object_variant(object, &[#(#shapes),*]) {
            #(#arms)*
            _ => Ok(Self::#other(value)),
        }
    }
}

/// `impl ToMultipart`, encoding the way OpenAI's API and the official SDKs do: files as file
/// parts, scalars as text, lists as repeated `name[]` parts (a list of files with a single
/// file as a plain `name` part), objects as bracketed `name[key]` fields — unless the body's
/// `encoding` gives a property's part a content type: JSON then sends the whole value as
/// one JSON part, another type sends text with that type.
pub fn to_multipart(api: &Api, def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let parts = s.fields.iter().map(|f| {
        let field = ident(&f.name);
        let wire = &f.wire_name;
        let listed = if wire.ends_with("[]") { wire.clone() } else { format!("{wire}[]") };
        let part_type = def
            .part_types
            .iter()
            .find(|(property, _)| property == wire)
            .and_then(|(_, types)| types.split(',').next())
            .map(str::trim);
        let resolved = api.resolve_alias(f.ty.unwrap_option());
        let add = match (part_type, resolved) {
            (Some(json), _) if json == "application/json" || json.ends_with("+json") => {
                quote!(form = form.json_part(#wire, values);)
            }
            (Some(content_type), other) if matches!(part_kind(api, other), PartKind::Text) => {
                quote!(form = form.typed_text(#wire, values, #content_type);)
            }
            (_, TypeRef::Array(item)) => match part_kind(api, item) {
                PartKind::File => quote! {
                    match values.as_slice() {
                        [single] => form = form.file(#wire, single),
                        many => for item in many { form = form.file(#listed, item); },
                    }
                },
                PartKind::Text => quote!(for item in values { form = form.text(#listed, item); }),
                PartKind::FileOr(union, file) => quote! {
                    for item in values {
                        form = match item {
                            crate::types::#union::#file(file) => form.file(#listed, file),
                            other => form.fields(#listed, other),
                        };
                    }
                },
                PartKind::Structured => quote!(form = form.fields(#wire, values);),
            },
            (_, other) => match part_kind(api, other) {
                PartKind::File => quote!(form = form.file(#wire, values);),
                PartKind::Text => quote!(form = form.text(#wire, values);),
                PartKind::FileOr(union, file) => quote! {
                    form = match values {
                        crate::types::#union::#file(file) => form.file(#wire, file),
                        other => form.fields(#wire, other),
                    };
                },
                PartKind::Structured => quote!(form = form.fields(#wire, values);),
            },
        };
        if f.ty.is_option() {
            quote!(if let Some(values) = &self.#field { #add })
        } else {
            quote!({ let values = &self.#field; #add })
        }
    });
    let binding = if s.fields.is_empty() { quote!(let form) } else { quote!(let mut form) };
    quote! {
        impl crate::runtime::ToMultipart for #name {
            fn to_multipart(&self) -> crate::runtime::MultipartForm {
                #binding = crate::runtime::MultipartForm::new();
                #(#parts)*
                form
            }
        }
    }
}

enum PartKind {
    File,
    Text,
    /// An untagged union with a file among its variants (this one): a file part when it
    /// holds the file, bracketed fields otherwise.
    FileOr(Ident, Ident),
    /// Objects, unions and anything else with structure: bracketed fields.
    Structured,
}

fn part_kind(api: &Api, ty: &TypeRef) -> PartKind {
    match api.resolve_alias(ty) {
        TypeRef::Binary => PartKind::File,
        TypeRef::String | TypeRef::Integer(_) | TypeRef::Number(_) | TypeRef::Boolean => PartKind::Text,
        TypeRef::Named(id) if matches!(api.ty(*id).kind, TypeKind::Enum(_)) => PartKind::Text,
        TypeRef::Named(id) => match &api.ty(*id).kind {
            TypeKind::UntaggedUnion(u) => u
                .variants
                .iter()
                .find(|v| matches!(api.resolve_alias(&v.ty), TypeRef::Binary))
                .map_or(PartKind::Structured, |v| PartKind::FileOr(ident(&api.ty(*id).name), ident(&v.name))),
            _ => PartKind::Structured,
        },
        _ => PartKind::Structured,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `Deserialize` impl emitted for the untagged union `name` of a spec's schemas.
    fn union_tokens(schemas: &str, name: &str) -> String {
        let api = crate::lower::lower_schemas(schemas);
        let def = api.types.iter().find(|t| t.name == name).unwrap();
        let TypeKind::UntaggedUnion(u) = &def.kind else { panic!("{def:?}") };
        untagged_union_def(&api, def, u, &TokenStream::new()).to_string()
    }

    #[test]
    fn kinds_no_variant_takes_share_one_catch_all_arm() {
        let tokens = union_tokens("    Label: {anyOf: [{type: string}, {type: number}]}\n", "Label");
        assert!(!tokens.contains("Value :: Null =>"), "{tokens}");
        assert!(!tokens.contains("is_i64"), "integers need no arm of their own: {tokens}");
        assert!(tokens.contains("_ => Ok (Self :: Other (value))"), "{tokens}");
    }

    #[test]
    fn several_array_variants_dispatch_on_the_first_item() {
        let tokens = union_tokens(
            "    Ids: {oneOf: [{type: array, items: {type: integer}}, {type: array, items: {type: string}}]}\n",
            "Ids",
        );
        assert!(tokens.contains("items . first ()"), "{tokens}");
        assert!(tokens.contains("IntegerArray") && tokens.contains("StringArray"), "{tokens}");
    }

    #[test]
    fn articles() {
        assert_eq!(article("Integer"), "An");
        assert_eq!(article("String"), "A");
    }
}
