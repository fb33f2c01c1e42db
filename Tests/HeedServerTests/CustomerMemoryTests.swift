import Foundation
import HeedCore
import HeedTestSupport
import Testing

/// Memory (#18): notes about the customer written when a conversation is resolved, shown to agents, editable and
/// erasable through the API, exported and erased with the customer, switchable per workspace.
@Suite("Customer memory")
struct CustomerMemoryTests {
    /// A workspace, its admin key, and a conversation with a preference, a promise and a problem left open.
    func resolvedConversation(_ api: TestAPI, memory: Bool = true) async throws -> (key: String, customer: String, conversation: String) {
        let (key, _) = try await api.bootstrap("Lumen")
        if !memory {
            let off = try await api.call(.put, "/api/v1/policy", key: key, json: ["personalization": ["memory": false]])
            #expect(off["personalization"]?["memory"] == .bool(false), "\(off.raw)")
        }
        let created = try await api.call(
            .post, "/api/v1/conversations", key: key,
            json: ["customer": ["external_id": "cus-memory", "name": "Ilze"], "channel": "api"])
        let conversation = try #require(created["id"]?.stringValue, "\(created.raw)")
        let customer = try #require(created["customer_id"]?.stringValue, "\(created.raw)")
        let path = "/api/v1/conversations/\(conversation)/messages"
        for (author, body) in [
            ("customer", "My X200 headphones are broken. Please don't call me, I prefer e-mail."),
            ("agent", "Sorry to hear that. We will send a replacement on Monday."),
            ("customer", "The left earbud is still not working after the reset."),
        ] {
            let posted = try await api.call(.post, path, key: key, json: ["body": body, "author": author])
            #expect(posted.status == .created, "\(posted.raw)")
        }
        let resolved = try await api.call(
            .patch, "/api/v1/conversations/\(conversation)", key: key, json: ["status": "resolved"])
        #expect(resolved.status == .ok, "\(resolved.raw)")
        return (key, customer, conversation)
    }

    @Test("Resolving writes the preference, the promise and the open problem; agents see them in the hand-off package", arguments: TestStores.engines)
    func writtenOnResolve(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (key, customer, conversation) = try await resolvedConversation(api)

            let notes = try await api.call(.get, "/api/v1/customers/\(customer)/notes", key: key)
            let package = try await api.call(.get, "/api/v1/conversations/\(conversation)/handoff", key: key)

            let byKind = Dictionary(
                notes.items.compactMap { note in note["kind"]?.stringValue.map { ($0, note["text"]?.stringValue ?? "") } },
                uniquingKeysWith: { first, _ in first })
            #expect(byKind["preference"] == "Please don't call me, I prefer e-mail.", "\(notes.raw)")
            #expect(byKind["promise"] == "We will send a replacement on Monday.")
            #expect(byKind["open_problem"] == "The left earbud is still not working after the reset.")
            #expect(notes.items.allSatisfy { $0["source"]?.stringValue == "automatic" })
            #expect(notes.items.allSatisfy { $0["conversation_id"]?.stringValue == conversation })
            #expect(package["memory"]?.arrayValue?.count == 3, "\(package.raw)")

            // Resolving again (after reopening) writes nothing twice.
            _ = try await api.call(.patch, "/api/v1/conversations/\(conversation)", key: key, json: ["status": "open"])
            _ = try await api.call(.patch, "/api/v1/conversations/\(conversation)", key: key, json: ["status": "resolved"])
            let again = try await api.call(.get, "/api/v1/customers/\(customer)/notes", key: key)
            #expect(again.items.count == 3)
        }
    }

    @Test("Agents add, edit and erase notes; bad input is refused and other workspaces see nothing", arguments: TestStores.engines)
    func editable(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let (key, customer, _) = try await resolvedConversation(api)
            let path = "/api/v1/customers/\(customer)/notes"
            let first = try #require(try await api.call(.get, path, key: key).items.first?["id"]?.stringValue)

            let added = try await api.call(.post, path, key: key, json: ["text": "Speaks Latvian and English"])
            let edited = try await api.call(
                .patch, "\(path)/\(first)", key: key, json: ["text": "Only e-mail, never phone", "kind": "preference"])
            let erased = try await api.call(.delete, "\(path)/\(first)", key: key)
            let empty = try await api.call(.post, path, key: key, json: ["text": "  "])
            let badKind = try await api.call(.post, path, key: key, json: ["text": "x", "kind": "mood"])
            let (otherKey, _) = try await api.bootstrap("Other", token: "test-bootstrap-token")
            let foreign = try await api.call(.get, path, key: otherKey)
            let foreignErase = try await api.call(.delete, "\(path)/\(try #require(added["id"]?.stringValue))", key: otherKey)
            let listed = try await api.call(.get, path, key: key)

            #expect(added.status == .created, "\(added.raw)")
            #expect(added["kind"]?.stringValue == "note")
            #expect(added["source"]?.stringValue == "agent")
            #expect(edited["text"]?.stringValue == "Only e-mail, never phone", "\(edited.raw)")
            #expect(edited["source"]?.stringValue == "agent")
            #expect(erased.status == .noContent)
            #expect(empty.status == .unprocessableContent)
            #expect(badKind.status == .badRequest || badKind.status == .unprocessableContent, "\(badKind.raw)")
            #expect(foreign.status == .notFound)
            #expect(foreignErase.status == .notFound)
            #expect(listed.items.count == 3, "two automatic notes left and the agent's")
            #expect(!listed.items.contains { $0["id"]?.stringValue == first })
        }
    }

    @Test("Notes are exported with the customer and erased with them")
    func exportAndErase() async throws {
        try await withTestApp { api in
            let (key, customer, _) = try await resolvedConversation(api)

            let export = try await api.call(.get, "/api/v1/customers/\(customer)/export", key: key)
            let erased = try await api.call(.delete, "/api/v1/customers/\(customer)", key: key)
            let after = try await api.call(.get, "/api/v1/customers/\(customer)/notes", key: key)

            #expect(export["notes"]?.arrayValue?.count == 3, "\(export.raw)")
            #expect(erased.status == .noContent)
            #expect(after.status == .notFound)
        }
    }

    @Test("With personalization.memory off, resolving writes no notes")
    func switchedOff() async throws {
        try await withTestApp { api in
            let (key, customer, _) = try await resolvedConversation(api, memory: false)

            let notes = try await api.call(.get, "/api/v1/customers/\(customer)/notes", key: key)

            #expect(notes.status == .ok)
            #expect(notes.items.isEmpty)
        }
    }
}
