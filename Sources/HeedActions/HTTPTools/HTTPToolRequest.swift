import Foundation
import HeedCore

/// The HTTP request of one declared-tool call: the URL template filled with the URL-encoded arguments, the
/// remaining arguments as the query (GET, DELETE) or a JSON body, and the headers (credential, conversation,
/// customer).
struct HTTPToolRequest: Sendable {
    var url: String
    var method: String
    var headers: [(String, String)]
    var body: Data?

    /// Characters left as they are in a path or query value; everything else is percent-encoded (so `/`, `?`,
    /// `#`, `&` and `..` cannot change where a call goes).
    static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    init(_ tool: DeclaredTool, arguments: ToolArguments, context: ExternalToolContext) throws(ToolFailure) {
        var url = tool.urlTemplate
        var rest = arguments.values
        for name in tool.placeholders {
            guard let value = rest.removeValue(forKey: name) else { throw ToolFailure("missing argument '\(name)'") }
            let text: String
            switch value {
            case .string(let string): text = string
            case .number(let number): text = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
            case .bool(let flag): text = flag ? "true" : "false"
            default: throw ToolFailure("argument '\(name)' must be a string or a number")
            }
            let encoded = text.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? ""
            guard encoded != "." && encoded != ".." else { throw ToolFailure("argument '\(name)' is not a valid value") }
            url = url.replacingOccurrences(of: "{\(name)}", with: encoded)
        }
        method = tool.method
        headers = [("Accept", "application/json")]
        if let conversationID = context.conversationID { headers.append(("X-Heed-Conversation", conversationID.uuidString)) }
        if let customer = context.customer {
            headers.append(("X-Heed-Customer", customer.id.uuidString))
            if let external = customer.externalID { headers.append(("X-Heed-Customer-External-Id", external)) }
        }
        if let credential = Self.credential(tool.auth) { headers.append(credential) }
        if ["GET", "DELETE"].contains(method) {
            if !rest.isEmpty {
                var components = URLComponents(string: url)
                let existing = components?.percentEncodedQueryItems ?? []
                components?.percentEncodedQueryItems = existing
                    + rest.keys.sorted().map { key in
                        URLQueryItem(
                            name: key.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? key,
                            value: Self.queryText(rest[key] ?? .null).addingPercentEncoding(withAllowedCharacters: Self.unreserved))
                    }
                guard let filled = components?.string else { throw ToolFailure("the tool's URL cannot be built") }
                url = filled
            }
        } else {
            headers.append(("Content-Type", "application/json"))
            body = try? JSONEncoder().encode(JSONValue.object(rest))
        }
        self.url = url
    }

    private static func queryText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag): return flag ? "true" : "false"
        default: return (try? JSONEncoder().encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }

    private static func credential(_ auth: DeclaredToolAuth) -> (String, String)? {
        guard let secret = auth.secret else { return nil }
        switch auth.kind {
        case .none: return nil
        case .bearer: return ("Authorization", "Bearer \(secret)")
        case .basic: return ("Authorization", "Basic " + Data("\(auth.username ?? ""):\(secret)".utf8).base64EncodedString())
        case .header: return auth.header.map { ($0, secret) }
        }
    }
}
