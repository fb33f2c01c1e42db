import Crypto
import Foundation

/// Signed customer identities: the company's backend signs a customer's external id with the workspace's identity
/// secret, so a browser can only open a session for the customer the backend vouched for.
enum IdentitySignature {
    /// Hex HMAC-SHA256 of `externalID` under `secret`.
    static func sign(_ externalID: String, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(externalID.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `signature` is the right one, compared in constant time.
    static func verify(_ signature: String, externalID: String, secret: String) -> Bool {
        let expected = Array(sign(externalID, secret: secret).utf8)
        let given = Array(signature.lowercased().utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
