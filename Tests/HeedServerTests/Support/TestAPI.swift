import Foundation
import HTTPTypes
import HeedCore
import HeedServer
import HeedTestSupport
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// An HTTP response as tests see it: status and parsed JSON body.
struct APIResponse {
    let status: HTTPResponse.Status
    let json: JSONValue?
    let raw: String
    var headers = HTTPFields()

    subscript(key: String) -> JSONValue? { json?[key] }

    /// `error.code` of an error response.
    var errorCode: String? { json?["error"]?["code"]?.stringValue }

    /// `data` of a list response.
    var items: [JSONValue] { json?["data"]?.arrayValue ?? [] }
}

/// Calls the API through Hummingbird's test client.
struct TestAPI {
    let client: any TestClientProtocol

    func call(_ method: HTTPRequest.Method, _ path: String, key: String? = nil, body: String? = nil) async throws
        -> APIResponse
    {
        var headers = HTTPFields()
        if let key { headers[.authorization] = "Bearer \(key)" }
        return try await call(method, path, headers: headers, body: body)
    }

    /// A call with any headers (cookies, CSRF tokens…).
    func call(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields, body: String? = nil) async throws
        -> APIResponse
    {
        var headers = headers
        if body != nil { headers[.contentType] = "application/json" }
        let response = try await client.execute(
            uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        let raw = String(buffer: response.body)
        let json = raw.isEmpty ? nil : try? HeedJSON.makeDecoder().decode(JSONValue.self, from: Data(raw.utf8))
        return APIResponse(status: response.status, json: json, raw: raw, headers: response.headers)
    }

    func call(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields, json: [String: Any]) async throws
        -> APIResponse
    {
        let data = try JSONSerialization.data(withJSONObject: json)
        return try await call(method, path, headers: headers, body: String(decoding: data, as: UTF8.self))
    }

    func call(_ method: HTTPRequest.Method, _ path: String, key: String? = nil, json: [String: Any]) async throws
        -> APIResponse
    {
        let data = try JSONSerialization.data(withJSONObject: json)
        return try await call(method, path, key: key, body: String(decoding: data, as: UTF8.self))
    }

    /// Creates a workspace and returns its admin key and id.
    func bootstrap(_ name: String, token: String? = nil) async throws -> (key: String, workspaceID: String) {
        let response = try await call(
            .post, "/api/v1/workspaces", key: token,
            json: ["name": name, "admin": ["name": "Admin \(name)", "email": "admin@\(name.lowercased()).test"]])
        #expect(response.status == .created, "bootstrap failed: \(response.raw)")
        let key = try #require(response["api_key"]?["secret"]?.stringValue)
        let id = try #require(response["workspace"]?["id"]?.stringValue)
        return (key, id)
    }
}

/// Runs `body` against a Heed app built like production, on a fresh store of `engine`.
func withTestApp(
    engine: StoreEngineKind = .sqlite, over setup: TestingSetup = .router,
    configure: (inout AppConfiguration) -> Void = { _ in }, clock: any WallClock = SystemWallClock(),
    _ body: @escaping @Sendable (TestAPI) async throws -> Void
) async throws {
    let (location, cleanUp) = try await TestStores.makeLocation(engine)
    var configuration = AppConfiguration(port: 0, logLevel: .warning, bootstrapToken: "test-bootstrap-token")
    configuration.passwordHashCost = 4
    switch location {
    case .sqlite(let path): configuration.databaseURL = "sqlite:\(path ?? ":memory:")"
    case .postgres(let url): configuration.databaseURL = url
    }
    configure(&configuration)
    do {
        let app = try await buildApplication(configuration, logger: TestStores.logger, clock: clock)
        try await app.test(setup) { client in try await body(TestAPI(client: client)) }
    } catch {
        await cleanUp()
        throw error
    }
    await cleanUp()
}
