//! A required `readOnly` property is required in responses only (OpenAPI 3.0, "Fixed
//! Fields"): in a type that requests also carry it becomes optional and unset by default,
//! so callers are never asked for a value the server assigns.

use super::super::draft::TypeDraft;
use crate::ir::TypeKind;

pub fn relax(types: &mut [TypeDraft], inputs: &[bool]) {
    for (def, _) in types.iter_mut().zip(inputs).filter(|(_, input)| **input) {
        if let TypeKind::Struct(s) = &mut def.kind {
            for field in s.fields.iter_mut().filter(|f| f.read_only && f.required && f.constant.is_none()) {
                field.required = false;
                field.ty = field.ty.clone().optional();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::def;
    use crate::ir::{TypeKind, TypeRef};
    use crate::lower::lower_text;

    #[test]
    fn required_read_only_fields_are_optional_in_request_types() {
        let (api, _) = lower_text(concat!(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n",
            "paths:\n  /a:\n    put:\n      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}\n",
            "      responses: {'204': {description: none}}\n",
            "components:\n  schemas:\n",
            "    A: {type: object, required: [id], properties: {id: {type: string, readOnly: true}}}\n",
            "    B: {type: object, required: [id], properties: {id: {type: string, readOnly: true}}}\n",
        ));
        let id = |name: &str| match &def(&api, name).kind {
            TypeKind::Struct(s) => s.fields[0].ty.clone(),
            other => panic!("{other:?}"),
        };
        assert_eq!(id("A"), TypeRef::String.optional());
        assert_eq!(id("B"), TypeRef::String, "response-only types keep it required");
    }
}
