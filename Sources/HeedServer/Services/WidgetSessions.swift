import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// Opens and checks chat-widget sessions.
struct WidgetSessions: Sendable {
    let store: any SupportStore
    let clock: any WallClock
    /// How long a session token is valid.
    static let lifetime: TimeInterval = 24 * 3600

    /// A new session and its token (shown once).
    func open(_ request: CreateWidgetSessionRequest) async throws -> (session: WidgetSession, token: String, customer: Customer) {
        let now = clock.now()
        let key = try Validate.text(request.workspaceKey, field: "workspace_key", maxLength: 200)
        let language = try request.language.map { try Validate.language(String($0.prefix(2)), field: "language") }
        guard let workspace = try await store.read({ try await $0.workspace(publicKey: key) }) else {
            throw HeedError.notFound("Workspace")
        }
        let externalID: String
        var name = try Validate.optionalText(request.name, field: "name", maxLength: 200)
        var email: String?
        if let signed = request.customer {
            try Self.verify(signed, secret: workspace.identitySecret, now: now)
            externalID = try Validate.text(signed.externalID, field: "customer.external_id", maxLength: 200)
            name = try Validate.optionalText(signed.name, field: "customer.name", maxLength: 200) ?? name
            email = try signed.email.map { try Validate.email($0, field: "customer.email") }
        } else {
            guard let visitor = request.visitorID,
                visitor.range(of: "^[A-Za-z0-9_-]{16,128}$", options: .regularExpression) != nil
            else {
                throw HeedError.invalidField("visitor_id", "must be 16 to 128 letters, digits, '-' or '_' (or send a signed customer)")
            }
            externalID = "visitor:" + visitor
        }
        let token = "wst_" + APIKeySecret.generate().dropFirst(APIKeySecret.marker.count)
        let (givenName, givenEmail) = (name, email)
        return try await store.write { writer in
            var customer: Customer
            if let existing = try await writer.customers(
                workspaceID: workspace.id, query: CustomerQuery(externalID: externalID), page: PageRequest(limit: 1)
            ).items.first {
                customer = existing
                var changed = false
                if let givenName, customer.name != givenName { customer.name = givenName; changed = true }
                if let givenEmail, customer.email != givenEmail { customer.email = givenEmail; changed = true }
                if customer.preferredLanguage == nil, let language { customer.preferredLanguage = language; changed = true }
                if changed {
                    customer.updatedAt = now
                    try await writer.update(customer)
                }
            } else {
                customer = Customer(
                    workspaceID: workspace.id, externalID: externalID, name: givenName, email: givenEmail,
                    preferredLanguage: language, createdAt: now)
                try await writer.insert(customer)
            }
            let session = WidgetSession(
                workspaceID: workspace.id, customerID: customer.id, tokenHash: APIKeySecret.hash(token), createdAt: now,
                expiresAt: now.addingTimeInterval(Self.lifetime))
            try await writer.insert(session)
            return (session, token, customer)
        }
    }

    /// The live session for a token, or a 401.
    func authenticate(_ token: String?) async throws -> WidgetSession {
        guard let token, !token.isEmpty else {
            throw HeedError(.unauthorized, code: .unauthorized, message: "A widget session token is required.")
        }
        let hash = APIKeySecret.hash(token)
        guard let session = try await store.read({ try await $0.widgetSession(tokenHash: hash) }),
            session.expiresAt > clock.now()
        else {
            throw HeedError(.unauthorized, code: .invalidSession, message: "The widget session is not valid or has expired.")
        }
        return session
    }

    /// Checks a signed customer: the signature covers every detail sent and has not expired.
    static func verify(_ signed: CreateWidgetSessionRequest.SignedCustomer, secret: String?, now: Date) throws {
        let claims = IdentitySignature.Claims(
            externalID: signed.externalID, email: signed.email, name: signed.name, expiresAt: signed.expiresAt)
        guard let secret, IdentitySignature.verify(signed.signature, claims: claims, secret: secret) else {
            throw HeedError(
                .unauthorized, code: .invalidSignature,
                message: "The customer's identity signature is not valid (it must cover external_id, email, name and expires_at).")
        }
        let expiresAt = Date(timeIntervalSince1970: TimeInterval(signed.expiresAt))
        guard expiresAt > now else {
            throw HeedError(.unauthorized, code: .invalidSignature, message: "The customer's identity signature has expired.")
        }
        guard expiresAt.timeIntervalSince(now) <= IdentitySignature.maximumLifetime else {
            throw HeedError.invalidField("customer.expires_at", "must be at most 7 days ahead")
        }
    }

    /// The session's customer's conversation: `id` when given (it must be theirs), else their latest one that is
    /// not closed.
    func conversation(_ id: UUID?, for session: WidgetSession, reader: any StoreReader) async throws -> Conversation? {
        try await ConversationDesk.customerConversation(
            id, customerID: session.customerID, workspaceID: session.workspaceID, reader: reader)
    }
}
