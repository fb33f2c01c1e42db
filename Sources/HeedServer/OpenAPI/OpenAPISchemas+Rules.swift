import HeedCore

extension OpenAPISchemas {
    /// A text per language with placeholders.
    static var template: JSONValue {
        .object([
            "type": .string("object"), "additionalProperties": string,
            "description": .string(
                "Text by language code; placeholders: "
                    + MessageTemplate.knownPlaceholders.sorted().map { "{{\($0)}}" }.joined(separator: ", ")
                    + ", {{customer.attributes.<name>}}, {{name|fallback}}"),
        ])
    }

    /// Automation rules (the record and the body that creates or changes one), macros and business hours.
    static var rules: [String: JSONValue] {
        [
            "Macro": object([
                "id": uuid, "workspace_id": uuid, "name": string, "text": template, "created_at": dateTime,
                "updated_at": dateTime,
            ]),
            "MacroInput": object(["name": string, "text": template]),
            "RenderMacro": object(["conversation_id": uuid], required: ["conversation_id"]),
            "RenderedMacro": object(["macro_id": uuid, "text": string, "language": nullable(string)]),
            "BusinessHours": object(
                [
                    "time_zone": string,
                    "weekly": .object([
                        "type": .string("object"),
                        "description": .string("Weekday name (monday…sunday) → open periods"),
                        "additionalProperties": array(object(["from": string, "to": string], required: ["from", "to"])),
                    ]),
                    "holidays": array(.object(["type": .string("string"), "format": .string("date")])),
                ], required: ["time_zone"]),
            "Rule": object([
                "id": uuid, "workspace_id": uuid, "name": string, "enabled": boolean,
                "trigger": enumeration(RuleTrigger.self), "condition": nullable(ref("RuleCondition")),
                "actions": array(ref("RuleAction")), "created_at": dateTime, "updated_at": dateTime,
            ]),
            "RuleInput": object([
                "name": string, "enabled": boolean, "trigger": enumeration(RuleTrigger.self),
                "condition": nullable(ref("RuleCondition")), "actions": array(ref("RuleAction")),
            ]),
            "RuleCondition": .object([
                "description": .string(
                    "A test, or a group of conditions: all (AND), any (OR), not. Fields: "
                        + RuleField.knownPaths.joined(separator: ", ")),
                "oneOf": .array([
                    object(["all": array(ref("RuleCondition"))], required: ["all"]),
                    object(["any": array(ref("RuleCondition"))], required: ["any"]),
                    object(["not": ref("RuleCondition")], required: ["not"]),
                    object(
                        ["field": string, "op": enumeration(RuleTest.Operator.self), "value": .object([:])],
                        required: ["field", "op"]),
                ]),
            ]),
            "RuleAction": object(
                [
                    "type": enumeration(RuleAction.Kind.self), "team_id": uuid, "agent_id": uuid,
                    "priority": enumeration(Priority.self), "tags": array(string),
                    "text": template,
                    "url": string, "secret": .object(["type": .string("string"), "writeOnly": .bool(true)]),
                ], required: ["type"]),
        ]
    }
}
