//! `Box` where recursion needs it: every by-value reference (not behind a `Vec` or map)
//! inside a strongly connected component of the type graph is boxed.

use super::super::draft::TypeDraft;
use crate::diagnostics::{Error, Location, Result};
use crate::ir::{TypeId, TypeKind, TypeRef};

/// Sets the `boxed` flags; a cycle of aliases alone, which has nowhere to put the `Box`, is
/// an error.
pub fn mark(types: &mut [TypeDraft], locate: &dyn Fn(&str) -> Location) -> Result<()> {
    let edges: Vec<Vec<TypeId>> = types.iter().map(|t| t.kind.refs().filter_map(by_value).collect()).collect();
    let component = strongly_connected(&edges);
    let in_cycle = |from: usize, to: TypeId| component[from] == component[to.0];
    for (i, def) in types.iter_mut().enumerate() {
        for reference in def.kind.refs_mut() {
            if let Some(boxed) = reference.boxed {
                *boxed = by_value(reference.ty).is_some_and(|to| in_cycle(i, to));
            }
        }
    }
    for (i, def) in types.iter().enumerate() {
        if let TypeKind::Alias(target) = &def.kind
            && let Some(to) = by_value(target)
            && in_cycle(i, to)
        {
            let only_aliases = types
                .iter()
                .enumerate()
                .filter(|(j, _)| component[*j] == component[i])
                .all(|(_, t)| matches!(t.kind, TypeKind::Alias(_)));
            if only_aliases {
                return Err(Error::spec(
                    locate(&def.origin),
                    format!(
                        "`{}` is defined only in terms of itself (a reference cycle with no object in it cannot be represented)",
                        def.name
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The named type held by value (not behind `Vec`/map), if any.
fn by_value(ty: &TypeRef) -> Option<TypeId> {
    match ty {
        TypeRef::Named(id) => Some(*id),
        TypeRef::Option(inner) => by_value(inner),
        _ => None,
    }
}

/// Tarjan's algorithm, iterative so deep type graphs cannot overflow the stack.
fn strongly_connected(edges: &[Vec<TypeId>]) -> Vec<usize> {
    let n = edges.len();
    let (mut index, mut low, mut on_stack) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let mut component = vec![usize::MAX; n];
    let (mut next_index, mut next_component) = (0, 0);
    let mut stack = Vec::new();
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut edge)) = work.last_mut() {
            if *edge == 0 && index[v] == usize::MAX {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&TypeId(w)) = edges[v].get(*edge) {
                *edge += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component[w] = next_component;
                    if w == v {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_of_a_small_graph() {
        // 0 → 1 → 2 → 0, 3 → 3, 4 alone
        let edges = vec![vec![TypeId(1)], vec![TypeId(2)], vec![TypeId(0)], vec![TypeId(3)], vec![]];
        let c = strongly_connected(&edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[0], c[3]);
        assert_ne!(c[3], c[4]);
    }
}
