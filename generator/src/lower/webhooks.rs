//! Webhooks, from the entries `resolve` read ([`crate::resolve::WebhookSpec`]): each payload
//! becomes a type like any other schema, and together they become one tagged union
//! (`WebhookEvent`), dispatched on the payload's `type` like the spec's own unions, with
//! `Unknown` for an event this client does not know yet. A webhook whose payload has no
//! single-valued `type` cannot be told apart and is left out of the union, with a warning.

use std::collections::BTreeSet;

use super::docs::rustdoc;
use super::draft::TypeDraft;
use super::flat_schema::View;
use super::names;
use super::namespaces::VariantNames;
use super::schema::{Builder, Ctx, SchemaRef};
use super::unions::TAGGED_CATCH_ALL;
use crate::diagnostics::Result;
use crate::ir::{TaggedUnion, TaggedVariant, TypeId, TypeKind, Webhook};

/// The payload property that names the event (Standard Webhooks' `type`).
const EVENT_TAG: &str = "type";
/// The name the event union asks for (numbered if a component has it).
const EVENT_UNION: &str = "WebhookEvent";

/// The event union and the webhooks it has a variant for.
pub struct LoweredWebhooks {
    pub event: TypeId,
    pub events: Vec<Webhook>,
}

impl<'a, 's> Builder<'a, 's> {
    /// Lowers every webhook payload and adds the event union; `None` when no webhook has a
    /// payload the union can hold (the crate then has no webhook part at all).
    pub fn lower_webhooks(&mut self) -> Result<Option<LoweredWebhooks>> {
        let spec: &'a crate::resolve::Spec<'s> = self.spec;
        let mut variant_names = VariantNames::new(TAGGED_CATCH_ALL);
        let mut taken: BTreeSet<String> = BTreeSet::new();
        let (mut variants, mut events) = (Vec::new(), Vec::new());
        for hook in &spec.webhooks {
            let payload = match &hook.payload {
                Ok(payload) => payload,
                Err(reason) => {
                    self.warnings.push(
                        hook.pointer.clone(),
                        format!("webhook `{}` is left out of `{EVENT_UNION}`: {reason}", hook.name),
                    );
                    continue;
                }
            };
            let ctx = Ctx::new(names::type_name(&format!("webhook {}", hook.name)), payload.pointer.clone());
            let schema = SchemaRef::from(&payload.schema);
            let mut values = self.tag_values(schema, EVENT_TAG, &ctx, 0)?;
            values.dedup();
            let before = values.len();
            values.retain(|value| !taken.contains(value));
            if values.is_empty() {
                let why = if before == 0 {
                    format!(
                        "its payload has no `{EVENT_TAG}` property with one value (such as `enum: [order.shipped]`)"
                    )
                } else {
                    format!("an earlier webhook has the same `{EVENT_TAG}`")
                };
                self.warnings.push(
                    payload.pointer.clone(),
                    format!(
                        "webhook `{}` is left out of `{EVENT_UNION}` ({why}); it arrives as `{EVENT_UNION}::{TAGGED_CATCH_ALL}`",
                        hook.name
                    ),
                );
                continue;
            }
            taken.extend(values.iter().cloned());
            let ty = self.lower(schema, &ctx)?;
            let (resolved, resolved_ctx) = self.deref(schema, &ctx)?;
            let inject_tag = !self.has_property(resolved, EVENT_TAG, &resolved_ctx, 0)?;
            let label = match values.as_slice() {
                [only] => only.clone(),
                _ => hook.name.clone(),
            };
            let variant = variant_names.claim(&label);
            let described = hook.description.as_deref().or(hook.summary.as_deref());
            let docs = rustdoc(described.or_else(|| View::of(resolved).description()));
            variants.push(TaggedVariant {
                name: variant.clone(),
                tag_values: values.clone(),
                ty: ty.clone(),
                boxed: false,
                inject_tag,
                docs,
                shape: (),
            });
            events.push(Webhook { name: hook.name.clone(), variant, tag_values: values, payload: ty });
        }
        if events.is_empty() {
            return Ok(None);
        }
        let name = self.type_names.unique(EVENT_UNION);
        let kind = TypeKind::TaggedUnion(TaggedUnion {
            tag: EVENT_TAG.to_owned(),
            variants,
            catch_all: variant_names.catch_all(),
        });
        let mut draft = TypeDraft::new(name, "/webhooks".to_owned(), None, kind);
        draft.docs = Some(format!(
            "An event the API delivers to a webhook endpoint, one variant per webhook of the spec,\n\
             chosen by the payload's `{EVENT_TAG}`. [`Webhooks::unwrap`](crate::Webhooks::unwrap) checks a\n\
             delivery's signature and decodes it into this; an event this client does not know yet is\n\
             kept as JSON in `{TAGGED_CATCH_ALL}`."
        ));
        let event = self.push_type(draft);
        Ok(Some(LoweredWebhooks { event, events }))
    }
}

#[cfg(test)]
mod tests {
    use super::super::finish::test_support::def;
    use crate::ir::{TypeKind, TypeRef};
    use crate::lower::lower_text;

    const SPEC: &str = r#"openapi: 3.1.0
info: {title: Shop, version: '1'}
paths:
  /orders:
    get:
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}}
webhooks:
  order_shipped:
    post:
      description: An order left the warehouse.
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/OrderShipped'}}}}
      responses: {'200': {description: ok}}
  order_lost:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [type, data]
              properties:
                type: {type: string, const: order.lost}
                data: {$ref: '#/components/schemas/Order'}
      responses: {'200': {description: ok}}
  untyped:
    post:
      requestBody: {content: {application/json: {schema: {type: object, properties: {x: {type: string}}}}}}
      responses: {'200': {description: ok}}
  ping:
    post:
      responses: {'200': {description: ok}}
components:
  schemas:
    Order: {type: object, properties: {id: {type: string}}}
    OrderShipped:
      type: object
      required: [type, id]
      properties:
        type: {type: string, enum: [order.shipped]}
        id: {type: string}
"#;

    #[test]
    fn payloads_become_one_event_union_in_the_webhooks_group() {
        let (api, warnings) = lower_text(SPEC);
        let hooks = api.webhooks.as_ref().expect("webhooks");
        let event = api.ty(hooks.event);
        assert_eq!(event.name, "WebhookEvent");
        let TypeKind::TaggedUnion(union) = &event.kind else { panic!("{:?}", event.kind) };
        assert_eq!(union.tag, "type");
        let variants: Vec<(&str, &[String])> =
            union.variants.iter().map(|v| (v.name.as_str(), v.tag_values.as_slice())).collect();
        assert_eq!(
            variants,
            [("OrderShipped", &["order.shipped".to_owned()][..]), ("OrderLost", &["order.lost".to_owned()][..])]
        );
        assert_eq!(union.variants[0].docs.as_deref(), Some("An order left the warehouse."));
        assert_eq!(def(&api, "WebhookOrderLost").name, "WebhookOrderLost");
        // The payloads and the union live in the webhooks' group; `Order` stays with the
        // operation that reaches it first and exists with either feature.
        let group = &api.groups[hooks.group];
        assert_eq!((group.feature.as_str(), group.module.as_str(), group.resource), ("webhooks", "webhooks", None));
        for name in ["WebhookEvent", "OrderShipped", "WebhookOrderLost"] {
            assert_eq!(def(&api, name).module.group, "webhooks", "{name}");
            assert_eq!(def(&api, name).gate, crate::ir::TypeGate::Group(hooks.group), "{name}");
        }
        assert_eq!(def(&api, "Order").module.group, "orders");
        assert!(matches!(&def(&api, "Order").gate, crate::ir::TypeGate::AnyGroup(g) if g.contains(&hooks.group)));
        assert!(matches!(hooks.events[1].payload, TypeRef::Named(_)));
        // A payload left out of the union is not lowered (a component one would be, in `other`).
        assert!(!api.types.iter().any(|t| t.name == "WebhookUntyped"));
        let messages: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert!(messages.iter().any(|m| m.contains("webhook `untyped` is left out")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("webhook `ping` is left out")), "{messages:?}");
    }

    #[test]
    fn a_root_resource_named_webhooks_keeps_its_names() {
        // `/webhooks` (the endpoints that manage webhook subscriptions, say) is a root
        // resource: its group keeps the module `webhooks` and gets the feature `webhooks_api`.
        let spec = SPEC.replace("  /orders:", "  /webhooks:");
        let (api, _) = lower_text(&spec);
        let hooks = api.webhooks.as_ref().unwrap();
        let features: Vec<(&str, &str)> = api.groups.iter().map(|g| (g.feature.as_str(), g.module.as_str())).collect();
        assert_eq!(features, [("webhooks_api", "webhooks"), ("webhooks", "webhook_events")]);
        assert_eq!(hooks.group, 1);
        assert_eq!(def(&api, "WebhookEvent").module.group, "webhook_events");
    }

    #[test]
    fn a_spec_without_webhooks_has_none() {
        let (api, _) = lower_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        assert!(api.webhooks.is_none());
        assert!(api.groups.is_empty());
    }
}
