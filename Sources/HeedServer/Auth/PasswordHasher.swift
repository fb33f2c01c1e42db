import HeedCore
import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks agents' console passwords with bcrypt, off the event loops (a check takes tens of
/// milliseconds on purpose).
struct PasswordHasher: Sendable {
    /// bcrypt's work factor: 2^cost rounds.
    let cost: UInt8

    static let minimumLength = 10
    /// bcrypt reads at most 72 bytes; longer passwords would be silently truncated.
    static let maximumBytes = 72

    func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// Checks a new password's length; throws a 422 naming `field`.
    static func validate(_ password: String, field: String = "password") throws {
        guard password.count >= minimumLength else {
            throw HeedError.invalidField(field, "must be at least \(minimumLength) characters")
        }
        guard password.utf8.count <= maximumBytes else {
            throw HeedError.invalidField(field, "must be at most \(maximumBytes) bytes")
        }
    }
}
