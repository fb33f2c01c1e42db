import Foundation
import HeedCore

/// Keeps the fields of a backend's JSON answer that a declared tool maps (JSON pointers such as `/order/status`),
/// so only what the model needs leaves the backend's answer; the whole answer when no fields are mapped. The
/// result text is capped.
enum ResponseMapping {
    /// The longest result text handed to the model.
    static let maximumLength = 4_000

    static func text(of body: Data, fields: [String]) -> String {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            return capped(String(decoding: body, as: UTF8.self))
        }
        guard !fields.isEmpty else { return capped(encoded(value)) }
        var kept: [String: JSONValue] = [:]
        for pointer in fields {
            kept[String(pointer.dropFirst())] = self.value(at: pointer, in: value) ?? .null
        }
        return capped(encoded(.object(kept)))
    }

    /// The value at a JSON pointer (RFC 6901: `/a/0/b`, `~1` for `/`, `~0` for `~`).
    static func value(at pointer: String, in document: JSONValue) -> JSONValue? {
        var current = document
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch current {
            case .object(let object):
                guard let next = object[key] else { return nil }
                current = next
            case .array(let array):
                guard let index = Int(key), array.indices.contains(index) else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }

    private static func encoded(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    private static func capped(_ text: String) -> String {
        text.count <= maximumLength ? text : String(text.prefix(maximumLength)) + "…"
    }
}
