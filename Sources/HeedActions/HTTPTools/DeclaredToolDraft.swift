import Foundation
import HeedCore

/// The body that declares a tool or changes one: every field optional for a change; `auth.secret` absent keeps
/// the stored secret, null or "" removes it.
public struct DeclaredToolDraft: Decodable, Sendable {
    /// The credential part of a draft.
    public struct Auth: Decodable, Sendable {
        public var kind: DeclaredToolAuth.Kind?
        public var username: String?
        public var header: String?
        /// nil: absent (keep); `.some(nil)`: remove; `.some(value)`: set.
        public var secret: String??

        enum CodingKeys: String, CodingKey { case kind, username, header, secret }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            kind = try container.decodeIfPresent(DeclaredToolAuth.Kind.self, forKey: .kind)
            username = try container.decodeIfPresent(String.self, forKey: .username)
            header = try container.decodeIfPresent(String.self, forKey: .header)
            if container.contains(.secret) {
                secret = .some(try container.decodeIfPresent(String.self, forKey: .secret))
            }
        }
    }

    public var name: String?
    public var description: String?
    public var method: String?
    public var urlTemplate: String?
    public var parameters: JSONValue?
    public var writes: Bool?
    public var needsConfirmation: Bool?
    public var requiresVerifiedCustomer: Bool?
    public var auth: Auth?
    public var timeoutSeconds: Double?
    public var responseFields: [String]?
    public var allowPrivateNetwork: Bool?

    enum CodingKeys: String, CodingKey {
        case name, description, method, parameters, writes, auth
        case urlTemplate = "url_template"
        case needsConfirmation = "needs_confirmation"
        case requiresVerifiedCustomer = "requires_verified_customer"
        case timeoutSeconds = "timeout_seconds"
        case responseFields = "response_fields"
        case allowPrivateNetwork = "allow_private_network"
    }

    /// The draft applied to `tool`; fails when the credential would move to another host without being sent again.
    func applied(to tool: DeclaredTool) throws -> DeclaredTool {
        var changed = tool
        if let name { changed.name = name }
        if let description { changed.description = description }
        if let method { changed.method = method }
        if let urlTemplate { changed.urlTemplate = urlTemplate }
        if let parameters { changed.parameters = parameters }
        if let writes {
            changed.writes = writes
            if needsConfirmation == nil { changed.needsConfirmation = writes }
        }
        if let needsConfirmation { changed.needsConfirmation = needsConfirmation }
        if let requiresVerifiedCustomer { changed.requiresVerifiedCustomer = requiresVerifiedCustomer }
        if let timeoutSeconds { changed.timeoutSeconds = timeoutSeconds }
        if let responseFields { changed.responseFields = responseFields }
        if let allowPrivateNetwork { changed.allowPrivateNetwork = allowPrivateNetwork }
        if let auth {
            if let kind = auth.kind { changed.auth.kind = kind }
            if let username = auth.username { changed.auth.username = username }
            if let header = auth.header { changed.auth.header = header }
            if let secret = auth.secret { changed.auth.secret = secret.flatMap { $0.isEmpty ? nil : $0 } }
        }
        let secretKept = auth?.secret == nil && tool.auth.secret != nil
        if secretKept, Self.origin(of: changed.urlTemplate) != Self.origin(of: tool.urlTemplate) {
            throw HeedError.invalidField(
                "auth.secret", "must be sent again when url_template moves to another host: the stored secret only goes to the host it was set for")
        }
        return changed
    }

    /// `scheme://host:port` of a URL template, lower-cased.
    static func origin(of template: String) -> String? {
        let filled = DeclaredTool.placeholders(in: template).reduce(template) { $0.replacingOccurrences(of: "{\($1)}", with: "x") }
        guard let url = URL(string: filled), let scheme = url.scheme?.lowercased(), let host = url.host?.lowercased()
        else { return nil }
        return "\(scheme)://\(host):\(url.port ?? (scheme == "https" ? 443 : 80))"
    }
}
