import HeedCore

/// Builds the OpenAPI 3.1 document of the whole API from ``APICatalog``.
enum OpenAPIDocument {
    static func build(version: String) -> JSONValue {
        var paths: [String: [String: JSONValue]] = [:]
        for operation in APICatalog.operations {
            paths[operation.path, default: [:]][operation.method] = describe(operation)
        }
        return .object([
            "openapi": .string("3.1.0"),
            "info": .object([
                "title": .string("Heed API"),
                "version": .string(version),
                "description": .string(
                    "Heed's HTTP API. JSON with snake_case keys; lists answer {\"data\": [...], \"next_cursor\": …}; "
                        + "errors answer {\"error\": {\"code\", \"message\"}}. The chat widget's live channel is a "
                        + "WebSocket at /api/v1/widget/ws?token=<widget session token> (JSON text frames: see the README)."),
            ]),
            "paths": .object(paths.mapValues { .object($0) }),
            "components": .object([
                "schemas": .object(OpenAPISchemas.all),
                "securitySchemes": .object([
                    "apiKey": .object(["type": .string("http"), "scheme": .string("bearer")]),
                    "widgetSession": .object(["type": .string("http"), "scheme": .string("bearer")]),
                    "metricsToken": .object([
                        "type": .string("http"), "scheme": .string("bearer"),
                        "description": .string("HEED_METRICS_TOKEN, for GET /metrics from another machine."),
                    ]),
                    "consoleSession": .object([
                        "type": .string("apiKey"), "in": .string("cookie"), "name": .string("heed_session"),
                        "description": .string("The console's sign-in cookie; changes also need the X-CSRF-Token header."),
                    ]),
                ]),
            ]),
        ])
    }

    private static func describe(_ operation: APIOperation) -> JSONValue {
        var result: [String: JSONValue] = [
            "summary": .string(operation.summary),
            "tags": .array([.string(operation.tag)]),
            "operationId": .string(operationID(operation)),
            "security": security(operation.access),
        ]
        if operation.access == .admin {
            result["description"] = .string("Needs an admin API key.")
        }
        let parameters = parameters(operation)
        if !parameters.isEmpty { result["parameters"] = .array(parameters) }
        if let request = operation.request {
            result["requestBody"] = .object([
                "required": .bool(true),
                "content": jsonContent(OpenAPISchemas.ref(request)),
            ])
        }
        result["responses"] = .object([
            String(operation.success): success(operation.response),
            "default": .object(["description": .string("Error"), "content": jsonContent(OpenAPISchemas.ref("Error"))]),
        ])
        return .object(result)
    }

    /// The ways of signing in that an operation takes.
    private static func security(_ access: APIOperation.Access) -> JSONValue {
        switch access {
        case .open: .array([])
        case .member, .admin: .array([.object(["apiKey": .array([])]), .object(["consoleSession": .array([])])])
        case .bootstrap: .array([.object(["apiKey": .array([])])])
        case .widget: .array([.object(["widgetSession": .array([])])])
        // No credential from this machine; the metrics token from elsewhere, once one is set.
        case .metrics: .array([.object([:]), .object(["metricsToken": .array([])])])
        }
    }

    /// The `{id}` path parameter, when there is one, and the query parameters.
    private static func parameters(_ operation: APIOperation) -> [JSONValue] {
        var parameters: [JSONValue] = []
        if operation.path.contains("{id}") {
            parameters.append(
                .object([
                    "name": .string("id"), "in": .string("path"), "required": .bool(true),
                    "schema": OpenAPISchemas.uuid,
                ]))
        }
        for name in operation.query {
            parameters.append(.object(["name": .string(name), "in": .string("query"), "schema": OpenAPISchemas.string]))
        }
        return parameters
    }

    /// The answer on success.
    private static func success(_ response: APIOperation.Body) -> JSONValue {
        switch response {
        case .none:
            return .object(["description": .string("Success")])
        case .schema(let name):
            return .object(["description": .string("Success"), "content": jsonContent(OpenAPISchemas.ref(name))])
        case .list(let name):
            let schema = OpenAPISchemas.object(
                ["data": OpenAPISchemas.array(OpenAPISchemas.ref(name)), "next_cursor": OpenAPISchemas.nullable(OpenAPISchemas.string)],
                required: ["data", "next_cursor"])
            return .object(["description": .string("A page of results"), "content": jsonContent(schema)])
        }
    }

    /// A JSON body of `schema`.
    private static func jsonContent(_ schema: JSONValue) -> JSONValue {
        .object(["application/json": .object(["schema": schema])])
    }

    private static func operationID(_ operation: APIOperation) -> String {
        let words = operation.path.split(separator: "/").filter { $0 != "api" && $0 != "v1" }
            .map { $0 == "{id}" ? "ById" : $0.replacingOccurrences(of: "-", with: "_").capitalized }
        return operation.method + words.joined().replacingOccurrences(of: ".", with: "")
    }
}
