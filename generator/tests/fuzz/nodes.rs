//! Paths into a JSON value: the segments of a path, its JSON pointer, walking a
//! document, looking a path up, and picking a random node that matches a filter.

use serde_json::Value;

use crate::rng::Rng;

#[derive(Clone, Debug)]
pub(crate) enum Seg {
    Key(String),
    Index(usize),
}

pub(crate) fn pointer(path: &[Seg]) -> String {
    path.iter()
        .map(|s| match s {
            Seg::Key(k) => format!("/{}", k.replace('~', "~0").replace('/', "~1")),
            Seg::Index(i) => format!("/{i}"),
        })
        .collect()
}

/// Visits every node with its path, parents before children; stops when `visit` says so.
fn walk(value: &Value, path: &mut Vec<Seg>, visit: &mut impl FnMut(&[Seg], &Value) -> bool) -> bool {
    if visit(path, value) {
        return true;
    }
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                path.push(Seg::Key(k.clone()));
                let stop = walk(v, path, visit);
                path.pop();
                if stop {
                    return true;
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(Seg::Index(i));
                let stop = walk(v, path, visit);
                path.pop();
                if stop {
                    return true;
                }
            }
        }
        _ => {}
    }
    false
}

pub(crate) fn get<'v>(value: &'v Value, path: &[Seg]) -> Option<&'v Value> {
    path.iter().try_fold(value, |node, seg| match seg {
        Seg::Key(k) => node.get(k),
        Seg::Index(i) => node.get(i),
    })
}

pub(crate) fn get_mut<'v>(value: &'v mut Value, path: &[Seg]) -> Option<&'v mut Value> {
    path.iter().try_fold(value, |node, seg| match seg {
        Seg::Key(k) => node.get_mut(k),
        Seg::Index(i) => node.get_mut(i),
    })
}

/// A random node matching `filter` (counted first, then found again: no path is cloned
/// but the chosen one).
pub(crate) fn pick_path(rng: &mut Rng, doc: &Value, filter: impl Fn(&[Seg], &Value) -> bool) -> Option<Vec<Seg>> {
    let mut count = 0usize;
    walk(doc, &mut Vec::new(), &mut |p, v| {
        count += usize::from(filter(p, v));
        false
    });
    if count == 0 {
        return None;
    }
    let mut target = rng.below(count);
    let mut found = None;
    walk(doc, &mut Vec::new(), &mut |p, v| {
        if filter(p, v) {
            if target == 0 {
                found = Some(p.to_vec());
                return true;
            }
            target -= 1;
        }
        false
    });
    found
}
