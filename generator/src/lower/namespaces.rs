//! The scopes of the namespaces inside a generated type: a struct's fields and methods, an
//! enum's or union's variants. (Resource methods and accessors are claimed in `resources`,
//! type names in `schema`, test names in `test_names`.) Each scope hands out names in claim
//! order: the first claimant keeps the plain name.

use super::names::{self, Scope};

/// Methods of an input type besides its setters.
const CONSTRUCTORS: &[&str] = &["new"];

/// Words of the generator's catch-all variants: `Other` (enums, untagged unions) and
/// `Unknown` (tagged unions). A spec value that would take either is named `<word>Value`
/// (`other` → `OtherValue`) in every enum and union, so both words always mean "a value
/// this client does not know", whichever of them a type's catch-all is.
const CATCH_ALL_WORDS: &[&str] = &["Other", "Unknown"];

/// A field's name and its setter's.
#[derive(Debug, Clone)]
pub struct FieldNames {
    pub name: String,
    pub setter: String,
}

/// The names inside one struct: its fields, and its methods (the constructor and a setter
/// per field).
#[derive(Debug)]
pub struct StructNames {
    fields: Scope,
    methods: Scope,
}

impl StructNames {
    pub fn new() -> Self {
        let mut methods = Scope::new();
        for constructor in CONSTRUCTORS {
            methods.reserve(constructor);
        }
        StructNames { fields: Scope::new(), methods }
    }

    /// The field of a property (or parameter) with this wire name.
    pub fn property(&mut self, wire: &str) -> FieldNames {
        let name = self.fields.unique(&names::snake(wire));
        self.with_setter(name)
    }

    /// A field the generator adds, named by the first free candidate.
    pub fn added(&mut self, candidates: impl IntoIterator<Item = String>) -> FieldNames {
        let name = self.fields.first_free(candidates);
        self.with_setter(name)
    }

    /// Another method of the struct, named `base` or numbered where that is taken (the
    /// `<setter>_null` of a field that keeps an explicit `null`).
    pub fn method(&mut self, base: &str) -> String {
        self.methods.unique(base)
    }

    /// The field of the extra properties (which has no setter: it is filled in one by one):
    /// `additional_properties`, with underscores before it until no field has the name.
    pub fn extra_properties(&mut self) -> String {
        self.fields.first_free((0..).map(|n| format!("{}additional_properties", "_".repeat(n))))
    }

    /// A setter is named like its field, or `with_<field>` where a method has that name
    /// (`with_new`; a field `with_new` beside `new` gets `with_with_new`), numbered if that
    /// is taken too.
    fn with_setter(&mut self, name: String) -> FieldNames {
        let setter = if self.methods.contains(&name) {
            self.methods.unique(&format!("with_{name}"))
        } else {
            self.methods.unique(&name)
        };
        FieldNames { name, setter }
    }
}

/// The variants of one enum or union, the catch-all among them.
#[derive(Debug)]
pub struct VariantNames {
    scope: Scope,
    catch_all: String,
}

impl VariantNames {
    /// Claims `catch_all` before any spec variant.
    pub fn new(catch_all: &str) -> Self {
        let mut scope = Scope::new();
        scope.reserve(catch_all);
        VariantNames { scope, catch_all: catch_all.to_owned() }
    }

    /// The variant for a spec value or label.
    pub fn claim(&mut self, label: &str) -> String {
        let name = names::variant_name(label);
        let name = if CATCH_ALL_WORDS.contains(&name.as_str()) { format!("{name}Value") } else { name };
        self.scope.unique(&name)
    }

    pub fn catch_all(self) -> String {
        self.catch_all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setters_yield_to_the_constructor() {
        let mut names = StructNames::new();
        let new = names.property("new");
        assert_eq!((new.name.as_str(), new.setter.as_str()), ("new", "with_new"));
        let with_new = names.property("with_new");
        assert_eq!((with_new.name.as_str(), with_new.setter.as_str()), ("with_new", "with_with_new"));
        assert_eq!(names.property("model").setter, "model");
    }

    #[test]
    fn added_fields_avoid_properties() {
        let mut names = StructNames::new();
        names.property("additional_properties");
        names.property("variant");
        assert_eq!(names.added((0..).map(|n| format!("variant{}", "_".repeat(n)))).name, "variant_");
        assert_eq!(names.extra_properties(), "_additional_properties");
    }

    #[test]
    fn catch_all_words_are_kept_from_spec_variants() {
        let mut enum_names = VariantNames::new("Other");
        assert_eq!(enum_names.claim("other"), "OtherValue");
        assert_eq!(enum_names.claim("unknown"), "UnknownValue");
        assert_eq!(enum_names.claim("other_value"), "OtherValue2");
        assert_eq!(enum_names.catch_all(), "Other");
        let mut union_names = VariantNames::new("Unknown");
        assert_eq!(union_names.claim("Unknown"), "UnknownValue");
        assert_eq!(union_names.claim("dog"), "Dog");
    }
}
