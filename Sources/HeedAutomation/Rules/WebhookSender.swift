import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import NIOHTTP1

/// Where a rule's `call_webhook` action goes out: a POST of a JSON body, signed.
public protocol WebhookSender: Sendable {
    /// Sends `body` to `url` signed with `secret`; returns the HTTP status. Throws when nothing came back.
    func send(_ body: Data, to url: String, secret: String) async throws -> Int
}

/// The signature of a webhook body: `sha256=` and the hex HMAC-SHA256 of the body under the secret. The receiver
/// recomputes it over the raw body it got and compares.
public enum WebhookSignature {
    /// The header carrying the signature.
    public static let header = "X-Heed-Signature"

    public static func sign(_ body: Data, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }
}

/// Sends webhooks over the server's HTTP client, each within `timeout`.
public struct HTTPWebhookSender: WebhookSender {
    let client: HTTPClient
    let timeout: TimeAmount

    public init(client: HTTPClient, timeout: TimeAmount = .seconds(5)) {
        self.client = client
        self.timeout = timeout
    }

    public func send(_ body: Data, to url: String, secret: String) async throws -> Int {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "Heed-Webhook/1")
        request.headers.add(name: WebhookSignature.header, value: WebhookSignature.sign(body, secret: secret))
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: timeout)
        return Int(response.status.code)
    }
}
