import Foundation
import HeedCore
import HeedLanguage

/// Removes instructions aimed at the AI from a tool's result before the model reads it (a backend's answer, or
/// a record a customer could write into, such as a name or an address line): in a JSON result each string is
/// shielded on its own, so the JSON stays valid; any other result as text.
enum ToolResultShield {
    static func shielded(_ text: String) -> String {
        let detector = PromptInjectionDetector()
        guard let data = text.data(using: .utf8), let value = try? JSONDecoder().decode(JSONValue.self, from: data),
            value.objectValue != nil || value.arrayValue != nil
        else { return detector.shield(text).text }
        var changed = false
        func scrub(_ value: JSONValue) -> JSONValue {
            switch value {
            case .string(let string):
                let shield = detector.shield(string)
                if shield.findings.isEmpty { return value }
                changed = true
                return .string(shield.text)
            case .array(let values): return .array(values.map(scrub))
            case .object(let values): return .object(values.mapValues(scrub))
            default: return value
            }
        }
        let scrubbed = scrub(value)
        guard changed else { return text }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(scrubbed)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
