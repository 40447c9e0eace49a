//! `application/x-www-form-urlencoded` bodies: which values can be one, and the per-property
//! styles of the media type's `encoding` map.
//!
//! Properties without an encoding are sent in the bracket convention form APIs read
//! (`metadata[key]=v`, `items[0][price]=p`, `expand[]=a`): OpenAPI's own default, `form`
//! exploded, writes a nested object's entries without its name and cannot nest at all.

use openapiv3::{Encoding, MediaType, QueryStyle, ReferenceOr, RequestBody};
use serde_json::Value;

use super::operations::{Media, classify};
use super::params::ValueKind;
use super::schema::Builder;
use crate::diagnostics::{Error, Result, pointer_join};
use crate::ir::{Style, StyleKind, TypeRef};

impl<'a, 's> Builder<'a, 's> {
    /// The encodings of a form body whose type is `ty`; the body itself is checked first:
    /// only an object has field names to write.
    pub(super) fn form_encodings(
        &mut self,
        body: &'a ReferenceOr<RequestBody>,
        media_type: &str,
        media: &'a MediaType,
        ty: &TypeRef,
        schema_at: &str,
    ) -> Result<Vec<(String, Style)>> {
        let kind = match self.value_kind(ty) {
            ValueKind::Scalar => Some("a single value"),
            ValueKind::Array => Some("an array"),
            ValueKind::Object | ValueKind::Unknown => None,
        };
        if let Some(kind) = kind {
            return Err(Error::spec(
                self.spec.source.locate(schema_at),
                format!(
                    "an `application/x-www-form-urlencoded` body must be an object with named fields, but this schema is {kind}"
                ),
            ));
        }
        let raw_at = pointer_join(&pointer_join(&body_pointer(body, schema_at), "content"), media_type);
        let fields: Option<Vec<String>> =
            self.struct_of(ty).map(|s| s.fields.iter().map(|f| f.wire_name.clone()).collect());
        let mut out = Vec::new();
        for (property, encoding) in &media.encoding {
            let at = pointer_join(&pointer_join(&raw_at, "encoding"), property);
            if let Some(fields) = &fields
                && !fields.contains(property)
            {
                self.warnings
                    .push(at, format!("`encoding` names `{property}`, which the body has no property for; ignored"));
                continue;
            }
            if let Some(style) = self.property_style(encoding, &at) {
                out.push((property.clone(), style));
            }
        }
        Ok(out)
    }

    /// The style an encoding entry asks for, or `None` for the bracket default. OpenAPI's
    /// rules apply once the entry says anything about style (`style`, `explode` or
    /// `allowReserved`); `contentType: application/json` alone sends the property's JSON text.
    fn property_style(&mut self, encoding: &Encoding, at: &str) -> Option<Style> {
        // The document model reads an absent `explode` as `false`; OpenAPI's default is `true`
        // for `form`. Where the two differ, the spec text says which one was written.
        let explode = if encoding.explode {
            Some(true)
        } else if matches!(encoding.style, None | Some(QueryStyle::Form)) {
            self.raw_value(&pointer_join(at, "explode")).and_then(Value::as_bool)
        } else {
            // Absent and `false` mean the same for the other styles.
            None
        };
        if encoding.style.is_none() && explode.is_none() && !encoding.allow_reserved {
            let json = encoding.content_type.as_deref().is_some_and(|c| matches!(classify(c), Media::Json));
            return json.then_some(Style::new(StyleKind::Json, false));
        }
        let style = match encoding.style.as_ref().unwrap_or(&QueryStyle::Form) {
            QueryStyle::Form => Style::new(StyleKind::Form, explode.unwrap_or(true)),
            QueryStyle::SpaceDelimited => self.delimited(StyleKind::SpaceDelimited, explode, at),
            QueryStyle::PipeDelimited => self.delimited(StyleKind::PipeDelimited, explode, at),
            QueryStyle::DeepObject => Style::new(StyleKind::DeepObject, true),
        };
        Some(Style { allow_reserved: encoding.allow_reserved, ..style })
    }

    /// A value of the spec as written (only for the few keys the document model loses).
    fn raw_value(&self, pointer: &str) -> Option<&'a Value> {
        let spec: &'a crate::resolve::Spec<'s> = self.spec;
        spec.doc.pointer(pointer)
    }
}

/// Where a request body is written in the spec: its operation's `requestBody`, or the
/// component a `$ref` names (`#/components/requestBodies/Checkout`).
fn body_pointer(body: &ReferenceOr<RequestBody>, schema_at: &str) -> String {
    match body {
        ReferenceOr::Reference { reference } => reference.trim_start_matches('#').to_owned(),
        ReferenceOr::Item(_) => {
            let end = schema_at.find("/requestBody/").map_or(schema_at.len(), |i| i + "/requestBody".len());
            schema_at[..end].to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::escape_pointer_segment;
    use crate::ir::BodyKind;
    use crate::lower::lower_text;

    fn form_spec(encoding: &str) -> String {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nservers: [{{url: 'https://example.com'}}]\npaths:\n  /x:\n    post:\n      operationId: send\n      requestBody:\n        content:\n          application/x-www-form-urlencoded:\n            schema:\n              type: object\n              properties:\n                a: {{type: array, items: {{type: string}}}}\n                b: {{type: array, items: {{type: string}}}}\n                c: {{type: array, items: {{type: string}}}}\n                d: {{type: object}}\n                e: {{type: string}}\n            encoding:\n{encoding}      responses: {{'204': {{description: none}}}}\n"
        )
    }

    #[test]
    fn encodings_follow_openapi_defaults_even_where_the_document_model_loses_them() {
        let encoding = "              a:\n                style: form\n              b:\n                style: form\n                explode: false\n              c: {style: form, explode: false}\n              d: {contentType: application/json}\n              e: {contentType: text/plain}\n              z: {style: deepObject}\n";
        let (api, warnings) = lower_text(&form_spec(encoding));
        let messages: Vec<String> = warnings.iter().map(|w| format!("{}: {}", w.location.pointer, w.message)).collect();
        assert_eq!(
            messages,
            [
                "/paths/~1x/post/requestBody/content/application~1x-www-form-urlencoded/encoding/z: `encoding` names `z`, which the body has no property for; ignored"
            ]
        );
        let Some(body) = &api.operations[0].body else { panic!("no body") };
        let expected = [
            ("a", Style::new(StyleKind::Form, true)),
            ("b", Style::new(StyleKind::Form, false)),
            ("c", Style::new(StyleKind::Form, false)),
            ("d", Style::new(StyleKind::Json, false)),
        ];
        assert_eq!(body.kind, BodyKind::Form(expected.map(|(p, s)| (p.to_owned(), s)).to_vec()));
    }

    #[test]
    fn written_explode_without_a_style_means_form() {
        let encoding = "              a: {explode: false}\n              b: {allowReserved: true}\n              c: {style: spaceDelimited, explode: true}\n";
        let (api, warnings) = lower_text(&form_spec(encoding));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].location.pointer.ends_with("/encoding/c/explode"), "{warnings:?}");
        let Some(body) = &api.operations[0].body else { panic!("no body") };
        let expected = [
            ("a", Style::new(StyleKind::Form, false)),
            ("b", Style { allow_reserved: true, ..Style::new(StyleKind::Form, true) }),
            ("c", Style::new(StyleKind::Form, true)),
        ];
        assert_eq!(body.kind, BodyKind::Form(expected.map(|(p, s)| (p.to_owned(), s)).to_vec()));
    }

    #[test]
    fn inline_bodies_are_found_under_their_operation() {
        let inline = ReferenceOr::Item(RequestBody::default());
        let at = format!("/paths/{}/post/requestBody/content/x/schema", escape_pointer_segment("/a/{b}"));
        assert_eq!(body_pointer(&inline, &at), "/paths/~1a~1{b}/post/requestBody");
        let reference: ReferenceOr<RequestBody> =
            ReferenceOr::Reference { reference: "#/components/requestBodies/Checkout".to_owned() };
        assert_eq!(body_pointer(&reference, &at), "/components/requestBodies/Checkout");
    }
}
