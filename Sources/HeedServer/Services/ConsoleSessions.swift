import Crypto
import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HummingbirdBcrypt

/// Agents' console sign-in: checks a password, opens a session (an HttpOnly cookie plus a CSRF token), finds the
/// session of a request, and signs out.
struct ConsoleSessions: Sendable {
    let store: any SupportStore
    let passwords: PasswordHasher
    let clock: any WallClock
    /// A hash of a random string, checked against when an address has no password, so timing does not tell which
    /// addresses exist.
    private let decoyHash: String

    init(store: any SupportStore, passwords: PasswordHasher, clock: any WallClock) {
        self.store = store
        self.passwords = passwords
        self.clock = clock
        self.decoyHash = Bcrypt.hash(UUID().uuidString, cost: passwords.cost)
    }

    /// How long a session lasts from sign-in.
    static let lifetime: TimeInterval = 12 * 60 * 60
    static let cookieName = "heed_session"

    /// A signed-in agent: the session and who it is.
    struct SignedIn: Sendable {
        let session: ConsoleSession
        let agent: Agent
        let workspace: Workspace
    }

    /// Signs in with e-mail and password; the same error for an unknown address and a wrong password.
    func signIn(email: String, password: String) async throws -> (signedIn: SignedIn, token: String) {
        let candidates = try await store.read { try await $0.agentCredentials(email: email.trimmingCharacters(in: .whitespaces)) }
        var matched: AgentCredential?
        for credential in candidates where try await passwords.verify(password, hash: credential.passwordHash) {
            matched = credential
            break
        }
        guard let credential = matched else {
            if candidates.isEmpty {
                _ = try await passwords.verify(password, hash: decoyHash)
            }
            throw HeedError(.unauthorized, code: .invalidCredentials, message: "The e-mail address or password is wrong.")
        }
        let token = APIKeySecret.generate()
        let now = clock.now()
        let session = ConsoleSession(
            workspaceID: credential.workspaceID, agentID: credential.id, tokenHash: APIKeySecret.hash(token),
            csrfToken: APIKeySecret.generate(), createdAt: now, expiresAt: now.addingTimeInterval(Self.lifetime))
        let signedIn = try await store.write { writer in
            guard let agent = try await writer.agent(id: credential.id, workspaceID: credential.workspaceID),
                let workspace = try await writer.workspace(id: credential.workspaceID)
            else { throw HeedError(.unauthorized, code: .invalidCredentials, message: "The e-mail address or password is wrong.") }
            try await writer.insert(session)
            try await writer.insert(
                AuditEvent(
                    workspaceID: workspace.id, actor: Actor(kind: .agent, id: agent.id), action: "console.signed_in",
                    subjectType: "agent", subjectID: agent.id, createdAt: now))
            return SignedIn(session: session, agent: agent, workspace: workspace)
        }
        return (signedIn, token)
    }

    /// The live session of a cookie's token; 401 when there is none or it expired.
    func authenticate(_ token: String?) async throws -> SignedIn {
        guard let token, !token.isEmpty else {
            throw HeedError(.unauthorized, code: .unauthorized, message: "Sign in to the console first.")
        }
        let found = try await store.read { reader -> SignedIn? in
            guard let session = try await reader.consoleSession(tokenHash: APIKeySecret.hash(token)),
                let agent = try await reader.agent(id: session.agentID, workspaceID: session.workspaceID),
                let workspace = try await reader.workspace(id: session.workspaceID)
            else { return nil }
            let credential = try await reader.agentCredential(agentID: agent.id, workspaceID: session.workspaceID)
            if credential?.outdates(session) == true { return nil }
            return SignedIn(session: session, agent: agent, workspace: workspace)
        }
        guard let found else {
            throw HeedError(.unauthorized, code: .unauthorized, message: "Sign in to the console first.")
        }
        guard found.session.expiresAt > clock.now() else {
            throw HeedError(.unauthorized, code: .sessionExpired, message: "Your session has expired; sign in again.")
        }
        return found
    }

    /// Keeps a session signed in across a password change made with it: it counts as opened now.
    static func renew(_ session: ConsoleSession, at now: Date, writer: any StoreWriter) async throws {
        var renewed = session
        renewed.createdAt = now
        try await writer.deleteConsoleSession(id: session.id, workspaceID: session.workspaceID)
        try await writer.insert(renewed)
    }

    func signOut(_ session: ConsoleSession) async throws {
        try await store.write { try await $0.deleteConsoleSession(id: session.id, workspaceID: session.workspaceID) }
    }

    /// Throws 403 `csrf_failed` unless a request's CSRF header matches the session's token.
    static func requireCSRF(_ header: String?, session: ConsoleSession) throws {
        guard csrfMatches(header, session: session) else {
            throw HeedError(
                .forbidden, code: .csrfFailed,
                message: "Send the session's CSRF token in the X-CSRF-Token header with every change.")
        }
    }

    /// Whether a request's CSRF header matches the session's token (compared in constant time).
    static func csrfMatches(_ header: String?, session: ConsoleSession) -> Bool {
        guard let header else { return false }
        let given = Array(header.utf8)
        let expected = Array(session.csrfToken.utf8)
        guard given.count == expected.count else { return false }
        return zip(given, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
