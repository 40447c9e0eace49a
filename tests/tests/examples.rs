//! Examples round trip: every JSON example of `spec/openai.yaml` decodes into the generated
//! Rust type of its schema and re-encodes to the same JSON; and every JSON example of the
//! seed documentation is either attached to the spec verbatim or listed in
//! `spec/DIVERGENCES.md`.
//!
//! Examples live in the `examples` array of the component schema they instantiate (and
//! could live on a media type). An example anywhere else, or one whose schema has no entry
//! in [`DECODERS`], fails the test: nothing is skipped silently.

// The Assistants API types are deprecated upstream, but their examples are checked too.
#![allow(deprecated)]

use std::collections::BTreeSet;

use openai_client::types::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use tests::json::CatchAll;

/// Decodes an example into one generated type and encodes it again.
type Decoder = fn(&Value) -> Result<Value, String>;

/// Component schema name → its generated type (UpperCamelCase of the name).
macro_rules! decoders {
    ($($schema:literal => $ty:ty,)*) => {
        const DECODERS: &[(&str, Decoder)] = &[$(($schema, round_trip::<$ty>)),*];
    };
}

decoders! {
    "ErrorResponse" => ErrorResponse,
    "CreateResponseRequest" => CreateResponseRequest,
    "EasyInputMessage" => EasyInputMessage,
    "InputTextContent" => InputTextContent,
    "InputImageContent" => InputImageContent,
    "InputFileContent" => InputFileContent,
    "Reasoning" => Reasoning,
    "ResponseTextParam" => ResponseTextParam,
    "TextResponseFormatJsonSchema" => TextResponseFormatJsonSchema,
    "ToolsArray" => ToolsArray,
    "FunctionTool" => FunctionTool,
    "FileSearchTool" => FileSearchTool,
    "WebSearchTool" => WebSearchTool,
    "Response" => Response,
    "ResponseUsage" => ResponseUsage,
    "FunctionCallOutputItemParam" => FunctionCallOutputItemParam,
    "CreateConversationBody" => CreateConversationBody,
    "CreateChatCompletionRequest" => CreateChatCompletionRequest,
    "ResponseFormatJsonSchema" => ResponseFormatJsonSchema,
    "ChatCompletionTool" => ChatCompletionTool,
    "ChatCompletionRequestMessage" => ChatCompletionRequestMessage,
    "CreateChatCompletionResponse" => CreateChatCompletionResponse,
    "CreateChatCompletionStreamResponse" => CreateChatCompletionStreamResponse,
    "CreateSpeechRequest" => CreateSpeechRequest,
    "CreateImageRequest" => CreateImageRequest,
    "CreateEmbeddingRequest" => CreateEmbeddingRequest,
    "CreateEmbeddingResponse" => CreateEmbeddingResponse,
    "CreateModerationRequest" => CreateModerationRequest,
    "CreateModerationResponse" => CreateModerationResponse,
    "CreateFineTuningJobRequest" => CreateFineTuningJobRequest,
    "CreateBatchRequest" => CreateBatchRequest,
    "CreateVectorStoreRequest" => CreateVectorStoreRequest,
    "CreateVectorStoreFileRequest" => CreateVectorStoreFileRequest,
    "CreateAssistantRequest" => CreateAssistantRequest,
    "CreateThreadRequest" => CreateThreadRequest,
    "CreateRunRequest" => CreateRunRequest,
    "CreateThreadAndRunRequest" => CreateThreadAndRunRequest,
    "SubmitToolOutputsRunRequest" => SubmitToolOutputsRunRequest,
    "CreateMessageRequest" => CreateMessageRequest,
    "ModifyMessageRequest" => ModifyMessageRequest,
    "RealtimeClientEventSessionUpdate" => RealtimeClientEventSessionUpdate,
    "RealtimeClientEventInputAudioBufferAppend" => RealtimeClientEventInputAudioBufferAppend,
    "RealtimeClientEventInputAudioBufferCommit" => RealtimeClientEventInputAudioBufferCommit,
    "RealtimeClientEventResponseCreate" => RealtimeClientEventResponseCreate,
    "RealtimeServerEventSessionCreated" => RealtimeServerEventSessionCreated,
    "RealtimeServerEventResponseTextDelta" => RealtimeServerEventResponseTextDelta,
    "RealtimeServerEventResponseAudioDelta" => RealtimeServerEventResponseAudioDelta,
    "RealtimeServerEventResponseFunctionCallArgumentsDelta" => RealtimeServerEventResponseFunctionCallArgumentsDelta,
    // The operations beyond the seed: examples written with the spec.
    "AdminApiKey" => AdminApiKey,
    "AuditLog" => AuditLog,
    "BetaCreateResponse" => BetaCreateResponse,
    "ChatKitThreadItem" => ChatKitThreadItem,
    "ChatKitThreadResource" => ChatKitThreadResource,
    "ChatSessionResource" => ChatSessionResource,
    "CompactResponseMethodPublicBody" => CompactResponseMethodPublicBody,
    "ContainerFileResource" => ContainerFileResource,
    "ContainerResource" => ContainerResource,
    "CreateChatSessionBody" => CreateChatSessionBody,
    "CreateCompletionRequest" => CreateCompletionRequest,
    "CreateCompletionResponse" => CreateCompletionResponse,
    "CreateContainerBody" => CreateContainerBody,
    "CreateEvalRequest" => CreateEvalRequest,
    "CreateEvalRunRequest" => CreateEvalRunRequest,
    "CreateFineTuningCheckpointPermissionRequest" => CreateFineTuningCheckpointPermissionRequest,
    "CreateUploadRequest" => CreateUploadRequest,
    "CreateVectorStoreFileBatchRequest" => CreateVectorStoreFileBatchRequest,
    "CreateVideoJsonBody" => CreateVideoJsonBody,
    "GraderMulti" => GraderMulti,
    "GraderStringCheck" => GraderStringCheck,
    "InputMessageResource" => InputMessageResource,
    "Invite" => Invite,
    "OrganizationDataRetention" => OrganizationDataRetention,
    "OrganizationSpendAlert" => OrganizationSpendAlert,
    "OrganizationSpendLimitResource" => OrganizationSpendLimitResource,
    "Project" => Project,
    "ProjectHostedToolPermissions" => ProjectHostedToolPermissions,
    "ProjectRateLimit" => ProjectRateLimit,
    "ProvenanceResource" => ProvenanceResource,
    "Role" => Role,
    "RunGraderRequest" => RunGraderRequest,
    "TokenCountsBody" => TokenCountsBody,
    "TokenCountsResource" => TokenCountsResource,
    "UpdateConversationBody" => UpdateConversationBody,
    "UpdateVectorStoreFileAttributesRequest" => UpdateVectorStoreFileAttributesRequest,
    "Upload" => Upload,
    "UsageResponse" => UsageResponse,
    "User" => User,
    "VectorStoreFileBatchObject" => VectorStoreFileBatchObject,
    "VectorStoreSearchRequest" => VectorStoreSearchRequest,
    "VideoResource" => VideoResource,
    "VoiceConsentResource" => VoiceConsentResource,
}

/// Decodes and re-encodes an example. The forward-compatible catch-alls would round-trip
/// anything, so an example that lands in one fails: the examples must exercise the typed
/// variants.
fn round_trip<T: DeserializeOwned + Serialize + std::fmt::Debug>(example: &Value) -> Result<Value, String> {
    tests::json::round_trip::<T>(example, CatchAll::Forbidden)
}

// ---------------------------------------------------------------------------------------
//  The examples of the spec
// ---------------------------------------------------------------------------------------

/// One example found in the spec: where it is, which schema it instantiates, its JSON.
struct Example {
    pointer: String,
    schema: String,
    value: Value,
}

#[test]
fn every_spec_example_round_trips() {
    let spec = load_yaml("spec/openai.yaml");
    let examples = spec_examples(&spec);
    assert!(!examples.is_empty(), "spec/openai.yaml has no examples");

    let mut failures = Vec::new();
    let mut used = BTreeSet::new();
    for example in &examples {
        let Some((_, decoder)) = DECODERS.iter().find(|(name, _)| *name == example.schema) else {
            failures
                .push(format!("{}: no decoder for schema `{}`; add it to DECODERS", example.pointer, example.schema));
            continue;
        };
        used.insert(example.schema.as_str());
        match decoder(&example.value) {
            Err(e) => failures.push(format!("{} ({}): {e}", example.pointer, example.schema)),
            Ok(encoded) => {
                if let Some(difference) = first_difference(&example.value, &encoded, "") {
                    failures.push(format!(
                        "{} ({}): re-encoded JSON differs at `{difference}`\n  example:    {}\n  re-encoded: {}",
                        example.pointer, example.schema, example.value, encoded
                    ));
                }
            }
        }
    }
    let unused: Vec<_> = DECODERS.iter().map(|(name, _)| *name).filter(|name| !used.contains(name)).collect();
    assert!(unused.is_empty(), "DECODERS lists schemas without examples (remove them): {unused:?}");
    println!("examples: {}/{} round-trip", examples.len() - failures.len(), examples.len());
    assert!(
        failures.is_empty(),
        "{} of {} examples fail:\n\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n\n")
    );
}

/// Every example of the spec, with the component schema it belongs to. Examples on a
/// component schema or on a media type (whose schema is a `$ref`) are collected; an
/// `example`/`examples` keyword anywhere else fails, since nothing would check it.
fn spec_examples(spec: &Value) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut misplaced = Vec::new();
    let schemas = spec["components"]["schemas"].as_object().expect("components.schemas");
    for (name, schema) in schemas {
        let pointer = format!("#/components/schemas/{name}");
        if schema.get("example").is_some() {
            misplaced.push(format!("{pointer}/example (use the `examples` array)"));
        }
        for (index, value) in schema.get("examples").and_then(Value::as_array).into_iter().flatten().enumerate() {
            examples.push(Example {
                pointer: format!("{pointer}/examples/{index}"),
                schema: name.clone(),
                value: value.clone(),
            });
        }
        for (key, child) in schema.as_object().into_iter().flatten() {
            if key != "examples" && key != "example" {
                find_misplaced(child, &format!("{pointer}/{key}"), &mut misplaced);
            }
        }
    }
    for (section, value) in spec.as_object().expect("a mapping") {
        if section == "components" {
            for (kind, members) in value.as_object().into_iter().flatten() {
                if kind != "schemas" {
                    collect_media_examples(members, &format!("#/components/{kind}"), &mut examples, &mut misplaced);
                }
            }
        } else {
            collect_media_examples(value, &format!("#/{section}"), &mut examples, &mut misplaced);
        }
    }
    assert!(misplaced.is_empty(), "examples that no test checks:\n{}", misplaced.join("\n"));
    examples
}

/// Walks paths, responses, request bodies...: examples of a media type object (a map with
/// a `schema` and `example`/`examples`) are collected under the schema they `$ref`.
fn collect_media_examples(value: &Value, pointer: &str, examples: &mut Vec<Example>, misplaced: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            let is_media_type =
                map.contains_key("schema") && (map.contains_key("example") || map.contains_key("examples"));
            if is_media_type {
                let schema = map["schema"]
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"));
                let mut values = Vec::new();
                if let Some(value) = map.get("example") {
                    values.push((format!("{pointer}/example"), value.clone()));
                }
                for (name, entry) in map.get("examples").and_then(Value::as_object).into_iter().flatten() {
                    values.push((
                        format!("{pointer}/examples/{name}"),
                        entry.get("value").cloned().unwrap_or(Value::Null),
                    ));
                }
                match schema {
                    Some(schema) => examples.extend(values.into_iter().map(|(pointer, value)| Example {
                        pointer,
                        schema: schema.to_owned(),
                        value,
                    })),
                    None => misplaced.push(format!("{pointer}: media type examples need a `$ref` schema")),
                }
            }
            for (key, child) in map {
                if key == "schema" {
                    find_misplaced(child, &format!("{pointer}/schema"), misplaced);
                } else if !(is_media_type && (key == "example" || key == "examples")) {
                    collect_media_examples(child, &format!("{pointer}/{key}"), examples, misplaced);
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect_media_examples(item, &format!("{pointer}/{index}"), examples, misplaced);
            }
        }
        _ => {}
    }
}

/// Reports `example`/`examples` keywords inside a schema (on properties, items...).
fn find_misplaced(value: &Value, pointer: &str, misplaced: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let here = format!("{pointer}/{key}");
                // `properties` maps names to schemas, so a property may be *called* `example`.
                let is_keyword = (key == "example" || key == "examples") && !pointer.ends_with("/properties");
                if is_keyword {
                    misplaced.push(here.clone());
                }
                find_misplaced(child, &here, misplaced);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                find_misplaced(item, &format!("{pointer}/{index}"), misplaced);
            }
        }
        _ => {}
    }
}

/// The path of the first place where `a` and `b` differ, comparing numbers by value
/// (`1.0` equals `1`); `None` when they are equal.
fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => (x.as_f64() != y.as_f64()).then(|| path.to_owned()),
        (Value::Array(xs), Value::Array(ys)) => {
            if xs.len() != ys.len() {
                return Some(format!("{path} (length {} vs {})", xs.len(), ys.len()));
            }
            xs.iter().zip(ys).enumerate().find_map(|(i, (x, y))| first_difference(x, y, &format!("{path}[{i}]")))
        }
        (Value::Object(xs), Value::Object(ys)) => {
            let keys: BTreeSet<&String> = xs.keys().chain(ys.keys()).collect();
            keys.into_iter().find_map(|key| {
                let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                match (xs.get(key), ys.get(key)) {
                    (Some(x), Some(y)) => first_difference(x, y, &here),
                    (Some(_), None) => Some(format!("{here} (dropped)")),
                    (None, Some(_)) => Some(format!("{here} (added)")),
                    (None, None) => None,
                }
            })
        }
        _ => (a != b).then(|| path.to_owned()),
    }
}

/// The checks above must be able to fail: a catch-all decode, a changed or dropped value.
#[test]
fn the_round_trip_checks_catch_mismatches() {
    let unknown_role = serde_json::json!({"role": "narrator", "content": "Once upon a time"});
    let error = round_trip::<ChatCompletionRequestMessage>(&unknown_role).unwrap_err();
    assert!(error.contains("catch-all"), "{error}");
    let wrong_type = serde_json::json!({"role": "user", "content": "Hi", "metadata": {"rating": 5}});
    let error = round_trip::<CreateMessageRequest>(&wrong_type).unwrap_err();
    assert!(error.contains("at `metadata.rating`"), "{error}");

    let a = serde_json::json!({"created": 1752100704, "items": [{"x": 1.5}], "keep": true});
    assert_eq!(
        first_difference(&a, &serde_json::json!({"created": 1752100704.0, "items": [{"x": 1.5}], "keep": true}), ""),
        None
    );
    let changed = serde_json::json!({"created": 1752100704, "items": [{"x": 2}], "keep": true});
    assert_eq!(first_difference(&a, &changed, "").as_deref(), Some("items[0].x"));
    let dropped = serde_json::json!({"created": 1752100704, "items": [{"x": 1.5}]});
    assert_eq!(first_difference(&a, &dropped, "").as_deref(), Some("keep (dropped)"));
}

// ---------------------------------------------------------------------------------------
//  The examples of the seed documentation
// ---------------------------------------------------------------------------------------

/// One fenced code block of the seed that holds JSON: marked `json` or `jsonl`, or a
/// server-sent event stream whose `data:` lines are JSON.
struct SeedBlock {
    /// First and last line of the block's content (1-based), as `DIVERGENCES.md` cites them.
    lines: (usize, usize),
    text: String,
    /// The JSON values of the block (one per line for JSONL and SSE); `None` if one of
    /// them does not parse (such as an elided `[0.023, -0.011, ...]`).
    values: Option<Vec<Value>>,
}

impl SeedBlock {
    fn new(lines: (usize, usize), lang: &str, body: &[&str]) -> Option<SeedBlock> {
        let text = body.join("\n");
        let pieces: Vec<&str> = match lang {
            "json" => vec![text.as_str()],
            "jsonl" => body.iter().copied().filter(|l| !l.trim().is_empty()).collect(),
            "" if body.iter().any(|l| l.starts_with("data: {")) => {
                body.iter().filter_map(|l| l.strip_prefix("data: ")).filter(|data| *data != "[DONE]").collect()
            }
            _ => return None,
        };
        let values = pieces.iter().map(|piece| serde_json::from_str(piece).ok()).collect();
        Some(SeedBlock { lines, text, values })
    }
}

/// A seed JSON example that matches an attached example is checked by the round trip above;
/// any other one (corrected, not JSON, a file's contents) must be cited in `DIVERGENCES.md`
/// by its line range, and `DIVERGENCES.md` must not claim it was attached unchanged.
#[test]
fn every_seed_json_example_is_attached_or_listed() {
    let seed_path = tests::workspace_root().join("../shared/seed/openai-platform-api-docs.md");
    let seed = std::fs::read_to_string(&seed_path).expect("read the seed documentation");
    let divergences =
        std::fs::read_to_string(tests::workspace_root().join("spec/DIVERGENCES.md")).expect("read DIVERGENCES.md");
    let cited = cited_ranges(&divergences);
    let unchanged = unchanged_ranges(&divergences);
    let spec = load_yaml("spec/openai.yaml");
    let attached: Vec<Value> = spec_examples(&spec).into_iter().map(|e| e.value).collect();

    let blocks = json_blocks(&seed);
    assert!(blocks.len() > 40, "expected the seed's JSON examples, found {}", blocks.len());
    let mut problems = Vec::new();
    let mut verbatim = 0;
    for block in &blocks {
        let range = format_range(block.lines);
        let is_attached = block
            .values
            .as_ref()
            .is_some_and(|values| values.iter().all(|v| attached.iter().any(|a| first_difference(v, a, "").is_none())));
        let is_cited = cited.contains(&block.lines);
        let claims_unchanged = unchanged.contains(&block.lines);
        match (is_attached, is_cited, claims_unchanged) {
            (true, _, _) => verbatim += 1,
            (false, _, true) => problems.push(format!(
                "seed lines {range}: DIVERGENCES.md says it is attached unchanged, but no spec example equals it"
            )),
            (false, false, false) => problems.push(format!(
                "seed lines {range}: neither attached to the spec verbatim nor cited in DIVERGENCES.md:\n{}",
                block.text
            )),
            (false, true, false) => {}
        }
    }
    println!(
        "seed examples: {verbatim} attached verbatim, {} corrected or not attachable (cited)",
        blocks.len() - verbatim
    );
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// Every fenced block of the seed that holds JSON, with its line range.
fn json_blocks(markdown: &str) -> Vec<SeedBlock> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, &str, Vec<&str>)> = None;
    for (index, line) in markdown.lines().enumerate() {
        let number = index + 1;
        let fence = line.trim_start().strip_prefix("```");
        match (&mut open, fence) {
            (None, Some(lang)) => open = Some((number + 1, lang.trim(), Vec::new())),
            (Some((start, lang, body)), Some(_)) => {
                blocks.extend(SeedBlock::new((*start, number - 1), lang, body));
                open = None;
            }
            (Some((_, _, body)), None) => body.push(line),
            (None, None) => {}
        }
    }
    blocks
}

/// Every `a-b` line range (and single line number in parentheses) mentioned in the file.
fn cited_ranges(text: &str) -> BTreeSet<(usize, usize)> {
    let mut ranges = BTreeSet::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let (first, after) = read_number(text, i);
            if text[after..].starts_with('-') && text[after + 1..].starts_with(|c: char| c.is_ascii_digit()) {
                let (last, end) = read_number(text, after + 1);
                ranges.insert((first, last));
                i = end;
                continue;
            }
            ranges.insert((first, first));
            i = after;
        } else {
            i += 1;
        }
    }
    ranges
}

/// The ranges of the paragraph that lists the examples attached unchanged.
fn unchanged_ranges(text: &str) -> BTreeSet<(usize, usize)> {
    let start = text.find("Examples attached unchanged").expect("DIVERGENCES.md lists the examples attached unchanged");
    let paragraph = text[start..].split("\n\n").next().unwrap_or_default();
    // The paragraph ends with the JSONL sentence, which cites no range of its own there.
    cited_ranges(paragraph.split("The two JSONL").next().unwrap_or(paragraph))
}

fn read_number(text: &str, start: usize) -> (usize, usize) {
    let end = text[start..].find(|c: char| !c.is_ascii_digit()).map_or(text.len(), |n| start + n);
    (text[start..end].parse().unwrap_or(0), end)
}

fn format_range((first, last): (usize, usize)) -> String {
    if first == last { first.to_string() } else { format!("{first}-{last}") }
}

fn load_yaml(relative: &str) -> Value {
    let path = tests::workspace_root().join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}
