//! Parameters → IR: path parameters (method arguments) and the `<Op>Params` struct of query,
//! header and cookie parameters, each with the style it is serialized in. OpenAPI's
//! defaults are applied here, once, so the emitter only reads finished `Style`s.

use openapiv3::{Operation as SpecOperation, Parameter, ParameterSchemaOrContent, PathItem, PathStyle, QueryStyle};

use super::docs::rustdoc;
use super::draft::TypeDraft;
use super::flat_schema::View;
use super::names::{self, Scope};
use super::namespaces::StructNames;
use super::operations::{Media, classify};
use super::schema::{Builder, Ctx, SchemaRef};
use crate::diagnostics::{Error, Result, pointer_join};
use crate::ir::{
    Field, ParamEncoding, ParamLocation, PathParam, PathPart, Struct, Style, StyleKind, TypeId, TypeKind, TypeRef,
};

/// The params struct of an operation (if it has query, header or cookie parameters) and the
/// headers it always sends.
pub type ParamsAndFixedHeaders = (Option<TypeId>, Vec<(String, String)>);

/// Names of an operation method's arguments and locals that path parameters must not take:
/// the params struct and body arguments, and the request being built.
const METHOD_LOCALS: &[&str] = &["params", "request", "body", "spec", "self_"];

/// What a parameter's value is, as far as a style cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ValueKind {
    Scalar,
    Array,
    Object,
    /// A union or any JSON value: it may be any of the above.
    Unknown,
}

impl<'a, 's> Builder<'a, 's> {
    /// Path-item parameters overridden by operation parameters with the same name and location.
    pub(super) fn collect_parameters(
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
                let resolved = spec.parameter(param, &at)?;
                // A component parameter is located (and its types named) where it is written.
                let (param, at) = (resolved.value, resolved.pointer(&at));
                let data = param.parameter_data_ref();
                let location = location_of(param);
                out.retain(|(p, _)| !(p.parameter_data_ref().name == data.name && location_of(p) == location));
                out.push((param, at));
            }
        }
        Ok(out)
    }

    pub(super) fn path_params(
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
        for reserved in METHOD_LOCALS {
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
            let (ty, style) = match found {
                Some((param, at)) => self.param_value(param, at, ctx)?,
                None => {
                    self.warnings.push(
                        ctx.pointer.clone(),
                        format!("path parameter `{var}` is not declared; generated as a string"),
                    );
                    (TypeRef::String, Style::new(StyleKind::Simple, false))
                }
            };
            parts.push(PathPart::Param(path_params.len()));
            path_params.push(PathParam {
                name: scope.unique(&names::snake(var)),
                wire_name: var.to_owned(),
                ty: ty.unwrap_option().clone(),
                style,
            });
        }
        for name in unused {
            self.warnings
                .push(ctx.pointer.clone(), format!("path parameter `{name}` does not appear in the path; ignored"));
        }
        Ok((parts, path_params))
    }

    /// The `<Op>Params` struct of query, header and cookie parameters, and the headers fixed
    /// to one value.
    pub(super) fn params_struct(
        &mut self,
        params: &[(&'a Parameter, String)],
        ctx: &Ctx,
    ) -> Result<ParamsAndFixedHeaders> {
        let mut fixed = Vec::new();
        let mut fields = Vec::new();
        let mut names = StructNames::new();
        let mut cookies = false;
        for (param, at) in params {
            let data = param.parameter_data_ref();
            let location = match param {
                Parameter::Query { .. } => ParamLocation::Query,
                Parameter::Header { .. } => {
                    if let Some(value) = self.single_value(param)
                        && data.required
                    {
                        fixed.push((data.name.clone(), value));
                        continue;
                    }
                    ParamLocation::Header
                }
                Parameter::Cookie { .. } => {
                    cookies = true;
                    ParamLocation::Cookie
                }
                Parameter::Path { .. } => continue,
            };
            let (ty, style) = self.param_value(param, at, ctx)?;
            let ty = if data.required { ty } else { ty.optional() };
            let field_names = names.property(&data.name);
            fields.push(Field {
                setter: field_names.setter,
                docs: rustdoc(data.description.as_deref()),
                required: data.required,
                default: parameter_default(param),
                deprecated: data.deprecated.unwrap_or(false),
                param: Some(ParamEncoding { location, style }),
                ..Field::new(field_names.name, &data.name, ty)
            });
        }
        if fields.is_empty() {
            return Ok((None, fixed));
        }
        let name = self.type_names.unique(&format!("{}Params", ctx.hint));
        let locations = if cookies { "Query, header and cookie" } else { "Query and header" };
        let def = TypeDraft {
            docs: Some(format!("{locations} parameters of `{}`.", ctx.hint)),
            ..TypeDraft::new(name, ctx.pointer.clone(), None, TypeKind::Params(Struct { fields, additional: None }))
        };
        Ok((Some(self.push_type(def)), fixed))
    }

    /// A parameter's type and the style it is written in. A parameter described by
    /// `content` is typed from that media type's schema and sent as its JSON text.
    fn param_value(&mut self, param: &'a Parameter, at: &str, ctx: &Ctx) -> Result<(TypeRef, Style)> {
        let data = param.parameter_data_ref();
        // A component parameter's types are named after the component and shared by
        // every operation that uses it; an inline one's after its operation.
        let hint = match at.strip_prefix("/components/parameters/") {
            Some(component) => names::type_name(&super::schema::unescape(component)),
            None => format!("{}{}", ctx.hint, names::type_name(&data.name)),
        };
        let param_ctx = |pointer: String| Ctx::new(hint.clone(), pointer);
        let schema = match &data.format {
            ParameterSchemaOrContent::Schema(schema) => schema,
            ParameterSchemaOrContent::Content(content) => {
                let content_at = pointer_join(at, "content");
                let mut entries = content.iter();
                let (Some((media_type, media)), None) = (entries.next(), entries.next()) else {
                    return Err(Error::spec(
                        self.spec.source.locate(&content_at),
                        format!("a parameter's `content` must hold exactly one media type, found {}", content.len()),
                    ));
                };
                if !matches!(classify(media_type), Media::Json) {
                    self.warnings.push(
                        content_at,
                        format!("parameter content `{media_type}` is not JSON; the value is sent as a plain string"),
                    );
                    return Ok((TypeRef::String, self.param_style(param, at, ValueKind::Scalar)));
                }
                let ty = match &media.schema {
                    Some(schema) => {
                        let pointer = pointer_join(&pointer_join(&content_at, media_type), "schema");
                        self.lower(schema.into(), &param_ctx(pointer))?
                    }
                    None => TypeRef::Any,
                };
                let allow_reserved = matches!(param, Parameter::Query { allow_reserved: true, .. });
                return Ok((ty, Style { allow_reserved, ..Style::new(StyleKind::Json, false) }));
            }
        };
        let ty = self.lower(SchemaRef::from(schema), &param_ctx(pointer_join(at, "schema")))?;
        let kind = self.value_kind(&ty);
        Ok((ty, self.param_style(param, at, kind)))
    }

    /// The style of a parameter described by `schema`, with OpenAPI's defaults: `explode` is
    /// true for `form` and false for every other style.
    fn param_style(&mut self, param: &Parameter, at: &str, kind: ValueKind) -> Style {
        let explode = param.parameter_data_ref().explode;
        match param {
            Parameter::Query { style, allow_reserved, .. } => {
                let style = match style {
                    QueryStyle::Form => Style::new(StyleKind::Form, explode.unwrap_or(true)),
                    QueryStyle::SpaceDelimited => self.delimited(StyleKind::SpaceDelimited, explode, at),
                    QueryStyle::PipeDelimited => self.delimited(StyleKind::PipeDelimited, explode, at),
                    QueryStyle::DeepObject => {
                        self.check_deep_object(kind, at);
                        // deepObject is defined for `explode: true` only, and `false` is the
                        // default every spec that leaves `explode` out gets: both read alike.
                        Style::new(StyleKind::DeepObject, true)
                    }
                };
                Style { allow_reserved: *allow_reserved, ..style }
            }
            Parameter::Header { .. } => Style::new(StyleKind::Simple, explode.unwrap_or(false)),
            Parameter::Path { style, .. } => {
                let kind = match style {
                    PathStyle::Simple => StyleKind::Simple,
                    PathStyle::Label => StyleKind::Label,
                    PathStyle::Matrix => StyleKind::Matrix,
                };
                Style::new(kind, explode.unwrap_or(false))
            }
            Parameter::Cookie { .. } => Style::new(StyleKind::Form, explode.unwrap_or(true)),
        }
    }

    /// `spaceDelimited`/`pipeDelimited`: OpenAPI defines them without `explode` only; with
    /// `explode: true` there is no delimiter left to write, so the items are repeated pairs.
    pub(super) fn delimited(&mut self, kind: StyleKind, explode: Option<bool>, at: &str) -> Style {
        if explode == Some(true) {
            self.warnings.push(
                pointer_join(at, "explode"),
                "`explode: true` leaves a delimited style nothing to delimit; sent as repeated `name=value` pairs",
            );
            return Style::new(StyleKind::Form, true);
        }
        Style::new(kind, false)
    }

    /// deepObject describes objects; other values still have one reading in the bracket
    /// convention it extends (`name=v`, `name[]=v`), which is what is sent.
    fn check_deep_object(&mut self, kind: ValueKind, at: &str) {
        let sent_as = match kind {
            ValueKind::Scalar => "`name=value`",
            ValueKind::Array => "`name[]=value` pairs",
            ValueKind::Object | ValueKind::Unknown => return,
        };
        self.warnings.push(
            pointer_join(at, "style"),
            format!("`deepObject` describes objects; this value is sent as {sent_as}"),
        );
    }

    pub(super) fn value_kind(&self, ty: &TypeRef) -> ValueKind {
        match self.resolve_alias_ref(ty) {
            TypeRef::String | TypeRef::Integer(_) | TypeRef::Number(_) | TypeRef::Boolean | TypeRef::Binary => {
                ValueKind::Scalar
            }
            TypeRef::Array(_) => ValueKind::Array,
            TypeRef::Map(_) => ValueKind::Object,
            TypeRef::Named(id) => match self.kind_of(id) {
                Some(TypeKind::Enum(_)) => ValueKind::Scalar,
                Some(TypeKind::Struct(_) | TypeKind::Params(_)) => ValueKind::Object,
                _ => ValueKind::Unknown,
            },
            TypeRef::Any | TypeRef::Option(_) => ValueKind::Unknown,
        }
    }

    /// The one value a parameter's schema allows, if any.
    fn single_value(&self, param: &'a Parameter) -> Option<String> {
        let ParameterSchemaOrContent::Schema(schema) = &param.parameter_data_ref().format else { return None };
        let (schema, _) = self.deref(schema.into(), &Ctx::new("", "")).ok()?;
        View::of(schema).single_string_value().map(str::to_owned)
    }
}

/// The `default` of a parameter's inline schema, for its docs.
fn parameter_default(param: &Parameter) -> Option<serde_json::Value> {
    match &param.parameter_data_ref().format {
        ParameterSchemaOrContent::Schema(openapiv3::ReferenceOr::Item(schema)) => schema.schema_data.default.clone(),
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
    use crate::ir::Api;
    use crate::lower::lower_text;

    fn spec(parameters: &str) -> String {
        format!(
            "openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://example.com'}}]\npaths:\n  /items/{{id}}:\n    get:\n      operationId: listItems\n      parameters:\n{parameters}      responses: {{'204': {{description: none}}}}\ncomponents:\n  schemas:\n    Metadata: {{type: object, additionalProperties: {{type: string}}}}\n    IdOrName: {{oneOf: [{{type: integer}}, {{type: string}}]}}\n"
        )
    }

    const ID: &str = "        - {name: id, in: path, required: true, schema: {type: string}}\n";

    fn styles(api: &Api) -> Vec<(String, ParamLocation, Style)> {
        let op = &api.operations[0];
        let mut out: Vec<_> =
            op.path_params.iter().map(|p| (p.wire_name.clone(), ParamLocation::Path, p.style)).collect();
        if let Some(id) = op.params
            && let TypeKind::Params(s) = &api.ty(id).kind
        {
            out.extend(s.fields.iter().map(|f| {
                let encoding = f.param.expect("a parameter field");
                (f.wire_name.clone(), encoding.location, encoding.style)
            }));
        }
        out
    }

    #[test]
    fn templates_split_into_text_and_variables() {
        assert_eq!(template_variables("/threads/{thread_id}/runs/{run_id}"), vec!["thread_id", "run_id"]);
        assert_eq!(template_variables("/a/{b}.json"), vec!["b"]);
        assert!(template_variables("/models").is_empty());
    }

    #[test]
    fn deep_object_parameter_may_reference_a_map_component() {
        let params = "        - {name: metadata, in: query, style: deepObject, explode: true, schema: {$ref: '#/components/schemas/Metadata'}}\n";
        let (api, warnings) = lower_text(&spec(&format!("{ID}{params}")));
        assert!(warnings.is_empty(), "{warnings:?}");
        let params = api.types.iter().find(|t| t.name == "ListItemsParams").expect("params struct");
        let TypeKind::Params(Struct { fields, .. }) = &params.kind else { panic!("{params:?}") };
        let TypeRef::Named(id) = fields[0].ty.unwrap_option() else { panic!("{:?}", fields[0].ty) };
        assert_eq!(api.ty(*id).name, "Metadata");
    }

    #[test]
    fn every_location_gets_its_default_style() {
        let params = "        - {name: q, in: query, schema: {type: string}}\n        - {name: h, in: header, schema: {type: string}}\n        - {name: c, in: cookie, schema: {type: string}}\n";
        let (api, warnings) = lower_text(&spec(&format!("{ID}{params}")));
        assert!(warnings.is_empty(), "{warnings:?}");
        let expected = [
            ("id", ParamLocation::Path, Style::new(StyleKind::Simple, false)),
            ("q", ParamLocation::Query, Style::new(StyleKind::Form, true)),
            ("h", ParamLocation::Header, Style::new(StyleKind::Simple, false)),
            ("c", ParamLocation::Cookie, Style::new(StyleKind::Form, true)),
        ];
        assert_eq!(styles(&api), expected.map(|(n, l, s)| (n.to_owned(), l, s)));
        assert_eq!(
            api.ty(api.operations[0].params.unwrap()).docs.as_deref(),
            Some("Query, header and cookie parameters of `ListItems`.")
        );
    }

    #[test]
    fn written_styles_are_kept_and_explode_defaults_follow_the_style() {
        let params = "        - {name: id, in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: integer}}}\n        - {name: a, in: query, explode: false, allowReserved: true, schema: {type: array, items: {type: string}}}\n        - {name: b, in: query, style: pipeDelimited, schema: {type: array, items: {type: string}}}\n        - {name: d, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Metadata'}}\n        - {name: h, in: header, explode: true, schema: {$ref: '#/components/schemas/Metadata'}}\n        - {name: c, in: cookie, explode: false, schema: {type: array, items: {type: string}}}\n";
        let (api, warnings) = lower_text(&spec(params));
        assert!(warnings.is_empty(), "{warnings:?}");
        let expected = [
            ("id", ParamLocation::Path, Style::new(StyleKind::Matrix, true)),
            ("a", ParamLocation::Query, Style { allow_reserved: true, ..Style::new(StyleKind::Form, false) }),
            ("b", ParamLocation::Query, Style::new(StyleKind::PipeDelimited, false)),
            ("d", ParamLocation::Query, Style::new(StyleKind::DeepObject, true)),
            ("h", ParamLocation::Header, Style::new(StyleKind::Simple, true)),
            ("c", ParamLocation::Cookie, Style::new(StyleKind::Form, false)),
        ];
        assert_eq!(styles(&api), expected.map(|(n, l, s)| (n.to_owned(), l, s)));
        let id = &api.operations[0].path_params[0];
        assert_eq!(id.ty, TypeRef::Array(Box::new(TypeRef::Integer(crate::ir::IntWidth::I64))));
    }

    #[test]
    fn json_content_parameters_are_typed_from_their_schema() {
        let params = "        - name: filter\n          in: query\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/IdOrName'}\n";
        let (api, warnings) = lower_text(&spec(&format!("{ID}{params}")));
        assert!(warnings.is_empty(), "{warnings:?}");
        let (_, location, style) = &styles(&api)[1];
        assert_eq!((*location, *style), (ParamLocation::Query, Style::new(StyleKind::Json, false)));
        let params = api.ty(api.operations[0].params.unwrap());
        let TypeKind::Params(s) = &params.kind else { panic!("{params:?}") };
        let TypeRef::Named(id) = s.fields[0].ty.unwrap_option() else { panic!("{:?}", s.fields[0].ty) };
        assert_eq!(api.ty(*id).name, "IdOrName");
    }

    #[test]
    fn styles_with_a_plain_reading_warn() {
        let params = "        - {name: a, in: query, style: spaceDelimited, explode: true, schema: {type: array, items: {type: string}}}\n        - {name: b, in: query, style: deepObject, schema: {type: array, items: {type: string}}}\n        - name: c\n          in: query\n          content:\n            text/plain:\n              schema: {type: string}\n";
        let (api, warnings) = lower_text(&spec(&format!("{ID}{params}")));
        let messages: Vec<String> = warnings.iter().map(|w| format!("{}: {}", w.location.pointer, w.message)).collect();
        assert_eq!(
            messages,
            [
                "/paths/~1items~1{id}/get/parameters/1/explode: `explode: true` leaves a delimited style nothing to delimit; sent as repeated `name=value` pairs",
                "/paths/~1items~1{id}/get/parameters/2/style: `deepObject` describes objects; this value is sent as `name[]=value` pairs",
                "/paths/~1items~1{id}/get/parameters/3/content: parameter content `text/plain` is not JSON; the value is sent as a plain string",
            ]
        );
        let styles = styles(&api);
        assert_eq!(styles[1].2, Style::new(StyleKind::Form, true));
        assert_eq!(styles[3].2, Style::new(StyleKind::Form, true));
    }
}
