import Foundation
import Testing
import HeedNetwork

/// Where outgoing calls (declared tools, webhooks) may not go: the host is resolved and every address checked.
@Suite("Network guard")
struct NetworkGuardTests {
    @Test(
        "Loopback, private, link-local, unspecified and mapped addresses are refused",
        arguments: ["127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "192.168.0.10", "169.254.169.254", "100.64.0.1",
                    "0.0.0.0", "::1", "[::1]", "::ffff:127.0.0.1", "fe80::1", "fd00::1", "localhost", "2130706433"])
    func refused(host: String) async throws {
        let guardian = NetworkGuard(ownAddresses: [])
        await #expect(throws: NetworkRefusal.self) { try await guardian.check(host: host, allowPrivate: false) }
        try await guardian.check(host: host, allowPrivate: true)
    }

    @Test("A public address is allowed, unless it is one of the server's own")
    func publicAddress() async throws {
        try await NetworkGuard(ownAddresses: []).check(host: "93.184.216.34", allowPrivate: false)
        try await NetworkGuard(ownAddresses: []).check(host: "2606:2800:220:1:248:1893:25c8:1946", allowPrivate: false)
        let own = try #require(NetworkAddress(bytes: [93, 184, 216, 34]))
        await #expect(throws: NetworkRefusal.self) {
            try await NetworkGuard(ownAddresses: [own]).check(host: "93.184.216.34", allowPrivate: false)
        }
    }

    @Test("A plain-http call is pinned to the checked address with its Host header; https is not")
    func pinning() throws {
        let v4 = try #require(NetworkAddress(bytes: [93, 184, 216, 34]))
        let pinned = try #require(NetworkGuard.pinned("http://api.shop.example:8080/a/b%2Fc?x=1", to: v4))
        #expect(pinned.url == "http://93.184.216.34:8080/a/b%2Fc?x=1")
        #expect(pinned.host == "api.shop.example:8080")
        let v6 = try #require(NetworkAddress(bytes: [0x26, 0x06, 0x28, 0, 2, 0x20, 0, 1, 2, 0x48, 0x18, 0x93, 0x25, 0xc8, 0x19, 0x46]))
        #expect(NetworkGuard.pinned("http://api.shop.example/x", to: v6)?.url == "http://[2606:2800:220:1:248:1893:25c8:1946]/x")
        #expect(NetworkGuard.pinned("https://api.shop.example/x", to: v4) == nil)
    }

    @Test("A host that does not resolve is refused")
    func unresolvable() async throws {
        await #expect(throws: NetworkRefusal.self) {
            try await NetworkGuard(ownAddresses: []).check(host: "no-such-host.invalid", allowPrivate: true)
        }
    }
}
