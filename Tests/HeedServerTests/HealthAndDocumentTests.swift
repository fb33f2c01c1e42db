import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Hummingbird
import Testing

@testable import HeedServer

@Suite("Health and API document")
struct HealthAndDocumentTests {
    @Test("Health and readiness answer")
    func health() async throws {
        try await withTestApp { api in
            let health = try await api.call(.get, "/healthz")
            #expect(health.status == .ok)
            #expect(health["status"]?.stringValue == "ok")
            let ready = try await api.call(.get, "/readyz")
            #expect(ready.status == .ok)
            #expect(ready["status"]?.stringValue == "ready")
            #expect(ready["retrieval"]?.stringValue == "lexical", "the test app has no encoder")
        }
    }

    @Test("Every registered route is in the OpenAPI document and vice versa")
    func documentMatchesRoutes() async throws {
        let store = try await StoreOpener.open(.sqlite(path: nil), logger: TestStores.logger).store
        let httpClient = ModelProviders.makeHTTPClient()
        let conversations = try makeConversationServices(
            store: store, httpClient: httpClient, configuration: AppConfiguration(), clock: SystemWallClock(),
            logger: TestStores.logger)
        let router = buildRouter(conversations, configuration: AppConfiguration(), clock: SystemWallClock())
        let registered = Set(router.routes.map { "\($0.method.rawValue.lowercased()) \($0.path.description)" })
        let document = OpenAPIDocument.build(version: heedVersion)
        var documented = Set<String>()
        for (path, operations) in document["paths"]?.objectValue ?? [:] {
            for method in operations.objectValue?.keys ?? [:].keys {
                documented.insert("\(method) \(path)")
            }
        }
        try await httpClient.shutdown()
        try await store.shutdown()
        #expect(registered.subtracting(documented).isEmpty, "undocumented routes")
        #expect(documented.subtracting(registered).isEmpty, "documented routes that do not exist")
        #expect(registered.count >= 30)
    }

    @Test("The document is served as OpenAPI 3.1 JSON")
    func documentIsServed() async throws {
        try await withTestApp { api in
            let response = try await api.call(.get, "/openapi.json")
            #expect(response.status == .ok)
            #expect(response["openapi"]?.stringValue == "3.1.0")
            #expect(response["paths"]?["/api/v1/conversations/{id}/messages"]?["post"] != nil)
            #expect(response["components"]?["schemas"]?["Conversation"] != nil)
        }
    }

    @Test("Unknown routes answer a JSON 404")
    func unknownRoute() async throws {
        try await withTestApp { api in
            let response = try await api.call(.get, "/api/v1/nothing-here")
            #expect(response.status == .notFound || response.status == .unauthorized)
            #expect(response.errorCode != nil)
        }
    }
}
