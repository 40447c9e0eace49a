use super::*;

const SPEC: &str = r#"
openapi: 3.1.0
info: {title: Pets, version: '1.2.0'}
servers: [{url: 'https://pets.example.com/v1'}]
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - {name: limit, in: query, schema: {type: integer, format: int32}}
        - {name: x-trace, in: header, required: true, schema: {type: string}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pets'}}}}
    post:
      operationId: createPet
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/NewPet'}}}
      responses:
        '200':
          description: ok
          content:
            application/json: {schema: {$ref: '#/components/schemas/Pet'}}
            text/event-stream: {schema: {$ref: '#/components/schemas/PetEvent'}}
  /pets/{petId}/photo:
    get:
      operationId: getPhoto
      parameters: [{name: petId, in: path, required: true, schema: {type: integer, format: int64}}]
      responses:
        '200': {description: ok, content: {image/png: {schema: {type: string, format: binary}}}}
components:
  schemas:
    Pets: {type: array, items: {$ref: '#/components/schemas/Pet'}}
    Pet:
      type: object
      required: [id, name]
      properties:
        id: {type: integer, format: int64}
        name: {type: string}
        status: {$ref: '#/components/schemas/Status'}
        type: {type: string, enum: [pet]}
    NewPet:
      type: object
      required: [name, kind]
      properties:
        name: {type: string}
        kind: {type: string, const: pet}
        self: {type: string}
        tags: {type: object, additionalProperties: {type: string}}
    Status: {type: string, enum: [available, sold], default: available}
    PetEvent:
      oneOf: [{$ref: '#/components/schemas/Born'}, {$ref: '#/components/schemas/Adopted'}]
      discriminator: {propertyName: type}
    Born: {type: object, required: [type], properties: {type: {type: string, enum: [born]}}}
    Adopted: {type: object, required: [type], properties: {type: {type: string, enum: [adopted]}}}
"#;

fn surface() -> Surface {
    let (api, _) = crate::lower::lower_text(SPEC);
    Surface::from_api(&api, "from spec.yaml by `test`; do not edit by hand.")
}

fn ty<'a>(surface: &'a Surface, name: &str) -> &'a TypeSurface {
    surface.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}"))
}

#[test]
fn operations_are_their_methods_parameters_bodies_and_outputs() {
    let surface = surface();
    let ops: Vec<(&str, &str, &str)> =
        surface.operations.iter().map(|op| (op.method.as_str(), op.path.as_str(), op.rust.as_str())).collect();
    assert_eq!(
        ops,
        [
            ("GET", "/pets", "pets.retrieve"),
            ("POST", "/pets", "pets.create"),
            ("GET", "/pets/{petId}/photo", "pets.photo")
        ]
    );
    let list = &surface.operations[0];
    assert_eq!(list.params_type.as_deref(), Some("ListPetsParams"));
    let params: Vec<(&str, &str, &str)> =
        list.params.iter().map(|p| (p.name.as_str(), p.location.as_str(), p.ty.as_str())).collect();
    assert_eq!(params, [("limit", "query", "Option<i32>"), ("x-trace", "header", "String")]);
    assert_eq!(list.response, ResponseSurface { kind: "json".into(), ty: Some("Pets".into()) });
    assert!(
        surface.types.iter().any(|t| t.name == "Pets" && t.shape == TypeShape::Alias { target: "Vec<Pet>".into() })
    );

    let create = &surface.operations[1];
    assert_eq!(create.body, Some(BodySurface { kind: "json".into(), ty: "NewPet".into() }));
    assert_eq!(create.stream.as_deref(), Some("PetEvent"));
    assert_eq!(create.stream_rust.as_deref(), Some("pets.create_stream"));
    assert!(!create.stream_only);

    let photo = &surface.operations[2];
    assert_eq!(
        photo.params,
        [ParamSurface { name: "petId".into(), location: "path".into(), rust: "pet_id".into(), ty: "i64".into() }]
    );
    assert_eq!(photo.response, ResponseSurface { kind: "binary".into(), ty: None });
    // Parameter structs are described by their operations, not as types.
    assert!(surface.types.iter().all(|t| t.name != "ListPetsParams"));
}

#[test]
fn types_are_what_user_code_names() {
    let surface = surface();
    let names: Vec<&str> = surface.types.iter().map(|t| t.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "types are sorted by name");

    let new_pet = ty(&surface, "NewPet");
    assert!(new_pet.input);
    let TypeShape::Struct { new, fields, extra } = &new_pet.shape else { panic!("{new_pet:?}") };
    // The constant `kind` is filled in by `Default`: not an argument, no setter.
    assert_eq!(new.as_deref(), Some(&["name".to_owned()][..]));
    let kind = fields.iter().find(|f| f.name == "kind").unwrap();
    assert!(kind.no_setter && kind.setter_name().is_none());
    // A field named like a keyword: its Rust name and setter differ from the wire name.
    let self_ = fields.iter().find(|f| f.name == "self").unwrap();
    assert_eq!((self_.rust_name(), self_.setter_name(), self_.ty.as_str()), ("self_", Some("self_"), "Option<String>"));
    let tags = fields.iter().find(|f| f.name == "tags").unwrap();
    assert_eq!(tags.ty, "Option<BTreeMap<String, String>>");
    assert!(extra.is_none());

    let pet = ty(&surface, "Pet");
    assert!(!pet.input, "a response type");
    let TypeShape::Struct { new, fields, .. } = &pet.shape else { panic!("{pet:?}") };
    assert!(new.is_none() && fields.iter().all(|f| !f.no_setter && f.setter.is_none()));

    let TypeShape::Enum { values, default } = &ty(&surface, "Status").shape else { panic!() };
    assert_eq!(values[1], EnumValueSurface { value: "sold".into(), rust: "Sold".into() });
    assert_eq!(default.as_ref(), Some(&Value::from("available")));

    let TypeShape::TaggedUnion { tag, variants } = &ty(&surface, "PetEvent").shape else { panic!() };
    assert_eq!(tag, "type");
    assert_eq!(
        variants[1],
        VariantSurface { name: "Adopted".into(), ty: "Adopted".into(), tags: vec!["adopted".into()] }
    );
}

#[test]
fn the_client_and_the_api() {
    let surface = surface();
    assert_eq!(surface.api, ApiSurface { title: "Pets".into(), version: "1.2.0".into() });
    assert_eq!(surface.api.label(), "Pets 1.2.0");
    assert_eq!(surface.client.base_url, "https://pets.example.com/v1");
    assert_eq!(surface.client.env, ["PETS_API_KEY", "PETS_BASE_URL"]);
    assert_eq!(surface.features, [FeatureSurface { name: "pets".into(), opt_in: false }]);
}

#[test]
fn the_file_is_deterministic_line_per_item_json_that_reads_back() {
    let surface = surface();
    let text = surface.to_json();
    assert_eq!(text, self::surface().to_json());
    assert!(text.starts_with(
        "{\n  \"@generated\": \"from spec.yaml by `test`; do not edit by hand.\",\n  \"surface_version\": 1,\n"
    ));
    assert!(
        text.contains(
            "\n    {\"name\":\"Pet\",\"kind\":\"struct\",\"fields\":[\n      {\"name\":\"id\",\"type\":\"i64\"},\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "\n    {\"name\":\"NewPet\",\"input\":true,\"kind\":\"struct\",\"new\":[\"name\"],\"fields\":[\n"
        ),
        "{text}"
    );
    assert!(text.ends_with("}\n"));
    let read = Surface::from_json(Path::new("api-surface.json"), &text).unwrap();
    assert_eq!(read, surface);
    assert!(Surface::is_surface(&serde_json::from_str(&text).unwrap()));
}

#[test]
fn unreadable_surfaces_are_named() {
    let path = Path::new("crate/api-surface.json");
    let message = |text: &str| Surface::from_json(path, text).unwrap_err().to_string();
    assert_eq!(message("{"), "crate/api-surface.json: not JSON: EOF while parsing an object at line 1 column 1");
    assert_eq!(
        message("{\"openapi\": \"3.1.0\"}"),
        "crate/api-surface.json: not an API surface (no `surface_version`)"
    );
    assert_eq!(
        message("{\"surface_version\": 9}"),
        "crate/api-surface.json: an API surface of version 9; this generator reads version 1 (regenerate it with the \
         generator that reads it)"
    );
    assert_eq!(
        message("{\"surface_version\": 1, \"api\": {\"title\": 1}}"),
        "crate/api-surface.json: not a valid API surface at api.title: invalid type: integer `1`, expected a string"
    );
}

#[test]
fn a_crate_without_a_surface_has_none() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(read_committed(dir.path()).unwrap(), None);
    std::fs::write(dir.path().join(SURFACE_FILE), surface().to_json()).unwrap();
    assert_eq!(read_committed(dir.path()).unwrap(), Some(surface()));
}
