import Foundation
import HTTPTypes
import HeedCore
import HeedTestSupport
import Synchronization
import Testing

@testable import HeedServer

/// Agents sign in to the console with a password: cookie sessions that expire, CSRF tokens on changes, and
/// nothing across workspaces.
@Suite("Console sign-in")
struct ConsoleSignInTests {
    static let key = "console-admin-key-0001"

    /// A clock tests can move forward.
    final class MovableClock: WallClock {
        private let offset = Mutex<TimeInterval>(0)
        func now() -> Date { SystemWallClock().now().addingTimeInterval(offset.withLock { $0 }) }
        func advance(_ seconds: TimeInterval) { offset.withLock { $0 += seconds } }
    }

    /// Signs in and returns the cookie header and the CSRF token.
    static func signIn(_ api: TestAPI, email: String, password: String) async throws -> (cookie: String, csrf: String) {
        let response = try await api.call(
            .post, "/api/v1/console/sessions", headers: [:], json: ["email": email, "password": password])
        #expect(response.status == .created, "\(response.raw)")
        let setCookie = try #require(response.headers[.setCookie])
        let pair = try #require(setCookie.split(separator: ";").first)
        return (String(pair), try #require(response["csrf_token"]?.stringValue))
    }

    static func headers(_ session: (cookie: String, csrf: String), csrf: Bool = true) -> HTTPFields {
        var headers: HTTPFields = [.cookie: session.cookie]
        if csrf { headers[RequestAuthenticator.csrfHeader] = session.csrf }
        return headers
    }

    @Test("Demo agents sign in; the cookie works the API, changes need the CSRF token, sign-out ends it", arguments: TestStores.engines)
    func signInFlow(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let wrong = try await api.call(
                .post, "/api/v1/console/sessions", headers: [:],
                json: ["email": "khoa.tran@voltra.example", "password": "not-the-password"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.errorCode == "invalid_credentials")
            let unknown = try await api.call(
                .post, "/api/v1/console/sessions", headers: [:],
                json: ["email": "nobody@voltra.example", "password": "heed-demo-password"])
            #expect(unknown.errorCode == "invalid_credentials")
            // Browsers send Origin on every POST: errors must keep their status and shape (and carry CORS headers).
            let fromBrowser = try await api.call(
                .post, "/api/v1/console/sessions", headers: [.origin: "http://127.0.0.1:8080"],
                json: ["email": "khoa.tran@voltra.example", "password": "not-the-password"])
            #expect(fromBrowser.status == .unauthorized)
            #expect(fromBrowser.errorCode == "invalid_credentials")
            #expect(fromBrowser.headers[.accessControlAllowOrigin] == "*")

            let response = try await api.call(
                .post, "/api/v1/console/sessions", headers: [:],
                json: ["email": "KHOA.TRAN@voltra.example", "password": "heed-demo-password"])
            #expect(response.status == .created)
            #expect(response["agent"]?["email"]?.stringValue == "khoa.tran@voltra.example")
            #expect(response["workspace"]?["public_key"]?.stringValue == "pk_demo_voltra")
            #expect(!response.raw.contains("password_hash"))
            let setCookie = try #require(response.headers[.setCookie])
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            let session = (
                cookie: String(try #require(setCookie.split(separator: ";").first)),
                csrf: try #require(response["csrf_token"]?.stringValue)
            )

            let me = try await api.call(.get, "/api/v1/console/session", headers: Self.headers(session, csrf: false))
            #expect(me.status == .ok)
            #expect(me["csrf_token"]?.stringValue == session.csrf)
            let list = try await api.call(.get, "/api/v1/conversations?limit=5", headers: Self.headers(session, csrf: false))
            #expect(list.status == .ok)
            let conversationID = try #require(list.items.first?["id"]?.stringValue)

            let forged = try await api.call(
                .patch, "/api/v1/conversations/\(conversationID)", headers: Self.headers(session, csrf: false),
                json: ["priority": "P2"])
            #expect(forged.status == .forbidden)
            #expect(forged.errorCode == "csrf_failed")
            var wrongToken = Self.headers(session)
            wrongToken[RequestAuthenticator.csrfHeader] = "heed_wrong"
            #expect(try await api.call(.patch, "/api/v1/conversations/\(conversationID)", headers: wrongToken, json: ["priority": "P2"]).status == .forbidden)
            let changed = try await api.call(
                .patch, "/api/v1/conversations/\(conversationID)", headers: Self.headers(session), json: ["priority": "P2"])
            #expect(changed.status == .ok, "\(changed.raw)")
            #expect(changed["priority"]?.stringValue == "P2")
            // The audit log names the agent who did it.
            let audit = try await api.call(.get, "/api/v1/audit-events?limit=5", key: Self.key)
            #expect(audit.items.first { $0["action"]?.stringValue == "conversation.updated" }?["actor"]?["id"]
                == response["agent"]?["id"])

            // Agents are not admins: admin routes stay closed.
            #expect(try await api.call(.get, "/api/v1/api-keys", headers: Self.headers(session, csrf: false)).status == .forbidden)

            #expect(try await api.call(.delete, "/api/v1/console/session", headers: Self.headers(session, csrf: false)).status == .forbidden)
            let out = try await api.call(.delete, "/api/v1/console/session", headers: Self.headers(session))
            #expect(out.status == .noContent)
            let after = try await api.call(.get, "/api/v1/conversations", headers: Self.headers(session, csrf: false))
            #expect(after.status == .unauthorized)
        }
    }

    @Test("Sessions expire after 12 hours")
    func expiry() async throws {
        let clock = MovableClock()
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }, clock: clock) { api in
            let session = try await Self.signIn(api, email: "yen.le@voltra.example", password: "heed-demo-password")
            clock.advance(11 * 3600)
            #expect(try await api.call(.get, "/api/v1/console/session", headers: Self.headers(session)).status == .ok)
            clock.advance(2 * 3600)
            let expired = try await api.call(.get, "/api/v1/conversations", headers: Self.headers(session))
            #expect(expired.status == .unauthorized)
            #expect(expired.errorCode == "session_expired")
        }
    }

    @Test("Admins set passwords; agents change their own with the current one; short passwords are refused")
    func passwords() async throws {
        try await withTestApp { api in
            let (key, _) = try await api.bootstrap("Northwind", token: nil)
            let agent = try await api.call(
                .post, "/api/v1/agents", key: key, json: ["name": "Pat", "email": "pat@northwind.test"])
            let agentID = try #require(agent["id"]?.stringValue)
            let short = try await api.call(.put, "/api/v1/agents/\(agentID)/password", key: key, json: ["password": "short"])
            #expect(short.status == .unprocessableContent)
            #expect(short.errorCode == "invalid_field")
            #expect(try await api.call(.put, "/api/v1/agents/\(agentID)/password", key: key, json: ["password": "first-password-1"]).status == .noContent)
            let session = try await Self.signIn(api, email: "pat@northwind.test", password: "first-password-1")

            let withoutCurrent = try await api.call(
                .put, "/api/v1/agents/\(agentID)/password", headers: Self.headers(session), json: ["password": "second-password-2"])
            #expect(withoutCurrent.status == .unprocessableContent)
            let changed = try await api.call(
                .put, "/api/v1/agents/\(agentID)/password", headers: Self.headers(session),
                json: ["password": "second-password-2", "current_password": "first-password-1"])
            #expect(changed.status == .noContent)
            _ = try await Self.signIn(api, email: "pat@northwind.test", password: "second-password-2")
            let old = try await api.call(
                .post, "/api/v1/console/sessions", headers: [:], json: ["email": "pat@northwind.test", "password": "first-password-1"])
            #expect(old.status == .unauthorized)

            // An agent cannot set someone else's password.
            let admins = try await api.call(.get, "/api/v1/agents", key: key)
            let adminID = try #require(admins.items.first { $0["role"]?.stringValue == "admin" }?["id"]?.stringValue)
            let other = try await api.call(
                .put, "/api/v1/agents/\(adminID)/password", headers: Self.headers(session), json: ["password": "taken-over-123"])
            #expect(other.status == .forbidden)
        }
    }

    @Test("An agent of one workspace cannot open another workspace's conversation", arguments: TestStores.engines)
    func isolation(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let demoConversations = try await api.call(.get, "/api/v1/conversations?limit=1", key: Self.key)
            let foreignID = try #require(demoConversations.items.first?["id"]?.stringValue)
            let (key, _) = try await api.bootstrap("Contoso", token: "test-bootstrap-token")
            let agents = try await api.call(.get, "/api/v1/agents", key: key)
            let adminID = try #require(agents.items.first?["id"]?.stringValue)
            #expect(try await api.call(.put, "/api/v1/agents/\(adminID)/password", key: key, json: ["password": "contoso-password"]).status == .noContent)
            let session = try await Self.signIn(api, email: "admin@contoso.test", password: "contoso-password")
            for path in ["", "/messages", "/handoff", "/feedback"] {
                let response = try await api.call(.get, "/api/v1/conversations/\(foreignID)\(path)", headers: Self.headers(session))
                #expect(response.status == .notFound, "\(path)")
            }
            let patch = try await api.call(
                .patch, "/api/v1/conversations/\(foreignID)", headers: Self.headers(session), json: ["status": "resolved"])
            #expect(patch.status == .notFound)
            let own = try await api.call(.get, "/api/v1/conversations", headers: Self.headers(session))
            #expect(own.items.isEmpty)
        }
    }
}
