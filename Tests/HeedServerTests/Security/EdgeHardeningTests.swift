import Foundation
import HTTPTypes
import HeedCore
import HeedTestSupport
import NIOCore
import Testing

@testable import HeedServer

/// What crosses Heed's edges: the widget shows customers nothing of the team's triage, bodies must be declared JSON,
/// broken HTTP gets a 400, errors speak the API's language, and a signed identity covers all it claims.
@Suite("Edge hardening")
struct EdgeHardeningTests {
    static let key = "edge-admin-key-000001"

    func withDemo(over setup: TestingSetupChoice = .router, _ body: @escaping @Sendable (TestAPI) async throws -> Void)
        async throws
    {
        try await withTestApp(over: setup.value, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }, body)
    }

    @Test("The widget never shows tags, priority, assignee, escalation reason, SLA targets or message annotations")
    func widgetSeesNoTriage() async throws {
        try await withDemo { api in
            let token = try await FeedbackTests.widgetSession(api, visitor: "visitor-triage-0000001")
            let sent = try await api.call(
                .post, "/api/v1/widget/messages", key: token,
                json: ["body": "I was charged twice for my order", "client_message_id": "t-1"])
            let conversationID = try #require(sent["conversation"]?["id"]?.stringValue)
            let tagged = try await api.call(
                .patch, "/api/v1/conversations/\(conversationID)", key: Self.key,
                json: ["tags": ["fraud_suspect", "do_not_refund"], "priority": "P1"])
            #expect(tagged.status == .ok, "\(tagged.raw)")
            _ = try await api.call(.post, "/api/v1/widget/handoff", key: token)

            let thread = try await api.call(.get, "/api/v1/widget/conversation", key: token)
            #expect(thread.status == .ok)
            for secret in ["fraud_suspect", "do_not_refund", "\"priority\"", "\"tags\"", "escalation_reason", "assignee_id", "resolution_due_at",
                "sla_breached", "intent", "sentiment", "signals", "pii_found", "reasons", "confidence"]
            {
                #expect(!thread.raw.contains(secret), "widget shows \(secret)")
                #expect(!sent.raw.contains(secret), "widget turn shows \(secret)")
            }
            // What the widget needs is still there.
            #expect(thread["conversation"]?["handler"]?.stringValue == "human")
            #expect(thread["messages"]?.arrayValue?.isEmpty == false)
            #expect(sent["reply"]?["decision"] != nil)
            // Agents still see all of it.
            let agentView = try await api.call(.get, "/api/v1/conversations/\(conversationID)", key: Self.key)
            #expect(agentView.raw.contains("fraud_suspect"))
        }
    }

    @Test("State-changing JSON routes refuse bodies not declared as JSON with 415, sign-in included")
    func strictContentTypes() async throws {
        try await withDemo { api in
            let login = #"{"email":"khoa.tran@voltra.example","password":"heed-demo-password"}"#
            for contentType in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"] {
                let response = try await api.client.execute(
                    uri: "/api/v1/console/sessions", method: .post, headers: [.contentType: contentType],
                    body: ByteBuffer(string: login))
                #expect(response.status == .unsupportedMediaType, "\(contentType)")
                #expect(String(buffer: response.body).contains("unsupported_media_type"))
                #expect(response.headers[.setCookie] == nil)
            }
            let missing = try await api.client.execute(
                uri: "/api/v1/teams", method: .post, headers: [.authorization: "Bearer \(Self.key)"],
                body: ByteBuffer(string: #"{"name":"Sneaky"}"#))
            #expect(missing.status == .unsupportedMediaType)
            let charset = try await api.client.execute(
                uri: "/api/v1/console/sessions", method: .post,
                headers: [.contentType: "application/json; charset=utf-8"], body: ByteBuffer(string: login))
            #expect(charset.status == .created)
        }
    }

    @Test("The session cookie is Secure when configured, or when a proxy says the request came over HTTPS")
    func secureCookies() async throws {
        let login = #"{"email":"khoa.tran@voltra.example","password":"heed-demo-password"}"#
        try await withDemo { api in
            let plain = try await api.call(.post, "/api/v1/console/sessions", headers: [:], body: login)
            #expect(plain.headers[.setCookie]?.contains("Secure") == false)
            let proxied = try await api.call(
                .post, "/api/v1/console/sessions", headers: [ConsoleSessionController.forwardedProto: "https"], body: login)
            #expect(proxied.headers[.setCookie]?.contains("Secure") == true)
        }
        try await withTestApp(configure: {
            $0.seedDemo = true
            $0.demoAdminKey = Self.key
            $0.secureCookies = true
        }) { api in
            let configured = try await api.call(.post, "/api/v1/console/sessions", headers: [:], body: login)
            #expect(configured.headers[.setCookie]?.contains("Secure") == true)
        }
    }

    @Test("Errors name the field and the allowed values, never Swift types")
    func clearErrors() async throws {
        try await withDemo { api in
            let role = try await api.call(
                .post, "/api/v1/agents", key: Self.key, json: ["name": "X", "email": "x@voltra.example", "role": "x"])
            #expect(role.status == .unprocessableContent)
            let roleMessage = role["error"]?["message"]?.stringValue ?? ""
            #expect(roleMessage.contains("role") && roleMessage.contains("admin, agent"), "\(roleMessage)")
            #expect(!roleMessage.contains("Cannot initialize") && !roleMessage.contains("AgentRole"))

            let capacity = try await api.call(
                .post, "/api/v1/agents", key: Self.key, json: ["name": "Y", "email": "y@voltra.example", "capacity": 1.5])
            #expect(capacity.status == .unprocessableContent, "\(capacity.raw)")
            let capacityMessage = capacity["error"]?["message"]?.stringValue ?? ""
            #expect(capacityMessage.contains("capacity") && capacityMessage.contains("whole number"), "\(capacityMessage)")
        }
    }

    @Test("A malformed chunked body gets 400 bad_request, not a 500")
    func malformedChunkedBody() async throws {
        try await withDemo(over: .live) { api in
            let port = try #require(api.client.port)
            let request =
                "POST /api/v1/teams HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(Self.key)\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"
            let answer = try await RawHTTPConnection.exchange(request, port: port)
            #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer.prefix(200))")
            #expect(!answer.contains("internal_error"))
        }
    }

    @Test("A signed identity covers e-mail, name and expiry: changed details or an old signature are refused")
    func signedIdentity() async throws {
        try await withDemo { api in
            let workspace = try await api.call(.get, "/api/v1/workspace", key: Self.key)
            let secret = try #require(workspace["identity_secret"]?.stringValue)
            func open(_ customer: [String: Any]) async throws -> APIResponse {
                try await api.call(.post, "/api/v1/widget/sessions", json: ["workspace_key": "pk_demo_voltra", "customer": customer])
            }
            let genuine = WidgetTests.signedCustomer("cus_1002", email: "real@voltra.example", name: "Real", secret: secret)
            #expect(try await open(genuine).status == .created)

            var tampered = genuine
            tampered["email"] = "attacker@evil.example"
            tampered["name"] = "Attacker"
            let forged = try await open(tampered)
            #expect(forged.status == .unauthorized)
            #expect(forged.errorCode == "invalid_signature")
            let customers = try await api.call(.get, "/api/v1/customers?external_id=cus_1002", key: Self.key)
            #expect(customers.items.first?["email"]?.stringValue == "real@voltra.example")

            let expired = try await open(WidgetTests.signedCustomer("cus_1002", secret: secret, expiresIn: -60))
            #expect(expired.status == .unauthorized)
            let forever = try await open(WidgetTests.signedCustomer("cus_1002", secret: secret, expiresIn: 400 * 24 * 3600))
            #expect(forever.status == .unprocessableContent)
            let unsignedExpiry = try await open(["external_id": "cus_1002", "signature": genuine["signature"]!])
            #expect(unsignedExpiry.status == .unprocessableContent)
        }
    }
}

/// Connections that never finish their request, or send a huge one, are answered and closed.
@Suite("Connection limits")
struct ConnectionLimitTests {
    @Test("An oversized request line gets 431; a half-sent head gets 408 and the connection closes")
    func headLimits() async throws {
        try await withTestApp(over: .live, configure: { $0.requestHeadTimeout = .milliseconds(700) }) { api in
            let port = try #require(api.client.port)
            let huge = "GET /healthz?q=" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"
            let tooLarge = try await RawHTTPConnection.exchange(huge, port: port)
            #expect(tooLarge.hasPrefix("HTTP/1.1 431"), "\(tooLarge.prefix(120))")
            #expect(tooLarge.contains("headers_too_large"))

            let started = ContinuousClock.now
            let slow = try await RawHTTPConnection.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ", port: port)
            #expect(slow.hasPrefix("HTTP/1.1 408"), "\(slow.prefix(120))")
            #expect(ContinuousClock.now - started < .seconds(4))

            let normal = try await RawHTTPConnection.exchange("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", port: port)
            #expect(normal.hasPrefix("HTTP/1.1 200"), "\(normal.prefix(120))")
        }
    }
}
