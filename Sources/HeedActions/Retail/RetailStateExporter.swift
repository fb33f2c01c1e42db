import Foundation
import HeedCore
import HeedStore

/// A workspace's customers and orders in the retail data set's shape: `users.json` (`{user id: user}`) and
/// `orders.json` (`{order number: order}`), so the state can be compared with another implementation.
public struct RetailState: Sendable {
    public var users: JSONValue
    public var orders: JSONValue

    /// Writes `users.json` and `orders.json` into `folder`, creating it.
    public func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = HeedJSON.makeEncoder()
        try encoder.encode(users).write(to: folder.appendingPathComponent("users.json"))
        try encoder.encode(orders).write(to: folder.appendingPathComponent("orders.json"))
    }
}

/// Reads a workspace's state for ``RetailState``.
public enum RetailStateExporter {
    public static func export(workspaceID: UUID, from reader: any StoreReader) async throws -> RetailState {
        let customers = try await all { try await reader.customers(workspaceID: workspaceID, query: CustomerQuery(), page: $0) }
        let orders = try await all { try await reader.orders(workspaceID: workspaceID, page: $0) }
        var numbers: [UUID: [String]] = [:]
        for order in orders { numbers[order.customerID, default: []].append(order.number) }
        var users: [String: JSONValue] = [:]
        var userIDs: [UUID: String] = [:]
        for customer in customers {
            let userID = CommerceDocuments.userID(of: customer)
            userIDs[customer.id] = userID
            users[userID] = CommerceDocuments.user(customer, orderNumbers: numbers[customer.id] ?? [])
        }
        var documents: [String: JSONValue] = [:]
        for order in orders {
            documents[order.number] = CommerceDocuments.order(order, userID: userIDs[order.customerID] ?? order.customerID.uuidString)
        }
        return RetailState(users: .object(users), orders: .object(documents))
    }

    private static func all<T: Sendable>(_ page: (PageRequest) async throws -> Page<T>) async throws -> [T] {
        var items: [T] = []
        var request = PageRequest(limit: PageRequest.maximumLimit)
        while true {
            let result = try await page(request)
            items += result.items
            guard let next = result.nextCursor else { return items }
            request = PageRequest(cursor: next, limit: PageRequest.maximumLimit)
        }
    }
}
