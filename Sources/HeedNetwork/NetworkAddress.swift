import Foundation

/// An IPv4 or IPv6 address as its bytes, and the ranges an outgoing call (a declared tool, a rule's webhook) must not
/// reach unless an admin allowed them: loopback, private (RFC 1918, carrier-grade NAT, unique-local), link-local (incl. cloud metadata at
/// 169.254.169.254), unspecified, multicast and broadcast; IPv4-mapped IPv6 addresses count as their IPv4.
public struct NetworkAddress: Sendable, Hashable, CustomStringConvertible {
    /// 4 bytes (IPv4) or 16 (IPv6).
    public let bytes: [UInt8]

    public init?(bytes: [UInt8]) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    /// The IPv4 address an IPv4-mapped (`::ffff:a.b.c.d`) or IPv4-compatible IPv6 address stands for.
    public var embeddedIPv4: NetworkAddress? {
        guard bytes.count == 16, bytes[0..<10].allSatisfy({ $0 == 0 }) else { return nil }
        if bytes[10] == 0xff, bytes[11] == 0xff { return NetworkAddress(bytes: Array(bytes[12...])) }
        if bytes[10] == 0, bytes[11] == 0, bytes[12...].contains(where: { $0 != 0 }), !(bytes[12...14].allSatisfy { $0 == 0 } && bytes[15] == 1) {
            return NetworkAddress(bytes: Array(bytes[12...]))
        }
        return nil
    }

    /// Whether the address is loopback, private, link-local, unspecified, multicast or broadcast.
    public var isInternal: Bool {
        if let v4 = embeddedIPv4 { return v4.isInternal }
        if bytes.count == 4 {
            let (a, b) = (bytes[0], bytes[1])
            return a == 0 || a == 10 || a == 127 || (a == 100 && (64...127).contains(b)) || (a == 169 && b == 254)
                || (a == 172 && (16...31).contains(b)) || (a == 192 && b == 168) || (a == 192 && b == 0 && bytes[2] == 0)
                || (a == 198 && (18...19).contains(b)) || a >= 224
        }
        let unspecified = bytes.allSatisfy { $0 == 0 }
        let loopback = bytes[0..<15].allSatisfy { $0 == 0 } && bytes[15] == 1
        let uniqueLocal = bytes[0] & 0xfe == 0xfc
        let linkLocal = bytes[0] == 0xfe && bytes[1] & 0xc0 == 0x80
        let siteLocal = bytes[0] == 0xfe && bytes[1] & 0xc0 == 0xc0
        let multicast = bytes[0] == 0xff
        return unspecified || loopback || uniqueLocal || linkLocal || siteLocal || multicast
    }

    public var description: String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: 16, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            .joined(separator: ":")
    }
}
