import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Heed's HTTP API as an evaluation calls it: JSON in, JSON out, with the admin key.
struct EvaluationAPI: Sendable {
    let client: HTTPClient
    let base: String
    let key: String

    /// Calls `path`; returns the status and the parsed body.
    @discardableResult
    func call(_ method: HTTPMethod, _ path: String, _ body: [String: Any]? = nil) async throws -> (Int, [String: Any]) {
        var request = HTTPClientRequest(url: base + path)
        request.method = method
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body)))
        }
        let response = try await client.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 16 << 20)
        let object = (try? JSONSerialization.jsonObject(with: Data(bytes.readableBytesView))) as? [String: Any] ?? [:]
        return (Int(response.status.code), object)
    }

    /// Calls `path` and fails unless the status is 2xx.
    @discardableResult
    func expect(_ method: HTTPMethod, _ path: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
        let (status, object) = try await call(method, path, body)
        guard (200..<300).contains(status) else {
            throw AttackEvaluationError.unexpectedResponse("\(method) \(path) → \(status) \(object)")
        }
        return object
    }
}
