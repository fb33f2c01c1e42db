import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// Client mistakes get the right status and a JSON error, never a 500, and never change stored data.
@Suite("Bad input")
struct BadInputTests {
    @Test("Each class of bad input has its status and code")
    func badInputs() async throws {
        try await withTestApp(configure: { $0.maxBodyBytes = 4096 }) { api in
            let admin = try await api.bootstrap("Acme")
            let key = admin.key
            let customer = try #require(
                try await api.call(.post, "/api/v1/customers", key: key, json: ["external_id": "c1"])["id"]?.stringValue)
            let conversation = try #require(
                try await api.call(.post, "/api/v1/conversations", key: key, json: ["customer_id": customer])["id"]?.stringValue)
            let messages = "/api/v1/conversations/\(conversation)/messages"

            let cases: [(String, String, String?, Int, String)] = [
                ("POST", messages, "{not json", 400, "malformed_json"),
                ("POST", messages, "", 400, "malformed_json"),
                ("POST", messages, "[1,2]", 400, "malformed_json"),
                ("POST", messages, #"{"body": 42}"#, 422, "invalid_field"),
                ("POST", messages, #"{"client_message_id": "x"}"#, 422, "missing_field"),
                ("POST", messages, #"{"body": "   "}"#, 422, "invalid_field"),
                ("POST", messages, #"{"body": "hi", "author": "ai"}"#, 422, "invalid_field"),
                ("POST", messages, #"{"body": "hi", "author": "robot"}"#, 422, "invalid_field"),
                ("POST", "/api/v1/customers", #"{"external_id": "c1"}"#, 409, "conflict"),
                ("POST", "/api/v1/customers", #"{"email": "not-an-email"}"#, 422, "invalid_field"),
                ("POST", "/api/v1/agents", #"{"name": "A", "email": "admin@acme.test"}"#, 409, "conflict"),
                ("POST", "/api/v1/agents", #"{"name": "A", "email": "a@b.test", "capacity": -1}"#, 422, "invalid_field"),
                ("POST", "/api/v1/articles", #"{"title": "T", "body": "B", "language": "english!"}"#, 422, "invalid_field"),
                ("PATCH", "/api/v1/conversations/\(conversation)", #"{"status": "archived"}"#, 422, "invalid_field"),
                ("PATCH", "/api/v1/conversations/\(conversation)", #"{"priority": "P9"}"#, 422, "invalid_field"),
                ("GET", "/api/v1/conversations/\(UUID().uuidString)", nil, 404, "not_found"),
                ("GET", "/api/v1/conversations/not-a-uuid", nil, 404, "not_found"),
                ("POST", "/api/v1/conversations/\(UUID().uuidString)/messages", #"{"body":"hi"}"#, 404, "not_found"),
                ("GET", "/api/v1/conversations?cursor=garbage", nil, 400, "invalid_cursor"),
                ("GET", "/api/v1/conversations?status=nope", nil, 400, "invalid_query"),
                ("GET", "/api/v1/conversations?limit=0", nil, 400, "invalid_query"),
                ("GET", "/api/v1/conversations?team_id=xyz", nil, 400, "invalid_query"),
                ("POST", "/api/v1/conversations", #"{"channel": "api"}"#, 422, "missing_field"),
            ]
            for (method, path, body, status, code) in cases {
                let response = try await api.call(.init(method)!, path, key: key, body: body)
                #expect(response.status.code == status, "\(method) \(path) \(body ?? "") → \(response.status.code) \(response.raw)")
                #expect(response.errorCode == code, "\(method) \(path) \(body ?? "") → \(response.raw)")
                #expect(response.json?["error"]?["message"]?.stringValue?.isEmpty == false)
            }

            let big = String(repeating: "x", count: 5000)
            let oversize = try await api.call(.post, messages, key: key, body: #"{"body": "\#(big)"}"#)
            #expect(oversize.status == .contentTooLarge)
            #expect(oversize.errorCode == "payload_too_large")

            // None of that stored anything.
            let stored = try await api.call(.get, messages, key: key)
            #expect(stored.items.isEmpty)
            #expect(try await api.call(.get, "/api/v1/customers", key: key).items.count == 1)
        }
    }
}
