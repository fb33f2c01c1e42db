import Foundation
import HeedLanguage

/// The pretrained encoder the reference tests run, loaded once for the whole test process.
///
/// Tests that need it fail (never skip) when the weights are missing, naming the fix: `scripts/test.sh` fetches them
/// (and sets `HEED_REQUIRE_MODELS=1`); a developer runs `scripts/fetch-models.sh` once.
public enum EncoderWeights {
    public struct Missing: Error, CustomStringConvertible {
        let summary: String
        public var description: String {
            "The encoder weights are required by this test (HEED_REQUIRE_MODELS="
                + (ProcessInfo.processInfo.environment["HEED_REQUIRE_MODELS"] ?? "unset")
                + "): \(summary). Run scripts/fetch-models.sh."
        }
    }

    /// The repository root of this checkout (two folders above this file's folder).
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    private static let outcome = SentenceEncoderLocation.load(from: repositoryRoot)

    /// The loaded encoder, or an error saying why there is none.
    public static func encoder() throws -> E5SentenceEncoder {
        guard let encoder = outcome.encoder as? E5SentenceEncoder else { throw Missing(summary: outcome.summary) }
        return encoder
    }
}
