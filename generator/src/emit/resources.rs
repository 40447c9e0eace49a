//! `src/resources/`: one file per top-level resource, each holding that resource's struct,
//! its sub-resources, and one method per operation.

use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::imports::{Imports, Item};
use super::tokens::{doc_attrs, ident, type_tokens_with};
use crate::ir::{
    Api, BodyKind, Field, Operation, ParamLocation, PathParam, PathPart, Resource, ResponseKind, Style, StyleKind,
    TypeKind, TypeRef, WebSocketEndpoint,
};

/// A resource that only holds WebSocket endpoints (directly or below it) exists only with
/// the `realtime` feature, so crates built without it carry no dead code.
fn realtime_only(api: &Api, index: usize) -> bool {
    let resource = &api.resources[index];
    resource.operations.is_empty()
        && resource.children.iter().all(|&c| realtime_only(api, c))
        && (api.websockets.iter().any(|w| w.resource == index) || !resource.children.is_empty())
}

fn feature_gate(api: &Api, index: usize) -> TokenStream {
    let feature = super::parts::Parts::realtime_feature();
    if realtime_only(api, index) { quote!(#[cfg(feature = #feature)]) } else { TokenStream::new() }
}

/// The `cfg` of a root resource's module and accessor: its group's feature, or `realtime`
/// (which enables the group's) when it only holds WebSocket endpoints.
fn root_gate(api: &Api, root: usize) -> TokenStream {
    match super::gates::resource_feature(api, root) {
        Some(feature) if !realtime_only(api, root) => quote!(#[cfg(feature = #feature)]),
        _ => feature_gate(api, root),
    }
}

fn index_of(api: &Api, resource: &Resource) -> usize {
    api.resources.iter().position(|r| std::ptr::eq(r, resource)).unwrap_or(0)
}

/// Root resources (one file each), sorted by name.
pub fn roots(api: &Api) -> Vec<usize> {
    let mut roots: Vec<usize> = (0..api.resources.len()).filter(|&i| api.resources[i].parent.is_none()).collect();
    roots.sort_by(|a, b| api.resources[*a].path.cmp(&api.resources[*b].path));
    roots
}

/// `src/resources/mod.rs`: the root modules and their accessors on `Client`.
pub fn resources_mod(api: &Api) -> TokenStream {
    let roots: Vec<&Resource> = roots(api).into_iter().map(|i| &api.resources[i]).collect();
    let modules = roots.iter().map(|r| {
        let module = ident(&r.module);
        let gate = root_gate(api, index_of(api, r));
        quote!(#gate pub mod #module;)
    });
    let mut imports = Imports::new([], false);
    let client = imports.item(Item::Client);
    let accessors = roots.iter().map(|r| {
        let gate = root_gate(api, index_of(api, r));
        let module = ident(&r.module);
        let ty = ident(&r.type_name);
        let method = ident(&r.accessor);
        let doc = format!(" Operations under `{}`.", r.path[0]);
        quote! {
            #[doc = #doc]
            #gate
            pub fn #method(&self) -> #module::#ty<'_> {
                #module::#ty { client: self }
            }
        }
    });
    let uses = imports.into_tokens(super::parts::Parts::realtime_feature());
    quote! {
        //! Operations grouped by resource: `client.chat().completions().create(..)`.
        //!
        //! Each method returns a [`Call`](crate::runtime::Call): `.await` it for the typed
        //! result, or set per-request options (headers, timeout, retries) first. Each
        //! resource exists with its group's Cargo feature (`full` enables them all).

        #(#modules)*

        #uses

        impl #client {
            #(#accessors)*
        }
    }
}

/// The file of one root resource and everything below it, with `use` lines for what it
/// names from elsewhere.
pub fn resource_file(api: &Api, root: usize) -> TokenStream {
    let mut order = Vec::new();
    let mut stack = vec![root];
    while let Some(index) = stack.pop() {
        order.push(index);
        let mut children = api.resources[index].children.clone();
        children.reverse();
        stack.extend(children);
    }
    let mut imports = Imports::new(defined_names(api, &order), realtime_only(api, root));
    let items: Vec<TokenStream> = order.iter().map(|&index| resource_struct(api, index, &mut imports)).collect();
    let uses = imports.into_tokens(super::parts::Parts::realtime_feature());
    let resource = &api.resources[root];
    let doc = format!(" `client.{}()` and its sub-resources.", resource.accessor);
    quote! {
        #![doc = #doc]
        #![allow(deprecated)]
        #uses
        #(#items)*
    }
}

/// The names a resource file binds itself, which imports must not shadow: its resource
/// structs and its methods' arguments.
fn defined_names(api: &Api, resources: &[usize]) -> Vec<String> {
    let mut names = Vec::new();
    for &index in resources {
        let resource = &api.resources[index];
        names.push(resource.type_name.clone());
        for &op in &resource.operations {
            names.extend(api.operations[op].path_params.iter().map(|p| p.name.clone()));
        }
        for socket in api.websockets.iter().filter(|w| w.resource == index) {
            names.extend(socket.query.iter().map(|q| q.name.clone()));
        }
    }
    names
}

/// The Rust type for a reference, as the file names it.
fn type_ref(api: &Api, ty: &TypeRef, imports: &mut Imports) -> TokenStream {
    type_tokens_with(api, ty, false, &mut |leaf| imports.leaf(leaf))
}

/// Where the file of a top-level resource goes.
pub fn resource_file_path(api: &Api, root: usize) -> PathBuf {
    PathBuf::from(format!("src/resources/{}.rs", api.resources[root].module))
}

fn resource_struct(api: &Api, index: usize, imports: &mut Imports) -> TokenStream {
    let gate = feature_gate(api, index);
    imports.gated(!gate.is_empty(), |imports| resource_items(api, index, gate, imports))
}

fn resource_items(api: &Api, index: usize, gate: TokenStream, imports: &mut Imports) -> TokenStream {
    let resource = &api.resources[index];
    let name = ident(&resource.type_name);
    let doc = format!(" The `{}` resource.", resource.path.join("."));
    let children = resource.children.iter().map(|&c| {
        let child = &api.resources[c];
        let child_gate = feature_gate(api, c);
        let ty = ident(&child.type_name);
        let allow = allow_new(&child.accessor);
        let method = ident(&child.accessor);
        let doc = format!(" The `{}` sub-resource.", child.path.join("."));
        quote! {
            #[doc = #doc]
            #child_gate
            #allow
            pub fn #method(&self) -> #ty<'c> {
                #ty { client: self.client }
            }
        }
    });
    let client = imports.item(Item::Client);
    let operations: Vec<TokenStream> =
        resource.operations.iter().map(|&i| operation_methods(api, &api.operations[i], imports)).collect();
    let sockets: Vec<TokenStream> = api
        .websockets
        .iter()
        .filter(|w| w.resource == index)
        .map(|w| imports.gated(true, |imports| websocket_method(api, w, imports)))
        .collect();
    quote! {
        #[doc = #doc]
        #gate
        #[derive(Debug, Clone, Copy)]
        pub struct #name<'c> {
            // Built by the accessors as a literal: a constructor method could clash with
            // an operation or sub-resource called `new` (`/notifications/new`).
            pub(crate) client: &'c #client,
        }

        #gate
        impl<'c> #name<'c> {
            #(#children)*
            #(#operations)*
            #(#sockets)*
        }
    }
}

/// The method for an operation, plus its stream method when it can also stream.
fn operation_methods(api: &Api, op: &Operation, imports: &mut Imports) -> TokenStream {
    let mut out = TokenStream::new();
    if op.stream_only {
        if let Some(event) = &op.stream {
            out.extend(method(api, op, &op.method, Output::Stream(event), imports));
        }
        return out;
    }
    out.extend(method(api, op, &op.method, Output::Plain, imports));
    if let (Some(event), Some(stream_method)) = (&op.stream, &op.stream_method) {
        out.extend(method(api, op, stream_method, Output::Stream(event), imports));
    }
    out
}

enum Output<'a> {
    Plain,
    Stream(&'a TypeRef),
}

fn method(api: &Api, op: &Operation, name: &str, output: Output, imports: &mut Imports) -> TokenStream {
    let allow = allow_new(name);
    let method = ident(name);
    let http = format_ident!("{}", op.http_method.as_upper());
    let mut args = Vec::new();
    for p in &op.path_params {
        let arg = ident(&p.name);
        args.push(match p.ty.unwrap_option() {
            TypeRef::String => quote!(#arg: &str),
            // Numbers and booleans are `Copy`: taken by value.
            other if is_copy(other) => {
                let ty = type_ref(api, other, imports);
                quote!(#arg: #ty)
            }
            // A slice, not `&Vec<_>` (clippy's `ptr_arg`).
            TypeRef::Array(item) => {
                let item = type_ref(api, item, imports);
                quote!(#arg: &[#item])
            }
            other => {
                let ty = type_ref(api, other, imports);
                quote!(#arg: &#ty)
            }
        });
    }
    if let Some(id) = op.params {
        let ty = imports.ty(&api.ty(id).name);
        args.push(quote!(params: &#ty));
    }
    if let Some(body) = &op.body {
        args.push(match &body.kind {
            BodyKind::Raw(_) => quote!(body: impl Into<::bytes::Bytes>),
            _ => {
                let ty = type_ref(api, &body.ty, imports);
                quote!(request: &#ty)
            }
        });
    }
    let mut statements: Vec<TokenStream> = op
        .path_params
        .iter()
        .filter(|p| !plain_path_param(api, p))
        .map(|p| {
            let wire = &p.wire_name;
            let arg = ident(&p.name);
            let value = if is_copy(p.ty.unwrap_option()) { quote!(&#arg) } else { quote!(#arg) };
            let style = style_tokens(p.style, imports);
            quote!(spec.path_param(#wire, #value, #style);)
        })
        .collect();
    for (name, value) in &op.fixed_query {
        statements.push(quote!(spec.query().push(#name, #value);));
    }
    for (header, value) in &op.fixed_headers {
        statements.push(quote!(spec.header(#header, #value);));
    }
    if let Some(id) = op.params
        && let TypeKind::Params(params) = &api.ty(id).kind
    {
        statements.extend(params.fields.iter().map(|f| param_statement(api, f, imports)));
    }
    let streaming = matches!(output, Output::Stream(_));
    let body = match &op.body {
        Some(body) => match &body.kind {
            BodyKind::Json if streaming && body.has_stream_flag => quote!(.json_stream(request)),
            BodyKind::Json => quote!(.json(request)),
            BodyKind::Multipart => quote!(.multipart(request)),
            BodyKind::Form(encodings) => {
                let entries: Vec<TokenStream> = encodings
                    .iter()
                    .map(|(property, style)| {
                        let style = style_tokens(*style, imports);
                        quote!((#property, #style))
                    })
                    .collect();
                quote!(.form(request, &[#(#entries),*]))
            }
            BodyKind::Raw(content_type) => quote!(.raw(#content_type, body.into())),
        },
        None => TokenStream::new(),
    };
    let cursor = match (&op.cursor_param, &output) {
        (Some(param), Output::Plain) => quote!(.cursor(#param)),
        _ => TokenStream::new(),
    };
    let output_ty = match output {
        Output::Stream(event) => {
            let sse = imports.item(Item::Sse);
            let event = type_ref(api, event, imports);
            quote!(#sse<#event>)
        }
        Output::Plain => match &op.response {
            ResponseKind::Json(ty) => {
                let json = imports.item(Item::Json);
                let ty = type_ref(api, ty.unwrap_option(), imports);
                quote!(#json<#ty>)
            }
            ResponseKind::Binary => imports.item(Item::Binary),
            ResponseKind::Text => imports.item(Item::Text),
            ResponseKind::Empty => imports.item(Item::Empty),
        },
    };
    let docs = method_docs(op, streaming);
    let deprecated = if op.deprecated { quote!(#[deprecated]) } else { TokenStream::new() };
    let call = imports.item(Item::Call);
    let new_spec = new_spec_expr(api, op, &http, imports);
    let build = if statements.is_empty() {
        quote!(let spec = #new_spec #body #cursor;)
    } else if body.is_empty() && cursor.is_empty() {
        quote! {
            let mut spec = #new_spec;
            #(#statements)*
        }
    } else {
        quote! {
            let mut spec = #new_spec;
            #(#statements)*
            let spec = spec #body #cursor;
        }
    };
    // `#[inline]`: the method is compiled where it is called, not in this crate, so a
    // build compiles the request encoding (serde code) of only the operations it calls.
    quote! {
        #docs
        #deprecated
        #allow
        #[inline]
        pub fn #method(&self, #(#args),*) -> #call<#output_ty> {
            #build
            #call::new(self.client, spec)
        }
    }
}

/// A resource method or sub-resource called `new` (`/notifications/new`) does not return
/// the resource, which is what clippy expects of a `new`; here the name is the API's.
fn allow_new(name: &str) -> TokenStream {
    if name == "new" { quote!(#[allow(clippy::new_ret_no_self)]) } else { TokenStream::new() }
}

/// Path parameters of these types are passed by value.
pub(super) fn is_copy(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::Integer(_) | TypeRef::Number(_) | TypeRef::Boolean)
}

/// A path parameter given to `RequestSpec::with_path` as a `Display` value: the default
/// style (every style but `label` and `matrix` writes a scalar as it is).
fn plain_path_param(api: &Api, param: &PathParam) -> bool {
    param.style.kind == StyleKind::Simple && is_scalar(api, &param.ty)
}

/// `RequestSpec::new(Method::GET, "/models".to_owned())`, or
/// `RequestSpec::with_path(Method::GET, "/models/{model}", &[("model", &model)])` (which
/// refuses an empty value). Other path parameters stay `{name}` placeholders that
/// `spec.path_param` fills in.
fn new_spec_expr(api: &Api, op: &Operation, http: &proc_macro2::Ident, imports: &mut Imports) -> TokenStream {
    let (request_spec, http_method) = (imports.item(Item::RequestSpec), imports.item(Item::Method));
    let mut template = String::new();
    let mut values = Vec::new();
    for part in &op.path {
        match part {
            PathPart::Literal(text) => template.push_str(text),
            PathPart::Param(i) => {
                let param = &op.path_params[*i];
                template.push_str(&format!("{{{}}}", param.wire_name));
                if plain_path_param(api, param) {
                    let (wire, arg) = (&param.wire_name, ident(&param.name));
                    values.push(quote!((#wire, &#arg)));
                }
            }
        }
    }
    if values.is_empty() {
        quote!(#request_spec::new(#http_method::#http, #template.to_owned()))
    } else {
        quote!(#request_spec::with_path(#http_method::#http, #template, &[#(#values),*]))
    }
}

/// `Style::form(true)` and the like.
fn style_tokens(style: Style, imports: &mut Imports) -> TokenStream {
    let explode = style.explode;
    let ty = imports.item(Item::Style);
    let base = match style.kind {
        StyleKind::Form => quote!(#ty::form(#explode)),
        StyleKind::SpaceDelimited => quote!(#ty::space_delimited()),
        StyleKind::PipeDelimited => quote!(#ty::pipe_delimited()),
        StyleKind::DeepObject => quote!(#ty::deep_object()),
        StyleKind::Simple => quote!(#ty::simple(#explode)),
        StyleKind::Label => quote!(#ty::label(#explode)),
        StyleKind::Matrix => quote!(#ty::matrix(#explode)),
        StyleKind::Json => quote!(#ty::json()),
    };
    if style.allow_reserved { quote!(#base.allow_reserved()) } else { base }
}

/// Writes one query, header or cookie parameter into `spec`. Strings, numbers, enums, lists
/// of them and maps of them in their usual style take `Display`-based shortcuts; everything
/// else (unions, objects, other styles, JSON content) goes through `serde_json::to_value`
/// into the runtime's one style encoder.
fn param_statement(api: &Api, field: &Field, imports: &mut Imports) -> TokenStream {
    let Some(encoding) = field.param else { return TokenStream::new() };
    let name = ident(&field.name);
    let wire = &field.wire_name;
    let optional = field.ty.is_option();
    let resolved = api.resolve_alias(field.ty.unwrap_option());
    let as_option = if optional { quote!(params.#name.as_ref()) } else { quote!(Some(&params.#name)) };
    let style = encoding.style;
    let plain = style.kind != StyleKind::Json && !style.allow_reserved;
    let scalar = plain && is_scalar(api, resolved);
    match encoding.location {
        ParamLocation::Query => match resolved {
            // Every query style writes a single value as `name=value`.
            _ if scalar => quote!(spec.query().push_opt(#wire, #as_option);),
            TypeRef::Array(item) if plain && style.kind == StyleKind::Form && is_scalar(api, item) => {
                let explode = style.explode;
                let value =
                    if optional { quote!(params.#name.as_deref()) } else { quote!(Some(params.#name.as_slice())) };
                quote!(spec.query().push_array_opt(#wire, #value, #explode);)
            }
            TypeRef::Map(item) if plain && style.kind == StyleKind::DeepObject && is_scalar(api, item) => {
                quote!(spec.query().push_deep_object_opt(#wire, #as_option);)
            }
            _ => {
                let styled = style_tokens(style, imports);
                quote!(spec.query_param(#wire, #as_option, #styled);)
            }
        },
        ParamLocation::Header if scalar => {
            if optional {
                quote!(if let Some(value) = &params.#name { spec.header(#wire, value); })
            } else {
                // A block, not `&params.x` inline: clippy finds that borrow needless for
                // `Copy` values and needed for the rest.
                quote!({ let value = &params.#name; spec.header(#wire, value); })
            }
        }
        ParamLocation::Header => {
            let styled = style_tokens(style, imports);
            quote!(spec.header_param(#wire, #as_option, #styled);)
        }
        ParamLocation::Cookie if scalar => quote!(spec.cookies().push_opt(#wire, #as_option);),
        ParamLocation::Cookie => {
            let styled = style_tokens(style, imports);
            quote!(spec.cookie_param(#wire, #as_option, #styled);)
        }
        // Path parameters are method arguments, never fields.
        ParamLocation::Path => TokenStream::new(),
    }
}

/// Types that print as one value (`Display`).
fn is_scalar(api: &Api, ty: &TypeRef) -> bool {
    match api.resolve_alias(ty.unwrap_option()) {
        TypeRef::String | TypeRef::Integer(_) | TypeRef::Number(_) | TypeRef::Boolean => true,
        TypeRef::Named(id) => matches!(api.ty(*id).kind, TypeKind::Enum(_)),
        _ => false,
    }
}

fn method_docs(op: &Operation, streaming: bool) -> TokenStream {
    let mut text = String::new();
    if let Some(summary) = &op.summary {
        text.push_str(summary.trim());
        text.push_str("\n\n");
    }
    if let Some(docs) = &op.docs
        && op.summary.as_deref().map(str::trim) != Some(docs.trim())
    {
        text.push_str(docs);
        text.push_str("\n\n");
    }
    let route: String = op
        .path
        .iter()
        .map(|p| match p {
            PathPart::Literal(t) => t.clone(),
            PathPart::Param(i) => format!("{{{}}}", op.path_params[*i].wire_name),
        })
        .collect();
    text.push_str(&format!("`{} {route}`", op.http_method.as_upper()));
    if streaming {
        text.push_str(" as a stream of server-sent events; the stream ends after the last event.");
    } else if op.cursor_param.is_some() {
        text.push_str("; call `.into_stream()` on the result to walk every page.");
    }
    doc_attrs(Some(&text))
}

/// A WebSocket endpoint's `connect` method, under the feature gate.
fn websocket_method(api: &Api, socket: &WebSocketEndpoint, imports: &mut Imports) -> TokenStream {
    let method = ident(&socket.method);
    let session = imports.item(Item::RealtimeSession);
    let client = type_ref(api, &socket.client_events, imports);
    let server = type_ref(api, &socket.server_events, imports);
    let args = socket.query.iter().map(|q| {
        let arg = ident(&q.name);
        quote!(#arg: &str)
    });
    let pairs = socket.query.iter().map(|q| {
        let arg = ident(&q.name);
        let wire = &q.wire_name;
        quote!((#wire, #arg.to_owned()))
    });
    let headers = socket.headers.iter().map(|(name, value)| quote!((#name, #value)));
    let path = &socket.path;
    let mut text = socket.summary.clone().unwrap_or_default();
    if let Some(docs) = &socket.docs {
        text.push_str("\n\n");
        text.push_str(docs);
    }
    let feature = super::parts::Parts::realtime_feature();
    text.push_str(&format!("\n\nOpens a WebSocket to `{path}`. Needs the crate feature `{feature}`."));
    let docs = doc_attrs(Some(text.trim()));
    quote! {
        #docs
        #[cfg(feature = #feature)]
        pub async fn #method(&self, #(#args),*) -> crate::Result<#session<#client, #server>> {
            #session::connect_with_headers(self.client, #path, &[#(#pairs),*], &[#(#headers),*]).await
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::{Options, generate_from_text};

    /// A resource with an operation, a WebSocket method and a sub-resource of WebSockets
    /// only: what only the gated code uses is imported under the gate (the golden crates are
    /// linted with every feature; this is the file that would warn without it).
    const MIXED: &str = "openapi: 3.0.3
info: {title: Mixed, version: '1'}
x-websockets:
  /sessions/socket:
    x-rust-method: sessions.connect
    parameters: [{name: model, in: query, required: true, schema: {type: string}}]
    client-events: {$ref: '#/components/schemas/ClientEvent'}
    server-events: {$ref: '#/components/schemas/ServerEvent'}
  /sessions/live:
    x-rust-method: sessions.live.connect
    client-events: {$ref: '#/components/schemas/ClientEvent'}
    server-events: {$ref: '#/components/schemas/ServerEvent'}
paths:
  /sessions:
    get:
      operationId: listSessions
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {$ref: '#/components/schemas/Session'}}}
components:
  schemas:
    Session: {type: object, properties: {id: {type: string}}}
    ClientEvent: {type: object, properties: {type: {type: string}}}
    ServerEvent: {type: object, properties: {type: {type: string}}}
";

    #[test]
    fn imports_used_only_under_the_feature_gate_are_gated() {
        let generated = generate_from_text(Path::new("spec.yaml"), MIXED, &Options::default()).unwrap();
        let file = &generated.files[Path::new("src/resources/sessions.rs")];
        let uses: Vec<&str> =
            file.lines().skip_while(|l| !l.starts_with("use ")).take_while(|l| !l.is_empty()).collect();
        assert_eq!(uses, ["use reqwest::Method;"], "{file}");
        let crate_uses: Vec<&str> =
            file.lines().skip_while(|l| !l.starts_with("use crate")).take_while(|l| !l.is_empty()).collect();
        assert_eq!(
            crate_uses,
            [
                "use crate::Client;",
                "#[cfg(feature = \"realtime\")]",
                "use crate::runtime::realtime::RealtimeSession;",
                "use crate::runtime::{Call, Json, RequestSpec};",
                "use crate::types::Session;",
                "#[cfg(feature = \"realtime\")]",
                "use crate::types::{ClientEvent, ServerEvent};",
            ],
            "{file}"
        );
    }
}
