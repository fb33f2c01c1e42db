import Foundation

/// Why an outgoing call was refused.
public enum NetworkRefusal: Error, Sendable, Equatable {
    /// The host has no address.
    case unresolvable(host: String)
    /// The host resolves to `address`, a private, loopback, link-local (cloud metadata) or own address.
    case internalAddress(host: String, address: String)

    /// The refusal in words, for a call named by `subject` ("the tool's host", "the webhook's host") that an admin
    /// can allow with `allowedBy` (what the admin sets).
    public func explained(subject: String, allowedBy: String) -> String {
        switch self {
        case .unresolvable(let host): "\(subject) '\(host)' does not resolve"
        case .internalAddress(let host, let address):
            "\(subject) '\(host)' resolves to \(address), a private, loopback, link-local or own address, "
                + "which \(allowedBy)"
        }
    }
}

/// Refuses outgoing calls to addresses inside the server's networks — declared tools' and rules' webhooks: the
/// host is resolved and every address it has must be public and not one of the server's own (a name with one
/// internal address among public ones is refused too). An admin can allow a tool or a workspace's webhooks to reach
/// them. Redirects must never be followed (use ``OutboundHTTPClient``), so a public host cannot bounce a call
/// inward; plain-http calls are pinned to the checked address (``pinned(_:to:)``).
public struct NetworkGuard: Sendable {
    /// The server's own addresses.
    public let ownAddresses: Set<NetworkAddress>

    /// A guard that also refuses `ownAddresses`.
    public init(ownAddresses: Set<NetworkAddress>) {
        self.ownAddresses = ownAddresses
    }

    /// A guard that also refuses this machine's own addresses.
    public init() {
        self.init(ownAddresses: HostResolver.ownAddresses())
    }

    /// Checks that `host` may be called and returns the addresses checked (IPv4 first), for the call to connect
    /// to; throws why not.
    @discardableResult
    public func check(host: String, allowPrivate: Bool) async throws(NetworkRefusal) -> [NetworkAddress] {
        let addresses = await HostResolver.addresses(of: host).sorted { $0.bytes.count < $1.bytes.count }
        guard !addresses.isEmpty else { throw .unresolvable(host: host) }
        if allowPrivate { return addresses }
        for address in addresses where address.isInternal || ownAddresses.contains(address) {
            throw .internalAddress(host: host, address: "\(address)")
        }
        return addresses
    }

    /// A plain-http `url` pointed at the checked `address`, with the `Host` header it had: the connection goes
    /// where the check looked, even if the name resolves elsewhere a moment later (DNS rebinding). nil for https,
    /// whose certificate check needs the name.
    public static func pinned(_ url: String, to address: NetworkAddress) -> (url: String, host: String)? {
        guard var components = URLComponents(string: url), components.scheme?.lowercased() == "http",
            let host = components.percentEncodedHost, !host.isEmpty
        else { return nil }
        components.percentEncodedHost = address.bytes.count == 16 ? "[\(address)]" : "\(address)"
        guard let pinned = components.string else { return nil }
        return (pinned, host + (components.port.map { ":\($0)" } ?? ""))
    }
}
