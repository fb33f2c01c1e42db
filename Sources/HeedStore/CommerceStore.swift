import Foundation
import HeedCore

/// Reads of a workspace's commerce data: orders and the product catalog. Every lookup names the workspace.
public protocol CommerceReader: Sendable {
    func order(id: UUID, workspaceID: UUID) async throws -> Order?
    /// The order customers know by this number (e.g. `#W5442520`).
    func order(number: String, workspaceID: UUID) async throws -> Order?
    /// A customer's orders, oldest first, at most `limit`.
    func orders(customerID: UUID, workspaceID: UUID, limit: Int) async throws -> [Order]
    /// The workspace's orders, oldest first, a page at a time.
    func orders(workspaceID: UUID, page: PageRequest) async throws -> Page<Order>

    func product(id: UUID, workspaceID: UUID) async throws -> Product?
    /// The product with the company's product id.
    func product(externalID: String, workspaceID: UUID) async throws -> Product?
    /// The product one of whose variants has this item id.
    func product(itemID: String, workspaceID: UUID) async throws -> Product?
    /// The workspace's catalog, oldest first, a page at a time.
    func products(workspaceID: UUID, page: PageRequest) async throws -> Page<Product>
}

/// Writes of commerce data, inside ``SupportStore/write(_:)``'s transaction. A taken order number, product id or
/// item id throws a `conflict` ``HeedError``; updating a record that is not there throws `notFound`.
public protocol CommerceWriter: CommerceReader {
    func insert(_ order: Order) async throws
    func update(_ order: Order) async throws
    func insert(_ product: Product) async throws
    func update(_ product: Product) async throws
}
