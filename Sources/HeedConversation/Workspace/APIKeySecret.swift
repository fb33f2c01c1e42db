import Crypto
import Foundation

/// API key secrets: random, shown once, stored only as a SHA-256 hash (the secrets are high-entropy, so a fast
/// hash is enough; passwords get bcrypt).
public enum APIKeySecret {
    public static let marker = "heed_"

    /// A new random secret like `heed_3q2-…` (256 bits).
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let encoded = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return marker + encoded
    }

    /// The stored form of a secret.
    public static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The first characters of a secret, shown in key lists.
    public static func prefix(of secret: String) -> String {
        String(secret.prefix(marker.count + 6))
    }
}
