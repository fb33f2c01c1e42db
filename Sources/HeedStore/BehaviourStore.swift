import Foundation
import HeedCore

/// Reads of what Heed knows of customers beyond their record: behaviour events and memory notes. Every lookup
/// names the workspace.
public protocol BehaviourReader: Sendable {
    /// A customer's events, newest first, a page at a time; only those called `name` when given.
    func customerEvents(customerID: UUID, workspaceID: UUID, name: String?, page: PageRequest) async throws
        -> Page<CustomerEvent>
    /// A customer's events that happened at or after `since`, newest first, at most `limit`.
    func recentCustomerEvents(customerID: UUID, workspaceID: UUID, since: Date, limit: Int) async throws
        -> [CustomerEvent]
    /// A customer's memory notes, oldest first.
    func notes(customerID: UUID, workspaceID: UUID) async throws -> [CustomerNote]
    func note(id: UUID, workspaceID: UUID) async throws -> CustomerNote?
}

/// Writes of behaviour events and memory notes, inside ``SupportStore/write(_:)``'s transaction. A customer's
/// events and notes go when the customer is deleted.
public protocol BehaviourWriter: BehaviourReader {
    func insert(_ event: CustomerEvent) async throws
    /// Deletes the workspace's events that happened before `cutoff`; returns how many.
    func deleteCustomerEvents(workspaceID: UUID, occurredBefore cutoff: Date) async throws -> Int
    func insert(_ note: CustomerNote) async throws
    /// Throws `notFound` when the note is not there.
    func update(_ note: CustomerNote) async throws
    /// Throws `notFound` when the note is not there.
    func deleteNote(id: UUID, workspaceID: UUID) async throws
}
