//! What each place in an OpenAPI document holds, as a small grammar over JSON-pointer
//! segments: the root holds `paths`, a path item holds operations, an operation holds
//! parameters, and so on down to schemas. `bundle` walks documents with it (so it knows
//! what kind of object a `$ref` stands for) and classifies the target of a `$ref` with it
//! (so a schema reference that points at a parameter is refused); `normalize` finds the
//! parts the generator does not read with it.

use crate::ir::HttpMethod;

/// A place in the document that the generator reads, or `Unread` for everything else
/// (tags, examples, security schemes, extensions...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    Root,
    Paths,
    /// The root `webhooks` (OpenAPI 3.1): names to path items.
    Webhooks,
    PathItem,
    Operation,
    Parameters,
    Parameter,
    RequestBody,
    Responses,
    Response,
    Headers,
    Header,
    Content,
    MediaType,
    Encodings,
    Encoding,
    Schema,
    /// A mapping of names to schemas (`properties`, `$defs`, ...).
    SchemaMap,
    /// A list of schemas (`allOf`, `oneOf`, `anyOf`, `prefixItems`).
    SchemaList,
    Discriminator,
    Components,
    /// `components/<section>`: a mapping of names to objects at `Position`.
    Section(Section),
    Unread,
}

/// The component sections a reference can be gathered into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Schemas,
    Parameters,
    RequestBodies,
    Responses,
    Headers,
    /// OpenAPI 3.1's `components/pathItems`: `openapiv3` has no such section, so path item
    /// references are written out in place instead.
    PathItems,
}

impl Section {
    pub fn key(self) -> &'static str {
        match self {
            Section::Schemas => "schemas",
            Section::Parameters => "parameters",
            Section::RequestBodies => "requestBodies",
            Section::Responses => "responses",
            Section::Headers => "headers",
            Section::PathItems => "pathItems",
        }
    }

    /// What one entry is called in messages.
    pub fn noun(self) -> &'static str {
        match self {
            Section::Schemas => "schema",
            Section::Parameters => "parameter",
            Section::RequestBodies => "request body",
            Section::Responses => "response",
            Section::Headers => "header",
            Section::PathItems => "path item",
        }
    }

    /// The position of each entry.
    pub fn entry(self) -> Position {
        match self {
            Section::Schemas => Position::Schema,
            Section::Parameters => Position::Parameter,
            Section::RequestBodies => Position::RequestBody,
            Section::Responses => Position::Response,
            Section::Headers => Position::Header,
            Section::PathItems => Position::PathItem,
        }
    }

    fn from_key(key: &str) -> Option<Section> {
        Some(match key {
            "schemas" => Section::Schemas,
            "parameters" => Section::Parameters,
            "requestBodies" => Section::RequestBodies,
            "responses" => Section::Responses,
            "headers" => Section::Headers,
            "pathItems" => Section::PathItems,
            _ => return None,
        })
    }
}

/// Keys whose values are data, never references (`$ref` inside an example is an example).
pub const DATA_KEYS: &[&str] = &["example", "examples", "default", "enum", "const"];

impl Position {
    /// The section whose entries are objects of this kind: where a reference to one is
    /// gathered. `None` for kinds that are written out in place (operations, path items).
    pub fn section(self) -> Option<Section> {
        Some(match self {
            Position::Schema => Section::Schemas,
            Position::Parameter => Section::Parameters,
            Position::RequestBody => Section::RequestBodies,
            Position::Response => Section::Responses,
            Position::Header => Section::Headers,
            _ => return None,
        })
    }

    /// A `$ref` here stands for the whole object (a schema, a parameter, an operation...).
    pub fn takes_reference(self) -> bool {
        matches!(
            self,
            Position::Paths
                | Position::Webhooks
                | Position::PathItem
                | Position::Operation
                | Position::Responses
                | Position::Content
                | Position::Headers
                | Position::Encodings
                | Position::Parameter
                | Position::RequestBody
                | Position::Response
                | Position::Header
                | Position::MediaType
                | Position::Encoding
                | Position::Schema
        )
    }

    /// What a child under `segment` holds.
    pub fn step(self, segment: &str) -> Position {
        use Position as P;
        if segment.starts_with("x-") && !matches!(self, P::SchemaMap | P::Headers | P::Content | P::Section(_)) {
            return P::Unread;
        }
        match (self, segment) {
            (P::Root, "paths") => P::Paths,
            (P::Root, "webhooks") => P::Webhooks,
            (P::Webhooks, _) => P::PathItem,
            (P::Root, "components") => P::Components,
            (P::Paths, path) if path.starts_with('/') => P::PathItem,
            (P::PathItem, "parameters") | (P::Operation, "parameters") => P::Parameters,
            (P::PathItem, method) if HttpMethod::from_lowercase(method).is_some() => P::Operation,
            (P::Operation, "requestBody") => P::RequestBody,
            (P::Operation, "responses") => P::Responses,
            (P::Parameters, index) if is_index(index) => P::Parameter,
            (P::Parameter, "schema") | (P::Header, "schema") | (P::MediaType, "schema") => P::Schema,
            (P::Parameter, "content")
            | (P::Header, "content")
            | (P::RequestBody, "content")
            | (P::Response, "content") => P::Content,
            (P::Responses, _) => P::Response,
            (P::Response, "headers") | (P::Encoding, "headers") => P::Headers,
            (P::Headers, _) => P::Header,
            (P::Content, _) => P::MediaType,
            (P::MediaType, "encoding") => P::Encodings,
            (P::Encodings, _) => P::Encoding,
            (P::Schema, key) => schema_child(key),
            (P::SchemaMap, _) => P::Schema,
            (P::SchemaList, index) if is_index(index) => P::Schema,
            (P::Components, key) => Section::from_key(key).map_or(P::Unread, P::Section),
            (P::Section(section), _) => section.entry(),
            _ => P::Unread,
        }
    }

    /// The position of a JSON pointer (`/paths/~1pets/get/responses/200`) from the root.
    pub fn of_pointer(pointer: &str) -> Position {
        let mut position = Position::Root;
        for segment in pointer.split('/').skip(1) {
            let segment = segment.replace("~1", "/").replace("~0", "~");
            position = position.step(&segment);
            if position == Position::Unread {
                break;
            }
        }
        position
    }
}

fn schema_child(key: &str) -> Position {
    match key {
        "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas" => Position::SchemaMap,
        "items"
        | "not"
        | "additionalProperties"
        | "contains"
        | "propertyNames"
        | "if"
        | "then"
        | "else"
        | "unevaluatedItems"
        | "unevaluatedProperties"
        | "contentSchema"
        | "additionalItems" => Position::Schema,
        "allOf" | "oneOf" | "anyOf" | "prefixItems" => Position::SchemaList,
        "discriminator" => Position::Discriminator,
        _ => Position::Unread,
    }
}

fn is_index(segment: &str) -> bool {
    !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_are_classified() {
        assert_eq!(Position::of_pointer("/paths/~1pets/get"), Position::Operation);
        assert_eq!(Position::of_pointer("/paths/~1pets/get/responses/200"), Position::Response);
        assert_eq!(
            Position::of_pointer("/paths/~1pets/get/responses/200/content/application~1json/schema/properties/a"),
            Position::Schema
        );
        assert_eq!(Position::of_pointer("/paths/~1pets/parameters/0"), Position::Parameter);
        assert_eq!(Position::of_pointer("/components/schemas/A/oneOf/1/items"), Position::Schema);
        assert_eq!(Position::of_pointer("/components/schemas/A/$defs/B"), Position::Schema);
        assert_eq!(Position::of_pointer("/components/parameters/P/schema"), Position::Schema);
        assert_eq!(Position::of_pointer("/components/responses/R/headers/X-Rate"), Position::Header);
        assert_eq!(Position::of_pointer("/components/schemas/A/properties/x-name"), Position::Schema);
        assert_eq!(Position::of_pointer("/components/schemas/A/x-extra"), Position::Unread);
        assert_eq!(Position::of_pointer("/definitions/Pet"), Position::Unread);
        assert_eq!(Position::of_pointer("/tags/0/description"), Position::Unread);
        assert_eq!(Position::of_pointer("/components/securitySchemes/key"), Position::Unread);
    }
}
