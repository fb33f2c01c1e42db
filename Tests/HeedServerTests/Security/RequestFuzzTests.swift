import Foundation
import HeedLanguage
import HeedTestSupport
import HTTPTypes
import Testing
@testable import HeedServer

/// Malformed JSON from strangers never breaks Heed (#19): every request body type and widget frame decodes or is
/// explained as a client error, and over HTTP no mutated body gets a 5xx.
@Suite("Request fuzzing")
struct RequestFuzzTests {
    static let key = "fuzz-admin-key-0001"

    @Test("Request bodies and widget frames survive 2,000 malformed inputs each", arguments: RequestFuzzTargets.all.map(\.name))
    func decoding(target name: String) throws {
        let target = try #require(RequestFuzzTargets.all.first { $0.name == name })
        target.fuzz(count: 2000, seed: 0x4845_4544)
    }

    @Test("Mutated bodies on the API and widget routes get 4xx or success, never 5xx")
    func overHTTP() async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
            let opened = try await api.call(
                .post, "/api/v1/widget/sessions", json: ["workspace_key": "pk_demo_voltra", "visitor_id": "fuzz-0123456789abcdef"])
            let widgetToken = try #require(opened["token"]?.stringValue)
            let conversation = try await api.call(
                .post, "/api/v1/conversations", key: Self.key, json: ["customer": ["external_id": "fuzz-customer"]])
            let id = try #require(conversation["id"]?.stringValue)
            let routes: [(HTTPRequest.Method, String, String, String)] = [
                (.post, "/api/v1/conversations", Self.key, #"{"customer":{"external_id":"x","name":"N"},"channel":"api","tags":["a"]}"#),
                (.post, "/api/v1/conversations/\(id)/messages", Self.key, #"{"body":"Hi","author":"agent","client_message_id":"c"}"#),
                (.patch, "/api/v1/conversations/\(id)", Self.key, #"{"status":"pending","priority":"p2","tags":["x"]}"#),
                (.put, "/api/v1/policy", Self.key, #"{"handoff":{"anger_threshold":0.8},"limits":{"max_ai_replies":5}}"#),
                (.post, "/api/v1/customers", Self.key, #"{"external_id":"e","email":"a@b.example","attributes":{"k":1}}"#),
                (.post, "/api/v1/widget/messages", widgetToken, #"{"body":"Where is my order?","client_message_id":"w"}"#),
            ]
            var failures: [String] = []
            for (offset, (method, path, key, seed)) in routes.enumerated() {
                var fuzzer = MutationFuzzer(seed: UInt64(offset + 1), seeds: [seed])
                for _ in 0..<120 {
                    let body = fuzzer.next()
                    let response = try await api.call(method, path, key: key, body: body)
                    if response.status.code >= 500 { failures.append("\(method) \(path) \(response.status.code): \(body.prefix(80))") }
                }
            }
            #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        }
    }
}
