//! Types: matched by name, then by the schema they came from (a rename); compared by what
//! user code can name of them.

use std::collections::{BTreeMap, BTreeSet};

use super::{Area, Change, Kind, TypeChange, pair_up, renamed, type_change};
use crate::surface::{EnumValueSurface, FieldSurface, Surface, TypeShape, TypeSurface, VariantSurface};

type Renames = BTreeMap<String, String>;

/// Types renamed between the two surfaces (old name → new name): a type only the old side
/// has and one only the new side has, of the same shape (the same fields with the same
/// types, values or variants), when no other type on either side has that shape. Repeated
/// until nothing more is found, so a renamed type whose fields name renamed types is found
/// too.
pub(super) fn renames(old: &Surface, new: &Surface) -> Renames {
    let old_names: BTreeSet<&str> = old.types.iter().map(|t| t.name.as_str()).collect();
    let new_names: BTreeSet<&str> = new.types.iter().map(|t| t.name.as_str()).collect();
    let gone: Vec<&TypeSurface> = old.types.iter().filter(|t| !new_names.contains(t.name.as_str())).collect();
    let came: Vec<&TypeSurface> = new.types.iter().filter(|t| !old_names.contains(t.name.as_str())).collect();
    let mut out = Renames::new();
    loop {
        let by_shape = |types: &[&TypeSurface], renames: &Renames, done: &dyn Fn(&str) -> bool| {
            let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
            for t in types.iter().filter(|t| !done(&t.name)) {
                if let Some(key) = shape_key(&t.shape, renames) {
                    map.entry(key).or_default().push(t.name.clone());
                }
            }
            map
        };
        let before = by_shape(&gone, &out, &|name| out.contains_key(name));
        let taken: BTreeSet<&String> = out.values().collect();
        let after = by_shape(&came, &Renames::new(), &|name| taken.contains(&name.to_owned()));
        let found: Vec<(String, String)> = before
            .into_iter()
            .filter_map(|(key, from)| match (from.as_slice(), after.get(&key).map(Vec::as_slice)) {
                ([from], Some([to])) => Some((from.clone(), to.clone())),
                _ => None,
            })
            .collect();
        if found.is_empty() {
            return out;
        }
        out.extend(found);
    }
}

/// What identifies a type's shape, with the renamed types spelled as they are now; `None`
/// for a shape too plain to tell one type from another (no fields, values or variants).
fn shape_key(shape: &TypeShape, renames: &Renames) -> Option<String> {
    let mut key = format!("{}:", shape.kind());
    match shape {
        TypeShape::Struct { fields, extra, .. } => {
            if fields.is_empty() {
                return None;
            }
            for f in fields.iter().chain(extra) {
                key.push_str(&format!("{}={}|{};", f.name, f.rust_name(), renamed(&f.ty, renames)));
            }
        }
        TypeShape::Enum { values, .. } => {
            if values.is_empty() {
                return None;
            }
            for v in values {
                key.push_str(&format!("{}={};", v.value, v.rust));
            }
        }
        TypeShape::TaggedUnion { variants, .. } | TypeShape::UntaggedUnion { variants } => {
            if variants.is_empty() {
                return None;
            }
            for v in variants {
                key.push_str(&format!("{}={}|{};", v.name, renamed(&v.ty, renames), v.tags.join(",")));
            }
        }
        TypeShape::Alias { target } => key.push_str(&renamed(target, renames)),
    }
    Some(key)
}

pub(super) fn compare(old: &Surface, new: &Surface, renames: &Renames, out: &mut Vec<Change>) {
    let before: BTreeMap<&str, &TypeSurface> = old.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let after: BTreeMap<&str, &TypeSurface> = new.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let renamed_from: BTreeMap<&str, &str> = renames.iter().map(|(a, b)| (b.as_str(), a.as_str())).collect();
    let names: BTreeSet<&str> = before.keys().chain(after.keys()).copied().collect();
    for name in names {
        match (before.get(name), after.get(name)) {
            (Some(a), Some(b)) => compare_type(a, b, renames, out),
            // Reported under its new name.
            (Some(_), None) if renames.contains_key(name) => {}
            (Some(a), None) => {
                let message = format!("{} removed", a.shape.kind().replace('_', " "));
                out.push(Change::new(Area::Type, name, Kind::TypeRemoved, message));
            }
            (None, Some(b)) => match renamed_from.get(name).and_then(|from| before.get(from)) {
                Some(a) => {
                    let message = format!("renamed from `{}`", a.name);
                    let change = Change::new(Area::Type, name, Kind::TypeRenamed, message);
                    out.push(change.before(&a.name).after(name));
                    compare_type(a, b, renames, out);
                }
                None => {
                    let message = format!("{} added", b.shape.kind().replace('_', " "));
                    out.push(Change::new(Area::Type, name, Kind::TypeAdded, message));
                }
            },
            (None, None) => {}
        }
    }
}

/// Compares two editions of a type; changes are filed under the new name.
fn compare_type(a: &TypeSurface, b: &TypeSurface, renames: &Renames, out: &mut Vec<Change>) {
    let subject = b.name.as_str();
    if a.shape.kind() != b.shape.kind() {
        let message = format!("now {} instead of {}", article(b.shape.kind()), article(a.shape.kind()));
        let change = Change::new(Area::Type, subject, Kind::KindChanged, message);
        out.push(change.before(a.shape.kind()).after(b.shape.kind()));
        return;
    }
    if a.deprecated != b.deprecated {
        let (kind, message) =
            if b.deprecated { (Kind::Deprecated, "deprecated") } else { (Kind::Undeprecated, "no longer deprecated") };
        out.push(Change::new(Area::Type, subject, kind, message));
    }
    let is_struct = matches!(b.shape, TypeShape::Struct { .. });
    if a.input != b.input && is_struct {
        let (kind, message) = if b.input {
            (Kind::NowInput, "now a request type: gains `new(..)` and setters")
        } else {
            (Kind::NoLongerInput, "no longer a request type: loses `new(..)` and setters")
        };
        out.push(Change::new(Area::Type, subject, kind, message));
    }
    match (&a.shape, &b.shape) {
        (
            TypeShape::Struct { new: new_a, fields: fields_a, extra: extra_a },
            TypeShape::Struct { new: new_b, fields: fields_b, extra: extra_b },
        ) => {
            let sides = Sides { old_new: new_a.as_deref(), new_new: new_b.as_deref(), setters: a.input && b.input };
            let explained = compare_fields(subject, &sides, fields_a, fields_b, renames, out);
            compare_constructor(subject, new_a.as_deref(), new_b.as_deref(), &explained, out);
            compare_extra(subject, extra_a.as_ref(), extra_b.as_ref(), renames, out);
        }
        (
            TypeShape::Enum { values: values_a, default: default_a },
            TypeShape::Enum { values: values_b, default: default_b },
        ) => {
            compare_values(subject, values_a, values_b, out);
            if default_a != default_b {
                let show = |v: &Option<serde_json::Value>| v.as_ref().map_or("(none)".to_owned(), |v| v.to_string());
                let message = format!("`Default::default()` changed: {} → {}", show(default_a), show(default_b));
                out.push(
                    Change::new(Area::Type, subject, Kind::DefaultChanged, message)
                        .before(show(default_a))
                        .after(show(default_b)),
                );
            }
        }
        (TypeShape::TaggedUnion { tag: tag_a, variants: va }, TypeShape::TaggedUnion { tag: tag_b, variants: vb }) => {
            if tag_a != tag_b {
                let message = format!("dispatches on `{tag_b}` instead of `{tag_a}`");
                out.push(Change::new(Area::Type, subject, Kind::TagChanged, message).before(tag_a).after(tag_b));
            }
            compare_variants(subject, va, vb, renames, out);
        }
        (TypeShape::UntaggedUnion { variants: va }, TypeShape::UntaggedUnion { variants: vb }) => {
            compare_variants(subject, va, vb, renames, out);
        }
        (TypeShape::Alias { target: x }, TypeShape::Alias { target: y }) if renamed(x, renames) != *y => {
            let message = format!("alias of `{y}` instead of `{x}`");
            out.push(Change::new(Area::Type, subject, Kind::AliasChanged, message).before(x).after(y));
        }
        _ => {}
    }
}

fn article(kind: &str) -> String {
    let words = kind.replace('_', " ");
    if words.starts_with(['a', 'e', 'i', 'o', 'u']) { format!("an {words}") } else { format!("a {words}") }
}

/// What the fields of a struct are compared with.
struct Sides<'a> {
    /// The constructors' arguments, of a request type.
    old_new: Option<&'a [String]>,
    new_new: Option<&'a [String]>,
    /// Both are request types: compare setters.
    setters: bool,
}

impl Sides<'_> {
    /// The field is an argument of the new type's `new(..)`.
    fn takes(&self, field: &str) -> bool {
        self.new_new.is_some_and(|args| args.iter().any(|a| a == field))
    }

    /// The field was an argument of the old type's `new(..)`.
    fn took(&self, field: &str) -> bool {
        self.old_new.is_some_and(|args| args.iter().any(|a| a == field))
    }
}

/// Matches fields by wire name, then by Rust name. Returns the Rust names whose place in
/// `new(..)` the field changes explain.
fn compare_fields(
    subject: &str,
    sides: &Sides,
    old: &[FieldSurface],
    new: &[FieldSurface],
    renames: &Renames,
    out: &mut Vec<Change>,
) -> BTreeSet<String> {
    let mut explained = BTreeSet::new();
    let (pairs, removed, added) = pair_up(
        old,
        new,
        &[&|a: &FieldSurface, b: &FieldSurface| a.name == b.name, &|a, b| a.rust_name() == b.rust_name()],
    );
    let change = |kind, item: &str, message: String| Change::new(Area::Type, subject, kind, message).item(item);
    // In the new type's field order, removed fields first.
    for f in removed {
        let message = format!("field `{}` removed (was `{}`)", f.rust_name(), f.ty);
        out.push(change(Kind::FieldRemoved, &f.name, message).before(&f.ty));
        explained.insert(f.rust_name().to_owned());
    }
    for f in new {
        if let Some((a, b)) = pairs.iter().find(|(_, b)| std::ptr::eq(*b, f)) {
            compare_field(subject, sides, a, b, renames, out, &mut explained);
        } else if added.iter().any(|b| std::ptr::eq(*b, f)) {
            let required = sides.takes(f.rust_name());
            let message = if required {
                format!("required field `{}` added (`{}`): `{subject}::new(..)` takes it", f.rust_name(), f.ty)
            } else {
                format!("field `{}` added (`{}`)", f.rust_name(), f.ty)
            };
            out.push(change(Kind::FieldAdded, &f.name, message).after(&f.ty).breaking_if(required));
            explained.insert(f.rust_name().to_owned());
        }
    }
    explained
}

fn compare_field(
    subject: &str,
    sides: &Sides,
    a: &FieldSurface,
    b: &FieldSurface,
    renames: &Renames,
    out: &mut Vec<Change>,
    explained: &mut BTreeSet<String>,
) {
    let change = |kind, message: String| Change::new(Area::Type, subject, kind, message).item(&b.name);
    let field = b.rust_name();
    if a.rust_name() != b.rust_name() {
        let message = format!("field `{}` renamed `{field}` (wire name `{}`)", a.rust_name(), b.name);
        out.push(change(Kind::FieldRenamed, message).before(a.rust_name()).after(field));
        explained.insert(a.rust_name().to_owned());
        explained.insert(field.to_owned());
    } else if a.name != b.name {
        let message = format!("field `{field}` is sent and read as `{}` instead of `{}`", b.name, a.name);
        out.push(change(Kind::FieldWireRenamed, message).before(&a.name).after(&b.name));
    }
    let (kind, what) = match type_change(&a.ty, &b.ty, renames) {
        TypeChange::Same => (None, String::new()),
        TypeChange::Required if sides.takes(field) => {
            (Some(Kind::FieldRequired), format!("now required (`{subject}::new(..)` takes it)"))
        }
        TypeChange::Required => (Some(Kind::FieldRequired), "now required".to_owned()),
        TypeChange::Optional if sides.took(a.rust_name()) => {
            (Some(Kind::FieldOptional), format!("now optional (no longer an argument of `{subject}::new(..)`)"))
        }
        TypeChange::Optional => (Some(Kind::FieldOptional), "now optional".to_owned()),
        TypeChange::Other => (Some(Kind::FieldTypeChanged), "type changed".to_owned()),
    };
    if let Some(kind) = kind {
        let message = format!("field `{field}` {what}: `{}` → `{}`", a.ty, b.ty);
        out.push(change(kind, message).before(&a.ty).after(&b.ty));
        explained.insert(field.to_owned());
    }
    if sides.setters {
        match (a.setter_name(), b.setter_name()) {
            (None, Some(setter)) => {
                out.push(
                    change(Kind::SetterAdded, format!("setter `{setter}` added for field `{field}`")).after(setter),
                );
            }
            (Some(setter), None) => {
                out.push(
                    change(Kind::SetterRemoved, format!("setter `{setter}` of field `{field}` removed")).before(setter),
                );
            }
            (Some(x), Some(y)) if x != y => {
                out.push(change(Kind::SetterRenamed, format!("setter `{x}` renamed `{y}`")).before(x).after(y));
            }
            _ => {}
        }
    }
    if a.deprecated != b.deprecated {
        let (kind, message) = if b.deprecated {
            (Kind::Deprecated, format!("field `{field}` deprecated"))
        } else {
            (Kind::Undeprecated, format!("field `{field}` no longer deprecated"))
        };
        out.push(change(kind, message));
    }
}

/// `new(..)` of a request type, where its fields' changes do not explain the difference.
fn compare_constructor(
    subject: &str,
    old: Option<&[String]>,
    new: Option<&[String]>,
    explained: &BTreeSet<String>,
    out: &mut Vec<Change>,
) {
    let (Some(old), Some(new)) = (old, new) else { return };
    let rest = |args: &[String]| -> Vec<String> { args.iter().filter(|a| !explained.contains(*a)).cloned().collect() };
    if rest(old) != rest(new) {
        let (before, after) = (old.join(", "), new.join(", "));
        let message = format!("`{subject}::new({before})` → `{subject}::new({after})`");
        out.push(
            Change::new(Area::Type, subject, Kind::ConstructorChanged, message).item("new").before(before).after(after),
        );
    }
}

fn compare_extra(
    subject: &str,
    old: Option<&FieldSurface>,
    new: Option<&FieldSurface>,
    renames: &Renames,
    out: &mut Vec<Change>,
) {
    let change = |kind, message: String| Change::new(Area::Type, subject, kind, message);
    match (old, new) {
        (None, Some(b)) => {
            let message = format!("keeps the keys it does not name in `{}` (`{}`)", b.name, b.ty);
            out.push(change(Kind::ExtraPropertiesAdded, message).item(&b.name).after(&b.ty));
        }
        (Some(a), None) => {
            let message = format!("no longer keeps the keys it does not name (`{}` removed)", a.name);
            out.push(change(Kind::ExtraPropertiesRemoved, message).item(&a.name).before(&a.ty));
        }
        (Some(a), Some(b)) if a.name != b.name || renamed(&a.ty, renames) != b.ty => {
            let (before, after) = (format!("{}: {}", a.name, a.ty), format!("{}: {}", b.name, b.ty));
            let message = format!("the field of the keys it does not name changed: `{before}` → `{after}`");
            out.push(change(Kind::ExtraPropertiesChanged, message).item(&b.name).before(before).after(after));
        }
        _ => {}
    }
}

fn compare_values(subject: &str, old: &[EnumValueSurface], new: &[EnumValueSurface], out: &mut Vec<Change>) {
    let change = |kind, value: &serde_json::Value, message: String| {
        Change::new(Area::Type, subject, kind, message).item(value.to_string())
    };
    for a in old {
        match new.iter().find(|b| b.value == a.value) {
            None => {
                let message = format!("value {} removed (variant `{}`)", a.value, a.rust);
                out.push(change(Kind::ValueRemoved, &a.value, message).before(&a.rust));
            }
            Some(b) if b.rust != a.rust => {
                let message = format!("value {}: variant `{}` renamed `{}`", a.value, a.rust, b.rust);
                out.push(change(Kind::ValueRenamed, &a.value, message).before(&a.rust).after(&b.rust));
            }
            Some(_) => {}
        }
    }
    for b in new.iter().filter(|b| !old.iter().any(|a| a.value == b.value)) {
        let message = format!("value {} added (variant `{}`)", b.value, b.rust);
        out.push(change(Kind::ValueAdded, &b.value, message).after(&b.rust));
    }
}

/// Variants by name; then a removed and an added variant that share a tag value (tagged) or
/// their type (untagged) are one variant renamed.
fn compare_variants(
    subject: &str,
    old: &[VariantSurface],
    new: &[VariantSurface],
    renames: &Renames,
    out: &mut Vec<Change>,
) {
    let change = |kind, item: &str, message: String| Change::new(Area::Type, subject, kind, message).item(item);
    let mut removed: Vec<&VariantSurface> = old.iter().filter(|a| !new.iter().any(|b| b.name == a.name)).collect();
    let mut added: Vec<&VariantSurface> = new.iter().filter(|b| !old.iter().any(|a| a.name == b.name)).collect();
    let mut pairs: Vec<(&VariantSurface, &VariantSurface)> =
        old.iter().filter_map(|a| new.iter().find(|b| b.name == a.name).map(|b| (a, b))).collect();
    removed.retain(|a| {
        let same = |b: &&VariantSurface| {
            if a.tags.is_empty() { renamed(&a.ty, renames) == b.ty } else { a.tags.iter().any(|t| b.tags.contains(t)) }
        };
        match added.iter().position(same) {
            Some(i) => {
                let b = added.remove(i);
                let message = format!("variant `{}` renamed `{}`", a.name, b.name);
                out.push(change(Kind::VariantRenamed, &b.name, message).before(&a.name).after(&b.name));
                pairs.push((a, b));
                false
            }
            None => true,
        }
    });
    for a in removed {
        out.push(
            change(Kind::VariantRemoved, &a.name, format!("variant `{}` removed (was `{}`)", a.name, a.ty))
                .before(&a.ty),
        );
    }
    for (a, b) in pairs {
        if renamed(&a.ty, renames) != b.ty {
            let message = format!("variant `{}` holds another type: `{}` → `{}`", b.name, a.ty, b.ty);
            out.push(change(Kind::VariantTypeChanged, &b.name, message).before(&a.ty).after(&b.ty));
        }
        for tag in b.tags.iter().filter(|t| !a.tags.contains(t)) {
            let message = format!("variant `{}` also decodes tag \"{tag}\"", b.name);
            out.push(change(Kind::VariantTagAdded, &b.name, message).after(tag));
        }
        for tag in a.tags.iter().filter(|t| !b.tags.contains(t)) {
            let message = format!("variant `{}` no longer decodes tag \"{tag}\"", b.name);
            out.push(change(Kind::VariantTagRemoved, &b.name, message).before(tag));
        }
    }
    for b in added {
        let tags = if b.tags.is_empty() {
            String::new()
        } else {
            format!(", tag {}", b.tags.iter().map(|t| format!("\"{t}\"")).collect::<Vec<_>>().join(", "))
        };
        out.push(
            change(Kind::VariantAdded, &b.name, format!("variant `{}` added (`{}`{tags})", b.name, b.ty)).after(&b.ty),
        );
    }
}
