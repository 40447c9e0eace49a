//! Operations → IR: parameters by location, request body kind, response kind, streaming.
//! Resource grouping and method names are decided in `resources`.

use openapiv3::{
    Operation as SpecOperation, Parameter, ParameterSchemaOrContent, PathItem, QueryStyle, ReferenceOr, StatusCode,
};

use super::docs::rustdoc;
use super::names::{self, Scope};
use super::samples::{Synth, Wanted, operation_samples};
use super::schema::{Builder, Ctx, SchemaRef, new_typedef};
use super::view::View;
use crate::diagnostics::{Result, escape_pointer_segment, pointer_join};
use crate::ir::{
    Body, BodyKind, Field, HttpMethod, ParamEncoding, PathParam, PathPart, ResponseKind, StreamEventStyle, Struct,
    TypeKind, TypeRef,
};

/// The params struct of an operation (if it has query or header parameters) and the headers
/// it always sends.
type ParamsAndFixedHeaders = (Option<crate::ir::TypeId>, Vec<(String, String)>);

/// An operation before it is placed in the resource tree.
pub struct Lowered {
    pub op: crate::ir::Operation,
    /// `x-rust-method` (`chat.completions.create`), when the spec names it.
    pub explicit_name: Option<String>,
    pub raw_path: String,
    /// The response is a list (drives `list` vs `retrieve` naming).
    pub returns_list: bool,
}

enum Media {
    Json,
    EventStream,
    Multipart,
    Form,
    Text,
    Binary,
}

fn classify(media_type: &str) -> Media {
    let essence = media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/json" | "*/*" => Media::Json,
        "text/event-stream" => Media::EventStream,
        "multipart/form-data" => Media::Multipart,
        "application/x-www-form-urlencoded" => Media::Form,
        e if e.ends_with("+json") => Media::Json,
        e if e.starts_with("text/") => Media::Text,
        _ => Media::Binary,
    }
}

impl<'a, 's> Builder<'a, 's> {
    /// Every operation of the spec, in document order.
    pub fn lower_operations(&mut self) -> Result<Vec<Lowered>> {
        let spec: &'a crate::resolve::Spec<'s> = self.spec;
        let mut out = Vec::new();
        for (path, item) in &spec.api.paths.paths {
            let ReferenceOr::Item(item) = item else {
                self.warnings.push(pointer_join("/paths", path), "path item references are not supported; skipped");
                continue;
            };
            for (method, op) in crate::resolve::item_operations(item) {
                out.push(self.lower_operation(path, method, item, op)?);
            }
        }
        Ok(out)
    }

    fn lower_operation(
        &mut self,
        path: &str,
        method: &str,
        item: &'a PathItem,
        op: &'a SpecOperation,
    ) -> Result<Lowered> {
        let pointer = format!("/paths/{}/{method}", escape_pointer_segment(path));
        let id = op.operation_id.clone().unwrap_or_else(|| names::snake(&format!("{method} {path}")));
        let op_name = names::type_name(&id);
        let ctx = Ctx::new(op_name.clone(), pointer.clone());
        let params = self.collect_parameters(item, op, &pointer)?;
        let (path_parts, path_params) = self.path_params(path, &params, &ctx)?;
        let (params_type, fixed_headers) = self.params_struct(&params, &ctx)?;
        let body = self.request_body(op, &ctx)?;
        let (response, stream, returns_list) = self.response(op, &ctx)?;
        let stream_only = stream.is_some() && response == ResponseKind::Empty;
        let explicit_name = op.extensions.get("x-rust-method").and_then(|v| v.as_str()).map(str::to_owned);
        let param_fields: Vec<&str> = match params_type.and_then(|id| self.kind_of(id)) {
            Some(TypeKind::Params(s)) => s.fields.iter().map(|f| f.wire_name.as_str()).collect(),
            _ => Vec::new(),
        };
        let wanted = Wanted {
            origin: &pointer,
            path: path_params.iter().map(|p| p.wire_name.as_str()).collect(),
            params: param_fields,
            body: body.is_some(),
        };
        let samples = operation_samples(&Synth::new(&self.spec.doc), &self.spec.doc, &wanted);
        Ok(Lowered {
            op: crate::ir::Operation {
                id,
                resource: 0,
                method: String::new(),
                tag: op.tags.first().cloned(),
                http_method: HttpMethod::from_lowercase(method).unwrap_or(HttpMethod::Get),
                path: path_parts,
                path_params,
                params: params_type,
                fixed_headers,
                body,
                response,
                stream,
                stream_only,
                cursor_param: None,
                summary: op.summary.clone(),
                docs: rustdoc(op.description.as_deref()),
                deprecated: op.deprecated,
                origin: pointer,
                samples,
            },
            explicit_name,
            raw_path: path.to_owned(),
            returns_list,
        })
    }

    /// Path-item parameters overridden by operation parameters with the same name and location.
    fn collect_parameters(
        &self,
        item: &'a PathItem,
        op: &'a SpecOperation,
        pointer: &str,
    ) -> Result<Vec<(&'a Parameter, String)>> {
        let spec: &'a crate::resolve::Spec<'s> = self.spec;
        let path_pointer = pointer.rsplit_once('/').map_or(pointer, |(p, _)| p);
        let mut out: Vec<(&'a Parameter, String)> = Vec::new();
        let sources = [(&item.parameters, path_pointer), (&op.parameters, pointer)];
        for (list, base) in sources {
            for (i, param) in list.iter().enumerate() {
                let at = format!("{base}/parameters/{i}");
                let param = spec.parameter(param, &at)?;
                let data = param.parameter_data_ref();
                let location = location_of(param);
                out.retain(|(p, _)| !(p.parameter_data_ref().name == data.name && location_of(p) == location));
                out.push((param, at));
            }
        }
        Ok(out)
    }

    fn path_params(
        &mut self,
        path: &str,
        params: &[(&'a Parameter, String)],
        ctx: &Ctx,
    ) -> Result<(Vec<PathPart>, Vec<PathParam>)> {
        let declared: Vec<&(&'a Parameter, String)> =
            params.iter().filter(|(p, _)| matches!(p, Parameter::Path { .. })).collect();
        let template_vars = template_variables(path);
        let mut unused: Vec<&str> = declared
            .iter()
            .map(|(p, _)| p.parameter_data_ref().name.as_str())
            .filter(|name| !template_vars.iter().any(|v| v == name))
            .collect();
        let mut scope = Scope::new();
        for reserved in ["params", "request", "self_"] {
            scope.reserve(reserved);
        }
        let mut parts = Vec::new();
        let mut path_params = Vec::new();
        let undeclared: Vec<&str> = template_vars
            .iter()
            .copied()
            .filter(|v| !declared.iter().any(|(p, _)| p.parameter_data_ref().name == *v))
            .collect();
        // One undeclared template variable and one unused declaration: the spec renamed it.
        let renamed = match (undeclared.as_slice(), unused.as_slice()) {
            ([var], [declared_as]) => Some((*var, *declared_as)),
            _ => None,
        };
        for segment in split_template(path) {
            let var = match segment {
                TemplatePiece::Text(text) => {
                    parts.push(PathPart::Literal(text.to_owned()));
                    continue;
                }
                TemplatePiece::Var(var) => var,
            };
            let lookup = match renamed {
                Some((renamed_var, declared_as)) if renamed_var == var => {
                    self.warnings.push(
                        ctx.pointer.clone(),
                        format!("path parameter `{declared_as}` is declared but the path template names it `{var}`; using it for `{var}`"),
                    );
                    unused.clear();
                    declared_as
                }
                _ => var,
            };
            let found = declared.iter().find(|(p, _)| p.parameter_data_ref().name == lookup);
            let (ty, docs) = match found {
                Some((param, at)) => {
                    (self.param_type(param, at, ctx)?, param.parameter_data_ref().description.as_deref())
                }
                None => {
                    self.warnings.push(
                        ctx.pointer.clone(),
                        format!("path parameter `{var}` is not declared; generated as a string"),
                    );
                    (TypeRef::String, None)
                }
            };
            let ty = match ty.unwrap_option() {
                t @ (TypeRef::String
                | TypeRef::Integer(_)
                | TypeRef::Number(_)
                | TypeRef::Boolean
                | TypeRef::Named(_)) => t.clone(),
                _ => {
                    self.warnings.push(
                        ctx.pointer.clone(),
                        format!("path parameter `{var}` is not a scalar; generated as a string"),
                    );
                    TypeRef::String
                }
            };
            parts.push(PathPart::Param(path_params.len()));
            path_params.push(PathParam {
                name: scope.unique(&names::snake(var)),
                wire_name: var.to_owned(),
                ty,
                docs: rustdoc(docs),
            });
        }
        for name in unused {
            self.warnings
                .push(ctx.pointer.clone(), format!("path parameter `{name}` does not appear in the path; ignored"));
        }
        Ok((parts, path_params))
    }

    fn param_type(&mut self, param: &'a Parameter, at: &str, ctx: &Ctx) -> Result<TypeRef> {
        let data = param.parameter_data_ref();
        match &data.format {
            ParameterSchemaOrContent::Schema(schema) => {
                let param_ctx =
                    Ctx::new(format!("{}{}", ctx.hint, names::type_name(&data.name)), pointer_join(at, "schema"));
                self.lower(SchemaRef::from(schema), &param_ctx)
            }
            ParameterSchemaOrContent::Content(_) => {
                self.warnings.push(at.to_owned(), "parameter described by `content` is sent as a string");
                Ok(TypeRef::String)
            }
        }
    }

    /// The `<Op>Params` struct of query and header parameters, and the headers fixed to one value.
    fn params_struct(&mut self, params: &[(&'a Parameter, String)], ctx: &Ctx) -> Result<ParamsAndFixedHeaders> {
        let mut fixed = Vec::new();
        let mut fields = Vec::new();
        let mut scope = Scope::new();
        for (param, at) in params {
            let data = param.parameter_data_ref();
            let encoding = match param {
                Parameter::Query { style, .. } => {
                    let deep_object = matches!(style, QueryStyle::DeepObject);
                    ParamEncoding::Query { explode: data.explode.unwrap_or(true), deep_object }
                }
                Parameter::Header { .. } => {
                    if let Some(value) = self.single_value(param)
                        && data.required
                    {
                        fixed.push((data.name.clone(), value));
                        continue;
                    }
                    ParamEncoding::Header
                }
                Parameter::Cookie { .. } => {
                    self.warnings.push(at.clone(), "cookie parameters are not supported; skipped");
                    continue;
                }
                Parameter::Path { .. } => continue,
            };
            let mut ty = self.param_type(param, at, ctx)?;
            if let ParamEncoding::Query { deep_object: true, .. } = encoding
                && !matches!(self.resolve_alias_ref(&ty), TypeRef::Map(_))
            {
                self.warnings
                    .push(at.clone(), "deepObject parameter is not a map of scalars; sent as a map of strings");
                ty = TypeRef::Map(Box::new(TypeRef::String));
            }
            let ty = if data.required { ty } else { ty.optional() };
            fields.push(Field {
                docs: rustdoc(data.description.as_deref()),
                required: data.required,
                default: parameter_default(param),
                deprecated: data.deprecated.unwrap_or(false),
                param: Some(encoding),
                ..Field::new(scope.unique(&names::snake(&data.name)), &data.name, ty)
            });
        }
        if fields.is_empty() {
            return Ok((None, fixed));
        }
        let name = self.type_names.unique(&format!("{}Params", ctx.hint));
        let mut def =
            new_typedef(name, ctx.pointer.clone(), None, TypeKind::Params(Struct { fields, additional: None }));
        def.docs = Some(format!("Query and header parameters of `{}`.", ctx.hint));
        def.input = true;
        Ok((Some(self.push_type(def)), fixed))
    }

    /// The one value a parameter's schema allows, if any.
    fn single_value(&self, param: &'a Parameter) -> Option<String> {
        let ParameterSchemaOrContent::Schema(schema) = &param.parameter_data_ref().format else { return None };
        let (schema, _) = self.deref(schema.into(), &Ctx::new("", "")).ok()?;
        View::of(schema).single_string_value().map(str::to_owned)
    }

    fn request_body(&mut self, op: &'a SpecOperation, ctx: &Ctx) -> Result<Option<Body>> {
        let spec: &'a crate::resolve::Spec<'s> = self.spec;
        let Some(body) = &op.request_body else { return Ok(None) };
        let at = pointer_join(&ctx.pointer, "requestBody");
        let body = spec.request_body(body, &at)?;
        let Some((media_type, media)) = pick_media(body.content.iter().map(|(k, v)| (k.as_str(), v))) else {
            return Ok(None);
        };
        let schema_ctx = Ctx::new(
            format!("{}Request", ctx.hint),
            pointer_join(&pointer_join(&pointer_join(&at, "content"), media_type), "schema"),
        );
        let kind = match classify(media_type) {
            Media::Json => BodyKind::Json,
            Media::Multipart => BodyKind::Multipart,
            Media::Form => {
                self.warnings.push(at.clone(), "form-encoded bodies are sent as JSON-shaped multipart fields");
                BodyKind::Multipart
            }
            Media::Text | Media::Binary | Media::EventStream => BodyKind::Raw(media_type.to_owned()),
        };
        let ty = match (&kind, &media.schema) {
            (BodyKind::Raw(_), _) => TypeRef::Binary,
            (_, Some(schema)) => self.lower(schema.into(), &schema_ctx)?,
            (_, None) => TypeRef::Any,
        };
        let ty = ty.unwrap_option().clone();
        let kind = match (&kind, &ty) {
            (BodyKind::Multipart, TypeRef::Named(id)) if matches!(self.kind_of(*id), Some(TypeKind::Struct(_))) => {
                self.mark_multipart(*id);
                kind
            }
            (BodyKind::Multipart, _) => {
                self.warnings.push(at.clone(), "multipart body is not an object with properties; sent as JSON");
                BodyKind::Json
            }
            _ => kind,
        };
        let has_stream_flag = kind == BodyKind::Json && self.struct_has_field(&ty, "stream");
        Ok(Some(Body { kind, ty, has_stream_flag }))
    }

    fn response(&mut self, op: &'a SpecOperation, ctx: &Ctx) -> Result<(ResponseKind, Option<TypeRef>, bool)> {
        let spec: &'a crate::resolve::Spec<'s> = self.spec;
        let mut success: Vec<(String, &'a ReferenceOr<openapiv3::Response>)> = op
            .responses
            .responses
            .iter()
            .filter(|(code, _)| match code {
                StatusCode::Code(c) => (200..300).contains(c),
                StatusCode::Range(r) => *r == 2,
            })
            .map(|(code, r)| (code.to_string(), r))
            .collect();
        if success.is_empty()
            && let Some(default) = &op.responses.default
        {
            success.push(("default".to_owned(), default));
        }
        for (code, response) in success {
            let at = pointer_join(&pointer_join(&ctx.pointer, "responses"), &code);
            let response = spec.response(response, &at)?;
            if response.content.is_empty() {
                continue;
            }
            let content_at = pointer_join(&at, "content");
            let mut json = None;
            let mut stream = None;
            let mut other = None;
            for (media_type, media) in &response.content {
                let schema_ctx = |suffix: &str| {
                    Ctx::new(
                        format!("{}{suffix}", ctx.hint),
                        pointer_join(&pointer_join(&content_at, media_type), "schema"),
                    )
                };
                match classify(media_type) {
                    Media::Json if json.is_none() => {
                        json = Some(match &media.schema {
                            Some(schema) => self.lower(schema.into(), &schema_ctx("Response"))?,
                            None => TypeRef::Any,
                        });
                    }
                    Media::EventStream if stream.is_none() => {
                        if let Some(schema) = &media.schema {
                            let event = self.lower(schema.into(), &schema_ctx("StreamEvent"))?;
                            let envelope = self
                                .deref(schema.into(), &schema_ctx("StreamEvent"))?
                                .0
                                .schema_data
                                .extensions
                                .get("x-sse-envelope")
                                == Some(&serde_json::Value::Bool(true));
                            stream = Some(self.mark_stream_event(event.unwrap_option().clone(), envelope, &content_at));
                        }
                    }
                    Media::Text => other = other.or(Some(ResponseKind::Text)),
                    Media::Binary => other = Some(ResponseKind::Binary),
                    _ => {}
                }
            }
            let returns_list = json.as_ref().is_some_and(|t| self.looks_like_list(t));
            let kind = match (json, other) {
                (Some(ty), _) => ResponseKind::Json(ty),
                (None, Some(other)) => other,
                (None, None) => ResponseKind::Empty,
            };
            return Ok((kind, stream, returns_list));
        }
        Ok((ResponseKind::Empty, None, false))
    }

    fn mark_stream_event(&mut self, event: TypeRef, envelope: bool, at: &str) -> TypeRef {
        let style = if envelope { StreamEventStyle::Envelope } else { StreamEventStyle::Data };
        let target = self.resolve_alias_ref(&event);
        match target {
            TypeRef::Named(id) => {
                if let Some(def) = self.types[id.0].as_mut() {
                    def.stream_event = Some(style);
                }
                event
            }
            _ => {
                self.warnings
                    .push(at.to_owned(), "stream event schema is not a named type; events are decoded as JSON values");
                TypeRef::Any
            }
        }
    }
}

/// The `default` of a parameter's inline schema, for its docs.
fn parameter_default(param: &Parameter) -> Option<serde_json::Value> {
    match &param.parameter_data_ref().format {
        ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) => schema.schema_data.default.clone(),
        _ => None,
    }
}

fn location_of(param: &Parameter) -> u8 {
    match param {
        Parameter::Query { .. } => 0,
        Parameter::Header { .. } => 1,
        Parameter::Path { .. } => 2,
        Parameter::Cookie { .. } => 3,
    }
}

/// Prefers JSON, then multipart, then whatever comes first.
pub(super) fn pick_media<'m, M>(content: impl Iterator<Item = (&'m str, M)>) -> Option<(&'m str, M)> {
    let all: Vec<(&str, M)> = content.collect();
    let rank = |media_type: &str| match classify(media_type) {
        Media::Json => 0,
        Media::Multipart => 1,
        Media::Form => 2,
        _ => 3,
    };
    let best = all.iter().map(|(m, _)| rank(m)).min()?;
    all.into_iter().find(|(m, _)| rank(m) == best)
}

enum TemplatePiece<'p> {
    Text(&'p str),
    Var(&'p str),
}

fn split_template(path: &str) -> Vec<TemplatePiece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        if open > 0 {
            pieces.push(TemplatePiece::Text(&rest[..open]));
        }
        pieces.push(TemplatePiece::Var(&rest[open + 1..open + close]));
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(TemplatePiece::Text(rest));
    }
    pieces
}

fn template_variables(path: &str) -> Vec<&str> {
    split_template(path)
        .into_iter()
        .filter_map(|p| match p {
            TemplatePiece::Var(v) => Some(v),
            TemplatePiece::Text(_) => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::lower_text;

    #[test]
    fn templates_split_into_text_and_variables() {
        assert_eq!(template_variables("/threads/{thread_id}/runs/{run_id}"), vec!["thread_id", "run_id"]);
        assert_eq!(template_variables("/a/{b}.json"), vec!["b"]);
        assert!(template_variables("/models").is_empty());
    }

    #[test]
    fn deep_object_parameter_may_reference_a_map_component() {
        let (api, warnings) = lower_text(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://example.com'}]\npaths:\n  /items:\n    get:\n      operationId: listItems\n      parameters:\n        - {name: metadata, in: query, style: deepObject, explode: true, schema: {$ref: '#/components/schemas/Metadata'}}\n      responses: {'204': {description: none}}\ncomponents:\n  schemas:\n    Metadata: {type: object, additionalProperties: {type: string}}\n",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let params = api.types.iter().find(|t| t.name == "ListItemsParams").expect("params struct");
        let TypeKind::Params(Struct { fields, .. }) = &params.kind else { panic!("{params:?}") };
        let TypeRef::Named(id) = fields[0].ty.unwrap_option() else { panic!("{:?}", fields[0].ty) };
        assert_eq!(api.ty(*id).name, "Metadata");
    }

    #[test]
    fn media_types_are_classified() {
        assert!(matches!(classify("application/json; charset=utf-8"), Media::Json));
        assert!(matches!(classify("application/merge-patch+json"), Media::Json));
        assert!(matches!(classify("text/event-stream"), Media::EventStream));
        assert!(matches!(classify("audio/mpeg"), Media::Binary));
        assert!(matches!(classify("application/sdp"), Media::Binary));
        assert!(matches!(classify("text/plain"), Media::Text));
    }
}
