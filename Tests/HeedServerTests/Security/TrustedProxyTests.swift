import Foundation
import HTTPTypes
import Testing
@testable import HeedServer

/// Behind a load balancer the rate limits count the client's address that a trusted proxy forwarded; nobody else's
/// `X-Forwarded-For` is believed (#19 abuse resistance, several nodes behind one balancer).
@Suite("Trusted proxies")
struct TrustedProxyTests {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    @Test("the client is the right-most forwarded address that is not a trusted proxy; an untrusted peer is itself")
    func resolution() throws {
        let proxies = try TrustedProxies(["10.0.0.0/8", "::1", " 192.168.1.7 "])
        #expect(proxies.clientAddress(peer: "10.1.2.3", forwardedFor: "203.0.113.9") == "203.0.113.9")
        #expect(proxies.clientAddress(peer: "10.1.2.3", forwardedFor: "198.51.100.1, 203.0.113.9, 10.9.9.9") == "203.0.113.9")
        #expect(proxies.clientAddress(peer: "192.168.1.7", forwardedFor: "203.0.113.5") == "203.0.113.5")
        #expect(proxies.clientAddress(peer: "::1", forwardedFor: "203.0.113.4") == "203.0.113.4")
        #expect(proxies.clientAddress(peer: "203.0.113.8", forwardedFor: "1.2.3.4") == "203.0.113.8")
        #expect(proxies.clientAddress(peer: "11.0.0.1", forwardedFor: "1.2.3.4") == "11.0.0.1")
        #expect(proxies.clientAddress(peer: "10.1.2.3", forwardedFor: nil) == "10.1.2.3")
        #expect(TrustedProxies.none.clientAddress(peer: "10.1.2.3", forwardedFor: "1.2.3.4") == "10.1.2.3")
    }

    @Test("addresses and ranges that are not one are refused with a clear message", arguments: ["10.0.0.0/33", "300.1.1.1", "proxy.example", "10.0.0/8"])
    func invalid(specification: String) {
        #expect(throws: InvalidTrustedProxy.self) { try TrustedProxies([specification]) }
        let message = (try? TrustedProxies([specification])).map { _ in "" } ?? InvalidTrustedProxy(specification: specification).description
        #expect(message.contains("is not an IP address or an IPv4 range"))
    }

    @Test("widget sessions are limited per forwarded client behind a trusted proxy, per peer (loopback: unlimited) otherwise")
    func sessionsPerForwardedClient() async throws {
        let body = #"{"workspace_key":"pk_demo_voltra","visitor_id":"proxy-visitor-0123456789"}"#
        try await withTestApp(over: .live, configure: {
            $0.seedDemo = true
            $0.widgetLimits.sessionsPerAddress = 2
            $0.trustedProxies = try! TrustedProxies(["127.0.0.1", "::1"])
        }) { api in
            var first = HTTPFields()
            first[Self.forwardedFor] = "203.0.113.10"
            for _ in 0..<2 {
                let opened = try await api.call(.post, "/api/v1/widget/sessions", headers: first, body: body)
                #expect(opened.status == .created, "\(opened.raw)")
            }
            #expect(try await api.call(.post, "/api/v1/widget/sessions", headers: first, body: body).status == .tooManyRequests)
            var second = HTTPFields()
            second[Self.forwardedFor] = "203.0.113.11"
            #expect(try await api.call(.post, "/api/v1/widget/sessions", headers: second, body: body).status == .created)
        }
        try await withTestApp(over: .live, configure: { $0.seedDemo = true; $0.widgetLimits.sessionsPerAddress = 2 }) { api in
            var forged = HTTPFields()
            forged[Self.forwardedFor] = "203.0.113.10"
            // Not trusted: the header is ignored and the peer (loopback, never limited) counts.
            for _ in 0..<4 {
                let opened = try await api.call(.post, "/api/v1/widget/sessions", headers: forged, body: body)
                #expect(opened.status == .created, "\(opened.raw)")
            }
        }
    }
}
