import Foundation
import HeedCore
import SQLKit

extension SQLStoreSession {
    func customerEvents(customerID: UUID, workspaceID: UUID, name: String?, page: PageRequest) async throws
        -> Page<CustomerEvent>
    {
        var conditions: [(String, ColumnValue)] = [("customer_id", .text(customerID.uuidString))]
        if let name { conditions.append(("name", .text(name))) }
        return try await documents.list(CustomerEvent.self, workspaceID: workspaceID, where: conditions, page: page)
    }

    func recentCustomerEvents(customerID: UUID, workspaceID: UUID, since: Date, limit: Int) async throws
        -> [CustomerEvent]
    {
        try await documents.database.select().column("doc").from(CustomerEvent.table)
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .where("customer_id", .equal, SQLBind(customerID.uuidString))
            .where("occurred_at", .greaterThanOrEqual, SQLBind(Timestamp.microseconds(since)))
            .orderBy("occurred_at", .descending).orderBy("id", .descending).limit(limit).all()
            .map { try documents.decode(CustomerEvent.self, from: $0) }
    }

    func insert(_ event: CustomerEvent) async throws { try await documents.insert(event) }

    func deleteCustomerEvents(workspaceID: UUID, occurredBefore cutoff: Date) async throws -> Int {
        let workspace = SQLBind(workspaceID.uuidString)
        let before = SQLBind(Timestamp.microseconds(cutoff))
        let count = try await documents.database.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .from(CustomerEvent.table).where("workspace_id", .equal, workspace).where("occurred_at", .lessThan, before)
            .first()?.decode(column: "n", as: Int.self) ?? 0
        guard count > 0 else { return 0 }
        try await documents.database.delete(from: CustomerEvent.table)
            .where("workspace_id", .equal, workspace).where("occurred_at", .lessThan, before).run()
        return count
    }

    // MARK: Memory notes

    func notes(customerID: UUID, workspaceID: UUID) async throws -> [CustomerNote] {
        try await documents.fetchAll(
            CustomerNote.self, workspaceID: workspaceID, where: [("customer_id", .text(customerID.uuidString))],
            limit: CustomerNote.maximumPerCustomer)
    }

    func note(id: UUID, workspaceID: UUID) async throws -> CustomerNote? {
        try await documents.fetch(CustomerNote.self, id: id, workspaceID: workspaceID)
    }

    func insert(_ note: CustomerNote) async throws { try await documents.insert(note) }

    func update(_ note: CustomerNote) async throws {
        guard try await self.note(id: note.id, workspaceID: note.workspaceID) != nil else {
            throw HeedError.notFound(CustomerNote.displayName)
        }
        try await documents.update(note)
    }

    func deleteNote(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(CustomerNote.self, id: id, workspaceID: workspaceID)
    }
}
