import Foundation
import HeedCore
import HeedStore

/// Reads what ``ChurnRisk`` needs from the store: one customer's conversations, or the workspace's recent ones to
/// list the customers at risk.
public struct ChurnRiskAssessor: Sendable {
    let store: any SupportStore
    let clock: any WallClock
    /// At most this many of a customer's conversations, and of each this many latest messages, are read.
    static let conversationLimit = 50
    static let messageLimit = 30
    /// The at-risk list looks at this many of the workspace's newest conversations.
    static let scanLimit = 1000

    public init(store: any SupportStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// Customer `customerID`'s risk; 404 when the workspace has no such customer.
    public func risk(customerID: UUID, workspaceID: UUID) async throws -> ChurnRisk {
        let now = clock.now()
        return try await store.read { reader in
            guard try await reader.customer(id: customerID, workspaceID: workspaceID) != nil else {
                throw HeedError.notFound("Customer")
            }
            let conversations = try await reader.conversations(
                workspaceID: workspaceID, filter: ConversationFilter(customerID: customerID),
                page: PageRequest(limit: Self.conversationLimit)
            ).items
            return ChurnRisk.assess(
                customerID: customerID, conversations: try await Self.withMessages(conversations, reader: reader),
                now: now)
        }
    }

    /// The customers of the workspace's newest conversations whose risk is at least medium, riskiest first.
    public func atRisk(workspaceID: UUID, limit: Int) async throws -> [(Customer, ChurnRisk)] {
        let now = clock.now()
        return try await store.read { reader in
            var recent: [Conversation] = []
            var cursor: String?
            repeat {
                let page = try await reader.conversations(
                    workspaceID: workspaceID, filter: ConversationFilter(),
                    page: PageRequest(cursor: cursor, limit: PageRequest.maximumLimit))
                recent += page.items
                cursor = page.nextCursor
            } while cursor != nil && recent.count < Self.scanLimit
            var results: [(Customer, ChurnRisk)] = []
            for (customerID, conversations) in Dictionary(grouping: recent.prefix(Self.scanLimit), by: \.customerID) {
                let risk = ChurnRisk.assess(
                    customerID: customerID,
                    conversations: try await Self.withMessages(Array(conversations.prefix(Self.conversationLimit)), reader: reader),
                    now: now)
                guard risk.level != .low,
                    let customer = try await reader.customer(id: customerID, workspaceID: workspaceID)
                else { continue }
                results.append((customer, risk))
            }
            return Array(results.sorted { ($0.1.score, $0.0.id.uuidString) > ($1.1.score, $1.0.id.uuidString) }.prefix(limit))
        }
    }

    private static func withMessages(_ conversations: [Conversation], reader: any StoreReader) async throws
        -> [(Conversation, [Message])]
    {
        var result: [(Conversation, [Message])] = []
        for conversation in conversations {
            let messages = try await reader.latestMessages(
                conversationID: conversation.id, workspaceID: conversation.workspaceID, limit: messageLimit)
            result.append((conversation, messages))
        }
        return result
    }
}
