import Crypto
import Foundation

/// Signed customer identities: the company's backend signs what it vouches for — the customer's external id, their
/// e-mail and name as sent, and an expiry — with the workspace's identity secret, so a browser can open a session
/// only for that customer, with exactly those details, until the expiry.
enum IdentitySignature {
    /// The longest an identity may be signed for ahead of now.
    static let maximumLifetime: TimeInterval = 7 * 24 * 3600

    /// The signed fields, one per line in a fixed order (absent ones empty).
    struct Claims: Sendable, Equatable {
        var externalID: String
        var email: String?
        var name: String?
        /// Unix time in seconds after which the signature no longer opens sessions.
        var expiresAt: Int64

        /// The exact text that is signed.
        var canonicalText: String {
            "external_id=\(externalID)\nemail=\(email ?? "")\nname=\(name ?? "")\nexpires_at=\(expiresAt)"
        }
    }

    /// Hex HMAC-SHA256 of the claims' canonical text under `secret`.
    static func sign(_ claims: Claims, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(
            for: Data(claims.canonicalText.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `signature` is the right one for `claims`, compared in constant time.
    static func verify(_ signature: String, claims: Claims, secret: String) -> Bool {
        let expected = Array(sign(claims, secret: secret).utf8)
        let given = Array(signature.lowercased().utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
