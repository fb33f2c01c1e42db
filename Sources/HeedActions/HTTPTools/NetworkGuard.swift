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

    /// Checks that `host` may be called; throws a ``ToolFailure`` naming why not.
    func check(host: String, allowPrivate: Bool) async throws(ToolFailure) {
        let addresses = await HostResolver.addresses(of: host)
        guard !addresses.isEmpty else { throw ToolFailure("the tool's host '\(host)' does not resolve") }
        if allowPrivate { return }
        for address in addresses where address.isInternal || ownAddresses.contains(address) {
            throw ToolFailure(
                "the tool's host '\(host)' resolves to \(address), a private, loopback, link-local or own address, "
                    + "which tools may not reach unless an admin allows it")
        }
    }
}
