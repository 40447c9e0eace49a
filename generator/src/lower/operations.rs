//! Operations → IR: request body kind, response kind, streaming (parameters are lowered in
//! `params`, form encodings in `forms`). Resource grouping and method names are decided in
//! `resources`.

use openapiv3::{Operation as SpecOperation, PathItem, ReferenceOr, StatusCode};
use serde_json::Value;

use super::docs::rustdoc;
use super::draft::LoweredOperation;
use super::names;
use super::samples::validate::Validator;
use super::samples::{Synth, Wanted, operation_samples};
use super::schema::{Builder, Ctx};
use crate::diagnostics::{Result, Warnings, escape_pointer_segment, pointer_join};
use crate::ir::{
    Body, BodyKind, HttpMethod, ResponseKind, StreamEnd, StreamEventKind, StreamEventStyle, TypeKind, TypeRef,
};

pub(super) enum Media {
    Json,
    EventStream,
    Multipart,
    Form,
    Text,
    Binary,
}

pub(super) fn classify(media_type: &str) -> Media {
    let essence = media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/json" | "*/*" => Media::Json,
        "text/event-stream" => Media::EventStream,
        "multipart/form-data" => Media::Multipart,
        "application/x-www-form-urlencoded" => Media::Form,
        e if e.ends_with("+json") => Media::Json,
        e if e.starts_with("text/") => Media::Text,
        // Textual formats under `application/` (session descriptions, markup, YAML).
        "application/sdp" | "application/xml" | "application/yaml" | "application/x-yaml" => Media::Text,
        e if e.ends_with("+xml") => Media::Text,
        _ => Media::Binary,
    }
}

impl<'a, 's> Builder<'a, 's> {
    /// Every operation of the spec, in document order.
    pub fn lower_operations(&mut self) -> Result<Vec<LoweredOperation>> {
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
    ) -> Result<LoweredOperation> {
        let pointer = format!("/paths/{}/{method}", escape_pointer_segment(path));
        let id = op.operation_id.clone().unwrap_or_else(|| names::snake(&format!("{method} {path}")));
        let op_name = names::type_name(&id);
        let ctx = Ctx::new(op_name.clone(), pointer.clone());
        let params = self.collect_parameters(item, op, &pointer)?;
        let (template, fixed_query) = self.path_extras(path, &pointer);
        let (path_parts, path_params) = self.path_params(template, &params, &ctx)?;
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
        Ok(LoweredOperation {
            id,
            http_method: HttpMethod::from_lowercase(method).unwrap_or(HttpMethod::Get),
            path: path_parts,
            path_params,
            params: params_type,
            fixed_headers,
            fixed_query,
            body,
            response,
            stream,
            stream_only,
            summary: op.summary.clone(),
            docs: rustdoc(op.description.as_deref()),
            deprecated: op.deprecated,
            origin: pointer,
            samples,
            explicit_name,
            raw_path: path.to_owned(),
            returns_list,
        })
    }

    /// A path key may carry what a URL template cannot (the public-spec corpus has both):
    /// a query (`/request/{id}?cmd=diff`: pairs every call sends) and a fragment
    /// (`/#X-Amz-Target=Kms.Encrypt`: never sent, it only tells operations on one path
    /// apart). Returns the template and the fixed query pairs.
    fn path_extras<'p>(&mut self, path: &'p str, pointer: &str) -> (&'p str, Vec<(String, String)>) {
        let (path, fragment) = path.split_once('#').unwrap_or((path, ""));
        if !fragment.is_empty() {
            self.warnings.push(
                pointer.to_owned(),
                format!("the path's `#{fragment}` is a URL fragment, which is not sent; the request goes to `{path}`"),
            );
        }
        let Some((template, query)) = path.split_once('?') else { return (path, Vec::new()) };
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (name.to_owned(), value.to_owned())
            })
            .collect();
        self.warnings.push(
            pointer.to_owned(),
            format!("the path carries a query (`?{query}`), which OpenAPI leaves to parameters; every call sends it"),
        );
        (template, pairs)
    }

    fn request_body(&mut self, op: &'a SpecOperation, ctx: &Ctx) -> Result<Option<Body>> {
        let spec: &'a crate::resolve::Spec<'s> = self.spec;
        let Some(written) = &op.request_body else { return Ok(None) };
        let at = pointer_join(&ctx.pointer, "requestBody");
        let resolved = spec.request_body(written, &at)?;
        let body = resolved.value;
        let content_at = pointer_join(&resolved.pointer(&at), "content");
        let uploads_files = |media_type: &str, _: &_| {
            let written = spec.doc.pointer(&pointer_join(&pointer_join(&content_at, media_type), "schema"));
            written.is_some_and(|schema| holds_files(&spec.doc, schema))
        };
        let Some((media_type, media)) =
            pick_body_media(body.content.iter().map(|(k, v)| (k.as_str(), v)), uploads_files)
        else {
            return Ok(None);
        };
        // A body written once as a component is one type, named after it, for every use.
        let schema_ctx = Ctx::new(
            component_hint(resolved.component.as_ref(), &ctx.hint, "Request"),
            pointer_join(&pointer_join(&pointer_join(&resolved.pointer(&at), "content"), media_type), "schema"),
        );
        let kind = match classify(media_type) {
            Media::Json => BodyKind::Json,
            Media::Multipart => BodyKind::Multipart,
            // The encodings need the body's type; they are read below.
            Media::Form => BodyKind::Form(Vec::new()),
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
                let part_types = media
                    .encoding
                    .iter()
                    .filter_map(|(property, encoding)| Some((property.clone(), encoding.content_type.clone()?)))
                    .collect();
                self.mark_multipart(*id, part_types);
                kind
            }
            (BodyKind::Multipart, _) => {
                self.warnings.push(at.clone(), "multipart body is not an object with properties; sent as JSON");
                BodyKind::Json
            }
            (BodyKind::Form(_), _) => {
                BodyKind::Form(self.form_encodings(written, media_type, media, &ty, &schema_ctx.pointer)?)
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
            let resolved = spec.response(response, &at)?;
            let response = resolved.value;
            if response.content.is_empty() {
                continue;
            }
            let content_at = pointer_join(&resolved.pointer(&at), "content");
            let hint = component_hint(resolved.component.as_ref(), &ctx.hint, "");
            let mut json = None;
            let mut stream = None;
            let mut other = None;
            for (media_type, media) in &response.content {
                let schema_ctx = |suffix: &str| {
                    Ctx::new(
                        if hint.ends_with(suffix) { hint.clone() } else { format!("{hint}{suffix}") },
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
                            let end = stream_end(
                                media.extensions.get("x-stream-end"),
                                &pointer_join(&pointer_join(&content_at, media_type), "x-stream-end"),
                                self.warnings,
                            );
                            let kind = StreamEventKind {
                                style: if envelope { StreamEventStyle::Envelope } else { StreamEventStyle::Data },
                                end,
                            };
                            stream = Some(self.mark_stream_event(event.unwrap_option().clone(), kind, &content_at));
                        }
                    }
                    Media::Text => other = other.or(Some(ResponseKind::Text)),
                    Media::Binary => other = Some(ResponseKind::Binary),
                    _ => {}
                }
            }
            let returns_list = json.as_ref().is_some_and(|t| self.looks_like_list(t));
            let kind = match (json, other) {
                // `application/json` with `format: binary` (seen in public specs): the body is
                // the file's bytes, whatever its declared media type.
                (Some(TypeRef::Binary), _) => ResponseKind::Binary,
                (Some(ty), _) => ResponseKind::Json(ty),
                (None, Some(other)) => other,
                (None, None) => ResponseKind::Empty,
            };
            return Ok((kind, stream, returns_list));
        }
        Ok((ResponseKind::Empty, None, false))
    }

    /// Marks the event type of a stream; a type several streams share takes the union of
    /// their end signals.
    fn mark_stream_event(&mut self, event: TypeRef, kind: StreamEventKind, at: &str) -> TypeRef {
        let target = self.resolve_alias_ref(&event);
        match target {
            TypeRef::Named(id) => {
                if let Some(def) = self.types[id.0].as_mut() {
                    match &mut def.stream_event {
                        Some(known) => known.end.merge(kind.end),
                        None => def.stream_event = Some(kind),
                    }
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

/// Reads `x-stream-end: {data: "[DONE]"}` or `{events: [response.completed, ..]}` (both
/// keys may be given). A malformed value is reported and ignored.
fn stream_end(value: Option<&serde_json::Value>, at: &str, warnings: &mut Warnings) -> StreamEnd {
    let Some(value) = value else { return StreamEnd::default() };
    let mut end = StreamEnd::default();
    let Some(object) = value.as_object() else {
        warnings.push(at, "`x-stream-end` must be an object with `data` and/or `events`; ignored");
        return end;
    };
    for (key, item) in object {
        match (key.as_str(), item) {
            ("data", serde_json::Value::String(text)) => end.data = Some(text.clone()),
            ("events", serde_json::Value::Array(items)) => {
                for (i, event) in items.iter().enumerate() {
                    match event.as_str() {
                        Some(name) => end.events.push(name.to_owned()),
                        None => warnings
                            .push(pointer_join(&pointer_join(at, "events"), &i.to_string()), "not a string; ignored"),
                    }
                }
            }
            _ => warnings.push(
                pointer_join(at, key),
                "`x-stream-end` takes `data` (a string) and `events` (a list of strings); ignored",
            ),
        }
    }
    end
}

/// The name for types inside a request body or response: the component's, when the
/// object is a component (shared by every operation that uses it), else the operation's;
/// `suffix` is added unless the component's name already ends with it.
fn component_hint(component: Option<&(String, String)>, operation: &str, suffix: &str) -> String {
    match component {
        Some((name, _)) => {
            let name = names::type_name(name);
            if name.ends_with(suffix) { name } else { format!("{name}{suffix}") }
        }
        None => format!("{operation}{suffix}"),
    }
}

/// The body media type lowering reads: JSON, then multipart, then a form, then whatever
/// comes first — except that multipart goes first when it uploads files (`uploads_files`
/// of its media type object says so): JSON cannot carry a file's bytes, and a server that
/// offers both reads uploads from the form (the official SDKs of such APIs send it).
pub(super) fn pick_body_media<'m, M>(
    content: impl Iterator<Item = (&'m str, M)>,
    uploads_files: impl Fn(&str, &M) -> bool,
) -> Option<(&'m str, M)> {
    let all: Vec<(&str, M)> = content.collect();
    let rank = |media_type: &str, media: &M| match classify(media_type) {
        Media::Multipart if uploads_files(media_type, media) => 0,
        Media::Json => 1,
        Media::Multipart => 2,
        Media::Form => 3,
        _ => 4,
    };
    let best = all.iter().map(|(m, media)| rank(m, media)).min()?;
    all.into_iter().find(|(m, media)| rank(m, media) == best)
}

/// Whether `schema` (in the normalized document `doc`) holds file contents: a string of
/// `format: binary`, in a property, a list's items or a member of `allOf`/`oneOf`/`anyOf`,
/// a few levels deep, `$ref`s followed.
pub(super) fn holds_files(doc: &Value, schema: &Value) -> bool {
    fn visit(schemas: &Validator, schema: &Value, depth: usize) -> bool {
        let schema = schemas.deref(schema);
        if schema.get("format").and_then(Value::as_str) == Some("binary") {
            return true;
        }
        if depth == 0 {
            return false;
        }
        let members = ["allOf", "oneOf", "anyOf"].into_iter().filter_map(|k| schema.get(k)?.as_array()).flatten();
        let properties = schema.get("properties").and_then(Value::as_object).into_iter().flat_map(|p| p.values());
        members.chain(properties).chain(schema.get("items")).any(|inner| visit(schemas, inner, depth - 1))
    }
    visit(&Validator { doc }, schema, 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types_are_classified() {
        assert!(matches!(classify("application/json; charset=utf-8"), Media::Json));
        assert!(matches!(classify("application/merge-patch+json"), Media::Json));
        assert!(matches!(classify("text/event-stream"), Media::EventStream));
        assert!(matches!(classify("audio/mpeg"), Media::Binary));
        assert!(matches!(classify("application/sdp"), Media::Text));
        assert!(matches!(classify("application/atom+xml"), Media::Text));
        assert!(matches!(classify("application/zip"), Media::Binary));
        assert!(matches!(classify("text/plain"), Media::Text));
        assert!(matches!(classify("application/x-www-form-urlencoded; charset=utf-8"), Media::Form));
    }

    #[test]
    fn a_json_response_of_binary_format_is_read_as_bytes() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://example.com'}]\npaths:\n  /files/{id}/content:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses:\n        '200':\n          description: the file\n          content:\n            application/json:\n              schema: {type: string, format: binary}\n";
        let (api, _) = crate::lower::lower_text(text);
        assert_eq!(api.operations[0].response, ResponseKind::Binary);
    }

    #[test]
    fn json_is_preferred_to_a_form_and_a_form_to_other_media() {
        let pick_media = |content: &[(&'static str, i32)]| pick_body_media(content.iter().copied(), |_, _| false);
        let content = [("application/x-www-form-urlencoded", 1), ("application/json", 2), ("multipart/form-data", 3)];
        assert_eq!(pick_media(&content), Some(("application/json", 2)));
        let content = [("text/plain", 1), ("application/x-www-form-urlencoded", 2)];
        assert_eq!(pick_media(&content), Some(("application/x-www-form-urlencoded", 2)));
    }

    /// `/a` offers JSON with a file id or multipart with the file; `/b` the same schema, with
    /// a list of files, both ways; `/c` JSON and multipart without files.
    const TWO_BODIES: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://example.com'}]\npaths:\n  /a:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {type: object, properties: {file_id: {type: string}}}\n          multipart/form-data:\n            schema: {$ref: '#/components/schemas/Upload'}\n      responses: {'204': {description: done}}\n  /b:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Files'}\n          multipart/form-data:\n            schema: {$ref: '#/components/schemas/Files'}\n      responses: {'204': {description: done}}\n  /c:\n    post:\n      requestBody:\n        content:\n          multipart/form-data:\n            schema: {type: object, properties: {name: {type: string}}}\n          application/json:\n            schema: {type: object, properties: {name: {type: string}}}\n      responses: {'204': {description: done}}\ncomponents:\n  schemas:\n    Upload: {type: object, properties: {file: {type: string, format: binary}}}\n    Files: {type: object, properties: {name: {type: string}, files: {type: array, items: {type: string, format: binary}}}}\n";

    #[test]
    fn multipart_is_preferred_to_json_when_it_uploads_files() {
        let (api, warnings) = crate::lower::lower_text(TWO_BODIES);
        assert!(warnings.is_empty(), "{warnings:?}");
        let kinds: Vec<&BodyKind> = api.operations.iter().map(|op| &op.body.as_ref().unwrap().kind).collect();
        assert_eq!(kinds, [&BodyKind::Multipart, &BodyKind::Multipart, &BodyKind::Json]);
        // The generated tests build their samples from the same body.
        let sample = &api.operations[0].samples[0];
        assert!(sample.body.as_ref().is_none_or(|body| body.get("file_id").is_none()), "{sample:?}");
    }

    fn streams_with(end: &str) -> String {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://example.com'}}]\npaths:\n  /a:\n    post:\n      responses:\n        '200':\n          description: events\n          content:\n            text/event-stream:\n              schema: {{$ref: '#/components/schemas/Event'}}\n              x-stream-end: {end}\n  /b:\n    post:\n      responses:\n        '200':\n          description: events\n          content:\n            text/event-stream:\n              schema: {{$ref: '#/components/schemas/Event'}}\n              x-stream-end: {{events: [b.done]}}\ncomponents:\n  schemas:\n    Event: {{type: object, properties: {{type: {{type: string}}}}}}\n"
        )
    }

    #[test]
    fn stream_end_signals_are_read_merged_and_checked() {
        let (api, warnings) = crate::lower::lower_text(&streams_with("{data: '[DONE]', events: [a.done, b.done]}"));
        assert!(warnings.is_empty(), "{warnings:?}");
        let event = api.types.iter().find(|t| t.name == "Event").unwrap();
        let end = &event.stream_event.as_ref().unwrap().end;
        assert_eq!(end.data.as_deref(), Some("[DONE]"));
        assert_eq!(end.events, ["a.done", "b.done"]);

        let (_, warnings) = crate::lower::lower_text(&streams_with("{data: 1, events: [x, 2], until: never}"));
        let shown: Vec<(String, String)> =
            warnings.iter().map(|w| (w.location.pointer.clone(), w.message.clone())).collect();
        let at = "/paths/~1a/post/responses/200/content/text~1event-stream/x-stream-end";
        assert_eq!(
            shown,
            [
                (
                    format!("{at}/data"),
                    "`x-stream-end` takes `data` (a string) and `events` (a list of strings); ignored".to_owned()
                ),
                (format!("{at}/events/1"), "not a string; ignored".to_owned()),
                (
                    format!("{at}/until"),
                    "`x-stream-end` takes `data` (a string) and `events` (a list of strings); ignored".to_owned()
                ),
            ]
        );
    }
}
