import Foundation

extension FusedTextClassifier {
    /// The magic bytes that open a fused classifier model file.
    static let fileMagic: [UInt8] = Array("HEEDFUSE".utf8)
    /// The fused model file format this build writes and reads.
    public static let fileFormatVersion: UInt32 = 1

    /// Writes the model as one binary file: magic bytes, format version, payload length, checksum, payload (the
    /// lexical model's own file bytes, then the dense model and the mixture's settings).
    public func save(to url: URL) throws {
        try modelData().write(to: url, options: .atomic)
    }

    /// The model file's bytes.
    public func modelData() -> Data {
        var payload = ModelFileWriter()
        payload.writeArray([UInt8](lexical.modelData()))
        payload.write(encoderIdentifier)
        payload.write(denseShare)
        payload.write(denseTemperature)
        payload.write(decision.temperature)
        payload.write(decision.outOfScopeThreshold)
        payload.write(decision.outOfScopeScore.rawValue)
        payload.write(UInt32(dense.dimension))
        payload.write(UInt32(dense.classCount))
        payload.writeArray(dense.mean)
        payload.writeArray(dense.inverseSpread)
        payload.writeArray(dense.weights)
        payload.writeArray(dense.bias)

        var file = ModelFileWriter()
        file.append(Self.fileMagic)
        file.write(Self.fileFormatVersion)
        file.write(UInt64(payload.bytes.count))
        file.write(ModelChecksum.of(payload.bytes[...]))
        file.append(payload.bytes)
        return Data(file.bytes)
    }

    /// Whether `bytes` start like a fused model file.
    static func hasMagic(_ bytes: [UInt8]) -> Bool {
        bytes.count >= fileMagic.count && Array(bytes.prefix(fileMagic.count)) == fileMagic
    }

    /// Reads a model from the bytes ``modelData()`` gave.
    /// - Throws: ``ModelFileError`` when the bytes are not a fused model, have another version, are cut short or damaged.
    public static func load(modelData: Data) throws -> FusedTextClassifier {
        let bytes = [UInt8](modelData)
        guard hasMagic(bytes) else { throw ModelFileError.notAModelFile(expected: "Heed fused text classifier") }
        var header = ModelFileReader(bytes: bytes, offset: fileMagic.count)
        let version = try header.read(UInt32.self)
        guard version == fileFormatVersion else {
            throw ModelFileError.unsupportedVersion(found: version, supported: fileFormatVersion)
        }
        let length = try header.read(UInt64.self)
        let checksum = try header.read(UInt64.self)
        guard length <= UInt64(header.remaining) else { throw ModelFileError.truncated }
        guard length == UInt64(header.remaining) else { throw ModelFileError.malformed("unexpected bytes after the model") }
        guard ModelChecksum.of(bytes[header.offset...]) == checksum else { throw ModelFileError.checksumMismatch }

        var reader = ModelFileReader(bytes: bytes, offset: header.offset)
        let lexical = try TextClassifier.load(modelData: Data(try reader.readArray(of: UInt8.self)))
        let encoderIdentifier = try reader.readString()
        let share = try reader.readFloat()
        let denseTemperature = try reader.readFloat()
        let temperature = try reader.readFloat()
        let threshold = try reader.readFloat()
        let rawScore = try reader.read(UInt8.self)
        guard let score = OutOfScopeScore(rawValue: rawScore) else { throw ModelFileError.malformed("out-of-scope score \(rawScore)") }
        let dimension = Int(try reader.read(UInt32.self))
        let classCount = Int(try reader.read(UInt32.self))
        let mean = try reader.readArray(of: Float.self)
        let inverseSpread = try reader.readArray(of: Float.self)
        let weights = try reader.readArray(of: Float.self)
        let bias = try reader.readArray(of: Float.self)
        guard classCount == lexical.labels.count, dimension > 0, mean.count == dimension, inverseSpread.count == dimension,
              weights.count == dimension * classCount, bias.count == classCount, (0...1).contains(share),
              denseTemperature > 0, temperature > 0 else {
            throw ModelFileError.malformed("inconsistent sizes")
        }
        let dense = EmbeddingSoftmax(dimension: dimension, classCount: classCount, mean: mean, inverseSpread: inverseSpread,
                                     weights: weights, bias: bias)
        return FusedTextClassifier(
            lexical: lexical, dense: dense, denseTemperature: denseTemperature, denseShare: share,
            encoderIdentifier: encoderIdentifier, temperature: temperature, outOfScopeThreshold: threshold,
            outOfScopeScore: score)
    }
}
