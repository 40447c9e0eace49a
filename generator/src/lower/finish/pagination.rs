//! Which list operations page, and how their responses yield the next cursor.

use super::super::draft::{LoweredOperation, TypeDraft};
use super::resolve_alias;
use crate::ir::{CursorSource, PageImpl, ResponseKind, TypeId, TypeKind, TypeRef};

/// A paging convention: the query parameter that takes the cursor, and the fields of a
/// list response.
pub struct Paging {
    pub cursor_param: &'static str,
    /// The array of items.
    pub items: &'static str,
    /// Whether another page follows (optional: without it, an empty page is the last).
    pub has_more: &'static str,
    /// The cursor of the next page (optional: without it, the last item's `item_id`).
    pub last_id: &'static str,
    pub item_id: &'static str,
}

/// OpenAI's convention, the one the generator pages through.
pub const PAGING: Paging =
    Paging { cursor_param: "after", items: "data", has_more: "has_more", last_id: "last_id", item_id: "id" };

/// The page of each list type (by type id) and the cursor parameter of each operation that
/// returns one (by operation index).
pub fn attach(types: &[TypeDraft], operations: &[LoweredOperation]) -> (Vec<Option<PageImpl>>, Vec<Option<String>>) {
    let mut pages = vec![None; types.len()];
    let cursors = operations
        .iter()
        .map(|op| {
            let ResponseKind::Json(ty) = &op.response else { return None };
            let TypeKind::Params(params) = &types[op.params?.0].kind else { return None };
            let cursor = params.fields.iter().find(|f| f.wire_name == PAGING.cursor_param)?;
            let TypeRef::Named(list) = resolve_alias(types, ty.unwrap_option()) else { return None };
            pages[list.0] = Some(page_impl(types, *list)?);
            Some(cursor.wire_name.clone())
        })
        .collect();
    (pages, cursors)
}

fn page_impl(types: &[TypeDraft], list: TypeId) -> Option<PageImpl> {
    let TypeKind::Struct(s) = &types[list.0].kind else { return None };
    let field = |name: &str| s.fields.iter().find(|f| f.wire_name == name);
    let data = field(PAGING.items)?;
    let TypeRef::Array(item) = data.ty.unwrap_option() else { return None };
    let has_more = field(PAGING.has_more).filter(|f| *f.ty.unwrap_option() == TypeRef::Boolean);
    let cursor = match field(PAGING.last_id).filter(|f| *f.ty.unwrap_option() == TypeRef::String) {
        Some(last_id) => CursorSource::Field { name: last_id.name.clone(), optional: last_id.ty.is_option() },
        None => {
            let TypeRef::Named(item_id) = resolve_alias(types, item) else { return None };
            let TypeKind::Struct(item_struct) = &types[item_id.0].kind else { return None };
            let id = item_struct
                .fields
                .iter()
                .find(|f| f.wire_name == PAGING.item_id && *f.ty.unwrap_option() == TypeRef::String)?;
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
