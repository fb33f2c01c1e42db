import Foundation
import HeedCore
import HeedLanguage

/// Where a session's tool calls are audited: the conversation they serve and who makes them. Each call becomes a
/// `tool.called` audit event with the tool, its arguments (personal data redacted), what it came to, whether the
/// customer had confirmed it, and how long it took.
public struct ToolAuditContext: Sendable, Hashable {
    public var conversationID: UUID
    /// Who calls the tools (the AI for the embedded dialogue).
    public var actor: Actor

    public init(conversationID: UUID, actor: Actor = Actor(kind: .ai)) {
        self.conversationID = conversationID
        self.actor = actor
    }
}

/// Builds the audit record of one tool call.
enum ToolCallAudit {
    /// The audit action of a tool call.
    static let action = "tool.called"

    /// Argument names whose values are personal data and never reach the audit log.
    static let personalFields: Set<String> = [
        "email", "first_name", "last_name", "name", "zip", "address1", "address2", "city", "state", "phone",
    ]

    static func event(
        _ tool: ToolDefinition?, name: String, arguments: JSONValue, confirmed: Bool, outcome: ToolOutcome,
        latency: Duration, workspaceID: UUID, context: ToolAuditContext, at now: Date
    ) -> AuditEvent {
        let milliseconds = Double(latency.components.seconds) * 1000 + Double(latency.components.attoseconds) / 1e15
        var details: [String: JSONValue] = [
            "tool": .string(name), "arguments": redacted(arguments), "confirmed": .bool(confirmed),
            "outcome": .string(outcomeName(outcome)), "result": .string(resultSummary(outcome)),
            "latency_ms": .number((milliseconds * 10).rounded() / 10),
        ]
        if let tool { details["effect"] = .string(tool.effect.rawValue) }
        return AuditEvent(
            workspaceID: workspaceID, actor: context.actor, action: action, subjectType: "conversation",
            subjectID: context.conversationID, details: details, createdAt: now)
    }

    /// The arguments with every personal value replaced by `[redacted]`.
    static func redacted(_ arguments: JSONValue) -> JSONValue {
        guard case .object(let values) = arguments else { return arguments }
        var copy: [String: JSONValue] = [:]
        for (key, value) in values {
            copy[key] = personalFields.contains(key) ? .string("[redacted]") : value
        }
        return .object(copy)
    }

    /// The arguments of a tool whose fields Heed does not know (a declared tool): personal fields by name, and
    /// personal data the detector finds in any other text, are replaced by `[redacted]`.
    static func redactedFully(_ arguments: JSONValue) -> JSONValue {
        let detector = PIIDetector()
        func scrub(_ value: JSONValue) -> JSONValue {
            switch value {
            case .string(let text): detector.matches(in: text).isEmpty ? value : .string("[redacted]")
            case .array(let values): .array(values.map(scrub))
            case .object(let values): .object(values.mapValues(scrub))
            default: value
            }
        }
        return scrub(redacted(arguments))
    }

    static func outcomeName(_ outcome: ToolOutcome) -> String {
        switch outcome {
        case .completed(let result): result.isError ? "failed" : "completed"
        case .confirmationNeeded: "confirmation_needed"
        }
    }

    /// What the call came to, without personal data: the error, the order and its status, or how many changes
    /// wait for a yes.
    static func resultSummary(_ outcome: ToolOutcome) -> String {
        switch outcome {
        case .confirmationNeeded(let request):
            return "confirmation requested (\(request.summary.count) change\(request.summary.count == 1 ? "" : "s"))"
        case .completed(let result) where result.isError:
            return result.text
        case .completed(let result):
            guard let data = result.text.data(using: .utf8),
                case .object(let document)? = try? JSONDecoder().decode(JSONValue.self, from: data),
                case .string(let number)? = document["order_id"], case .string(let status)? = document["status"]
            else { return "ok" }
            return "order \(number): \(status)"
        }
    }
}
