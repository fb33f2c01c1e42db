import Foundation
import HeedCore

/// How tools show customers, orders and products: the retail JSON shape (`users.json`, `orders.json`,
/// `products.json` of the τ-bench retail domain), so results read the same to a model as in that domain, and
/// exported state can be compared with another implementation of the same tools.
public enum CommerceDocuments {
    /// The id a customer is known by in tool calls: the company's external id, else Heed's id.
    public static func userID(of customer: Customer) -> String {
        customer.externalID ?? customer.id.uuidString
    }

    /// `{"name":{"first_name","last_name"},"address","email","payment_methods":{id:{…}},"orders":[numbers]}`.
    public static func user(_ customer: Customer, orderNumbers: [String]) -> JSONValue {
        let (first, last) = nameParts(customer)
        var methods: [String: JSONValue] = [:]
        for method in customer.paymentMethods ?? [] { methods[method.id] = paymentMethod(method) }
        var document: [String: JSONValue] = [
            "name": .object(["first_name": .string(first), "last_name": .string(last)]),
            "email": customer.email.map(JSONValue.string) ?? .null,
            "payment_methods": .object(methods),
            "orders": .array(orderNumbers.map(JSONValue.string)),
        ]
        document["address"] = customer.address.map(address) ?? .null
        return .object(document)
    }

    /// The order with the customer's user id.
    public static func order(_ order: Order, userID: String) -> JSONValue {
        var document: [String: JSONValue] = [
            "order_id": .string(order.number),
            "user_id": .string(userID),
            "address": order.shippingAddress.map(address) ?? .null,
            "items": .array(order.items.map(item)),
            "fulfillments": .array(order.fulfillments.map(fulfillment)),
            "status": .string(order.status.rawValue),
            "payment_history": .array(order.payments.map(payment)),
        ]
        if let reason = order.cancellationReason { document["cancel_reason"] = .string(reason) }
        if let request = order.returnRequest {
            document["return_items"] = strings(request.itemIDs)
            document["return_payment_method_id"] = .string(request.refundPaymentMethodID)
        }
        if let request = order.exchangeRequest {
            document["exchange_items"] = strings(request.itemIDs)
            document["exchange_new_items"] = strings(request.newItemIDs)
            document["exchange_payment_method_id"] = .string(request.paymentMethodID)
            document["exchange_price_difference"] = .number(request.priceDifference.value)
        }
        if let placedAt = order.placedAt { document["placed_at"] = .string(Timestamp.format(placedAt)) }
        if let warranty = order.warrantyUntil { document["warranty_until"] = .string(Timestamp.format(warranty)) }
        return .object(document)
    }

    /// `{"name","product_id","variants":{item id:{"item_id","options","available","price"}}}`.
    public static func product(_ product: Product) -> JSONValue {
        var variants: [String: JSONValue] = [:]
        for variant in product.variants {
            variants[variant.itemID] = .object([
                "item_id": .string(variant.itemID), "options": options(variant.options),
                "available": .bool(variant.available), "price": .number(variant.price.value),
            ])
        }
        return .object([
            "name": .string(product.name), "product_id": .string(product.externalID), "variants": .object(variants),
        ])
    }

    /// JSON text with sorted keys, as tools return it.
    public static func text(_ value: JSONValue) -> String {
        guard let data = try? HeedJSON.makeEncoder().encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The customer's first and last name: the stored parts, else the full name split at its first space.
    static func nameParts(_ customer: Customer) -> (String, String) {
        if customer.givenName != nil || customer.familyName != nil {
            return (customer.givenName ?? "", customer.familyName ?? "")
        }
        let full = customer.name ?? ""
        guard let space = full.firstIndex(of: " ") else { return (full, "") }
        return (String(full[..<space]), String(full[full.index(after: space)...]))
    }

    static func address(_ address: PostalAddress) -> JSONValue {
        .object([
            "address1": .string(address.address1), "address2": .string(address.address2),
            "city": .string(address.city), "state": .string(address.state), "country": .string(address.country),
            "zip": .string(address.zip),
        ])
    }

    static func paymentMethod(_ method: PaymentMethod) -> JSONValue {
        var document: [String: JSONValue] = ["source": .string(method.kind.rawValue), "id": .string(method.id)]
        if let brand = method.brand { document["brand"] = .string(brand) }
        if let lastFour = method.lastFour { document["last_four"] = .string(lastFour) }
        if let balance = method.balance { document["balance"] = .number(balance.value) }
        return .object(document)
    }

    private static func item(_ item: OrderItem) -> JSONValue {
        .object([
            "name": .string(item.name), "product_id": .string(item.productID), "item_id": .string(item.itemID),
            "price": .number(item.price.value), "options": options(item.options),
        ])
    }

    private static func fulfillment(_ fulfillment: Fulfillment) -> JSONValue {
        var document: [String: JSONValue] = [
            "tracking_id": strings(fulfillment.trackingIDs), "item_ids": strings(fulfillment.itemIDs),
        ]
        if let carrier = fulfillment.carrier { document["carrier"] = .string(carrier) }
        return .object(document)
    }

    private static func payment(_ payment: PaymentTransaction) -> JSONValue {
        .object([
            "transaction_type": .string(payment.kind.rawValue), "amount": .number(payment.amount.value),
            "payment_method_id": .string(payment.paymentMethodID),
        ])
    }

    private static func options(_ options: [String: String]) -> JSONValue {
        .object(options.mapValues(JSONValue.string))
    }

    private static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}
