import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// The model provider's tool loop on the demo through the API: the turn pipeline hands order messages to the
/// loop, Heed runs the model's calls on the customer's own orders, and a write waits for the customer's yes.
@Suite("Provider tool loop API")
struct ProviderToolLoopAPITests {
    static let key = "tool-loop-admin-key-001"

    @Test("A cancellation the model asks for is proposed, refused without a yes, and done once after it", arguments: TestStores.engines)
    func cancelWithYes(engine: StoreEngineKind) async throws {
        let cancel = ("cancel_pending_order", #"{"order_id":"VT-10038","reason":"no longer needed"}"#)
        let provider = ScriptedProvider([
            ScriptedProvider.toolCalls([("get_order_details", #"{"order_id":"VT-10038"}"#), cancel]),
            ScriptedProvider.completion("Order VT-10038 will be cancelled and refunded. Shall I go ahead?"),
            ScriptedProvider.toolCalls([cancel]), ScriptedProvider.completion("Done: order VT-10038 is cancelled."),
        ])
        try await provider.serve { port in
            try await withTestApp(engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
                let set = try await api.call(
                    .put, "/api/v1/settings/model-provider", key: Self.key,
                    json: ["base_url": "http://127.0.0.1:\(port)", "model": "scripted", "api_key": "sk-test"])
                #expect(set.status == .ok, "\(set.raw)")
                let created = try await api.call(
                    .post, "/api/v1/conversations", key: Self.key,
                    json: ["customer": ["external_id": "cus_1003"], "channel": "api"])
                let id = try #require(created["id"]?.stringValue)

                let proposal = try await api.call(
                    .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                    json: ["body": "Please cancel my order VT-10038", "await_reply": true])

                #expect(proposal["reply"]?["body"]?.stringValue?.hasSuffix("Shall I go ahead?") == true, "\(proposal.raw)")
                #expect(proposal["reply"]?["annotations"]?["intent"]?.stringValue == "tool_use")
                let first = try await provider.toolResults(inRequest: 1)
                #expect(first.count == 2)
                #expect(first[0].contains(#""status":"pending""#))
                #expect(first[1].contains("the customer has not confirmed this change"))
                let opening = await provider.requestBodies[0]
                #expect(opening.contains(#""tools":["#) && opening.contains("cancel_pending_order"))

                let done = try await api.call(
                    .post, "/api/v1/conversations/\(id)/messages", key: Self.key, json: ["body": "yes", "await_reply": true])

                #expect(done["reply"]?["body"]?.stringValue == "Done: order VT-10038 is cancelled.", "\(done.raw)")
                let calls = try await api.call(.get, "/api/v1/conversations/\(id)/tool-calls", key: Self.key).items
                #expect(calls.map { $0["tool"]?.stringValue } == ["get_order_details", "cancel_pending_order", "cancel_pending_order"])
                #expect(calls.map { $0["approved_by"]?.stringValue } == [nil, nil, "customer"])
                #expect(calls.last?["result"]?.stringValue == "order VT-10038: cancelled")
                // Nothing of the customer's contact details went to the provider.
                let customer = try await api.call(.get, "/api/v1/customers?external_id=cus_1003", key: Self.key).items.first
                let email = try #require(customer?["email"]?.stringValue)
                #expect(await provider.requestBodies.allSatisfy { !$0.contains(email) })
            }
        }
    }

    @Test("A model that hands the conversation to a person hands it off, with Heed's notice", arguments: TestStores.engines)
    func transferHandsOff(engine: StoreEngineKind) async throws {
        let provider = ScriptedProvider([
            ScriptedProvider.toolCalls([("transfer_to_human_agents", #"{"summary":"wants an exception to the refund rules"}"#)]),
            ScriptedProvider.completion("I'm transferring you now."),
        ])
        try await provider.serve { port in
            try await withTestApp(engine: engine, configure: { $0.seedDemo = true; $0.demoAdminKey = Self.key }) { api in
                _ = try await api.call(
                    .put, "/api/v1/settings/model-provider", key: Self.key,
                    json: ["base_url": "http://127.0.0.1:\(port)", "model": "scripted", "api_key": "sk-test"])
                let created = try await api.call(
                    .post, "/api/v1/conversations", key: Self.key,
                    json: ["customer": ["external_id": "cus_1003"], "channel": "api"])
                let id = try #require(created["id"]?.stringValue)

                let sent = try await api.call(
                    .post, "/api/v1/conversations/\(id)/messages", key: Self.key,
                    json: ["body": "My order VT-10038 arrived broken and I want an exception to the refund rules", "await_reply": true])

                #expect(sent["reply"]?["decision"]?.stringValue == "handoff", "\(sent.raw)")
                #expect(sent["reply"]?["body"]?.stringValue?.contains("transferring you now") == false)
                let conversation = try await api.call(.get, "/api/v1/conversations/\(id)", key: Self.key)
                #expect(conversation["handler"]?.stringValue == "human", "\(conversation.raw)")
                #expect(conversation["escalation_reason"]?.stringValue == "ai_transferred")
            }
        }
    }
}
