import Foundation
import HeedCore
import HeedStore

/// What an import stored.
public struct RetailImportSummary: Sendable, Hashable {
    public var customers: Int
    public var products: Int
    public var orders: Int

    public init(customers: Int, products: Int, orders: Int) {
        self.customers = customers
        self.products = products
        self.orders = orders
    }
}

/// Loads a ``RetailDataset`` into a workspace: users become customers (user id → external id, name, e-mail,
/// address, payment methods), products and orders are stored as they are. Records already there (same external id,
/// product id or order number) are replaced, so loading twice leaves one copy. Everything is one transaction.
public struct RetailImporter: Sendable {
    let store: any SupportStore
    let clock: any WallClock

    public init(store: any SupportStore, clock: any WallClock = SystemWallClock()) {
        self.store = store
        self.clock = clock
    }

    /// Stores `dataset` in the workspace; `progress(done, total)` is told after each record.
    public func load(
        _ dataset: RetailDataset, into workspaceID: UUID, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }
    ) async throws -> RetailImportSummary {
        let start = clock.now()
        let total = dataset.userCount + dataset.productCount + dataset.orderCount
        return try await store.write { writer in
            var done = 0
            func tick() {
                done += 1
                progress(done, total)
            }
            for (index, record) in dataset.products.enumerated() {
                try await Self.save(record, workspaceID: workspaceID, at: start.addingTimeInterval(Double(index) / 1e3), writer)
                tick()
            }
            var orderIndex = 0
            for (index, user) in dataset.users.enumerated() {
                let customer = try await Self.save(
                    user.record, userID: user.id, workspaceID: workspaceID,
                    at: start.addingTimeInterval(Double(index) / 1e3), writer)
                tick()
                for number in user.record.orders {
                    guard let order = dataset.orders[number], order.userID == user.id else { continue }
                    let createdAt = start.addingTimeInterval(Double(orderIndex) / 1e3)
                    try await Self.save(order, customerID: customer.id, workspaceID: workspaceID, at: createdAt, writer)
                    orderIndex += 1
                    tick()
                }
            }
            return RetailImportSummary(customers: dataset.userCount, products: dataset.productCount, orders: orderIndex)
        }
    }

    private static func save(_ record: RetailProductRecord, workspaceID: UUID, at date: Date, _ writer: any StoreWriter)
        async throws
    {
        let variants = record.variants.values.sorted { $0.itemID < $1.itemID }
        if var existing = try await writer.product(externalID: record.productID, workspaceID: workspaceID) {
            existing.name = record.name
            existing.variants = variants
            existing.updatedAt = date
            try await writer.update(existing)
        } else {
            try await writer.insert(
                Product(
                    workspaceID: workspaceID, externalID: record.productID, name: record.name, variants: variants,
                    createdAt: date))
        }
    }

    private static func save(
        _ record: RetailUserRecord, userID: String, workspaceID: UUID, at date: Date, _ writer: any StoreWriter
    ) async throws -> Customer {
        let methods = record.paymentMethods.values.sorted { $0.id < $1.id }.map { method in
            PaymentMethod(
                id: method.id, kind: method.source, brand: method.brand, lastFour: method.lastFour,
                balance: method.balance)
        }
        let existing = try await writer.customers(
            workspaceID: workspaceID, query: CustomerQuery(externalID: userID), page: PageRequest(limit: 1)
        ).items.first
        var customer = existing ?? Customer(workspaceID: workspaceID, externalID: userID, createdAt: date)
        customer.name = "\(record.name.firstName) \(record.name.lastName)"
        customer.givenName = record.name.firstName
        customer.familyName = record.name.lastName
        customer.email = record.email
        customer.address = record.address
        customer.paymentMethods = methods
        customer.updatedAt = date
        if existing == nil { try await writer.insert(customer) } else { try await writer.update(customer) }
        return customer
    }

    private static func save(
        _ record: RetailOrderRecord, customerID: UUID, workspaceID: UUID, at date: Date, _ writer: any StoreWriter
    ) async throws {
        let existing = try await writer.order(number: record.orderID, workspaceID: workspaceID)
        var order = Order(
            id: existing?.id ?? UUID(), workspaceID: workspaceID, number: record.orderID, customerID: customerID,
            status: record.status, items: record.items, shippingAddress: record.address,
            fulfillments: record.fulfillments.map { Fulfillment(trackingIDs: $0.trackingID, itemIDs: $0.itemIDs) },
            payments: record.paymentHistory.map {
                PaymentTransaction(kind: $0.transactionType, amount: $0.amount, paymentMethodID: $0.paymentMethodID)
            },
            createdAt: existing?.createdAt ?? date, updatedAt: date)
        order.cancellationReason = record.cancelReason
        if let items = record.returnItems, let method = record.returnPaymentMethodID {
            order.returnRequest = ReturnRequest(itemIDs: items, refundPaymentMethodID: method)
        }
        if let items = record.exchangeItems, let newItems = record.exchangeNewItems,
            let method = record.exchangePaymentMethodID
        {
            order.exchangeRequest = ExchangeRequest(
                itemIDs: items, newItemIDs: newItems, paymentMethodID: method,
                priceDifference: record.exchangePriceDifference ?? .zero)
        }
        if existing == nil { try await writer.insert(order) } else { try await writer.update(order) }
    }
}
