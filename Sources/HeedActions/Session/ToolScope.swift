import Foundation
import HeedCore
import HeedStore

/// What a tool may see while it plans: the conversation's verified customer and their own orders, the catalog,
/// and (for identity lookups only) the customer directory. Every read names the workspace.
public struct ToolScope: Sendable {
    public let workspaceID: UUID
    /// The verified customer, nil until the conversation identified one.
    public let customer: Customer?
    /// The time changes are stamped with.
    public let now: Date
    let reader: any StoreReader

    init(workspaceID: UUID, customer: Customer?, now: Date, reader: any StoreReader) {
        self.workspaceID = workspaceID
        self.customer = customer
        self.now = now
        self.reader = reader
    }

    /// The most orders one customer's details list.
    static let orderLimit = 1_000

    /// The verified customer; fails when there is none.
    public func verifiedCustomer() throws -> Customer {
        guard let customer else { throw ToolFailure(ToolPolicy.identifyFirst) }
        return customer
    }

    /// The verified customer, when `userID` names them; fails for anyone else, without saying whether they exist.
    public func verifiedCustomer(userID: String) throws -> Customer {
        let customer = try verifiedCustomer()
        guard CommerceDocuments.userID(of: customer) == userID else { throw ToolFailure(ToolPolicy.otherCustomer) }
        return customer
    }

    /// The verified customer's order with this number; another customer's order is "not found", as if it did not
    /// exist.
    public func ownOrder(number: String) async throws -> Order {
        let customer = try verifiedCustomer()
        guard let order = try await reader.order(number: number, workspaceID: workspaceID),
            order.customerID == customer.id
        else { throw ToolFailure("order not found") }
        return order
    }

    /// The verified customer's orders, oldest first.
    public func ownOrders() async throws -> [Order] {
        let customer = try verifiedCustomer()
        return try await reader.orders(customerID: customer.id, workspaceID: workspaceID, limit: Self.orderLimit)
    }

    public func product(externalID: String) async throws -> Product? {
        try await reader.product(externalID: externalID, workspaceID: workspaceID)
    }

    /// The whole catalog, oldest first.
    public func products() async throws -> [Product] {
        var products: [Product] = []
        var page = PageRequest(limit: PageRequest.maximumLimit)
        while true {
            let result = try await reader.products(workspaceID: workspaceID, page: page)
            products += result.items
            guard let next = result.nextCursor else { return products }
            page = PageRequest(cursor: next, limit: PageRequest.maximumLimit)
        }
    }

    /// The customers with this e-mail address (identity lookups only).
    func customers(email: String) async throws -> [Customer] {
        try await reader.customers(workspaceID: workspaceID, query: CustomerQuery(email: email), page: PageRequest(limit: 10))
            .items
    }

    /// The customers with this full name (identity lookups only).
    func customers(name: String) async throws -> [Customer] {
        try await reader.customers(
            workspaceID: workspaceID, query: CustomerQuery(name: name), page: PageRequest(limit: PageRequest.maximumLimit)
        ).items
    }
}
