import Foundation
import HeedCore
import HeedStore

/// Records what customers do on the company's site (from its backend or from the widget), checked and stored per
/// customer; the retention sweep deletes events older than the workspace's `privacy.behaviour_retention_days`.
public struct BehaviourLog: Sendable {
    let store: any SupportStore
    let clock: any WallClock

    public init(store: any SupportStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// Stores one event of customer `customerID`: 404 when the workspace has no such customer, 422 naming the field
    /// when the event is not valid (see ``CustomerEvent/validated(workspaceID:customerID:name:properties:occurredAt:source:now:oldest:)``).
    public func record(
        name: String, properties: [String: JSONValue]?, occurredAt: Date?, customerID: UUID, workspaceID: UUID,
        source: CustomerEventSource
    ) async throws -> CustomerEvent {
        let now = clock.now()
        return try await store.write { writer in
            guard let workspace = try await writer.workspace(id: workspaceID),
                try await writer.customer(id: customerID, workspaceID: workspaceID) != nil
            else { throw HeedError.notFound("Customer") }
            let kept = TimeInterval(workspace.policy.privacy.behaviourRetentionDays) * 86_400
            let event = try CustomerEvent.validated(
                workspaceID: workspaceID, customerID: customerID, name: name, properties: properties,
                occurredAt: occurredAt, source: source, now: now, oldest: now.addingTimeInterval(-kept))
            try await writer.insert(event)
            return event
        }
    }

    /// Customer `customerID`'s events, newest first; 404 when the workspace has no such customer.
    public func events(customerID: UUID, workspaceID: UUID, name: String?, page: PageRequest) async throws
        -> Page<CustomerEvent>
    {
        try await store.read { reader in
            guard try await reader.customer(id: customerID, workspaceID: workspaceID) != nil else {
                throw HeedError.notFound("Customer")
            }
            return try await reader.customerEvents(customerID: customerID, workspaceID: workspaceID, name: name, page: page)
        }
    }
}
