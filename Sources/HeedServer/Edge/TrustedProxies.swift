import Foundation

/// The reverse proxies (load balancers) in front of Heed whose `X-Forwarded-For` header is believed. A request from
/// one of them is attributed to the first address in the header, read from the right, that is not itself a trusted
/// proxy; a request from anyone else is attributed to its peer, whatever header it sends — so rate limits per
/// address hold behind a load balancer and cannot be dodged by forging the header.
public struct TrustedProxies: Sendable, Hashable {
    /// One trusted address or IPv4 range.
    enum Entry: Sendable, Hashable {
        case ipv4(network: UInt32, mask: UInt32)
        case exact(String)
    }

    let entries: [Entry]

    /// No proxy is trusted.
    public static let none = TrustedProxies(entries: [])

    init(entries: [Entry]) {
        self.entries = entries
    }

    /// Parses addresses and IPv4 ranges such as `10.0.0.0/8`, `192.168.1.7` or `::1`.
    public init(_ specifications: [String]) throws(InvalidTrustedProxy) {
        var entries: [Entry] = []
        for specification in specifications.map({ $0.trimmingCharacters(in: .whitespaces) }) where !specification.isEmpty {
            guard let entry = Self.entry(specification) else { throw InvalidTrustedProxy(specification: specification) }
            entries.append(entry)
        }
        self.entries = entries
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Whether `address` is one of the trusted proxies.
    func trusts(_ address: String) -> Bool {
        entries.contains { entry in
            switch entry {
            case let .ipv4(network, mask): Self.ipv4(address).map { $0 & mask == network } ?? false
            case let .exact(text): text == address.lowercased()
            }
        }
    }

    /// The client's address: `peer`, or — when `peer` is a trusted proxy — the right-most address of
    /// `forwardedFor` that is not a trusted proxy.
    func clientAddress(peer: String?, forwardedFor: String?) -> String? {
        guard let peer, trusts(peer), let forwardedFor else { return peer }
        let hops = forwardedFor.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for hop in hops.reversed() where !trusts(hop) { return hop }
        return hops.first ?? peer
    }

    private static func entry(_ text: String) -> Entry? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let network = ipv4(String(parts[0])), let bits = Int(parts[1]), (0...32).contains(bits) else { return nil }
            let mask: UInt32 = bits == 0 ? 0 : ~UInt32(0) << (32 - bits)
            return .ipv4(network: network & mask, mask: mask)
        }
        if let address = ipv4(text) { return .ipv4(network: address, mask: ~0) }
        guard parts.count == 1, text.contains(":"), text.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return nil }
        return .exact(text.lowercased())
    }

    static func ipv4(_ text: String) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var value: UInt32 = 0
        for octet in octets {
            guard octet.count <= 3, let number = UInt32(octet), number <= 255 else { return nil }
            value = value << 8 | number
        }
        return value
    }
}

/// A trusted proxy that is neither an IP address nor an IPv4 range.
public struct InvalidTrustedProxy: Error, CustomStringConvertible {
    public let specification: String
    public var description: String {
        "Trusted proxy \"\(specification)\" is not an IP address or an IPv4 range such as 10.0.0.0/8."
    }
}
