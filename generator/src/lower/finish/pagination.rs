//! Which list operations page, and how their responses yield the next cursor.

use super::super::draft::{LoweredOperation, TypeDraft};
use super::resolve_alias;
use crate::ir::{CursorSource, PageImpl, ResponseKind, TypeId, TypeKind, TypeRef};

/// A paging convention: the query parameter that takes the cursor, and the fields of a
/// list response.
pub struct Paging {
    pub cursor_param: &'static str,
    /// Whether another page follows (optional: without it, an empty page is the last).
    pub has_more: &'static str,
    /// Fields that hold the next page's cursor, the first present one read; without any, the
    /// last item's `item_id` (when the convention has one).
    pub cursor_fields: &'static [&'static str],
    pub item_id: Option<&'static str>,
}

/// The conventions the generator pages through, tried in order. OpenAI's: `after` takes a
/// cursor the page names (`next` in the administration lists, `last_id` in most others) or
/// the last item's `id`; its usage reports page with `page` and `next_page`.
pub const PAGING: &[Paging] = &[
    Paging { cursor_param: "after", has_more: "has_more", cursor_fields: &["next", "last_id"], item_id: Some("id") },
    Paging { cursor_param: "page", has_more: "has_more", cursor_fields: &["next_page"], item_id: None },
];

/// The array of items of a list response, in every convention.
pub const ITEMS_FIELD: &str = "data";

/// The page of each list type (by type id) and the cursor parameter of each operation that
/// returns one (by operation index).
pub fn attach(types: &[TypeDraft], operations: &[LoweredOperation]) -> (Vec<Option<PageImpl>>, Vec<Option<String>>) {
    let mut pages = vec![None; types.len()];
    let cursors = operations
        .iter()
        .map(|op| {
            let ResponseKind::Json(ty) = &op.response else { return None };
            let TypeKind::Params(params) = &types[op.params?.0].kind else { return None };
            let TypeRef::Named(list) = resolve_alias(types, ty.unwrap_option()) else { return None };
            PAGING.iter().find_map(|paging| {
                let cursor = params.fields.iter().find(|f| f.wire_name == paging.cursor_param)?;
                pages[list.0] = Some(page_impl(types, *list, paging)?);
                Some(cursor.wire_name.clone())
            })
        })
        .collect();
    (pages, cursors)
}

fn page_impl(types: &[TypeDraft], list: TypeId, paging: &Paging) -> Option<PageImpl> {
    let TypeKind::Struct(s) = &types[list.0].kind else { return None };
    let field = |name: &str| s.fields.iter().find(|f| f.wire_name == name);
    let data = field(ITEMS_FIELD)?;
    let TypeRef::Array(item) = data.ty.unwrap_option() else { return None };
    let has_more = field(paging.has_more).filter(|f| *f.ty.unwrap_option() == TypeRef::Boolean);
    let named_cursor =
        paging.cursor_fields.iter().find_map(|name| field(name).filter(|f| *f.ty.unwrap_option() == TypeRef::String));
    let cursor = match named_cursor {
        Some(cursor) => CursorSource::Field { name: cursor.name.clone(), optional: cursor.ty.is_option() },
        None => {
            let TypeRef::Named(item_id) = resolve_alias(types, item) else { return None };
            let TypeKind::Struct(item_struct) = &types[item_id.0].kind else { return None };
            let wire_id = paging.item_id?;
            let id = item_struct
                .fields
                .iter()
                .find(|f| f.wire_name == wire_id && *f.ty.unwrap_option() == TypeRef::String)?;
            CursorSource::LastItemId { field: id.name.clone(), optional: id.ty.is_option() }
        }
    };
    if data.ty.is_option() {
        return None;
    }
    Some(PageImpl {
        items_field: data.name.clone(),
        item: (**item).clone(),
        has_more: has_more.map(|f| (f.name.clone(), f.ty.is_option())),
        cursor,
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::def;
    use crate::ir::CursorSource;
    use crate::lower::lower_text;

    /// `GET /<path>` with the query parameter `param`, answering with the list `schema`.
    fn list(path: &str, param: &str, schema: &str) -> String {
        format!(
            "  /{path}:\n    get:\n      parameters: [{{name: {param}, in: query, schema: {{type: string}}}}]\n      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/{schema}'}}}}}}}}}}\n"
        )
    }

    #[test]
    fn each_convention_reads_its_cursor() {
        let mut spec = String::from(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://example.com'}]\npaths:\n",
        );
        spec.push_str(&list("standard", "after", "Standard"));
        spec.push_str(&list("roles", "after", "Roles"));
        spec.push_str(&list("members", "after", "Members"));
        spec.push_str(&list("usage", "page", "Usage"));
        spec.push_str(&list("unpaged", "page", "Members"));
        spec.push_str(concat!(
            "components:\n  schemas:\n",
            "    Item: {type: object, required: [id], properties: {id: {type: string}}}\n",
            "    Standard: {type: object, required: [data, has_more], properties: {data: {type: array, items: {$ref: '#/components/schemas/Item'}}, has_more: {type: boolean}, last_id: {type: [string, 'null']}}}\n",
            "    Roles: {type: object, required: [data, has_more], properties: {data: {type: array, items: {$ref: '#/components/schemas/Item'}}, has_more: {type: boolean}, next: {type: [string, 'null']}, last_id: {type: string}}}\n",
            "    Members: {type: object, required: [data], properties: {data: {type: array, items: {$ref: '#/components/schemas/Item'}}}}\n",
            "    Usage: {type: object, required: [data, has_more], properties: {data: {type: array, items: {type: object}}, has_more: {type: boolean}, next_page: {type: [string, 'null']}}}\n",
        ));
        let (api, warnings) = lower_text(&spec);
        assert!(warnings.is_empty(), "{warnings:?}");
        let cursor = |name: &str| def(&api, name).page.as_ref().map(|page| page.cursor.clone());
        let field = |name: &str| Some(CursorSource::Field { name: name.to_owned(), optional: true });
        assert_eq!(cursor("Standard"), field("last_id"));
        // A cursor the page names comes before `last_id`.
        assert_eq!(cursor("Roles"), field("next"));
        assert_eq!(cursor("Members"), Some(CursorSource::LastItemId { field: "id".to_owned(), optional: false }));
        assert_eq!(cursor("Usage"), field("next_page"));
        let params: Vec<Option<&str>> = api.operations.iter().map(|op| op.cursor_param.as_deref()).collect();
        // `page` takes only a cursor the page names: `Members` has none for it.
        assert_eq!(params, [Some("after"), Some("after"), Some("after"), Some("page"), None]);
    }
}
