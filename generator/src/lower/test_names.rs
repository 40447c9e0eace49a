//! The generated tests (`tests/api.rs`, written with `--with-tests`): one per operation,
//! request sample and method, named `<operationId in snake case>_<sample>[_stream]` in the
//! file's one scope, in operation order, so operations whose ids read alike (`getPet`,
//! `get_pet`) get `get_pet_minimal` and `get_pet_minimal_2`.

use heck::ToSnakeCase;

use super::draft::LoweredOperation;
use super::names::Scope;
use super::resources::Placement;
use crate::ir::ApiTest;

/// The items of `tests/api.rs` beside the tests.
const FILE_ITEMS: &[&str] = &["client", "ok", "types", "runtime"];

/// The tests of each operation.
pub fn name(operations: &[LoweredOperation], placements: &[Placement]) -> Vec<Vec<ApiTest>> {
    let mut scope = Scope::new();
    for item in FILE_ITEMS {
        scope.reserve(item);
    }
    let mut out = Vec::with_capacity(operations.len());
    for (op, place) in operations.iter().zip(placements) {
        // (streams, method) of each method a sample is sent through.
        let methods: Vec<(bool, &String)> = match (&op.stream, &place.stream_method) {
            (Some(_), _) if op.stream_only => vec![(true, &place.method)],
            (Some(_), Some(stream_method)) => vec![(false, &place.method), (true, stream_method)],
            _ => vec![(false, &place.method)],
        };
        let stem = stem(&op.id);
        let mut tests = Vec::new();
        for (sample_index, sample) in op.samples.iter().enumerate() {
            for &(stream, method) in &methods {
                let suffix = if stream { "_stream" } else { "" };
                tests.push(ApiTest {
                    name: scope.unique(&format!("{stem}_{}{suffix}", sample.label)),
                    sample: sample_index,
                    stream,
                    method: method.clone(),
                });
            }
        }
        out.push(tests);
    }
    out
}

/// `listPets` → `list_pets`: the start of a test's name (a suffix follows, so keywords
/// need no escaping).
fn stem(operation_id: &str) -> String {
    let cleaned: String = operation_id.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let snake = cleaned.to_snake_case();
    match snake.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => snake,
        _ => format!("op_{snake}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        assert_eq!(stem("listPets"), "list_pets");
        assert_eq!(stem("get /pets/{id}"), "get_pets_id");
        assert_eq!(stem("2fa"), "op_2fa");
    }
}
