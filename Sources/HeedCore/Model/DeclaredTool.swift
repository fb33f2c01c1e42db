import Foundation

/// A tool a workspace declares for its own backend: the model provider may call it beside the built-in commerce
/// tools. A call fills the URL template's `{param}` placeholders with the (URL-encoded) arguments, sends the rest
/// as the query (GET, DELETE) or a JSON body, with the workspace's credential, and keeps only the mapped fields of
/// the answer. The credential's secret is stored like a provider key: used for calls, never shown back.
public struct DeclaredTool: Sendable, Codable, Hashable, Identifiable {
    public var id: UUID
    public var workspaceID: UUID
    /// The function name the model calls, e.g. `check_loyalty_points` (letters, digits, `_`, `-`).
    public var name: String
    public var description: String
    /// `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
    public var method: String
    /// `http(s)://host/path/{param}?q={param}`: placeholders only after the host.
    public var urlTemplate: String
    /// The arguments as a JSON-schema object (`{"type":"object","properties":{…},"required":[…]}`).
    public var parameters: JSONValue
    /// Whether the tool changes something on the backend (a write asks the customer's yes first when
    /// `needsConfirmation`).
    public var writes: Bool
    public var needsConfirmation: Bool
    /// Whether the tool may only be called once the conversation has a verified customer.
    public var requiresVerifiedCustomer: Bool
    public var auth: DeclaredToolAuth
    /// Longest wait for the backend's answer, in seconds.
    public var timeoutSeconds: Double
    /// JSON pointers (`/order/status`) of the answer's fields to keep; empty keeps the whole answer.
    public var responseFields: [String]
    /// Whether an admin allowed this tool to reach private, loopback or link-local addresses (or the server's own).
    public var allowPrivateNetwork: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), workspaceID: UUID, name: String, description: String, method: String, urlTemplate: String,
        parameters: JSONValue, writes: Bool = false, needsConfirmation: Bool? = nil,
        requiresVerifiedCustomer: Bool = true, auth: DeclaredToolAuth = DeclaredToolAuth(), timeoutSeconds: Double = 10,
        responseFields: [String] = [], allowPrivateNetwork: Bool = false, createdAt: Date
    ) {
        self.id = id
        self.workspaceID = workspaceID
        self.name = name
        self.description = description
        self.method = method
        self.urlTemplate = urlTemplate
        self.parameters = parameters
        self.writes = writes
        self.needsConfirmation = needsConfirmation ?? writes
        self.requiresVerifiedCustomer = requiresVerifiedCustomer
        self.auth = auth
        self.timeoutSeconds = timeoutSeconds
        self.responseFields = responseFields
        self.allowPrivateNetwork = allowPrivateNetwork
        self.createdAt = createdAt
        self.updatedAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, description, method, parameters, writes, auth
        case workspaceID = "workspace_id"
        case urlTemplate = "url_template"
        case needsConfirmation = "needs_confirmation"
        case requiresVerifiedCustomer = "requires_verified_customer"
        case timeoutSeconds = "timeout_seconds"
        case responseFields = "response_fields"
        case allowPrivateNetwork = "allow_private_network"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The HTTP methods a declared tool may use.
    public static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE"]

    /// The `{param}` names of the URL template, in order.
    public var placeholders: [String] { Self.placeholders(in: urlTemplate) }

    /// The `{param}` names of `template`, in order.
    public static func placeholders(in template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// How a declared tool authenticates to its backend.
public struct DeclaredToolAuth: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
        case none
        /// `Authorization: Bearer <secret>`.
        case bearer
        /// `Authorization: Basic base64(<username>:<secret>)`.
        case basic
        /// `<header>: <secret>`.
        case header
    }

    public var kind: Kind
    /// The user name of `basic`.
    public var username: String?
    /// The header name of `header`, e.g. `X-API-Key`.
    public var header: String?
    /// The token, password or key. Never shown back.
    public var secret: String?

    public init(kind: Kind = .none, username: String? = nil, header: String? = nil, secret: String? = nil) {
        self.kind = kind
        self.username = username
        self.header = header
        self.secret = secret
    }
}
