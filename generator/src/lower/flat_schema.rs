//! One flat view of an `openapiv3::Schema`, whatever `SchemaKind` the parser chose.
//!
//! `openapiv3` splits schemas into typed kinds but falls back to `AnySchema` as soon as
//! keywords mix (an object with a `oneOf`, an integer with a float bound). Lowering reads
//! every schema through this view so both paths behave the same.

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaData, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

pub type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

const NO_SCHEMAS: &[ReferenceOr<Schema>] = &[];
const NO_STRINGS: &[String] = &[];

pub struct View<'a> {
    pub data: &'a SchemaData,
    pub ty: Option<&'a str>,
    pub format: Option<&'a str>,
    pub properties: Option<&'a Properties>,
    pub required: &'a [String],
    pub additional: Option<&'a AdditionalProperties>,
    pub items: Option<&'a ReferenceOr<Box<Schema>>>,
    /// `enum` values, `null` included (it makes the type nullable).
    pub enum_values: Vec<Value>,
    pub one_of: &'a [ReferenceOr<Schema>],
    pub any_of: &'a [ReferenceOr<Schema>],
    pub all_of: &'a [ReferenceOr<Schema>],
    pub not: bool,
}

fn format_name<T: FormatName>(format: &VariantOrUnknownOrEmpty<T>) -> Option<&str> {
    match format {
        VariantOrUnknownOrEmpty::Item(item) => Some(item.name()),
        VariantOrUnknownOrEmpty::Unknown(name) => Some(name),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

trait FormatName {
    fn name(&self) -> &'static str;
}

impl FormatName for StringFormat {
    fn name(&self) -> &'static str {
        match self {
            StringFormat::Date => "date",
            StringFormat::DateTime => "date-time",
            StringFormat::Password => "password",
            StringFormat::Byte => "byte",
            StringFormat::Binary => "binary",
        }
    }
}

impl FormatName for NumberFormat {
    fn name(&self) -> &'static str {
        match self {
            NumberFormat::Float => "float",
            NumberFormat::Double => "double",
        }
    }
}

impl FormatName for IntegerFormat {
    fn name(&self) -> &'static str {
        match self {
            IntegerFormat::Int32 => "int32",
            IntegerFormat::Int64 => "int64",
        }
    }
}

fn values<T: Clone + Into<Value>>(items: &[Option<T>]) -> Vec<Value> {
    items.iter().map(|v| v.clone().map_or(Value::Null, Into::into)).collect()
}

impl<'a> View<'a> {
    pub fn of(schema: &'a Schema) -> View<'a> {
        let mut view = View {
            data: &schema.schema_data,
            ty: None,
            format: None,
            properties: None,
            required: NO_STRINGS,
            additional: None,
            items: None,
            enum_values: Vec::new(),
            one_of: NO_SCHEMAS,
            any_of: NO_SCHEMAS,
            all_of: NO_SCHEMAS,
            not: false,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                view.ty = Some("string");
                view.format = format_name(&s.format);
                view.enum_values = values(&s.enumeration);
            }
            SchemaKind::Type(Type::Number(n)) => {
                view.ty = Some("number");
                view.format = format_name(&n.format);
                view.enum_values = n
                    .enumeration
                    .iter()
                    .map(|v| v.and_then(serde_json::Number::from_f64).map_or(Value::Null, Value::Number))
                    .collect();
            }
            SchemaKind::Type(Type::Integer(i)) => {
                view.ty = Some("integer");
                view.format = format_name(&i.format);
                view.enum_values = values(&i.enumeration);
            }
            SchemaKind::Type(Type::Boolean(b)) => {
                view.ty = Some("boolean");
                view.enum_values = values(&b.enumeration);
            }
            SchemaKind::Type(Type::Object(o)) => {
                view.ty = Some("object");
                view.properties = Some(&o.properties);
                view.required = &o.required;
                view.additional = o.additional_properties.as_ref();
            }
            SchemaKind::Type(Type::Array(a)) => {
                view.ty = Some("array");
                view.items = a.items.as_ref();
            }
            SchemaKind::OneOf { one_of } => view.one_of = one_of,
            SchemaKind::AllOf { all_of } => view.all_of = all_of,
            SchemaKind::AnyOf { any_of } => view.any_of = any_of,
            SchemaKind::Not { .. } => view.not = true,
            SchemaKind::Any(any) => {
                view.ty = any.typ.as_deref();
                view.format = any.format.as_deref();
                if !any.properties.is_empty() || view.ty == Some("object") {
                    view.properties = Some(&any.properties);
                }
                view.required = &any.required;
                view.additional = any.additional_properties.as_ref();
                view.items = any.items.as_ref();
                view.enum_values = any.enumeration.clone();
                view.one_of = &any.one_of;
                view.any_of = &any.any_of;
                view.all_of = &any.all_of;
                view.not = any.not.is_some();
                if view.ty.is_none() {
                    view.ty = infer_type(&view);
                }
            }
        }
        view
    }

    pub fn has_properties(&self) -> bool {
        self.properties.is_some_and(|p| !p.is_empty())
    }

    /// The description, or the title when there is no description.
    pub fn description(&self) -> Option<&'a str> {
        self.data.description.as_deref().or(self.data.title.as_deref())
    }

    /// Enum values without `null`, and whether `null` was one of them.
    pub fn enum_without_null(&self) -> (Vec<&Value>, bool) {
        let non_null: Vec<&Value> = self.enum_values.iter().filter(|v| !v.is_null()).collect();
        let had_null = non_null.len() < self.enum_values.len();
        (non_null, had_null)
    }

    /// A single allowed string (`enum: [x]` or 3.1 `const: x`).
    pub fn single_string_value(&self) -> Option<&str> {
        match self.enum_without_null().0.as_slice() {
            [Value::String(only)] => Some(only),
            _ => None,
        }
    }

    pub fn is_object_like(&self) -> bool {
        self.ty == Some("object") || self.has_properties()
    }
}

/// Untyped schemas still say what they are through their keywords.
fn infer_type(view: &View) -> Option<&'static str> {
    if view.properties.is_some() || view.additional.is_some() {
        Some("object")
    } else if view.items.is_some() {
        Some("array")
    } else {
        None
    }
}
