import Foundation
import HeedCore
import SQLKit

extension SQLStoreSession {
    // MARK: Orders

    func order(id: UUID, workspaceID: UUID) async throws -> Order? {
        try await documents.fetch(Order.self, id: id, workspaceID: workspaceID)
    }

    func order(number: String, workspaceID: UUID) async throws -> Order? {
        try await documents.fetchOne(Order.self, workspaceID: workspaceID, where: [("number", .text(number))])
    }

    func orders(customerID: UUID, workspaceID: UUID, limit: Int) async throws -> [Order] {
        try await documents.fetchAll(
            Order.self, workspaceID: workspaceID, where: [("customer_id", .text(customerID.uuidString))],
            limit: limit)
    }

    func orders(workspaceID: UUID, page: PageRequest) async throws -> Page<Order> {
        try await documents.list(Order.self, workspaceID: workspaceID, where: [], page: page, newestFirst: false)
    }

    func insert(_ order: Order) async throws { try await documents.insert(order) }

    func update(_ order: Order) async throws {
        guard try await self.order(id: order.id, workspaceID: order.workspaceID) != nil else {
            throw HeedError.notFound(Order.displayName)
        }
        try await documents.update(order)
    }

    // MARK: Products

    func product(id: UUID, workspaceID: UUID) async throws -> Product? {
        try await documents.fetch(Product.self, id: id, workspaceID: workspaceID)
    }

    func product(externalID: String, workspaceID: UUID) async throws -> Product? {
        try await documents.fetchOne(Product.self, workspaceID: workspaceID, where: [("external_id", .text(externalID))])
    }

    func product(itemID: String, workspaceID: UUID) async throws -> Product? {
        guard
            let row = try await documents.database.select().column("product_id").from("product_items")
                .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
                .where("item_id", .equal, SQLBind(itemID)).first(),
            let id = UUID(uuidString: try row.decode(column: "product_id", as: String.self))
        else { return nil }
        return try await product(id: id, workspaceID: workspaceID)
    }

    func products(workspaceID: UUID, page: PageRequest) async throws -> Page<Product> {
        try await documents.list(Product.self, workspaceID: workspaceID, where: [], page: page, newestFirst: false)
    }

    func insert(_ product: Product) async throws {
        try await documents.insert(product)
        try await indexItems(of: product)
    }

    func update(_ product: Product) async throws {
        guard try await self.product(id: product.id, workspaceID: product.workspaceID) != nil else {
            throw HeedError.notFound(Product.displayName)
        }
        try await documents.update(product)
        try await documents.database.delete(from: "product_items")
            .where("product_id", .equal, SQLBind(product.id.uuidString)).run()
        try await indexItems(of: product)
    }

    /// Records which product each of its variants belongs to.
    private func indexItems(of product: Product) async throws {
        guard !product.variants.isEmpty else { return }
        let rows = product.variants.map { variant -> [any SQLExpression] in
            [SQLBind(product.workspaceID.uuidString), SQLBind(variant.itemID), SQLBind(product.id.uuidString)]
        }
        try await documents.mappingConflicts("Product item") {
            try await documents.database.insert(into: "product_items").columns("workspace_id", "item_id", "product_id")
                .rows(rows).run()
        }
    }
}
