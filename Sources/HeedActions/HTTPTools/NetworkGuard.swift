import Foundation

/// Refuses calls of declared tools to addresses inside the server's networks: the host is resolved and every
/// address it has must be public and not one of the server's own (a name with one internal address among public
/// ones is refused too). An admin can allow a tool to reach them (`allow_private_network`). Redirects are never
/// followed (the tools' HTTP client disallows them), so a public host cannot bounce a call inward.
struct NetworkGuard: Sendable {
    /// The server's own addresses.
    let ownAddresses: Set<NetworkAddress>

    init(ownAddresses: Set<NetworkAddress> = HostResolver.ownAddresses()) {
        self.ownAddresses = ownAddresses
    }

    /// Checks that `host` may be called and returns the addresses checked (IPv4 first), for the call to connect
    /// to; throws a ``ToolFailure`` naming why not.
    @discardableResult
    func check(host: String, allowPrivate: Bool) async throws(ToolFailure) -> [NetworkAddress] {
        let addresses = await HostResolver.addresses(of: host).sorted { $0.bytes.count < $1.bytes.count }
        guard !addresses.isEmpty else { throw ToolFailure("the tool's host '\(host)' does not resolve") }
        if allowPrivate { return addresses }
        for address in addresses where address.isInternal || ownAddresses.contains(address) {
            throw ToolFailure(
                "the tool's host '\(host)' resolves to \(address), a private, loopback, link-local or own address, "
                    + "which tools may not reach unless an admin allows it")
        }
        return addresses
    }

    /// A plain-http `url` pointed at the checked `address`, with the `Host` header it had: the connection goes
    /// where the check looked, even if the name resolves elsewhere a moment later (DNS rebinding). nil for https,
    /// whose certificate check needs the name.
    static func pinned(_ url: String, to address: NetworkAddress) -> (url: String, host: String)? {
        guard var components = URLComponents(string: url), components.scheme?.lowercased() == "http",
            let host = components.percentEncodedHost, !host.isEmpty
        else { return nil }
        components.percentEncodedHost = address.bytes.count == 16 ? "[\(address)]" : "\(address)"
        guard let pinned = components.string else { return nil }
        return (pinned, host + (components.port.map { ":\($0)" } ?? ""))
    }
}
