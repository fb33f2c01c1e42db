import Foundation
import HTTPTypes
import HeedTestSupport
import Testing
@testable import HeedServer

/// Every operation of the API document × every kind of caller, with the status each must get (#19): no credential,
/// a wrong key and a revoked key are 401 wherever a key is needed; an agent's key and a key whose agent was demoted
/// are 403 on admin routes; another workspace's admin gets 404 for this workspace's records; the workspace's own
/// admin and agents are never refused on what they may use.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    /// The records one workspace holds, for filling in paths.
    struct Records {
        var ids: [String: String] = [:]

        /// `path` with its parameters replaced by this workspace's records (or `random` ids).
        func fill(_ path: String, random: Bool) -> String {
            let segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            var filled: [String] = []
            for (index, segment) in segments.enumerated() {
                switch segment {
                case "{id}": filled.append(random ? UUID().uuidString : ids[segments[index - 1]] ?? UUID().uuidString)
                case "{message_id}": filled.append(random ? UUID().uuidString : ids["messages"] ?? UUID().uuidString)
                default: filled.append(segment)
                }
            }
            return filled.joined(separator: "/")
        }
    }

    enum Caller: String, CaseIterable {
        case none, wrongKey, revokedKey, agent, demotedAgent, admin, otherWorkspace
    }

    struct Keys {
        var admin = "", agent = "", demoted = "", revoked = "", other = ""
    }

    func prepare(_ api: TestAPI) async throws -> (Keys, Records) {
        var keys = Keys()
        var records = Records()
        keys.admin = try await api.bootstrap("Acme").key
        keys.other = try await api.bootstrap("Other", token: "test-bootstrap-token").key
        let team = try await api.call(.post, "/api/v1/teams", key: keys.admin, json: ["name": "Billing"])
        records.ids["teams"] = team["id"]?.stringValue
        func agentKey(_ email: String, role: String) async throws -> (agentID: String, key: String) {
            let agent = try await api.call(
                .post, "/api/v1/agents", key: keys.admin, json: ["name": email, "email": email, "role": role])
            let id = try #require(agent["id"]?.stringValue, "\(agent.raw)")
            let issued = try await api.call(
                .post, "/api/v1/api-keys", key: keys.admin, json: ["name": email, "agent_id": id, "role": role])
            return (id, try #require(issued["secret"]?.stringValue, "\(issued.raw)"))
        }
        let agent = try await agentKey("lan@acme.test", role: "agent")
        keys.agent = agent.key
        records.ids["agents"] = agent.agentID
        let demoted = try await agentKey("minh@acme.test", role: "admin")
        keys.demoted = demoted.key
        let demote = try await api.call(.patch, "/api/v1/agents/\(demoted.agentID)", key: keys.admin, json: ["role": "agent"])
        #expect(demote.status == .ok, "\(demote.raw)")
        let revoked = try await api.call(.post, "/api/v1/api-keys", key: keys.admin, json: ["name": "old"])
        keys.revoked = try #require(revoked["secret"]?.stringValue)
        let revokedID = try #require(revoked["key"]?["id"]?.stringValue)
        #expect(try await api.call(.delete, "/api/v1/api-keys/\(revokedID)", key: keys.admin).status == .noContent)
        let spare = try await api.call(.post, "/api/v1/api-keys", key: keys.admin, json: ["name": "spare"])
        records.ids["api-keys"] = spare["key"]?["id"]?.stringValue

        let conversation = try await api.call(
            .post, "/api/v1/conversations", key: keys.admin, json: ["customer": ["external_id": "matrix-customer"]])
        records.ids["conversations"] = conversation["id"]?.stringValue
        records.ids["customers"] = conversation["customer_id"]?.stringValue
        let posted = try await api.call(
            .post, "/api/v1/conversations/\(records.ids["conversations"] ?? "")/messages", key: keys.admin,
            json: ["body": "Hello there"])
        records.ids["messages"] = posted["reply"]?["id"]?.stringValue ?? posted["message"]?["id"]?.stringValue
        let article = try await api.call(
            .post, "/api/v1/articles", key: keys.admin,
            json: ["title": "Delivery", "body": "Parcels arrive in three days.", "language": "en"])
        records.ids["articles"] = article["id"]?.stringValue
        #expect(records.ids.count == 7, "\(records.ids)")
        return (keys, records)
    }

    /// What `caller` must get from `operation`: a set of allowed statuses, or nil for "anything but 401 and 403".
    /// Widget routes take a widget session token and the console's session routes its cookie: no API key opens
    /// them. A body that fails validation (422) says nothing about another workspace's record.
    static func expected(_ operation: APIOperation, for caller: Caller) -> Set<Int>? {
        let needsKey = operation.access == .member || operation.access == .admin
        if operation.access == .widget || operation.path == "/api/v1/console/session" { return [401] }
        // The router's test client has no peer address, so every caller is "elsewhere" and no token is set.
        if operation.access == .metrics { return [403] }
        switch caller {
        case .none: return operation.access == .open ? nil : (needsKey || operation.access == .widget ? [401] : nil)
        case .wrongKey, .revokedKey: return needsKey ? [401] : nil
        case .agent, .demotedAgent: return operation.access == .admin ? [403] : nil
        case .admin: return nil
        case .otherWorkspace:
            guard operation.path.contains("{") else { return nil }
            return ["post", "put", "patch"].contains(operation.method) ? [404, 422] : [404]
        }
    }

    func key(_ caller: Caller, _ keys: Keys) -> String? {
        switch caller {
        case .none: nil
        case .wrongKey: "heed_not-a-real-key-0000"
        case .revokedKey: keys.revoked
        case .agent: keys.agent
        case .demotedAgent: keys.demoted
        case .admin: keys.admin
        case .otherWorkspace: keys.other
        }
    }

    @Test("Every route × every caller gets the status its access rule says", arguments: TestStores.engines)
    func matrix(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (keys, records) = try await prepare(api)
            var mismatches: [String] = []
            var checked = 0
            let operations = APICatalog.operations.filter { $0.access != .bootstrap }
            // The workspace's own callers get random ids, so nothing of the records is changed before the other
            // workspace is tried on them; the other workspace goes last, on the real ids.
            for caller in Caller.allCases {
                for operation in operations {
                    let allowed = Self.expected(operation, for: caller)
                    // The event stream never ends once it is allowed: only its refusals are checked here.
                    if operation.path == "/api/v1/events", allowed == nil {
                        checked += 1
                        continue
                    }
                    let path = records.fill(operation.path, random: caller != .otherWorkspace)
                    let method = HTTPRequest.Method(rawValue: operation.method.uppercased())!
                    let body = ["post", "put", "patch"].contains(operation.method) ? "{}" : nil
                    let response = try await api.call(method, path, key: key(caller, keys), body: body)
                    let status = response.status.code
                    checked += 1
                    if let allowed {
                        if !allowed.contains(status) { mismatches.append("\(caller) \(operation.method) \(path): \(status)") }
                    } else if status == 401 || status == 403 || status >= 500 {
                        mismatches.append("\(caller) \(operation.method) \(path): \(status) \(response.raw.prefix(120))")
                    }
                }
            }
            #expect(checked == operations.count * Caller.allCases.count)
            #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
        }
    }
}
