import Foundation
import Hummingbird

/// A webhook receiver on 127.0.0.1 that answers every POST to `/hooks` with a fixed status and records each
/// delivery's raw body and signature header.
public actor ScriptedWebhookReceiver {
    /// One request as received.
    public struct Delivery: Sendable {
        public let body: Data
        public let signature: String?
    }

    private let status: Int
    public private(set) var deliveries: [Delivery] = []

    public init(status: Int = 200) {
        self.status = status
    }

    func record(_ delivery: Delivery) -> Int {
        deliveries.append(delivery)
        return status
    }

    /// Runs the receiver while `body` runs, passing it the receiver's URL.
    public func serve(_ body: @Sendable (String) async throws -> Void) async throws {
        let router = Router()
        router.post("hooks") { request, _ -> Response in
            let buffer = try await request.body.collect(upTo: 1 << 20)
            let signature = request.headers.first { $0.name.canonicalName == "x-heed-signature" }?.value
            let status = await self.record(Delivery(body: Data(buffer.readableBytesView), signature: signature))
            return Response(status: .init(code: status))
        }
        try await ScriptedServer.serve(router) { port in try await body("http://127.0.0.1:\(port)/hooks") }
    }
}
