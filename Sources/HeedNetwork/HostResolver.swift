import Foundation
import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves a host name to every address it has (A and AAAA), and lists the machine's own addresses. The blocking
/// system resolver runs off the caller's executor.
enum HostResolver {
    /// Every address of `host` (an IP literal resolves to itself); empty when it does not resolve.
    static func addresses(of host: String) async -> [NetworkAddress] {
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: resolve(name)) }
        }
    }

    private static func resolve(_ host: String) -> [NetworkAddress] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [NetworkAddress] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            if let pointer = info.pointee.ai_addr, let parsed = parse(pointer) { addresses.append(parsed) }
            cursor = info.pointee.ai_next
        }
        return Array(Set(addresses))
    }

    private static func parse(_ pointer: UnsafeMutablePointer<sockaddr>) -> NetworkAddress? {
        switch Int32(pointer.pointee.sa_family) {
        case AF_INET:
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                withUnsafeBytes(of: v4.pointee.sin_addr) { NetworkAddress(bytes: Array($0)) }
            }
        case AF_INET6:
            return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                withUnsafeBytes(of: v6.pointee.sin6_addr) { NetworkAddress(bytes: Array($0)) }
            }
        default:
            return nil
        }
    }

    /// The addresses of this machine's network interfaces (the server's own addresses).
    static func ownAddresses() -> Set<NetworkAddress> {
        guard let devices = try? System.enumerateDevices() else { return [] }
        var own: Set<NetworkAddress> = []
        for device in devices {
            guard let address = device.address else { continue }
            switch address {
            case .v4(let v4):
                withUnsafeBytes(of: v4.address.sin_addr) { if let parsed = NetworkAddress(bytes: Array($0)) { own.insert(parsed) } }
            case .v6(let v6):
                withUnsafeBytes(of: v6.address.sin6_addr) { if let parsed = NetworkAddress(bytes: Array($0)) { own.insert(parsed) } }
            default:
                continue
            }
        }
        return own
    }
}
