import Foundation
import Hummingbird

/// A workspace's backend for declared HTTP tools, on 127.0.0.1: answers every request with a fixed JSON body
/// (after an optional delay) and records each request's method, URI, headers and body.
public actor ScriptedToolBackend {
    /// One request as received.
    public struct Received: Sendable {
        public let method: String
        /// The path with its query, as sent (percent-encoding kept).
        public let uri: String
        /// Header names lower-cased (`host` included).
        public let headers: [String: String]
        public let body: String
    }

    private let status: Int
    private let body: String
    private let delay: Duration
    public private(set) var received: [Received] = []

    public init(status: Int = 200, body: String, delay: Duration = .zero) {
        self.status = status
        self.body = body
        self.delay = delay
    }

    func record(_ request: Received) -> (Int, String, Duration) {
        received.append(request)
        return (status, body, delay)
    }

    /// Runs the backend while `body` runs, passing it the port.
    public func serve(_ body: @Sendable (Int) async throws -> Void) async throws {
        let router = Router()
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let buffer = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            // HTTP/1 `Host` arrives as the request's authority.
            if let authority = request.head.authority { headers["host"] = authority }
            let (status, text, delay) = await self.record(
                Received(
                    method: request.method.rawValue, uri: request.uri.description, headers: headers,
                    body: String(decoding: buffer.readableBytesView, as: UTF8.self)))
            if delay > .zero { try await Task.sleep(for: delay) }
            return Response(
                status: .init(code: status), headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        for path in ["**"] {
            router.get(RouterPath(path), use: handler)
            router.post(RouterPath(path), use: handler)
            router.put(RouterPath(path), use: handler)
            router.patch(RouterPath(path), use: handler)
            router.delete(RouterPath(path), use: handler)
        }
        try await ScriptedServer.serve(router, body)
    }
}
