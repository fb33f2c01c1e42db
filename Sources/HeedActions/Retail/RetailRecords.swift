import Foundation
import HeedCore

/// A customer as a retail data set's `users.json` holds it (keyed there by user id).
struct RetailUserRecord: Codable, Sendable {
    struct Name: Codable, Sendable {
        var firstName: String
        var lastName: String

        enum CodingKeys: String, CodingKey {
            case firstName = "first_name"
            case lastName = "last_name"
        }
    }

    struct Method: Codable, Sendable {
        var source: PaymentMethodKind
        var id: String
        var brand: String?
        var lastFour: String?
        var balance: Money?

        enum CodingKeys: String, CodingKey {
            case source, id, brand, balance
            case lastFour = "last_four"
        }
    }

    var name: Name
    var address: PostalAddress?
    var email: String?
    var paymentMethods: [String: Method]
    var orders: [String]

    enum CodingKeys: String, CodingKey {
        case name, address, email, orders
        case paymentMethods = "payment_methods"
    }
}

/// An order as `orders.json` holds it (keyed there by order number).
struct RetailOrderRecord: Codable, Sendable {
    struct Shipment: Codable, Sendable {
        var trackingID: [String]
        var itemIDs: [String]

        enum CodingKeys: String, CodingKey {
            case trackingID = "tracking_id"
            case itemIDs = "item_ids"
        }
    }

    struct Transaction: Codable, Sendable {
        var transactionType: PaymentTransactionKind
        var amount: Money
        var paymentMethodID: String

        enum CodingKeys: String, CodingKey {
            case amount
            case transactionType = "transaction_type"
            case paymentMethodID = "payment_method_id"
        }
    }

    var orderID: String
    var userID: String
    var address: PostalAddress?
    var items: [OrderItem]
    var fulfillments: [Shipment]
    var status: OrderStatus
    var paymentHistory: [Transaction]
    var cancelReason: String?
    var returnItems: [String]?
    var returnPaymentMethodID: String?
    var exchangeItems: [String]?
    var exchangeNewItems: [String]?
    var exchangePaymentMethodID: String?
    var exchangePriceDifference: Money?

    enum CodingKeys: String, CodingKey {
        case address, items, fulfillments, status
        case orderID = "order_id"
        case userID = "user_id"
        case paymentHistory = "payment_history"
        case cancelReason = "cancel_reason"
        case returnItems = "return_items"
        case returnPaymentMethodID = "return_payment_method_id"
        case exchangeItems = "exchange_items"
        case exchangeNewItems = "exchange_new_items"
        case exchangePaymentMethodID = "exchange_payment_method_id"
        case exchangePriceDifference = "exchange_price_difference"
    }
}

/// A product type as `products.json` holds it (keyed there by product id).
struct RetailProductRecord: Codable, Sendable {
    var name: String
    var productID: String
    var variants: [String: ProductVariant]

    enum CodingKeys: String, CodingKey {
        case name, variants
        case productID = "product_id"
    }
}
