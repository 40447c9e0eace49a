//! Operations and WebSocket endpoints: matched by HTTP method and path template (parameter
//! names aside), then by operationId, then by Rust method; compared by what their Rust
//! methods take and return.

use std::collections::BTreeMap;

use super::{Area, Change, Kind, Paired, TypeChange, pair_up, renamed, type_change};
use crate::surface::{OperationSurface, ParamSurface, Surface, WebSocketSurface};

type Renames = BTreeMap<String, String>;

/// `GET /files/{}`: an operation's identity, its path parameters' names aside.
fn key(op: &OperationSurface) -> (String, String) {
    let mut path = String::with_capacity(op.path.len());
    let mut in_param = false;
    for c in op.path.chars() {
        match c {
            '{' => {
                in_param = true;
                path.push_str("{}");
            }
            '}' => in_param = false,
            c if !in_param => path.push(c),
            _ => {}
        }
    }
    (path, op.method.clone())
}

fn subject(op: &OperationSurface) -> String {
    format!("{} {}", op.method, op.path)
}

/// Pairs of old and new operations, and the ones only one side has.
struct Matched<'a> {
    pairs: Vec<(&'a OperationSurface, &'a OperationSurface)>,
    removed: Vec<&'a OperationSurface>,
    added: Vec<&'a OperationSurface>,
}

fn match_operations<'a>(old: &'a [OperationSurface], new: &'a [OperationSurface]) -> Matched<'a> {
    let mut removed: Vec<&OperationSurface> = old.iter().collect();
    let mut added: Vec<&OperationSurface> = new.iter().collect();
    let mut pairs = Vec::new();
    let identities: [fn(&OperationSurface) -> String; 3] =
        [|op| format!("{:?}", key(op)), |op| format!("id {}", op.id), |op| format!("rust {}", op.rust)];
    for identity in identities {
        let mut index: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, op) in added.iter().enumerate() {
            index.entry(identity(op)).or_default().push(i);
        }
        let mut taken = vec![false; added.len()];
        removed.retain(|op| {
            // An identity two operations share on one side (an empty id) matches nothing.
            let found = index.get(&identity(op)).filter(|found| found.len() == 1).map(|found| found[0]);
            match found.filter(|&i| !taken[i]) {
                Some(i) => {
                    taken[i] = true;
                    pairs.push((*op, added[i]));
                    false
                }
                None => true,
            }
        });
        let mut i = 0;
        added.retain(|_| {
            i += 1;
            !taken[i - 1]
        });
    }
    Matched { pairs, removed, added }
}

pub(super) fn compare(old: &Surface, new: &Surface, renames: &Renames, out: &mut Vec<Change>) {
    let matched = match_operations(&old.operations, &new.operations);
    // Each subject's changes, by the subject's (path, method).
    let mut found: Vec<((String, String), Vec<Change>)> = Vec::new();
    for op in matched.removed {
        let change = Change::new(Area::Operation, subject(op), Kind::OperationRemoved, "removed").rust(&op.rust);
        found.push(((op.path.clone(), op.method.clone()), vec![change]));
    }
    for op in matched.added {
        let change = Change::new(Area::Operation, subject(op), Kind::OperationAdded, "added").rust(&op.rust);
        found.push(((op.path.clone(), op.method.clone()), vec![change]));
    }
    for (a, b) in matched.pairs {
        let mut changes = Vec::new();
        compare_operation(a, b, renames, &mut changes);
        let changes = changes.into_iter().map(|c| c.rust(&b.rust)).collect();
        found.push(((b.path.clone(), b.method.clone()), changes));
    }
    found.sort_by(|x, y| x.0.cmp(&y.0));
    out.extend(found.into_iter().flat_map(|(_, changes)| changes));
}

fn compare_operation(a: &OperationSurface, b: &OperationSurface, renames: &Renames, out: &mut Vec<Change>) {
    let change = |kind, message: String| Change::new(Area::Operation, subject(b), kind, message);
    if a.rust != b.rust {
        let message = format!("method renamed: `{}` → `{}`", a.rust, b.rust);
        out.push(change(Kind::MethodRenamed, message).before(&a.rust).after(&b.rust));
    }
    // A path parameter's new name alone is the parameter's change, not the operation's.
    if key(a) != key(b) {
        let (before, after) = (subject(a), subject(b));
        let message = format!("moved from `{before}` (the method calls the new place)");
        out.push(change(Kind::PathChanged, message).before(before).after(after));
    }
    if a.id != b.id {
        let message = format!("operationId `{}` → `{}`", a.id, b.id);
        out.push(change(Kind::OperationIdChanged, message).before(&a.id).after(&b.id));
    }
    compare_params(a, b, renames, out);
    compare_body(a, b, renames, out);
    compare_outputs(a, b, renames, out);
    if a.paginated != b.paginated {
        let (kind, message) = if b.paginated {
            (Kind::PaginationAdded, "now pages: `.into_stream()` walks every page")
        } else {
            (Kind::PaginationRemoved, "no longer pages")
        };
        out.push(change(kind, message.to_owned()));
    }
    if a.deprecated != b.deprecated {
        let (kind, message) =
            if b.deprecated { (Kind::Deprecated, "deprecated") } else { (Kind::Undeprecated, "no longer deprecated") };
        out.push(change(kind, message.to_owned()));
    }
}

fn is_path(p: &ParamSurface) -> bool {
    p.location == "path"
}

/// Matches parameters by wire name and location, then by wire name, then path parameters
/// by position (a renamed path parameter).
fn match_params<'a>(old: &'a [ParamSurface], new: &'a [ParamSurface]) -> Paired<'a, ParamSurface> {
    let position = |list: &[ParamSurface], p: &ParamSurface| list.iter().filter(|q| is_path(q)).position(|q| q == p);
    pair_up(
        old,
        new,
        &[&|a, b| a.name == b.name && a.location == b.location, &|a, b| a.name == b.name, &|a, b| {
            is_path(a) && is_path(b) && position(old, a) == position(new, b)
        }],
    )
}

fn compare_params(a: &OperationSurface, b: &OperationSurface, renames: &Renames, out: &mut Vec<Change>) {
    let change = |kind, item: &str, message: String| Change::new(Area::Operation, subject(b), kind, message).item(item);
    match (&a.params_type, &b.params_type) {
        (None, Some(params)) => {
            let message = format!("the method now takes a `params: &{params}` argument");
            out.push(change(Kind::ParamsArgumentAdded, "params", message).after(params));
        }
        (Some(params), None) => {
            let message = format!("the method no longer takes its `params: &{params}` argument");
            out.push(change(Kind::ParamsArgumentRemoved, "params", message).before(params));
        }
        (Some(x), Some(y)) if renamed(x, renames) != *y => {
            let message = format!("parameters struct renamed: `{x}` → `{y}`");
            out.push(change(Kind::ParamsTypeRenamed, "params", message).before(x).after(y));
        }
        _ => {}
    }
    let params_type = b.params_type.as_deref().or(a.params_type.as_deref()).unwrap_or("Params");
    let (pairs, removed, added) = match_params(&a.params, &b.params);
    for (x, y) in &pairs {
        compare_param(x, y, params_type, renames, out, &change);
    }
    for p in removed {
        let message = format!("{} parameter `{}` removed (was `{}`)", p.location, p.name, p.ty);
        out.push(change(Kind::ParamRemoved, &p.name, message).before(format!("{} {}", p.location, p.ty)));
    }
    for p in added {
        let required = crate::diff::inside_option(&p.ty).is_none();
        let effect = match (is_path(p), required) {
            (true, _) => " (a new argument of the method)".to_owned(),
            (false, true) => format!(" (`{params_type}::new(..)` takes it)"),
            (false, false) => String::new(),
        };
        let adjective = if required { "required" } else { "optional" };
        let message = format!("{adjective} {} parameter `{}` added (`{}`){effect}", p.location, p.name, p.ty);
        let added = change(Kind::ParamAdded, &p.name, message).after(format!("{} {}", p.location, p.ty));
        out.push(added.breaking_if(is_path(p) || required));
    }
    // Path parameters are positional: the same ones in another order.
    let position = |list: &[ParamSurface], p: &ParamSurface| list.iter().filter(|q| is_path(q)).position(|q| q == p);
    let mut kept: Vec<(Option<usize>, Option<usize>, &str, &str)> = pairs
        .iter()
        .filter(|(x, y)| is_path(x) && is_path(y))
        .map(|(x, y)| (position(&a.params, x), position(&b.params, y), x.name.as_str(), y.name.as_str()))
        .collect();
    kept.sort();
    if kept.windows(2).any(|w| w[0].1 > w[1].1) {
        let before: Vec<&str> = kept.iter().map(|k| k.2).collect();
        kept.sort_by_key(|k| k.1);
        let after: Vec<&str> = kept.iter().map(|k| k.3).collect();
        let (before, after) = (before.join(", "), after.join(", "));
        let message = format!("path arguments reordered: ({before}) → ({after})");
        out.push(change(Kind::PathParamsReordered, "path", message).before(before).after(after));
    }
    compare_params_constructor(a, b, params_type, out, &change);
}

fn compare_param(
    x: &ParamSurface,
    y: &ParamSurface,
    params_type: &str,
    renames: &Renames,
    out: &mut Vec<Change>,
    change: &dyn Fn(Kind, &str, String) -> Change,
) {
    if x.location != y.location {
        let effect = if is_path(y) {
            "now an argument of the method".to_owned()
        } else {
            format!("now a field of `{params_type}`")
        };
        let message = format!("parameter `{}` moved from {} to {} ({effect})", y.name, x.location, y.location);
        let (before, after) = (format!("{} {}", x.location, x.ty), format!("{} {}", y.location, y.ty));
        out.push(change(Kind::ParamMoved, &y.name, message).before(before).after(after));
        return;
    }
    if x.name != y.name {
        let message = format!("path parameter `{}` renamed `{}` (arguments are positional)", x.name, y.name);
        out.push(change(Kind::ParamRenamed, &y.name, message).before(&x.name).after(&y.name));
    } else if x.rust != y.rust {
        let message = format!("{} parameter `{}`: Rust name `{}` → `{}`", y.location, y.name, x.rust, y.rust);
        out.push(change(Kind::ParamRenamed, &y.name, message).before(&x.rust).after(&y.rust).breaking_if(!is_path(y)));
    }
    let (kind, message) = match type_change(&x.ty, &y.ty, renames) {
        TypeChange::Same => return,
        TypeChange::Required => (Kind::ParamRequired, format!("now required (`{params_type}::new(..)` takes it)")),
        TypeChange::Optional => {
            (Kind::ParamOptional, format!("now optional (no longer an argument of `{params_type}::new(..)`)"))
        }
        TypeChange::Other => (Kind::ParamTypeChanged, "type changed".to_owned()),
    };
    let message = format!("{} parameter `{}` {message}: `{}` → `{}`", y.location, y.name, x.ty, y.ty);
    out.push(change(kind, &y.name, message).before(&x.ty).after(&y.ty));
}

/// The parameters struct's `new(..)`: its required fields in order. Reported only where the
/// parameters' own changes do not explain it (the same ones, reordered).
fn compare_params_constructor(
    a: &OperationSurface,
    b: &OperationSurface,
    params_type: &str,
    out: &mut Vec<Change>,
    change: &dyn Fn(Kind, &str, String) -> Change,
) {
    let args = |op: &OperationSurface| -> Vec<String> {
        op.params
            .iter()
            .filter(|p| !is_path(p) && crate::diff::inside_option(&p.ty).is_none())
            .map(|p| p.rust.clone())
            .collect()
    };
    let (before, after) = (args(a), args(b));
    let common = |x: &[String], y: &[String]| -> Vec<String> { x.iter().filter(|n| y.contains(n)).cloned().collect() };
    if common(&before, &after) != common(&after, &before) {
        let message =
            format!("`{params_type}::new(..)` arguments reordered: ({}) → ({})", before.join(", "), after.join(", "));
        out.push(change(Kind::ConstructorChanged, "params", message).before(before.join(", ")).after(after.join(", ")));
    }
}

fn compare_body(a: &OperationSurface, b: &OperationSurface, renames: &Renames, out: &mut Vec<Change>) {
    let change = |kind, message: String| Change::new(Area::Operation, subject(b), kind, message).item("body");
    match (&a.body, &b.body) {
        (None, Some(body)) => {
            let message = format!("now takes a {} request body (`{}`)", body.kind, body.ty);
            out.push(change(Kind::BodyAdded, message).after(&body.ty));
        }
        (Some(body), None) => {
            let message = format!("no longer takes a request body (was `{}`)", body.ty);
            out.push(change(Kind::BodyRemoved, message).before(&body.ty));
        }
        (Some(x), Some(y)) => {
            if type_change(&x.ty, &y.ty, renames) != TypeChange::Same {
                let message = format!("request body type changed: `{}` → `{}`", x.ty, y.ty);
                out.push(change(Kind::BodyTypeChanged, message).before(&x.ty).after(&y.ty));
            }
            if x.kind != y.kind {
                let serializable = |kind: &str| kind == "json" || kind == "form";
                let raw = |kind: &str| kind.starts_with("raw");
                let compatible = (serializable(&x.kind) && serializable(&y.kind)) || (raw(&x.kind) && raw(&y.kind));
                let effect = if compatible {
                    ""
                } else if y.kind == "multipart" || x.kind == "multipart" {
                    " (a multipart request type has no serde derives)"
                } else {
                    " (a raw body is taken as bytes)"
                };
                let message = format!("request body sent as {} instead of {}{effect}", y.kind, x.kind);
                out.push(
                    change(Kind::BodyKindChanged, message).before(&x.kind).after(&y.kind).breaking_if(!compatible),
                );
            }
        }
        (None, None) => {}
    }
}

/// What the plain method returns: the event stream of an operation that only streams.
fn output(op: &OperationSurface) -> String {
    match (&op.stream, op.stream_only) {
        (Some(event), true) => format!("Sse<{event}>"),
        _ => match &op.response.ty {
            Some(ty) => format!("Json<{ty}>"),
            None => capitalized(&op.response.kind),
        },
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn compare_outputs(a: &OperationSurface, b: &OperationSurface, renames: &Renames, out: &mut Vec<Change>) {
    let change = |kind, message: String| Change::new(Area::Operation, subject(b), kind, message);
    let (before, after) = (output(a), output(b));
    if renamed(&before, renames) != after {
        let kind = match (a.stream_only, b.stream_only) {
            (false, true) => Kind::NowStreamOnly,
            (true, false) => Kind::NoLongerStreamOnly,
            (true, true) => Kind::StreamEventChanged,
            (false, false) => Kind::ResponseChanged,
        };
        let what = match kind {
            Kind::NowStreamOnly => "now returns the event stream",
            Kind::NoLongerStreamOnly => "no longer returns the event stream",
            _ => "returns another type",
        };
        let message = format!("`{}` {what}: `Call<{before}>` → `Call<{after}>`", b.rust);
        out.push(change(kind, message).before(before).after(after));
    }
    match (&a.stream_rust, &b.stream_rust) {
        (None, Some(method)) => {
            let event = b.stream.as_deref().unwrap_or_default();
            let message = format!("can stream: new method `{method}` returns `Sse<{event}>`");
            out.push(change(Kind::StreamAdded, message).item(method).after(format!("Sse<{event}>")));
        }
        (Some(method), None) => {
            let message = format!("stream method `{method}` removed");
            out.push(change(Kind::StreamRemoved, message).item(method));
        }
        (Some(x), Some(y)) => {
            if x != y {
                let message = format!("stream method renamed: `{x}` → `{y}`");
                out.push(change(Kind::StreamMethodRenamed, message).item(y).before(x).after(y));
            }
            let (e, f) = (a.stream.as_deref().unwrap_or_default(), b.stream.as_deref().unwrap_or_default());
            if renamed(e, renames) != f {
                let message = format!("`{y}` yields another event type: `{e}` → `{f}`");
                out.push(change(Kind::StreamEventChanged, message).item(y).before(e).after(f));
            }
        }
        (None, None) => {}
    }
}

pub(super) fn compare_websockets(old: &Surface, new: &Surface, renames: &Renames, out: &mut Vec<Change>) {
    let before: BTreeMap<&str, &WebSocketSurface> = old.websockets.iter().map(|w| (w.path.as_str(), w)).collect();
    let after: BTreeMap<&str, &WebSocketSurface> = new.websockets.iter().map(|w| (w.path.as_str(), w)).collect();
    let paths: std::collections::BTreeSet<&str> = before.keys().chain(after.keys()).copied().collect();
    for path in paths {
        let change = |kind, message: String, rust: &str| Change::new(Area::Websocket, path, kind, message).rust(rust);
        match (before.get(path), after.get(path)) {
            (None, Some(w)) => out.push(change(Kind::WebsocketAdded, "added".into(), &w.rust)),
            (Some(w), None) => out.push(change(Kind::WebsocketRemoved, "removed".into(), &w.rust)),
            (Some(x), Some(y)) => {
                let signature = |w: &WebSocketSurface, renames: Option<&Renames>| {
                    let spell = |ty: &str| renames.map_or(ty.to_owned(), |r| renamed(ty, r));
                    let args: Vec<String> = w.query.iter().map(|q| format!("{}: {}", q.rust, spell(&q.ty))).collect();
                    format!(
                        "{}({}) -> Session<{}, {}>",
                        w.rust,
                        args.join(", "),
                        spell(&w.client_events),
                        spell(&w.server_events)
                    )
                };
                let (a, b) = (signature(x, Some(renames)), signature(y, None));
                if a != b {
                    let message = format!("method changed: `{}` → `{b}`", signature(x, None));
                    out.push(change(Kind::WebsocketChanged, message, &y.rust).before(signature(x, None)).after(b));
                }
            }
            (None, None) => {}
        }
    }
}
