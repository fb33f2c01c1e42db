import Foundation
import HeedCore
import HeedStore

/// Everything Heed holds about one customer, as one JSON document: the right of access (GDPR art. 15) and data
/// portability (art. 20). Personal data appears as stored (cards already masked, security codes never kept).
public struct CustomerDataExport: Sendable, Encodable {
    /// One conversation with its messages (internal notes included: they are about the customer) and feedback.
    public struct ConversationRecord: Sendable, Encodable {
        public let conversation: Conversation
        public let messages: [Message]
        public let feedback: [Feedback]
    }

    public let exportedAt: Date
    public let workspaceID: UUID
    public let customer: Customer
    public let conversations: [ConversationRecord]
    public let orders: [Order]
    /// What the customer did on the company's site (behaviour events still kept), newest first.
    public let events: [CustomerEvent]
    /// The memory notes Heed and agents keep about the customer.
    public let notes: [CustomerNote]
    /// The campaign messages sent to the customer, with when they were opened, replied to or opted out of.
    public let campaignMessages: [CampaignDelivery]
    /// What was done to the customer's records and conversations, and by whom.
    public let auditEvents: [AuditEvent]

    enum CodingKeys: String, CodingKey {
        case customer, conversations, orders, events, notes
        case exportedAt = "exported_at"
        case workspaceID = "workspace_id"
        case auditEvents = "audit_events"
        case campaignMessages = "campaign_messages"
    }
}

/// Builds a ``CustomerDataExport`` and records that it was made (`customer.exported`).
public struct CustomerDataExporter: Sendable {
    let store: any SupportStore
    let clock: any WallClock
    /// The most orders one export lists.
    static let orderLimit = 10_000

    public init(store: any SupportStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// The export of customer `customerID`; 404 `not_found` when the workspace has no such customer.
    public func export(customerID: UUID, by principal: Principal) async throws -> CustomerDataExport {
        let workspaceID = principal.workspaceID
        let now = clock.now()
        let export = try await store.read { reader in
            guard let customer = try await reader.customer(id: customerID, workspaceID: workspaceID) else {
                throw HeedError.notFound("Customer")
            }
            let conversations = try await Self.all { page in
                try await reader.conversations(
                    workspaceID: workspaceID, filter: ConversationFilter(customerID: customerID), page: page)
            }
            var records: [CustomerDataExport.ConversationRecord] = []
            var audit = try await Self.all { try await reader.auditEvents(subjectID: customerID, workspaceID: workspaceID, page: $0) }
            for conversation in conversations.sorted(by: { $0.createdAt < $1.createdAt }) {
                let messages = try await Self.all {
                    try await reader.messages(conversationID: conversation.id, workspaceID: workspaceID, page: $0)
                }
                let feedback = try await reader.feedback(conversationID: conversation.id, workspaceID: workspaceID)
                records.append(.init(conversation: conversation, messages: messages, feedback: feedback))
                audit += try await Self.all {
                    try await reader.auditEvents(subjectID: conversation.id, workspaceID: workspaceID, page: $0)
                }
            }
            let orders = try await reader.orders(customerID: customerID, workspaceID: workspaceID, limit: Self.orderLimit)
            let events = try await Self.all {
                try await reader.customerEvents(customerID: customerID, workspaceID: workspaceID, name: nil, page: $0)
            }
            return CustomerDataExport(
                exportedAt: now, workspaceID: workspaceID, customer: customer, conversations: records, orders: orders,
                events: events, notes: try await reader.notes(customerID: customerID, workspaceID: workspaceID),
                campaignMessages: try await reader.campaignDeliveries(
                    customerIDs: [customerID], workspaceID: workspaceID, since: .distantPast
                ).sorted { $0.createdAt < $1.createdAt },
                auditEvents: audit.sorted { $0.createdAt < $1.createdAt })
        }
        try await store.write { writer in
            try await writer.insert(
                principal.auditEvent("customer.exported", subjectType: "customer", subjectID: customerID, at: now))
        }
        return export
    }

    /// Every item of a paged list.
    static func all<Item: Sendable>(_ page: (PageRequest) async throws -> Page<Item>) async throws -> [Item] {
        var items: [Item] = []
        var request = PageRequest(limit: PageRequest.maximumLimit)
        while true {
            let next = try await page(request)
            items += next.items
            guard let cursor = next.nextCursor else { return items }
            request = PageRequest(cursor: cursor, limit: PageRequest.maximumLimit)
        }
    }
}
