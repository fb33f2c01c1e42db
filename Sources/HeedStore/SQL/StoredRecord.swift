import Foundation
import HeedCore

/// A value for one of a table's query columns.
enum ColumnValue: Sendable {
    case text(String?)
    case integer(Int64?)
}

/// A workspace-owned record kept as a JSON document in its table, with the columns queries filter, sort and check
/// uniqueness on.
protocol StoredRecord: Codable, Sendable {
    static var table: String { get }
    /// Name used in "not found" and conflict messages.
    static var displayName: String { get }
    /// The column lists are ordered by (descending for newest-first lists).
    static var orderColumn: String { get }
    var id: UUID { get }
    var workspaceID: UUID { get }
    /// The value of ``orderColumn``.
    var orderValue: Int64 { get }
    /// The query columns besides id, workspace_id, the order column and doc.
    var queryColumns: [(String, ColumnValue)] { get }
}

extension StoredRecord {
    static var orderColumn: String { "created_at" }
}

extension APIKey: StoredRecord {
    static let table = "api_keys"
    static let displayName = "API key"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("secret_hash", .text(secretHash))] }
}

extension Agent: StoredRecord {
    static let table = "agents"
    static let displayName = "Agent"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("email_key", .text(email.lowercased()))] }
}

extension Team: StoredRecord {
    static let table = "teams"
    static let displayName = "Team"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("name_key", .text(name.lowercased()))] }
}

extension Customer: StoredRecord {
    static let table = "customers"
    static let displayName = "Customer"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [
            ("external_id", .text(externalID)), ("email_key", .text(email?.lowercased())),
            ("name_key", .text(name?.lowercased())),
        ]
    }
}

extension Conversation: StoredRecord {
    static let table = "conversations"
    static let displayName = "Conversation"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [
            ("customer_id", .text(customerID.uuidString)), ("status", .text(status.rawValue)),
            ("handler", .text(handler.rawValue)), ("team_id", .text(teamID?.uuidString)),
            ("assignee_id", .text(assigneeID?.uuidString)), ("priority", .text(priority.rawValue)),
            ("channel", .text(channel.rawValue)), ("updated_at", .integer(Timestamp.microseconds(updatedAt))),
        ]
    }
}

extension Message: StoredRecord {
    static let table = "messages"
    static let displayName = "Message"
    static let orderColumn = "sequence"
    var orderValue: Int64 { Int64(sequence) }
    var queryColumns: [(String, ColumnValue)] {
        [
            ("conversation_id", .text(conversationID.uuidString)), ("client_message_id", .text(clientMessageID)),
            ("created_at", .integer(Timestamp.microseconds(createdAt))),
        ]
    }
}

extension Article: StoredRecord {
    static let table = "articles"
    static let displayName = "Article"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [("external_id", .text(externalID)), ("language", .text(language)), ("visibility", .text(visibility.rawValue))]
    }
}

extension AuditEvent: StoredRecord {
    static let table = "audit_events"
    static let displayName = "Audit event"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [("action", .text(action)), ("subject_id", .text(subjectID?.uuidString))]
    }
}

extension WidgetSession: StoredRecord {
    static let table = "widget_sessions"
    static let displayName = "Widget session"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [("customer_id", .text(customerID.uuidString)), ("token_hash", .text(tokenHash))]
    }
}

extension AgentCredential: StoredRecord {
    static let table = "agent_credentials"
    static let displayName = "Agent credential"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("email_key", .text(emailKey))] }
}

extension ConsoleSession: StoredRecord {
    static let table = "console_sessions"
    static let displayName = "Console session"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [("agent_id", .text(agentID.uuidString)), ("token_hash", .text(tokenHash))]
    }
}

extension Feedback: StoredRecord {
    static let table = "feedback"
    static let displayName = "Feedback"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [
            ("conversation_id", .text(conversationID.uuidString)), ("message_id", .text(messageID?.uuidString)),
            ("kind", .text(kind.rawValue)),
        ]
    }
}

extension RoutingModel: StoredRecord {
    static let table = "routing_models"
    static let displayName = "Routing model"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [] }
}

extension Order: StoredRecord {
    static let table = "orders"
    static let displayName = "Order"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [
            ("customer_id", .text(customerID.uuidString)), ("number", .text(number)),
            ("status", .text(status.rawValue)),
        ]
    }
}

extension Product: StoredRecord {
    static let table = "products"
    static let displayName = "Product"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [("external_id", .text(externalID)), ("name_key", .text(name.lowercased()))]
    }
}

extension ConversationDialogue: StoredRecord {
    static let table = "conversation_dialogues"
    static let displayName = "Conversation dialogue"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("kind", .text(kind))] }
}

extension Rule: StoredRecord {
    static let table = "rules"
    static let displayName = "Rule"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] {
        [("trigger_event", .text(trigger.rawValue)), ("enabled", .integer(isEnabled ? 1 : 0))]
    }
}

extension Macro: StoredRecord {
    static let table = "macros"
    static let displayName = "Macro"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("name_key", .text(name.lowercased()))] }
}

extension DeclaredTool: StoredRecord {
    static let table = "declared_tools"
    static let displayName = "Tool"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("name_key", .text(name.lowercased()))] }
}

extension CustomerEvent: StoredRecord {
    static let table = "customer_events"
    static let displayName = "Customer event"
    static let orderColumn = "occurred_at"
    var orderValue: Int64 { Timestamp.microseconds(occurredAt) }
    var queryColumns: [(String, ColumnValue)] {
        [("customer_id", .text(customerID.uuidString)), ("name", .text(name)), ("created_at", .integer(Timestamp.microseconds(createdAt)))]
    }
}

extension CustomerNote: StoredRecord {
    static let table = "customer_notes"
    static let displayName = "Note"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("customer_id", .text(customerID.uuidString))] }
}

extension QualityOverride: StoredRecord {
    static let table = "quality_overrides"
    static let displayName = "Quality review"
    var orderValue: Int64 { Timestamp.microseconds(createdAt) }
    var queryColumns: [(String, ColumnValue)] { [("conversation_id", .text(conversationID.uuidString))] }
}
