import Foundation
import HeedCore

/// A tool call's arguments, read by name with the types the tool's schema declares.
public struct ToolArguments: Sendable, Hashable {
    public let values: [String: JSONValue]

    public init(_ json: JSONValue) throws(ToolFailure) {
        switch json {
        case .object(let values): self.values = values
        case .null: self.values = [:]
        default: throw ToolFailure("the arguments must be a JSON object")
        }
    }

    public init(_ values: [String: JSONValue]) {
        self.values = values
    }

    /// The string argument `name`.
    public func string(_ name: String) throws(ToolFailure) -> String {
        guard let value = values[name] else { throw ToolFailure("missing argument '\(name)'") }
        switch value {
        case .string(let text): return text
        case .number(let number) where number == number.rounded() && abs(number) < 1e15:
            return String(Int64(number))
        default: throw ToolFailure("argument '\(name)' must be a string")
        }
    }

    /// The list-of-strings argument `name`.
    public func strings(_ name: String) throws(ToolFailure) -> [String] {
        guard let value = values[name] else { throw ToolFailure("missing argument '\(name)'") }
        guard case .array(let elements) = value else { throw ToolFailure("argument '\(name)' must be a list of strings") }
        return try elements.map { element throws(ToolFailure) in
            guard case .string(let text) = element else {
                throw ToolFailure("argument '\(name)' must be a list of strings")
            }
            return text
        }
    }

    /// The address given in `address1`, `address2`, `city`, `state`, `country` and `zip`.
    public func address() throws(ToolFailure) -> PostalAddress {
        PostalAddress(
            address1: try string("address1"), address2: try string("address2"), city: try string("city"),
            state: try string("state"), country: try string("country"), zip: try string("zip"))
    }
}
