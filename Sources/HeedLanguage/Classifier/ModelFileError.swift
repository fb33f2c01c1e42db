/// Why a model file could not be loaded.
public enum ModelFileError: Error, CustomStringConvertible, Equatable {
    /// The file does not start with the expected magic bytes: it is not a model of this kind.
    case notAModelFile(expected: String)
    /// The file was written in another format version than this build reads.
    case unsupportedVersion(found: UInt32, supported: UInt32)
    /// The file ends before its declared contents: it was cut short.
    case truncated
    /// The file's contents do not match its checksum: it was damaged.
    case checksumMismatch
    /// The contents are inconsistent (e.g. impossible sizes).
    case malformed(String)

    /// A readable explanation.
    public var description: String {
        switch self {
        case .notAModelFile(let expected): "not a \(expected) model file (wrong magic bytes)"
        case .unsupportedVersion(let found, let supported):
            "model file format version \(found) is not supported (this build reads version \(supported)); retrain the model"
        case .truncated: "the model file is truncated"
        case .checksumMismatch: "the model file is corrupted (checksum mismatch)"
        case .malformed(let detail): "the model file is malformed: \(detail)"
        }
    }
}
