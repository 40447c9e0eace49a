//! The rules one at a time, on small specs: each test changes one thing and checks the
//! changes found, with their verdicts. The fixture pairs in `tests/fixtures/api-diff/` pin
//! whole reports.

use super::*;

const HEAD: &str = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://example.com'}]\n";

fn surface(body: &str) -> Surface {
    let (api, _) = crate::lower::lower_text(&format!("{HEAD}{body}"));
    Surface::from_api(&api, "")
}

/// `(kind, verdict, subject, item)` of each change from `old` to `new`.
fn changes(old: &str, new: &str) -> Vec<(&'static str, Verdict, String, Option<String>)> {
    let report = diff(&surface(old), &surface(new));
    report.changes.iter().map(|c| (c.kind.name(), c.verdict, c.subject.clone(), c.item.clone())).collect()
}

fn one(old: &str, new: &str) -> (&'static str, Verdict, String, Option<String>) {
    let found = changes(old, new);
    assert_eq!(found.len(), 1, "{found:#?}");
    found.into_iter().next().unwrap()
}

use Verdict::{Breaking, Compatible};

fn item(name: &str) -> Option<String> {
    Some(name.to_owned())
}

/// One operation, `GET /things/{id}`, with `query` as its parameters' YAML and `schema` the
/// response's.
fn op(params: &str, response: &str) -> String {
    format!(
        "paths:\n  /things/{{id}}:\n    get:\n      operationId: getThing\n      parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}{params}]\n      responses:\n        '200': {{description: ok, content: {{application/json: {{schema: {response}}}}}}}\n"
    )
}

fn schemas(schemas: &str) -> String {
    format!("paths: {{}}\ncomponents:\n  schemas:\n{schemas}")
}

#[test]
fn the_same_spec_has_no_changes() {
    let spec = op(", {name: q, in: query, schema: {type: string}}", "{type: string}");
    let report = diff(&surface(&spec), &surface(&spec));
    assert!(report.is_empty() && !report.is_breaking());
    assert_eq!(report.bump, Bump::None);
    assert_eq!(
        report.to_text(),
        "API changes (t 1 → t 1): none\nVersion bump: none (nothing a user of the crate names changed)\n"
    );
}

#[test]
fn parameters() {
    let none = op("", "{type: string}");
    let optional = op(", {name: q, in: query, schema: {type: string}}", "{type: string}");
    let required = op(", {name: q, in: query, required: true, schema: {type: string}}", "{type: string}");
    let two = op(
        ", {name: q, in: query, schema: {type: string}}, {name: r, in: query, schema: {type: integer}}",
        "{type: string}",
    );
    let subject = "GET /things/{id}".to_owned();
    // The method gains a `params` argument: breaking, though the parameter is optional.
    assert_eq!(
        changes(&none, &optional),
        [
            ("params_argument_added", Breaking, subject.clone(), item("params")),
            ("param_added", Compatible, subject.clone(), item("q")),
        ]
    );
    assert_eq!(one(&optional, &two), ("param_added", Compatible, subject.clone(), item("r")));
    assert_eq!(one(&optional, &required), ("param_required", Breaking, subject.clone(), item("q")));
    assert_eq!(one(&required, &optional), ("param_optional", Breaking, subject.clone(), item("q")));
    assert_eq!(one(&two, &optional), ("param_removed", Breaking, subject.clone(), item("r")));
    let integer = op(", {name: q, in: query, schema: {type: integer}}", "{type: string}");
    assert_eq!(one(&optional, &integer), ("param_type_changed", Breaking, subject, item("q")));
}

#[test]
fn path_parameters_are_positional() {
    let path = |template: &str, names: [&str; 2]| {
        format!(
            "paths:\n  {template}:\n    get:\n      operationId: get\n      parameters: [{{name: {}, in: path, required: true, schema: {{type: string}}}}, {{name: {}, in: path, required: true, schema: {{type: string}}}}]\n      responses: {{'204': {{description: ok}}}}\n",
            names[0], names[1]
        )
    };
    let before = path("/a/{x}/b/{y}", ["x", "y"]);
    // A renamed path parameter: the argument keeps its place.
    let renamed = path("/a/{x}/b/{z}", ["x", "z"]);
    assert_eq!(one(&before, &renamed), ("param_renamed", Compatible, "GET /a/{x}/b/{z}".into(), item("z")));
    // The same parameters in another order: every call would send them swapped.
    let swapped = path("/a/{y}/b/{x}", ["y", "x"]);
    assert_eq!(one(&before, &swapped), ("path_params_reordered", Breaking, "GET /a/{y}/b/{x}".into(), item("path")));
}

#[test]
fn operations_are_matched_by_path_then_operation_id_then_rust_method() {
    let spec = |path: &str, id: &str, method: &str| {
        format!(
            "paths:\n  {path}:\n    get:\n      operationId: {id}\n      x-rust-method: {method}\n      responses: {{'204': {{description: ok}}}}\n"
        )
    };
    let before = spec("/things", "listThings", "things.list");
    assert_eq!(
        one(&before, &spec("/things", "listAllThings", "things.list")),
        ("operation_id_changed", Compatible, "GET /things".into(), None)
    );
    assert_eq!(
        one(&before, &spec("/things", "listThings", "things.all")),
        ("method_renamed", Breaking, "GET /things".into(), None)
    );
    assert_eq!(
        one(&before, &spec("/items", "listThings", "things.list")),
        ("path_changed", Compatible, "GET /items".into(), None)
    );
    assert_eq!(
        changes(&before, &spec("/items", "other", "things.list")),
        [
            ("path_changed", Compatible, "GET /items".into(), None),
            ("operation_id_changed", Compatible, "GET /items".into(), None),
        ]
    );
    assert_eq!(
        changes(&before, &spec("/items", "other", "items.list")),
        [
            ("feature_added", Compatible, "items".into(), None),
            ("feature_removed", Breaking, "things".into(), None),
            ("operation_added", Compatible, "GET /items".into(), None),
            ("operation_removed", Breaking, "GET /things".into(), None),
        ]
    );
}

#[test]
fn bodies_and_responses() {
    let spec = |media: &str, response: &str| {
        format!(
            "paths:\n  /things:\n    post:\n      operationId: create\n      requestBody: {{required: true, content: {{{media}: {{schema: {{$ref: '#/components/schemas/Thing'}}}}}}}}\n      responses:\n        '200': {response}\ncomponents:\n  schemas:\n    Thing: {{type: object, properties: {{name: {{type: string}}, file: {{type: string, format: binary}}}}}}\n"
        )
    };
    let json = "{description: ok, content: {application/json: {schema: {type: string}}}}";
    let before = spec("application/json", json);
    let form = spec("application/x-www-form-urlencoded", json);
    let multipart = spec("multipart/form-data", json);
    assert_eq!(one(&before, &form), ("body_kind_changed", Compatible, "POST /things".into(), item("body")));
    let to_multipart = changes(&before, &multipart);
    assert!(
        to_multipart.contains(&("body_kind_changed", Breaking, "POST /things".into(), item("body"))),
        "{to_multipart:#?}"
    );
    let binary = spec(
        "application/json",
        "{description: ok, content: {application/octet-stream: {schema: {type: string, format: binary}}}}",
    );
    assert_eq!(one(&before, &binary), ("response_changed", Breaking, "POST /things".into(), None));
    let sse = "{description: ok, content: {text/event-stream: {schema: {type: string}}}}";
    assert_eq!(
        one(&before, &spec("application/json", sse)),
        ("now_stream_only", Breaking, "POST /things".into(), None)
    );
    let both = "{description: ok, content: {application/json: {schema: {type: string}}, text/event-stream: {schema: {type: string}}}}";
    assert_eq!(
        one(&before, &spec("application/json", both)),
        ("stream_added", Compatible, "POST /things".into(), item("things.create_stream"))
    );
}

#[test]
fn fields_of_request_and_response_types() {
    // `Thing` is a request body; `Shown` only a response.
    let spec = |thing: &str, shown: &str| {
        format!(
            "paths:\n  /things:\n    post:\n      operationId: create\n      requestBody: {{required: true, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Thing'}}}}}}}}\n      responses: {{'200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Shown'}}}}}}}}}}\ncomponents:\n  schemas:\n    Thing: {thing}\n    Shown: {shown}\n"
        )
    };
    let object =
        |required: &str, props: &str| format!("{{type: object, required: [{required}], properties: {{{props}}}}}");
    let base = spec(&object("a", "a: {type: string}"), &object("a", "a: {type: string}"));
    let thing = |o: String| spec(&o, &object("a", "a: {type: string}"));
    let shown = |o: String| spec(&object("a", "a: {type: string}"), &o);
    let (ab_required, ab_optional) =
        (object("a, b", "a: {type: string}, b: {type: string}"), object("a", "a: {type: string}, b: {type: string}"));
    assert_eq!(one(&base, &thing(ab_required.clone())), ("field_added", Breaking, "Thing".into(), item("b")));
    assert_eq!(one(&base, &thing(ab_optional.clone())), ("field_added", Compatible, "Thing".into(), item("b")));
    assert_eq!(one(&base, &shown(ab_required)), ("field_added", Compatible, "Shown".into(), item("b")));
    assert_eq!(one(&base, &shown(ab_optional)), ("field_added", Compatible, "Shown".into(), item("b")));
    let optional_a = object("", "a: {type: string}");
    assert_eq!(one(&base, &thing(optional_a.clone())), ("field_optional", Breaking, "Thing".into(), item("a")));
    assert_eq!(one(&base, &shown(optional_a)), ("field_optional", Breaking, "Shown".into(), item("a")));
    assert_eq!(
        changes(&base, &shown(object("", "b: {type: string}"))),
        [
            ("field_removed", Breaking, "Shown".into(), item("a")),
            ("field_added", Compatible, "Shown".into(), item("b")),
        ]
    );
    // The same fields in another order: `new(..)` takes them in another order.
    let ab = spec(&object("a, b", "a: {type: string}, b: {type: string}"), &object("a", "a: {type: string}"));
    let ba = spec(&object("a, b", "b: {type: string}, a: {type: string}"), &object("a", "a: {type: string}"));
    assert_eq!(one(&ab, &ba), ("constructor_changed", Breaking, "Thing".into(), item("new")));
}

#[test]
fn enums_and_unions_grow_compatibly() {
    let enums = |values: &str| schemas(&format!("    Color: {{type: string, enum: [{values}]}}\n"));
    assert_eq!(one(&enums("red"), &enums("red, blue")), ("value_added", Compatible, "Color".into(), item("\"blue\"")));
    assert_eq!(one(&enums("red, blue"), &enums("red")), ("value_removed", Breaking, "Color".into(), item("\"blue\"")));
    let union = |members: &str, extra: &str| {
        schemas(&format!(
            "    Shape: {{oneOf: [{members}], discriminator: {{propertyName: kind}}}}\n    Circle: {{type: object, required: [kind], properties: {{kind: {{type: string, enum: [circle]}}}}}}\n    Square: {{type: object, required: [kind], properties: {{kind: {{type: string, enum: [square]}}}}}}\n{extra}"
        ))
    };
    let two = "{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}";
    let three = format!("{two}, {{$ref: '#/components/schemas/Line'}}");
    let line = "    Line: {type: object, required: [kind], properties: {kind: {type: string, enum: [line]}}}\n";
    assert_eq!(
        one(&union(two, line), &union(&three, line)),
        ("variant_added", Compatible, "Shape".into(), item("Line"))
    );
    assert_eq!(
        one(&union(&three, line), &union(two, line)),
        ("variant_removed", Breaking, "Shape".into(), item("Line"))
    );
}

#[test]
fn a_renamed_type_is_reported_once_not_at_every_use() {
    let spec = |name: &str| {
        format!(
            "paths: {{}}\ncomponents:\n  schemas:\n    Holder: {{type: object, properties: {{one: {{$ref: '#/components/schemas/{name}'}}, many: {{type: array, items: {{$ref: '#/components/schemas/{name}'}}}}}}}}\n    {name}: {{type: string, enum: [a, b]}}\n"
        )
    };
    assert_eq!(one(&spec("Letter"), &spec("Glyph")), ("type_renamed", Breaking, "Glyph".into(), None));
    let report = diff(&surface(&spec("Letter")), &surface(&spec("Glyph")));
    assert_eq!(
        (report.changes[0].before.as_deref(), report.changes[0].after.as_deref()),
        (Some("Letter"), Some("Glyph"))
    );
}

#[test]
fn type_spellings() {
    let renames: BTreeMap<String, String> = [("A".to_owned(), "B".to_owned())].into();
    assert_eq!(renamed("Option<Box<A>>", &renames), "Option<Box<B>>");
    assert_eq!(renamed("BTreeMap<String, Vec<AB>>", &renames), "BTreeMap<String, Vec<AB>>");
    assert_eq!(type_change("Option<String>", "String", &BTreeMap::new()), TypeChange::Required);
    assert_eq!(type_change("A", "Option<B>", &renames), TypeChange::Optional);
    assert_eq!(type_change("Vec<A>", "Vec<B>", &renames), TypeChange::Same);
    assert_eq!(type_change("Option<Vec<String>>", "Vec<i64>", &renames), TypeChange::Other);
}

#[test]
fn the_bump_is_the_largest() {
    let minor = schemas("    Color: {type: string, enum: [red, blue]}\n");
    let base = schemas("    Color: {type: string, enum: [red]}\n");
    assert_eq!(diff(&surface(&base), &surface(&minor)).bump, Bump::Minor);
    assert_eq!(diff(&surface(&minor), &surface(&base)).bump, Bump::Major);
    let renamed_op = |id: &str| {
        format!(
            "paths:\n  /x:\n    get:\n      operationId: {id}\n      x-rust-method: x.get\n      responses: {{'204': {{description: ok}}}}\n"
        )
    };
    assert_eq!(diff(&surface(&renamed_op("a")), &surface(&renamed_op("b"))).bump, Bump::Patch);
}

#[test]
fn every_kind_is_in_the_documented_rule_table() {
    let docs = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/api-diff.md");
    let text = std::fs::read_to_string(&docs).unwrap();
    for kind in Kind::ALL {
        let bump = kind.bump().as_str();
        let row = text.lines().find(|line| line.starts_with(&format!("| `{}` |", kind.name())));
        let row = row.unwrap_or_else(|| panic!("docs/api-diff.md has no row for `{}`", kind.name()));
        assert!(row.contains(&format!("| {bump} |")), "docs/api-diff.md: `{}` is {bump}: {row}", kind.name());
    }
}
