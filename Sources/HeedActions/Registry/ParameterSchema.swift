import Foundation
import HeedCore

/// Small builders for the JSON-schema parameter objects of tool definitions.
enum ParameterSchema {
    /// An object schema with these properties, in order, of which `required` must be given.
    static func object(_ properties: [(String, JSONValue)], required: [String]? = nil) -> JSONValue {
        .object([
            "type": .string("object"),
            "properties": .object(Dictionary(properties, uniquingKeysWith: { first, _ in first })),
            "required": .array((required ?? properties.map(\.0)).map(JSONValue.string)),
        ])
    }

    static func string(_ description: String, oneOf values: [String]? = nil) -> JSONValue {
        var schema: [String: JSONValue] = ["type": .string("string"), "description": .string(description)]
        if let values { schema["enum"] = .array(values.map(JSONValue.string)) }
        return .object(schema)
    }

    static func strings(_ description: String) -> JSONValue {
        .object([
            "type": .string("array"), "items": .object(["type": .string("string")]),
            "description": .string(description),
        ])
    }

    /// The order-number parameter every order tool takes.
    static let orderID = string("The order number, such as '#W0000000' (with the leading '#').")

    /// The payment method of the item-swapping tools, which settles the price difference either way.
    static let differencePaymentMethod = string(
        "The payment method that pays or receives the price difference, such as 'gift_card_0000000'.")

    /// The address parameters of the address-changing tools.
    static let addressProperties: [(String, JSONValue)] = [
        ("address1", string("The first address line, such as '123 Main St'.")),
        ("address2", string("The second address line, such as 'Apt 1', or '' when there is none.")),
        ("city", string("The city, such as 'San Francisco'.")),
        ("state", string("The state, such as 'CA'.")),
        ("country", string("The country, such as 'USA'.")),
        ("zip", string("The zip code, such as '12345'.")),
    ]
}
