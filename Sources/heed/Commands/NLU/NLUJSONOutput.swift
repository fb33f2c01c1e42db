import Foundation

/// Small JSON helpers for the `heed nlu` commands' `--json` output (sorted keys, one line).
enum JSONOutput {
    /// A JSON scalar, or a nested object, for hand-built objects.
    indirect enum Value: Encodable {
        case int(Int)
        case double(Double)
        case string(String)
        case object([String: Value])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .int(let value): try container.encode(value)
            case .double(let value): try container.encode(value)
            case .string(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }
    }

    static func string(_ object: [String: Value]) throws -> String {
        try encode(object)
    }

    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
