//! The IR's types and operations, each built once and complete: from the drafts of
//! lowering and what naming (`resources`, `test_names`) and the passes (`finish`) decided.

use super::draft::{DraftKind, LoweredOperation, TypeDraft};
use super::finish::TypeFacts;
use super::resources::Placement;
use crate::ir::{
    ApiTest, Operation, TaggedUnion, TaggedVariant, TypeDef, TypeKind, UntaggedUnion, UntaggedVariant, VariantShape,
};

/// Every type, in id order.
pub fn types(drafts: Vec<TypeDraft>, facts: Vec<TypeFacts>) -> Vec<TypeDef> {
    drafts
        .into_iter()
        .zip(facts)
        .map(|(draft, facts)| TypeDef {
            name: draft.name,
            docs: draft.docs,
            origin: draft.origin,
            deprecated: draft.deprecated,
            kind: with_shapes(draft.kind, facts.shapes),
            input: facts.input,
            multipart: draft.multipart,
            part_types: draft.part_types,
            page: facts.page,
            stream_event: draft.stream_event,
            module: facts.module,
            gate: facts.gate,
        })
        .collect()
}

/// Every operation, in document order.
pub fn operations(
    lowered: Vec<LoweredOperation>,
    placements: Vec<Placement>,
    tests: Vec<Vec<ApiTest>>,
    cursors: Vec<Option<String>>,
) -> Vec<Operation> {
    lowered
        .into_iter()
        .zip(placements)
        .zip(tests)
        .zip(cursors)
        .map(|(((op, place), tests), cursor_param)| Operation {
            id: op.id,
            resource: place.resource,
            method: place.method,
            stream_method: place.stream_method,
            http_method: op.http_method,
            path: op.path,
            path_params: op.path_params,
            params: op.params,
            fixed_headers: op.fixed_headers,
            fixed_query: op.fixed_query,
            body: op.body,
            response: op.response,
            stream: op.stream,
            stream_only: op.stream_only,
            cursor_param,
            summary: op.summary,
            docs: op.docs,
            deprecated: op.deprecated,
            samples: op.samples,
            tests,
        })
        .collect()
}

/// A draft kind with its union variants' shapes (one per variant, in order).
fn with_shapes(kind: DraftKind, shapes: Vec<VariantShape>) -> TypeKind {
    match kind {
        TypeKind::Struct(s) => TypeKind::Struct(s),
        TypeKind::Enum(e) => TypeKind::Enum(e),
        TypeKind::Alias(target) => TypeKind::Alias(target),
        TypeKind::Params(s) => TypeKind::Params(s),
        TypeKind::TaggedUnion(TaggedUnion { tag, variants, catch_all }) => TypeKind::TaggedUnion(TaggedUnion {
            tag,
            variants: variants
                .into_iter()
                .zip(shapes)
                .map(|(v, shape)| TaggedVariant {
                    name: v.name,
                    tag_values: v.tag_values,
                    ty: v.ty,
                    boxed: v.boxed,
                    inject_tag: v.inject_tag,
                    docs: v.docs,
                    shape,
                })
                .collect(),
            catch_all,
        }),
        TypeKind::UntaggedUnion(UntaggedUnion { variants, catch_all }) => TypeKind::UntaggedUnion(UntaggedUnion {
            variants: variants
                .into_iter()
                .zip(shapes)
                .map(|(v, shape)| UntaggedVariant { name: v.name, ty: v.ty, boxed: v.boxed, docs: v.docs, shape })
                .collect(),
            catch_all,
        }),
    }
}
