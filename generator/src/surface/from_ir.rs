//! The IR → the surface: the Rust names and types the emitters give each item, spelled the
//! way the generated code spells them.

use super::{
    ApiSurface, BodySurface, ClientSurface, EnumValueSurface, FeatureSurface, FieldSurface, OperationSurface,
    ParamSurface, ResponseSurface, SURFACE_VERSION, Surface, TypeShape, TypeSurface, VariantSurface, WebSocketSurface,
};
use crate::ir::{
    Api, Auth, BodyKind, EnumValue, FloatWidth, IntWidth, Operation, ParamLocation, PathParam, PathPart, ResponseKind,
    Struct, TypeDef, TypeKind, TypeRef, WebSocketEndpoint,
};

pub(super) fn surface(api: &Api, generated: String) -> Surface {
    let mut features: Vec<FeatureSurface> =
        api.groups.iter().map(|g| FeatureSurface { name: g.feature.clone(), opt_in: g.opt_in }).collect();
    features.sort_by(|a, b| a.name.cmp(&b.name));
    let mut operations: Vec<OperationSurface> = api.operations.iter().map(|op| operation(api, op)).collect();
    operations.sort_by(|a, b| (&a.path, &a.method).cmp(&(&b.path, &b.method)));
    let mut websockets: Vec<WebSocketSurface> = api.websockets.iter().map(|ws| websocket(api, ws)).collect();
    websockets.sort_by(|a, b| (&a.path, &a.rust).cmp(&(&b.path, &b.rust)));
    let mut types: Vec<TypeSurface> = api.types.iter().filter_map(|def| type_surface(api, def)).collect();
    types.sort_by(|a, b| a.name.cmp(&b.name));
    Surface {
        generated,
        surface_version: SURFACE_VERSION,
        api: ApiSurface { title: api.info.title.clone(), version: api.info.version.clone() },
        client: client(api),
        features,
        operations,
        websockets,
        types,
    }
}

fn client(api: &Api) -> ClientSurface {
    let settings = &api.client;
    let auth = match &settings.auth {
        Auth::Bearer => "bearer".to_owned(),
        Auth::Header(name) => format!("header {name}"),
        Auth::None => "none".to_owned(),
    };
    let mut env = vec![settings.env_api_key.clone(), settings.env_base_url.clone()];
    if api.webhooks.is_some() {
        env.push(settings.env_webhook_secret.clone());
    }
    env.extend(settings.identity_headers.iter().map(|h| h.env.clone()));
    ClientSurface {
        base_url: settings.default_base_url.clone(),
        auth,
        env,
        identity_headers: settings.identity_headers.iter().map(|h| h.key.clone()).collect(),
    }
}

/// `chat.completions`: the accessors from the client to a resource.
fn accessors(api: &Api, resource: usize) -> String {
    let mut chain = Vec::new();
    let mut current = Some(resource);
    while let Some(index) = current {
        chain.push(api.resources[index].accessor.as_str());
        current = api.resources[index].parent;
    }
    chain.reverse();
    chain.join(".")
}

fn operation(api: &Api, op: &Operation) -> OperationSurface {
    let resource = accessors(api, op.resource);
    let mut params: Vec<ParamSurface> = op.path_params.iter().map(|p| path_param(api, p, "path")).collect();
    let params_type = op.params.map(|id| {
        let def = api.ty(id);
        if let TypeKind::Params(s) = &def.kind {
            params.extend(s.fields.iter().map(|f| ParamSurface {
                name: f.wire_name.clone(),
                location: f.param.map_or("query", |p| location(p.location)).to_owned(),
                rust: f.name.clone(),
                ty: rust_type(api, &f.ty, f.boxed),
            }));
        }
        def.name.clone()
    });
    let body = op.body.as_ref().map(|body| match &body.kind {
        BodyKind::Raw(content_type) => {
            BodySurface { kind: format!("raw {content_type}"), ty: "impl Into<Bytes>".to_owned() }
        }
        kind => BodySurface {
            kind: match kind {
                BodyKind::Json => "json",
                BodyKind::Multipart => "multipart",
                _ => "form",
            }
            .to_owned(),
            ty: rust_type(api, &body.ty, false),
        },
    });
    let response = match &op.response {
        ResponseKind::Json(ty) => {
            ResponseSurface { kind: "json".to_owned(), ty: Some(rust_type(api, ty.unwrap_option(), false)) }
        }
        ResponseKind::Binary => ResponseSurface { kind: "binary".to_owned(), ty: None },
        ResponseKind::Text => ResponseSurface { kind: "text".to_owned(), ty: None },
        ResponseKind::Empty => ResponseSurface { kind: "empty".to_owned(), ty: None },
    };
    // The emitters write a stream method only where there is an event type.
    let stream = op.stream.as_ref().map(|event| rust_type(api, event, false));
    let stream_only = op.stream_only && stream.is_some();
    let stream_rust = match (&stream, &op.stream_method, stream_only) {
        (Some(_), Some(method), false) => Some(format!("{resource}.{method}")),
        _ => None,
    };
    OperationSurface {
        method: op.http_method.as_upper().to_owned(),
        path: path_template(op),
        id: op.id.clone(),
        rust: format!("{resource}.{}", op.method),
        stream_rust,
        stream_only,
        params,
        params_type,
        body,
        response,
        stream,
        paginated: op.cursor_param.is_some(),
        deprecated: op.deprecated,
    }
}

/// `/files/{file_id}`, with the query pairs the spec's key fixes (`?cmd=diff`).
fn path_template(op: &Operation) -> String {
    let mut path: String = op
        .path
        .iter()
        .map(|part| match part {
            PathPart::Literal(text) => text.clone(),
            PathPart::Param(index) => format!("{{{}}}", op.path_params[*index].wire_name),
        })
        .collect();
    for (index, (name, value)) in op.fixed_query.iter().enumerate() {
        path.push(if index == 0 { '?' } else { '&' });
        path.push_str(&format!("{name}={value}"));
    }
    path
}

fn path_param(api: &Api, p: &PathParam, location: &str) -> ParamSurface {
    ParamSurface {
        name: p.wire_name.clone(),
        location: location.to_owned(),
        rust: p.name.clone(),
        ty: rust_type(api, &p.ty, false),
    }
}

fn location(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

fn websocket(api: &Api, ws: &WebSocketEndpoint) -> WebSocketSurface {
    WebSocketSurface {
        path: ws.path.clone(),
        rust: format!("{}.{}", accessors(api, ws.resource), ws.method),
        query: ws.query.iter().map(|q| path_param(api, q, "query")).collect(),
        client_events: rust_type(api, &ws.client_events, false),
        server_events: rust_type(api, &ws.server_events, false),
    }
}

/// A type's surface; `None` for a parameter struct (its operation describes it).
fn type_surface(api: &Api, def: &TypeDef) -> Option<TypeSurface> {
    let shape = match &def.kind {
        TypeKind::Params(_) => return None,
        TypeKind::Struct(s) => struct_shape(api, def, s),
        TypeKind::Enum(e) => TypeShape::Enum {
            values: e
                .variants
                .iter()
                .map(|v| EnumValueSurface { value: enum_value(&v.value), rust: v.name.clone() })
                .collect(),
            default: e.default.map(|index| enum_value(&e.variants[index].value)),
        },
        TypeKind::TaggedUnion(u) => TypeShape::TaggedUnion {
            tag: u.tag.clone(),
            variants: u
                .variants
                .iter()
                .map(|v| VariantSurface {
                    name: v.name.clone(),
                    ty: rust_type(api, &v.ty, v.boxed),
                    tags: v.tag_values.clone(),
                })
                .collect(),
        },
        TypeKind::UntaggedUnion(u) => TypeShape::UntaggedUnion {
            variants: u
                .variants
                .iter()
                .map(|v| VariantSurface { name: v.name.clone(), ty: rust_type(api, &v.ty, v.boxed), tags: Vec::new() })
                .collect(),
        },
        TypeKind::Alias(target) => TypeShape::Alias { target: rust_type(api, target, false) },
    };
    Some(TypeSurface {
        name: def.name.clone(),
        input: def.input && matches!(shape, TypeShape::Struct { .. }),
        deprecated: def.deprecated,
        shape,
    })
}

fn struct_shape(api: &Api, def: &TypeDef, s: &Struct) -> TypeShape {
    // What `emit::builders` gives a request type: `new(..)` and setters.
    let new = def.input.then(|| s.fields.iter().filter(|f| f.in_constructor()).map(|f| f.name.clone()).collect());
    let fields = s
        .fields
        .iter()
        .map(|f| {
            let has_setter = def.input && f.has_setter();
            FieldSurface {
                name: f.wire_name.clone(),
                rust: (f.name != f.wire_name).then(|| f.name.clone()),
                ty: match f.null_setter {
                    // Unset, an explicit `null`, or a value.
                    Some(_) => format!("Option<Nullable<{}>>", rust_type(api, f.ty.unwrap_option(), f.boxed)),
                    None => rust_type(api, &f.ty, f.boxed),
                },
                setter: (has_setter && f.setter != f.name).then(|| f.setter.clone()),
                no_setter: def.input && !has_setter,
                deprecated: f.deprecated,
            }
        })
        .collect();
    let extra = s.additional.as_ref().map(|extra| FieldSurface {
        name: extra.field.clone(),
        ty: rust_type(api, &extra.ty, false),
        ..FieldSurface::default()
    });
    TypeShape::Struct { new, fields, extra }
}

fn enum_value(value: &EnumValue) -> serde_json::Value {
    match value {
        EnumValue::String(s) => serde_json::Value::from(s.clone()),
        EnumValue::Integer(i) => serde_json::Value::from(*i),
    }
}

/// The Rust type the emitters write for a reference (`emit::tokens::type_tokens`), with
/// short names: types are named as `types::<Name>`, runtime items by their own name.
pub(crate) fn rust_type(api: &Api, ty: &TypeRef, boxed: bool) -> String {
    match ty {
        TypeRef::Named(id) => {
            let name = &api.ty(*id).name;
            if boxed { format!("Box<{name}>") } else { name.clone() }
        }
        TypeRef::String => "String".to_owned(),
        TypeRef::Integer(IntWidth::I32) => "i32".to_owned(),
        TypeRef::Integer(IntWidth::I64) => "i64".to_owned(),
        TypeRef::Number(FloatWidth::F32) => "f32".to_owned(),
        TypeRef::Number(FloatWidth::F64) => "f64".to_owned(),
        TypeRef::Boolean => "bool".to_owned(),
        TypeRef::Binary => "FileUpload".to_owned(),
        TypeRef::Any => "serde_json::Value".to_owned(),
        TypeRef::Array(inner) => format!("Vec<{}>", rust_type(api, inner, false)),
        TypeRef::Map(inner) => format!("BTreeMap<String, {}>", rust_type(api, inner, false)),
        TypeRef::Option(inner) => format!("Option<{}>", rust_type(api, inner, boxed)),
    }
}
