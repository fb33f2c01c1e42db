import Foundation
import HTTPTypes
import HeedCore
import HeedTestSupport
import Testing

@testable import HeedServer

/// Credentials follow the people behind them: keys lose the rights their agent lost, a password reset ends the
/// agent's sessions, sign-in slows guessing down, and the provider key never moves to another host.
@Suite("Credential hardening")
struct CredentialHardeningTests {
    @Test("An agent's API key keeps no more than the agent's current role, and stops when the agent is deleted", arguments: TestStores.engines)
    func keyFollowsAgent(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (admin, _) = try await api.bootstrap("Keyhold")
            let created = try await api.call(
                .post, "/api/v1/agents", key: admin, json: ["name": "Xu", "email": "xu@keyhold.test", "role": "admin"])
            let agentID = try #require(created["id"]?.stringValue)
            let issued = try await api.call(
                .post, "/api/v1/api-keys", key: admin, json: ["name": "xu", "agent_id": agentID, "role": "admin"])
            let key = try #require(issued["secret"]?.stringValue)
            #expect(try await api.call(.get, "/api/v1/audit-events", key: key).status == .ok)

            let demoted = try await api.call(.patch, "/api/v1/agents/\(agentID)", key: admin, json: ["role": "agent"])
            #expect(demoted.status == .ok, "\(demoted.raw)")
            let escalate = try await api.call(.post, "/api/v1/api-keys", key: key, json: ["name": "again", "role": "admin"])
            #expect(escalate.status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/audit-events", key: key).status == .forbidden)
            #expect(try await api.call(.get, "/api/v1/conversations", key: key).status == .ok)

            #expect(try await api.call(.delete, "/api/v1/agents/\(agentID)", key: admin).status == .noContent)
            let gone = try await api.call(.get, "/api/v1/conversations", key: key)
            #expect(gone.status == .unauthorized)
            #expect(gone.errorCode == "invalid_api_key")
        }
    }

    @Test("An admin's password reset signs the agent out everywhere; changing one's own keeps only that session", arguments: TestStores.engines)
    func passwordResetEndsSessions(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (admin, _) = try await api.bootstrap("Resetco")
            let created = try await api.call(.post, "/api/v1/agents", key: admin, json: ["name": "Ana", "email": "ana@resetco.test"])
            let agentID = try #require(created["id"]?.stringValue)
            let setFirst = try await api.call(.put, "/api/v1/agents/\(agentID)/password", key: admin, json: ["password": "first-password-1"])
            #expect(setFirst.status == .noContent)
            let laptop = try await ConsoleSignInTests.signIn(api, email: "ana@resetco.test", password: "first-password-1")
            let phone = try await ConsoleSignInTests.signIn(api, email: "ana@resetco.test", password: "first-password-1")

            let own = try await api.call(
                .put, "/api/v1/agents/\(agentID)/password", headers: ConsoleSignInTests.headers(laptop),
                json: ["password": "second-password-2", "current_password": "first-password-1"])
            #expect(own.status == .noContent)
            #expect(try await api.call(.get, "/api/v1/conversations", headers: ConsoleSignInTests.headers(laptop)).status == .ok)
            #expect(try await api.call(.get, "/api/v1/conversations", headers: ConsoleSignInTests.headers(phone)).status == .unauthorized)

            let reset = try await api.call(.put, "/api/v1/agents/\(agentID)/password", key: admin, json: ["password": "third-password-3"])
            #expect(reset.status == .noContent)
            #expect(try await api.call(.get, "/api/v1/conversations", headers: ConsoleSignInTests.headers(laptop)).status == .unauthorized)
            let patch = try await api.call(
                .patch, "/api/v1/agents/\(agentID)", headers: ConsoleSignInTests.headers(laptop), json: ["name": "Mallory"])
            #expect(patch.status == .unauthorized)
            _ = try await ConsoleSignInTests.signIn(api, email: "ana@resetco.test", password: "third-password-3")
        }
    }

    @Test("Repeated wrong passwords get 429 with Retry-After, even with the right one after, until the window passes")
    func signInThrottle() async throws {
        let clock = ConsoleSignInTests.MovableClock()
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = "throttle-admin-key-01" }, clock: clock) { api in
            let email = "khoa.tran@voltra.example"
            for _ in 0..<5 {
                let wrong = try await api.call(
                    .post, "/api/v1/console/sessions", headers: [:], json: ["email": email, "password": "guess-guess"])
                #expect(wrong.status == .unauthorized)
            }
            let blocked = try await api.call(
                .post, "/api/v1/console/sessions", headers: [:], json: ["email": email, "password": "heed-demo-password"])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.errorCode == "rate_limited")
            let retryAfter = try #require(blocked.headers[.retryAfter].flatMap(Int.init))
            #expect(retryAfter > 0 && retryAfter <= 15 * 60)
            // Another agent's address is not blocked by these failures.
            _ = try await ConsoleSignInTests.signIn(api, email: "yen.le@voltra.example", password: "heed-demo-password")

            clock.advance(TimeInterval(retryAfter + 1))
            _ = try await ConsoleSignInTests.signIn(api, email: email, password: "heed-demo-password")
        }
    }

    @Test("Changing only the provider's URL to another host does not send the stored key there")
    func providerKeyStaysWithItsHost() async throws {
        try await withTestApp { api in
            let (admin, _) = try await api.bootstrap("Provco")
            let path = "/api/v1/settings/model-provider"
            let set = try await api.call(
                .put, path, key: admin, json: ["base_url": "https://llm.provco.test/v1", "model": "m", "api_key": "sk-provco"])
            #expect(set.status == .ok)
            let samePlace = try await api.call(.put, path, key: admin, json: ["base_url": "https://LLM.provco.test:443/v2", "model": "m2"])
            #expect(samePlace.status == .ok)
            #expect(samePlace["has_api_key"] == .bool(true))
            let moved = try await api.call(.put, path, key: admin, json: ["base_url": "https://attacker.example/v1", "model": "m"])
            #expect(moved.status == .unprocessableContent)
            #expect(moved.raw.contains("api_key"))
            let after = try await api.call(.get, path, key: admin)
            #expect(after["base_url"]?.stringValue == "https://LLM.provco.test:443/v2")
            let withNewKey = try await api.call(
                .put, path, key: admin, json: ["base_url": "https://other.example/v1", "model": "m", "api_key": "sk-other"])
            #expect(withNewKey.status == .ok)
        }
    }
}
