import Foundation
import HeedTestSupport
import Testing

/// A customer's right of access and erasure: one export with everything Heed holds about them, audited; erase
/// removes it all; neither reaches into another workspace.
@Suite("Customer data export and erase")
struct CustomerDataRightsTests {
    @Test("The export holds the profile, every conversation with its messages and notes, and the audit trail", arguments: TestStores.engines)
    func export(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Acme")
            let created = try await api.call(
                .post, "/api/v1/conversations", key: admin.key,
                json: ["customer": ["external_id": "cus-export", "name": "Anna Bērziņa", "email": "anna@example.lv"]])
            let conversationID = try #require(created["id"]?.stringValue)
            let customerID = try #require(created["customer_id"]?.stringValue, "\(created.raw)")
            for body in [
                ["body": "Where is my parcel? Card 4111 1111 1111 1111"],
                ["body": "It left the warehouse today.", "author": "agent"],
                ["body": "Customer is a repeat buyer.", "author": "agent", "internal_note": true],
            ] as [[String: Any]] {
                let posted = try await api.call(.post, "/api/v1/conversations/\(conversationID)/messages", key: admin.key, json: body)
                #expect(posted.status == .created, "\(posted.raw)")
            }

            let export = try await api.call(.get, "/api/v1/customers/\(customerID)/export", key: admin.key)
            #expect(export.status == .ok, "\(export.raw)")
            #expect(export.headers[.contentDisposition]?.contains("customer-\(customerID.lowercased()).json") == true)
            #expect(export["customer"]?["name"]?.stringValue == "Anna Bērziņa")
            let conversations = try #require(export["conversations"]?.arrayValue)
            #expect(conversations.count == 1)
            let messages = conversations.first?["messages"]?.arrayValue ?? []
            #expect(messages.count >= 3, "customer, AI and agent messages and the note")
            #expect(messages.contains { $0["body"]?.stringValue == "Customer is a repeat buyer." })
            #expect(!export.raw.contains("4111 1111 1111 1111"), "exports show data as stored: the card masked")
            #expect(export["orders"]?.arrayValue != nil)
            let actions = export["audit_events"]?.arrayValue?.compactMap { $0["action"]?.stringValue } ?? []
            #expect(actions.contains("conversation.created"), "\(actions)")

            let audit = try await api.call(.get, "/api/v1/audit-events", key: admin.key)
            #expect(audit.items.contains { $0["action"]?.stringValue == "customer.exported" }, "the export is audited")
        }
    }

    @Test("Erase removes the customer's conversations and messages; another workspace cannot export or erase them", arguments: TestStores.engines)
    func eraseAndIsolation(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Acme")
            let other = try await api.bootstrap("Other", token: "test-bootstrap-token")
            let created = try await api.call(
                .post, "/api/v1/conversations", key: admin.key, json: ["customer": ["external_id": "cus-erase"]])
            let conversationID = try #require(created["id"]?.stringValue)
            let customerID = try #require(created["customer_id"]?.stringValue)
            _ = try await api.call(
                .post, "/api/v1/conversations/\(conversationID)/messages", key: admin.key, json: ["body": "Hello"])

            let foreign = try await api.call(.get, "/api/v1/customers/\(customerID)/export", key: other.key)
            #expect(foreign.status == .notFound)
            #expect(try await api.call(.delete, "/api/v1/customers/\(customerID)", key: other.key).status == .notFound)
            let unknown = try await api.call(.get, "/api/v1/customers/\(UUID().uuidString)/export", key: admin.key)
            #expect(unknown.status == .notFound && unknown.errorCode == "not_found", "\(unknown.raw)")
            let malformed = try await api.call(.get, "/api/v1/customers/not-an-id/export", key: admin.key)
            #expect(malformed.status == .badRequest || malformed.status == .notFound, "\(malformed.raw)")

            #expect(try await api.call(.delete, "/api/v1/customers/\(customerID)", key: admin.key).status == .noContent)
            #expect(try await api.call(.get, "/api/v1/customers/\(customerID)/export", key: admin.key).status == .notFound)
            #expect(try await api.call(.get, "/api/v1/conversations/\(conversationID)", key: admin.key).status == .notFound)
            let messages = try await api.call(.get, "/api/v1/conversations/\(conversationID)/messages", key: admin.key)
            #expect(messages.status == .notFound || messages.items.isEmpty, "\(messages.raw)")
            let left = try await api.call(.get, "/api/v1/conversations?customer_id=\(customerID)", key: admin.key)
            #expect(left.items.isEmpty)
        }
    }
}
