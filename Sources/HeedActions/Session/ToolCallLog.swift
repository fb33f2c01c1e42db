import Foundation
import HeedCore
import HeedStore

/// One audited tool call of a conversation, as agents see it: the tool, its arguments (personal data already
/// redacted when audited), what it came to, and who approved it (a write runs only on the customer's yes).
public struct ToolCallRecord: Sendable, Codable, Hashable {
    public var id: UUID
    public var tool: String
    /// `read` or `write` (nil for an unknown tool).
    public var effect: String?
    public var arguments: JSONValue
    /// `completed`, `failed` or `confirmation_needed`.
    public var outcome: String
    /// What the call came to, without personal data.
    public var result: String
    /// `customer` when the customer's explicit yes approved the write, `agent` when an agent confirmed it; nil
    /// otherwise.
    public var approvedBy: String?
    /// Who made the call (the AI, or an agent).
    public var actor: Actor
    public var latencyMilliseconds: Double?
    /// A declared HTTP tool's backend status.
    public var httpStatus: Int?
    public var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, tool, effect, arguments, outcome, result, actor
        case approvedBy = "approved_by"
        case latencyMilliseconds = "latency_ms"
        case httpStatus = "http_status"
        case createdAt = "created_at"
    }

    /// The record of a `tool.called` audit event; nil for any other event.
    init?(_ event: AuditEvent) {
        guard event.action == ToolCallAudit.action, case .string(let tool)? = event.details["tool"] else { return nil }
        id = event.id
        self.tool = tool
        effect = event.details["effect"]?.stringValue
        arguments = event.details["arguments"] ?? .null
        outcome = event.details["outcome"]?.stringValue ?? "completed"
        result = event.details["result"]?.stringValue ?? ""
        approvedBy = event.details["confirmed"] == .bool(true) ? (event.actor.kind == .ai ? "customer" : "agent") : nil
        actor = event.actor
        latencyMilliseconds = event.details["latency_ms"]?.numberValue
        httpStatus = event.details["http_status"]?.numberValue.map { Int($0) }
        createdAt = event.createdAt
    }
}

/// The tool calls of a conversation, read from the audit log.
public struct ToolCallLog: Sendable {
    let store: any SupportStore

    public init(store: any SupportStore) {
        self.store = store
    }

    /// The conversation's latest tool calls (up to 200 audit events back), oldest first; nil when the
    /// conversation is not in the workspace.
    public func calls(conversationID: UUID, workspaceID: UUID) async throws -> [ToolCallRecord]? {
        try await store.read { reader in
            guard try await reader.conversation(id: conversationID, workspaceID: workspaceID) != nil else { return nil }
            let events = try await reader.auditEvents(
                subjectID: conversationID, workspaceID: workspaceID, page: PageRequest(limit: PageRequest.maximumLimit))
            return events.items.compactMap(ToolCallRecord.init).sorted { $0.createdAt < $1.createdAt }
        }
    }
}
