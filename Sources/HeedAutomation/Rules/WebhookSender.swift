import AsyncHTTPClient
import Crypto
import Foundation
import HeedNetwork
import NIOCore
import NIOHTTP1

/// Where a rule's `call_webhook` action goes out: a POST of a JSON body, signed.
public protocol WebhookSender: Sendable {
    /// Sends `body` to `url` signed with `secret`; returns the HTTP status. Throws when nothing came back, and
    /// ``WebhookBlocked`` when `url` reaches a private address the workspace does not allow (`allowPrivateNetwork`).
    func send(_ body: Data, to url: String, secret: String, allowPrivateNetwork: Bool) async throws -> Int
}

/// A webhook refused before it went out: its address is not one webhooks may call.
public struct WebhookBlocked: Error, Sendable, Equatable {
    /// Why, in words for the audit log.
    public let reason: String
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

/// Sends webhooks over an ``OutboundHTTPClient`` (redirects are never followed), each within `timeout`, after the
/// ``NetworkGuard`` declared tools use checked the address: private, loopback, link-local (cloud metadata) and the
/// server's own addresses are refused unless the workspace allows them; a plain-http call goes to the address that
/// was checked.
public struct HTTPWebhookSender: WebhookSender {
    let client: HTTPClient
    let network: NetworkGuard
    let timeout: TimeAmount

    public init(client: HTTPClient, network: NetworkGuard = NetworkGuard(), timeout: TimeAmount = .seconds(5)) {
        self.client = client
        self.network = network
        self.timeout = timeout
    }

    public func send(_ body: Data, to url: String, secret: String, allowPrivateNetwork: Bool) async throws -> Int {
        guard let host = URL(string: url)?.host, !host.isEmpty else { throw WebhookBlocked(reason: "the webhook's URL has no host") }
        let addresses: [NetworkAddress]
        do {
            addresses = try await network.check(host: host, allowPrivate: allowPrivateNetwork)
        } catch {
            throw WebhookBlocked(
                reason: error.explained(
                    subject: "the webhook's host",
                    allowedBy: "webhooks may not reach unless the workspace allows private networks"))
        }
        let pinned = addresses.first.flatMap { NetworkGuard.pinned(url, to: $0) }
        var request = HTTPClientRequest(url: pinned?.url ?? url)
        request.method = .POST
        if let pinned { request.headers.add(name: "Host", value: pinned.host) }
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "Heed-Webhook/1")
        request.headers.add(name: WebhookSignature.header, value: WebhookSignature.sign(body, secret: secret))
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await client.execute(request, timeout: timeout)
        return Int(response.status.code)
    }
}
