//! `tests/api.rs` (with `--with-tests`): one test per operation and request sample, the
//! way the official OpenAI SDKs test themselves against a mock server of the spec. Each
//! test builds its request through the generated API as a user would (constructors,
//! setters, enum variants, union variants), calls the operation on the server named by
//! `TEST_API_BASE_URL`, and decodes the answer into the generated type — streams read to
//! their end, binary bodies read whole. The samples come from lowering (`RequestSample`).

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;

use super::builders::has_setter;
use super::resources::is_copy;
use super::tokens::{Site, ident, type_tokens};
use crate::ir::{
    Api, ApiTest, BodyKind, EnumValue, Field, FloatWidth, IntWidth, JsonKinds, ObjectShape, Operation, ResponseKind,
    Struct, TypeKind, TypeRef, UntaggedVariant,
};

/// The environment variable naming the server the tests call.
pub const BASE_URL_VARIABLE: &str = "TEST_API_BASE_URL";

pub fn api_tests(api: &Api, lib_name: &str) -> TokenStream {
    let krate = ident(lib_name);
    let tests = api.operations.iter().flat_map(|op| op.tests.iter().map(move |test| test_fn(api, op, test)));
    let doc = [
        " Conformance tests: every operation called with requests built from the spec, against a mock".to_owned(),
        " server of the same spec (one that validates requests, such as Steady or Prism), decoding".to_owned(),
        " every answer into the generated types.".to_owned(),
        String::new(),
        format!(" `{BASE_URL_VARIABLE}=http://127.0.0.1:4010 cargo test --test api`"),
        String::new(),
        " The tests are not part of a plain `cargo test`: they need the server.".to_owned(),
    ];
    let missing = format!(
        "{BASE_URL_VARIABLE} is not set: these tests call a mock server of the spec; start one (for example `npx @stdy/cli <spec>`) and set {BASE_URL_VARIABLE} to its address"
    );
    let stream_import = api.operations.iter().any(|op| op.stream.is_some()).then(|| {
        quote!(
            use futures_util::StreamExt;
        )
    });
    quote! {
        #(#![doc = #doc])*
        #![allow(deprecated, clippy::too_many_lines)]

        #stream_import

        /// The generated types, under the paths the test bodies name them by (a spec whose
        /// tests name none leaves the import unused).
        mod types {
            #[allow(unused_imports)]
            pub use ::#krate::types::*;
        }

        /// The runtime's public items (`FileUpload`), likewise.
        mod runtime {
            #[allow(unused_imports)]
            pub use ::#krate::runtime::*;
        }

        /// A client for the server in `TEST_API_BASE_URL` (no retries; a mock server that
        /// takes 30 s has hung); a missing address fails the test.
        fn client() -> ::#krate::Client {
            let Ok(base_url) = std::env::var(#BASE_URL_VARIABLE) else {
                panic!(#missing);
            };
            ::#krate::Client::builder()
                .api_key("test-api-key")
                .base_url(base_url)
                .max_retries(0)
                .timeout(std::time::Duration::from_secs(30))
                .build()
                .expect("a client for the test server")
        }

        /// The value of a call, or a failure naming the operation and the error (status,
        /// request id and the server's explanation, or the JSON path that did not decode).
        fn ok<T>(operation: &str, result: ::#krate::Result<T>) -> T {
            match result {
                Ok(value) => value,
                Err(::#krate::Error::Api(error)) if error.body.is_some() => {
                    panic!("{operation}: {error}\nresponse body: {}", error.body.as_deref().unwrap_or(""))
                }
                Err(error) => panic!("{operation}: {error}"),
            }
        }

        #(#tests)*
    }
}

fn test_fn(api: &Api, op: &Operation, test: &ApiTest) -> TokenStream {
    let (sample, stream) = (&op.samples[test.sample], test.stream);
    let name = ident(&test.name);
    let mut chain = vec![op.resource];
    while let Some(parent) = api.resources[chain[chain.len() - 1]].parent {
        chain.push(parent);
    }
    let resource = chain.iter().rev().map(|&i| ident(&api.resources[i].accessor));
    let method = ident(&test.method);
    let values = Values { api, depth: std::cell::Cell::new(0) };
    let mut setup = Vec::new();
    let mut args = Vec::new();
    for (param, value) in op.path_params.iter().zip(&sample.path) {
        let ty = param.ty.unwrap_option();
        args.push(match ty {
            TypeRef::String => {
                let text = text_of(value);
                quote!(#text)
            }
            other if is_copy(other) => values.expr(other, value),
            other => {
                let value = values.expr(other, value);
                quote!(&#value)
            }
        });
    }
    if let Some(id) = op.params {
        let object = Value::Object(sample.params.iter().cloned().collect());
        let params = values.named(id, &object, &[]);
        setup.push(quote!(let params = #params;));
        args.push(quote!(&params));
    }
    if let (Some(body), Some(value)) = (&op.body, &sample.body) {
        match &body.kind {
            BodyKind::Raw(_) => {
                let bytes = Literal::byte_string(text_of(value).as_bytes());
                args.push(quote!(#bytes.to_vec()));
            }
            _ => {
                // The plain method of a streaming operation must not ask for a stream.
                let skip: &[&str] = if body.has_stream_flag { &["stream"] } else { &[] };
                let request = values.expr_skipping(&body.ty, value, skip);
                setup.push(quote!(let request = #request;));
                args.push(quote!(&request));
            }
        }
    }
    let what = format!("{} ({}, {} request{})", op.id, route(op), sample.label, if stream { ", streamed" } else { "" });
    let call = quote!(client #(.#resource())* .#method(#(#args),*).await);
    let check = if stream {
        quote! {
            let mut events = ok(#what, #call);
            while let Some(event) = events.next().await {
                ok(#what, event);
            }
        }
    } else {
        match &op.response {
            ResponseKind::Binary => quote! {
                let bytes = ok(#what, #call);
                let _ = bytes.len();
            },
            ResponseKind::Empty => quote!(ok(#what, #call);),
            ResponseKind::Json(_) | ResponseKind::Text => quote!(let _response = ok(#what, #call);),
        }
    };
    quote! {
        #[tokio::test]
        async fn #name() {
            let client = client();
            #(#setup)*
            #check
        }
    }
}

/// `GET /pets/{id}`, for failure messages.
fn route(op: &Operation) -> String {
    let path: String = op
        .path
        .iter()
        .map(|part| match part {
            crate::ir::PathPart::Literal(text) => text.clone(),
            crate::ir::PathPart::Param(i) => format!("{{{}}}", op.path_params[*i].wire_name),
        })
        .collect();
    format!("{} {path}", op.http_method.as_upper())
}

fn text_of(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

/// Rust expressions that build a JSON value as a given generated type.
struct Values<'a> {
    api: &'a Api,
    /// How deep the expression being built is: a type that holds itself through aliases
    /// (`A = Vec<A>`) and a value that does not end it are cut off with `Default`.
    depth: std::cell::Cell<usize>,
}

/// Deeper than this, an expression is `Default::default()`.
const MAX_DEPTH: usize = 48;

impl Values<'_> {
    fn expr(&self, ty: &TypeRef, value: &Value) -> TokenStream {
        self.expr_skipping(ty, value, &[])
    }

    /// `skip` names top-level properties left unset.
    fn expr_skipping(&self, ty: &TypeRef, value: &Value, skip: &[&str]) -> TokenStream {
        if self.depth.get() > MAX_DEPTH {
            return quote!(Default::default());
        }
        self.depth.set(self.depth.get() + 1);
        let expr = self.expr_at(ty, value, skip);
        self.depth.set(self.depth.get() - 1);
        expr
    }

    fn expr_at(&self, ty: &TypeRef, value: &Value, skip: &[&str]) -> TokenStream {
        match ty {
            TypeRef::Option(_) if value.is_null() => quote!(None),
            TypeRef::Option(inner) => {
                let inner = self.expr_skipping(inner, value, skip);
                quote!(Some(#inner))
            }
            TypeRef::Named(id) => self.named(*id, value, skip),
            TypeRef::String => {
                let text = text_of(value);
                quote!(String::from(#text))
            }
            TypeRef::Integer(IntWidth::I32) => {
                let n = Literal::i32_suffixed(value.as_i64().and_then(|n| i32::try_from(n).ok()).unwrap_or(1));
                quote!(#n)
            }
            TypeRef::Integer(IntWidth::I64) => {
                let n = Literal::i64_suffixed(value.as_i64().unwrap_or(1));
                quote!(#n)
            }
            TypeRef::Number(width) => {
                let n = value.as_f64().filter(|n| n.is_finite()).unwrap_or(1.5);
                let n = match width {
                    FloatWidth::F32 => Literal::f32_suffixed(n as f32),
                    FloatWidth::F64 => Literal::f64_suffixed(n),
                };
                quote!(#n)
            }
            TypeRef::Boolean => {
                let b = value.as_bool().unwrap_or(false);
                quote!(#b)
            }
            TypeRef::Binary => {
                let bytes = Literal::byte_string(text_of(value).as_bytes());
                quote!(crate::runtime::FileUpload::from_bytes("sample.txt", #bytes.to_vec()))
            }
            TypeRef::Any => {
                let json = value.to_string();
                quote!(::serde_json::from_str::<::serde_json::Value>(#json).expect("sample JSON"))
            }
            TypeRef::Array(item) => {
                // A union of one thing or a list of them is a list in Rust (files, say).
                let one = std::slice::from_ref(value);
                let items = value.as_array().map_or(one, Vec::as_slice).iter().map(|v| self.expr(item, v));
                quote!(vec![#(#items),*])
            }
            TypeRef::Map(item) => {
                let entries = value.as_object().into_iter().flatten().map(|(key, v)| {
                    let v = self.expr(item, v);
                    quote!((String::from(#key), #v))
                });
                // Typed, so an empty map still says what it holds (map setters take any pairs).
                let value_ty = type_tokens(self.api, item, false, Site::Elsewhere);
                quote!(::std::collections::BTreeMap::<String, #value_ty>::from([#(#entries),*]))
            }
        }
    }

    fn named(&self, id: crate::ir::TypeId, value: &Value, skip: &[&str]) -> TokenStream {
        let def = self.api.ty(id);
        let name = type_tokens(self.api, &TypeRef::Named(id), false, Site::Elsewhere);
        match &def.kind {
            TypeKind::Alias(target) => self.expr_skipping(target, value, skip),
            TypeKind::Enum(e) => {
                let found = e.variants.iter().find(|v| match (&v.value, value) {
                    (EnumValue::String(s), Value::String(x)) => s == x,
                    (EnumValue::Integer(n), Value::Number(x)) => x.as_i64() == Some(*n),
                    _ => false,
                });
                match found {
                    Some(variant) => {
                        let variant = ident(&variant.name);
                        quote!(#name::#variant)
                    }
                    None if super::types::is_integer_enum(e) => {
                        let n = Literal::i64_suffixed(value.as_i64().unwrap_or(0));
                        let other = ident(&e.catch_all);
                        quote!(#name::#other(#n))
                    }
                    None => {
                        let text = text_of(value);
                        let other = ident(&e.catch_all);
                        quote!(#name::#other(String::from(#text)))
                    }
                }
            }
            TypeKind::Struct(s) | TypeKind::Params(s) => self.structure(&name, s, value, skip),
            TypeKind::TaggedUnion(u) => {
                let tag = value.get(&u.tag).and_then(Value::as_str).unwrap_or("");
                match u.variants.iter().find(|v| v.tag_values.iter().any(|t| t == tag)) {
                    Some(variant) => {
                        let inner = self.expr(&variant.ty, value);
                        let inner = if variant.boxed { quote!(Box::new(#inner)) } else { inner };
                        let variant = ident(&variant.name);
                        quote!(#name::#variant(#inner))
                    }
                    None => {
                        let json = value.to_string();
                        let unknown = ident(&u.catch_all);
                        quote!(#name::#unknown(::serde_json::from_str(#json).expect("sample JSON")))
                    }
                }
            }
            TypeKind::UntaggedUnion(u) => match u.variants.iter().find(|v| accepts(v, value)) {
                Some(variant) => {
                    let inner = self.expr(&variant.ty, value);
                    let inner = if variant.boxed { quote!(Box::new(#inner)) } else { inner };
                    let variant = ident(&variant.name);
                    quote!(#name::#variant(#inner))
                }
                None => {
                    let json = value.to_string();
                    let other = ident(&u.catch_all);
                    quote!(#name::#other(::serde_json::from_str(#json).expect("sample JSON")))
                }
            },
        }
    }

    /// `Type::new(required..).optional(..)`; fields without setters (a flattened union,
    /// which takes the whole object) are set on the value afterwards.
    fn structure(&self, name: &TokenStream, s: &Struct, value: &Value, skip: &[&str]) -> TokenStream {
        let object = value.as_object();
        let field_value = |f: &Field| -> Option<Value> {
            if f.flatten {
                return Some(value.clone());
            }
            if skip.contains(&f.wire_name.as_str()) {
                return None;
            }
            object.and_then(|o| o.get(&f.wire_name)).cloned()
        };
        let required: Vec<&Field> = s.fields.iter().filter(|f| f.constant.is_none() && !f.ty.is_option()).collect();
        let args = required.iter().map(|f| match field_value(f) {
            Some(v) => self.expr(&f.ty, &v),
            None => quote!(Default::default()),
        });
        let setters = s.fields.iter().filter(|f| f.ty.is_option() && has_setter(f)).filter_map(|f| {
            let v = field_value(f)?;
            if v.is_null() {
                // A sample's `null` is sent where the field can carry one apart from unset.
                let null = ident(f.null_setter.as_ref()?);
                return Some(quote!(.#null()));
            }
            let setter = ident(&f.setter);
            let v = self.expr(f.ty.unwrap_option(), &v);
            Some(quote!(.#setter(#v)))
        });
        quote!(#name::new(#(#args),*) #(#setters)*)
    }
}

/// Whether an untagged variant can hold `value`: its JSON kind, and for objects its
/// required keys and fixed values.
fn accepts(variant: &UntaggedVariant, value: &Value) -> bool {
    let kinds: JsonKinds = variant.shape.kinds;
    match value {
        Value::Null => kinds.null,
        Value::Bool(_) => kinds.boolean,
        Value::Number(n) if n.is_i64() || n.is_u64() => kinds.integer || kinds.number,
        Value::Number(_) => kinds.number,
        Value::String(_) => kinds.string,
        Value::Array(_) => kinds.array,
        Value::Object(object) => kinds.object && shape_fits(&variant.shape.object, object),
    }
}

fn shape_fits(shape: &ObjectShape, object: &serde_json::Map<String, Value>) -> bool {
    shape.required.iter().all(|key| object.contains_key(key))
        && shape.constants.iter().all(|(key, fixed)| object.get(key).and_then(Value::as_str).is_none_or(|v| v == fixed))
}
