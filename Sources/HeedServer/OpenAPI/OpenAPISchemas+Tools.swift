import HeedCore

extension OpenAPISchemas {
    /// Workspace-declared HTTP tools: the record as shown (the secret never is) and the body that declares or
    /// changes one; a conversation's audited tool calls.
    static var tools: [String: JSONValue] {
        let method = JSONValue.object(["type": .string("string"), "enum": .array(["GET", "POST", "PUT", "PATCH", "DELETE"].map(JSONValue.string))])
        let fields: [String: JSONValue] = [
            "name": string, "description": string, "method": method,
            "url_template": .object([
                "type": .string("string"),
                "description": .string("http(s) URL with {param} placeholders (URL-encoded arguments) after the host"),
            ]),
            "parameters": .object(["type": .string("object"), "description": .string("JSON-schema object of the arguments")]),
            "writes": boolean, "needs_confirmation": boolean, "requires_verified_customer": boolean,
            "timeout_seconds": number,
            "response_fields": .object([
                "type": .string("array"), "items": string,
                "description": .string("JSON pointers of the answer's fields to keep, e.g. /order/status; empty keeps all"),
            ]),
            "allow_private_network": .object([
                "type": .string("boolean"),
                "description": .string("Let the tool reach private, loopback, link-local or the server's own addresses"),
            ]),
        ]
        var record = fields
        record["id"] = uuid
        record["workspace_id"] = uuid
        record["created_at"] = dateTime
        record["updated_at"] = dateTime
        record["auth"] = object([
            "kind": enumeration(DeclaredToolAuth.Kind.self), "username": nullable(string), "header": nullable(string),
            "secret_set": boolean,
        ])
        var input = fields
        input["auth"] = object([
            "kind": enumeration(DeclaredToolAuth.Kind.self), "username": string, "header": string,
            // Token, password or key: absent keeps the stored one, null removes it; never shown back.
            "secret": nullable(string),
        ])
        let call = object([
            "id": uuid, "tool": string, "effect": nullable(string), "arguments": anyObject,
            "outcome": .object(["type": .string("string"), "enum": .array(["completed", "failed", "confirmation_needed"].map(JSONValue.string))]),
            "result": string, "approved_by": nullable(string), "actor": anyObject, "latency_ms": nullable(number),
            "http_status": nullable(integer), "created_at": dateTime,
        ])
        let run = object(["tool": string, "arguments": anyObject, "confirm": boolean], required: ["tool"])
        let ran = object([
            "outcome": .object(["type": .string("string"), "enum": .array(["completed", "failed", "confirmation_needed"].map(JSONValue.string))]),
            "result": string, "changes": nullable(array(string)),
        ])
        return [
            "DeclaredTool": object(record), "DeclaredToolInput": object(input), "ToolCall": call, "RunTool": run,
            "ToolRun": ran,
        ]
    }
}
