//! Constructors and setters for request types: `new` takes the required fields, one setter
//! per field takes `impl Into<T>`, so `CreateResponse::new("gpt-5").input("Hello")` reads
//! naturally and optional fields never need `Some(..)`. Setter names come from lowering
//! (`Field::setter`).

use proc_macro2::TokenStream;
use quote::quote;

use super::tokens::{Site, deprecated_attr, ident, type_tokens};
use crate::ir::{Api, Field, Struct, TypeDef, TypeRef};

pub fn struct_builder(api: &Api, def: &TypeDef, s: &Struct) -> TokenStream {
    let name = ident(&def.name);
    let required: Vec<&Field> = s.fields.iter().filter(|f| f.in_constructor()).collect();
    let args = required.iter().map(|f| {
        let arg = ident(&f.name);
        let ty = type_tokens(api, &f.ty, false, Site::Types);
        quote!(#arg: impl Into<#ty>)
    });
    let inits = required.iter().map(|f| {
        let field = ident(&f.name);
        let value = if f.boxed { quote!(Box::new(#field.into())) } else { quote!(#field.into()) };
        quote!(#field: #value)
    });
    let rest = if required.len() < s.fields.len() || s.additional.is_some() {
        quote!(..Default::default())
    } else {
        TokenStream::new()
    };
    let setters = s.fields.iter().filter(|f| has_setter(f)).map(|f| setter(api, f));
    let null_setters = s.fields.iter().filter(|f| has_setter(f)).filter_map(null_setter);
    let doc = if required.is_empty() {
        " Creates a value with every field unset.".to_owned()
    } else {
        let names: Vec<String> = required.iter().map(|f| format!("`{}`", f.name)).collect();
        format!(" Creates a value from its required fields ({}); the rest start unset.", names.join(", "))
    };
    quote! {
        impl #name {
            #[doc = #doc]
            #[must_use]
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits,)* #rest }
            }
            #(#setters)*
            #(#null_setters)*
        }
    }
}

/// `<setter>_null()`: sends an explicit `null` for a field that keeps one apart from
/// leaving it out.
fn null_setter(f: &Field) -> Option<TokenStream> {
    let method = ident(f.null_setter.as_ref()?);
    let field = ident(&f.name);
    let doc = format!(" Sets `{}` to `null`, which the API reads apart from leaving it out.", f.name);
    let deprecated = deprecated_attr(f.deprecated);
    Some(quote! {
        #[doc = #doc]
        #deprecated
        #[must_use]
        pub fn #method(mut self) -> Self {
            self.#field = Some(crate::runtime::Nullable::Null);
            self
        }
    })
}

/// Values `Default` fills in (required constants, union tags) and read-only fields (the
/// server sets them; requests never carry them) get no setter ([`Field::has_setter`]).
pub(super) fn has_setter(f: &Field) -> bool {
    f.has_setter()
}

fn setter(api: &Api, f: &Field) -> TokenStream {
    let field = ident(&f.name);
    let method = ident(&f.setter);
    let inner = f.ty.unwrap_option();
    let ty = type_tokens(api, inner, false, Site::Types);
    let converted = if f.boxed { quote!(Box::new(value.into())) } else { quote!(value.into()) };
    let assigned = match (&f.null_setter, f.ty.is_option()) {
        (Some(_), _) => quote!(Some(crate::runtime::Nullable::Value(#converted))),
        (None, true) => quote!(Some(#converted)),
        (None, false) => converted,
    };
    let doc = format!(" Sets `{}`.", f.name);
    // Setting a deprecated field warns like touching it would.
    let deprecated = deprecated_attr(f.deprecated);
    // A map takes any pairs (`[("user", "42")]`, a `HashMap`), not only its own type.
    if let (TypeRef::Map(value_ty), false) = (api.resolve_alias(inner), f.boxed) {
        let value_ty = type_tokens(api, value_ty, false, Site::Types);
        let collected = quote!(entries.into_iter().map(|(k, v)| (k.into(), v.into())).collect());
        let assigned = if f.ty.is_option() { quote!(Some(#collected)) } else { collected };
        return quote! {
            #[doc = #doc]
            #deprecated
            #[must_use]
            pub fn #method<K: Into<String>, V: Into<#value_ty>>(mut self, entries: impl IntoIterator<Item = (K, V)>) -> Self {
                self.#field = #assigned;
                self
            }
        };
    }
    quote! {
        #[doc = #doc]
        #deprecated
        #[must_use]
        pub fn #method(mut self, value: impl Into<#ty>) -> Self {
            self.#field = #assigned;
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Constant;

    fn field(ty: TypeRef) -> Field {
        Field::new("f", "f", ty)
    }

    #[test]
    fn filled_in_and_read_only_fields_have_no_setter() {
        assert!(has_setter(&field(TypeRef::String)));
        let required_constant = Field { constant: Some(Constant::String("x".into())), ..field(TypeRef::String) };
        assert!(!has_setter(&required_constant));
        let optional_constant =
            Field { constant: Some(Constant::String("x".into())), ..field(TypeRef::String.optional()) };
        assert!(has_setter(&optional_constant));
        let tag = Field { tag: true, ..optional_constant };
        assert!(!has_setter(&tag));
        let read_only = Field { read_only: true, ..field(TypeRef::String.optional()) };
        assert!(!has_setter(&read_only));
    }
}
