/// Why a sentence-encoder model file could not be loaded.
public enum EncoderModelError: Error, CustomStringConvertible, Equatable {
    /// The file could not be opened or mapped.
    case unreadable(path: String, reason: String)
    /// The file does not start with the expected magic bytes.
    case wrongMagic(expected: String)
    /// The file ends before its declared contents.
    case truncated(section: String)
    /// A tensor the model needs is not in the file's tensor directory.
    case missingTensor(String)
    /// A tensor is present with another type or size than the model needs.
    case tensorShape(name: String, detail: String)
    /// The header declares dimensions this implementation does not support.
    case unsupportedShape(String)

    /// A readable explanation.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read the encoder model \(path): \(reason)"
        case .wrongMagic(let expected): "not an encoder model file (expected magic \(expected))"
        case .truncated(let section): "the encoder model file is truncated (in \(section))"
        case .missingTensor(let name): "the encoder model file has no tensor \(name)"
        case .tensorShape(let name, let detail): "the encoder model's tensor \(name) has the wrong shape: \(detail)"
        case .unsupportedShape(let detail): "unsupported encoder model shape: \(detail)"
        }
    }
}
