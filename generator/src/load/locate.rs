//! Lines of JSON pointers in spec text, and the pointer at a line, for error messages.
//!
//! YAML is read as block structure: a node's children are the lines indented more than it
//! (or, for a sequence under a key, the `-` lines at the key's own indentation), and only
//! the children at the first child's indentation count, so text inside block scalars can
//! never be mistaken for a key. Flow collections (`{a: 1}`, `[x, y]`) are not looked into:
//! a pointer into one finds the line the collection is on. JSON is scanned token by token,
//! so compact one-line JSON and pretty JSON both work.

/// The 1-based line a pointer's last segment is on, if every segment can be found.
pub fn line_of_pointer(text: &str, pointer: &str) -> Option<usize> {
    let found = find(text, pointer);
    (found.matched == segments(pointer).len()).then_some(found.line)
}

/// The line of `pointer`, or of its nearest ancestor that can be found (the document's
/// first line for the root).
pub fn nearest_line(text: &str, pointer: &str) -> usize {
    find(text, pointer).line
}

struct Found {
    line: usize,
    /// How many leading segments were found.
    matched: usize,
}

fn find(text: &str, pointer: &str) -> Found {
    let segments = segments(pointer);
    if is_json(text) { json::find(text, &segments) } else { yaml::find(text, &segments) }
}

fn is_json(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').trim_start().starts_with('{')
}

fn segments(pointer: &str) -> Vec<String> {
    let pointer = pointer.trim_start_matches('#');
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.split('/').skip(1).map(crate::diagnostics::unescape_pointer_segment).collect()
}

/// The JSON pointer of the innermost YAML node on or before 1-based `line` (for syntax
/// errors, which libyaml reports by line only).
pub fn yaml_pointer_at_line(text: &str, line: usize) -> String {
    yaml::pointer_at(text, line)
}

mod yaml {
    use super::Found;
    use crate::diagnostics::escape_pointer_segment;

    /// A line that holds something: not blank, not only a comment.
    struct Line<'t> {
        number: usize,
        indent: usize,
        text: &'t str,
    }

    /// One child of a node: the line it starts on (index into the lines), its column, and
    /// its text from that column.
    #[derive(Clone, Copy)]
    struct Entry<'t> {
        index: usize,
        column: usize,
        text: &'t str,
    }

    /// A node whose children are wanted.
    #[derive(Clone, Copy)]
    enum Node<'t> {
        Root,
        /// A mapping value: children follow its key's line.
        Key {
            index: usize,
            column: usize,
        },
        /// A sequence item: the rest of its `- ` line, then the lines indented past the dash.
        Item {
            index: usize,
            column: usize,
            inline: Option<Entry<'t>>,
        },
        /// A value written on its key's line (a scalar, a block scalar, a flow collection).
        Leaf,
    }

    fn lines(text: &str) -> Vec<Line<'_>> {
        text.lines()
            .enumerate()
            .filter_map(|(number, raw)| {
                let body = raw.trim_start_matches([' ', '\t']);
                let indent = raw.len() - body.len();
                let significant =
                    !body.is_empty() && !body.starts_with('#') && !(indent == 0 && (body == "---" || body == "..."));
                significant.then_some(Line { number, indent, text: body.trim_end() })
            })
            .collect()
    }

    /// Every line inside a node, at any depth.
    fn block<'t>(lines: &[Line<'t>], node: Node<'t>) -> Vec<Entry<'t>> {
        let mut out = Vec::new();
        let (start, column, indentless) = match node {
            Node::Leaf => return out,
            Node::Root => (0, None, false),
            Node::Key { index, column } => (index + 1, Some(column), true),
            Node::Item { index, column, inline } => {
                out.extend(inline);
                (index + 1, Some(column), false)
            }
        };
        for (index, line) in lines.iter().enumerate().skip(start) {
            let inside = match column {
                None => true,
                Some(column) => line.indent > column || (indentless && line.indent == column && is_item(line.text)),
            };
            if !inside {
                break;
            }
            out.push(Entry { index, column: line.indent, text: line.text });
        }
        out
    }

    /// A node's direct children: the lines at its first child's indentation.
    fn children<'t>(lines: &[Line<'t>], node: Node<'t>) -> Vec<Entry<'t>> {
        let mut out = block(lines, node);
        let Some(level) = out.first().map(|e| e.column) else { return out };
        out.retain(|e| e.column == level);
        // `-` lines beside keys are an indentless sequence under the key before them.
        if out.iter().any(|e| !is_item(e.text)) {
            out.retain(|e| !is_item(e.text));
        }
        out
    }

    /// Whether a key's value continues on the next lines (nothing but an anchor, a tag or a
    /// comment after the colon); block scalars (`|`, `>`) and inline values have no children.
    fn opens_block(rest: &str) -> bool {
        rest.split_whitespace().take_while(|w| !w.starts_with('#')).all(|w| w.starts_with('&') || w.starts_with('!'))
    }

    fn is_item(text: &str) -> bool {
        text == "-" || text.starts_with("- ")
    }

    /// The key of a `key: value` line and the value's text.
    fn split_key(text: &str) -> Option<(String, &str)> {
        let (key, rest) = if let Some(quoted) = text.strip_prefix('"') {
            let end = closing_double_quote(quoted)?;
            let key = serde_json::from_str::<String>(&text[..end + 2]).unwrap_or_else(|_| quoted[..end].to_owned());
            (key, &quoted[end + 1..])
        } else if let Some(quoted) = text.strip_prefix('\'') {
            let end = closing_single_quote(quoted)?;
            (quoted[..end].replace("''", "'"), &quoted[end + 1..])
        } else {
            let colon = text
                .char_indices()
                .find(|&(i, c)| c == ':' && text[i + 1..].chars().next().is_none_or(|n| n == ' ' || n == '\t'))?
                .0;
            return Some((text[..colon].trim_end().to_owned(), text[colon + 1..].trim_start()));
        };
        let rest = rest.trim_start().strip_prefix(':')?;
        Some((key, rest.trim_start()))
    }

    fn closing_double_quote(s: &str) -> Option<usize> {
        let mut escaped = false;
        for (i, c) in s.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => return Some(i),
                _ => escaped = false,
            }
        }
        None
    }

    fn closing_single_quote(s: &str) -> Option<usize> {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'\'' {
                if bytes.get(i + 1) == Some(&b'\'') {
                    i += 2;
                    continue;
                }
                return Some(i);
            }
            i += 1;
        }
        None
    }

    /// The node an entry opens when it is the `n`-th item or the mapping key `key`.
    fn item_node<'t>(entry: Entry<'t>) -> Node<'t> {
        let rest = entry.text.strip_prefix('-').unwrap_or("");
        let body = rest.trim_start_matches([' ', '\t']);
        let inline = (!body.is_empty()).then(|| Entry {
            index: entry.index,
            column: entry.column + 1 + (rest.len() - body.len()),
            text: body,
        });
        Node::Item { index: entry.index, column: entry.column, inline }
    }

    /// Sequence items among the entries: `-` lines, or (pretty JSON) every value line.
    fn items<'t>(entries: &[Entry<'t>]) -> Vec<Entry<'t>> {
        if entries.iter().any(|e| is_item(e.text)) {
            entries.iter().copied().filter(|e| is_item(e.text)).collect()
        } else {
            entries.iter().copied().filter(|e| !e.text.starts_with(['}', ']'])).collect()
        }
    }

    fn step<'t>(lines: &[Line<'t>], node: Node<'t>, segment: &str) -> Option<(Entry<'t>, Node<'t>)> {
        let entries = children(lines, node);
        if let Ok(n) = segment.parse::<usize>()
            && let Some(item) = items(&entries).get(n).copied()
            && entries.iter().any(|e| is_item(e.text) || split_key(e.text).is_none())
        {
            let node =
                if is_item(item.text) { item_node(item) } else { Node::Key { index: item.index, column: item.column } };
            return Some((item, node));
        }
        let (entry, rest) = entries
            .into_iter()
            .find_map(|e| split_key(e.text).filter(|(key, _)| key == segment).map(|(_, rest)| (e, rest)))?;
        let node = if opens_block(rest) { Node::Key { index: entry.index, column: entry.column } } else { Node::Leaf };
        Some((entry, node))
    }

    pub fn find(text: &str, segments: &[String]) -> Found {
        let lines = lines(text);
        let mut found = Found { line: lines.first().map_or(1, |l| l.number + 1), matched: 0 };
        let mut node = Node::Root;
        for segment in segments {
            let Some((entry, next)) = step(&lines, node, segment) else { break };
            found = Found { line: lines[entry.index].number + 1, matched: found.matched + 1 };
            node = next;
        }
        found
    }

    pub fn pointer_at(text: &str, line: usize) -> String {
        let lines = lines(text);
        let mut pointer = String::new();
        let mut node = Node::Root;
        // Each step goes one level deeper, so the depth is bounded by the line count.
        for _ in 0..=lines.len() {
            // A line indented less than its siblings (a tab, a slip) still names its key.
            let inside = block(&lines, node);
            if let Some(level) = inside.first().map(|e| e.column)
                && let Some(stray) = inside.iter().find(|e| lines[e.index].number + 1 == line && e.column < level)
            {
                if let Some((key, _)) = split_key(stray.text) {
                    pointer.push('/');
                    pointer.push_str(&escape_pointer_segment(&key));
                }
                break;
            }
            let entries = children(&lines, node);
            let Some(last) = entries.iter().rposition(|e| lines[e.index].number < line) else { break };
            let entry = entries[last];
            if is_item(entry.text) {
                let n = entries[..last].iter().filter(|e| is_item(e.text)).count();
                pointer.push_str(&format!("/{n}"));
                node = item_node(entry);
            } else if let Some((key, rest)) = split_key(entry.text) {
                pointer.push('/');
                pointer.push_str(&escape_pointer_segment(&key));
                if !opens_block(rest) {
                    break;
                }
                node = Node::Key { index: entry.index, column: entry.column };
            } else {
                break;
            }
        }
        pointer
    }
}

mod json {
    //! A scanner over text that `serde_json` has already accepted.

    use super::Found;

    struct Scanner<'t> {
        text: &'t str,
        pos: usize,
        line: usize,
    }

    impl Scanner<'_> {
        fn peek(&self) -> Option<u8> {
            self.text.as_bytes().get(self.pos).copied()
        }

        fn skip_whitespace(&mut self) {
            while let Some(b) = self.peek() {
                match b {
                    b'\n' => self.line += 1,
                    b' ' | b'\t' | b'\r' => {}
                    _ if self.text[self.pos..].starts_with('\u{feff}') => self.pos += '\u{feff}'.len_utf8() - 1,
                    _ => return,
                }
                self.pos += 1;
            }
        }

        fn eat(&mut self, byte: u8) -> bool {
            self.skip_whitespace();
            let matched = self.peek() == Some(byte);
            if matched {
                self.pos += 1;
            }
            matched
        }

        fn string(&mut self) -> Option<String> {
            let start = self.pos;
            self.pos += 1;
            let mut escaped = false;
            while let Some(b) = self.peek() {
                self.pos += 1;
                match b {
                    b'\\' if !escaped => escaped = true,
                    b'"' if !escaped => return serde_json::from_str(&self.text[start..self.pos]).ok(),
                    _ => escaped = false,
                }
            }
            None
        }

        /// Skips one value; `None` on anything unexpected.
        fn skip_value(&mut self) -> Option<()> {
            self.skip_whitespace();
            match self.peek()? {
                b'"' => self.string().map(drop),
                open @ (b'{' | b'[') => {
                    let close = if open == b'{' { b'}' } else { b']' };
                    self.pos += 1;
                    if self.eat(close) {
                        return Some(());
                    }
                    loop {
                        if open == b'{' {
                            self.skip_whitespace();
                            self.string()?;
                            self.eat(b':').then_some(())?;
                        }
                        self.skip_value()?;
                        if self.eat(close) {
                            return Some(());
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                _ => {
                    while self.peek().is_some_and(|b| !matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n')) {
                        self.pos += 1;
                    }
                    Some(())
                }
            }
        }

        /// Moves to the start of the child `segment` of the value here, returning the line
        /// of its key (or item).
        fn enter(&mut self, segment: &str) -> Option<usize> {
            self.skip_whitespace();
            match self.peek()? {
                b'{' => {
                    self.pos += 1;
                    loop {
                        self.skip_whitespace();
                        if self.peek()? != b'"' {
                            return None;
                        }
                        let line = self.line;
                        let key = self.string()?;
                        self.eat(b':').then_some(())?;
                        if key == segment {
                            self.skip_whitespace();
                            return Some(line);
                        }
                        self.skip_value()?;
                        self.eat(b',').then_some(())?;
                    }
                }
                b'[' => {
                    self.pos += 1;
                    let wanted: usize = segment.parse().ok()?;
                    for _ in 0..wanted {
                        self.skip_value()?;
                        self.eat(b',').then_some(())?;
                    }
                    self.skip_whitespace();
                    (!matches!(self.peek()?, b']')).then_some(self.line)
                }
                _ => None,
            }
        }
    }

    pub fn find(text: &str, segments: &[String]) -> Found {
        let mut scanner = Scanner { text, pos: 0, line: 1 };
        scanner.skip_whitespace();
        let mut found = Found { line: scanner.line, matched: 0 };
        for segment in segments {
            let Some(line) = scanner.enter(segment) else { break };
            found = Found { line, matched: found.matched + 1 };
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "\
# A comment
openapi: 3.0.0
paths:
  /a/b:
    get:
      description: |
        parameters:
          - not a key
      parameters:
        - name: x
        - name: y
          in: query
        - $ref: '#/components/parameters/Z'
tags:
- name: first
- name: second
  description: two
\"quoted: key\":
  'it''s': 1
info: {title: t, version: '1'}
";

    #[test]
    fn block_yaml_pointers() {
        assert_eq!(line_of_pointer(YAML, "/paths/~1a~1b/get"), Some(5));
        assert_eq!(line_of_pointer(YAML, "/paths/~1a~1b/get/parameters"), Some(9));
        assert_eq!(line_of_pointer(YAML, "/paths/~1a~1b/get/parameters/1"), Some(11));
        assert_eq!(line_of_pointer(YAML, "/paths/~1a~1b/get/parameters/1/in"), Some(12));
        assert_eq!(line_of_pointer(YAML, "/paths/~1a~1b/get/parameters/2/$ref"), Some(13));
        assert_eq!(line_of_pointer(YAML, "/tags/1/description"), Some(17));
        assert_eq!(line_of_pointer(YAML, "/quoted: key/it's"), Some(19));
        assert_eq!(line_of_pointer(YAML, "/paths/~1missing"), None);
        assert_eq!(line_of_pointer(YAML, ""), Some(2));
    }

    #[test]
    fn nearest_ancestor_when_not_in_block_style() {
        assert_eq!(line_of_pointer(YAML, "/info/title"), None);
        assert_eq!(nearest_line(YAML, "/info/title"), 20);
        assert_eq!(nearest_line(YAML, "/paths/~1a~1b/get/responses"), 5);
        assert_eq!(nearest_line(YAML, "/nothing"), 2);
    }

    #[test]
    fn block_scalar_text_is_not_a_key() {
        // `parameters:` inside the description is deeper than `get`'s keys.
        assert_eq!(line_of_pointer(YAML, "/paths/~1a~1b/get/description"), Some(6));
        assert_eq!(line_of_pointer(YAML, "/paths/~1a~1b/get/parameters/0/name"), Some(10));
    }

    #[test]
    fn json_pointers_pretty_and_compact() {
        let pretty = "{\n  \"paths\": {\n    \"/a\": {\n      \"get\": {\n        \"parameters\": [\n          {\"name\": \"x\"},\n          {\n            \"name\": \"y\"\n          }\n        ]\n      }\n    }\n  }\n}\n";
        assert_eq!(line_of_pointer(pretty, "/paths/~1a/get"), Some(4));
        assert_eq!(line_of_pointer(pretty, "/paths/~1a/get/parameters/1"), Some(7));
        assert_eq!(line_of_pointer(pretty, "/paths/~1a/get/parameters/1/name"), Some(8));
        assert_eq!(line_of_pointer(pretty, "/paths/~1a/get/parameters/2"), None);
        let compact = r#"{"a": {"b\"c": [1, {"d": 2}]}}"#;
        assert_eq!(line_of_pointer(compact, "/a/b\"c/1/d"), Some(1));
        assert_eq!(line_of_pointer(compact, "/a/x"), None);
    }

    #[test]
    fn pointer_of_a_line() {
        assert_eq!(yaml_pointer_at_line(YAML, 12), "/paths/~1a~1b/get/parameters/1/in");
        assert_eq!(yaml_pointer_at_line(YAML, 13), "/paths/~1a~1b/get/parameters/2/$ref");
        assert_eq!(yaml_pointer_at_line(YAML, 7), "/paths/~1a~1b/get/description");
        assert_eq!(yaml_pointer_at_line(YAML, 17), "/tags/1/description");
        assert_eq!(yaml_pointer_at_line(YAML, 1), "");
        let tabs = "openapi: 3.0.3\ninfo:\n\ttitle: t\npaths: {}\n";
        assert_eq!(yaml_pointer_at_line(tabs, 3), "/info/title");
        let slip = "info:\n  title: t\n\tversion: '1'\n";
        assert_eq!(yaml_pointer_at_line(slip, 3), "/info/version");
    }
}
