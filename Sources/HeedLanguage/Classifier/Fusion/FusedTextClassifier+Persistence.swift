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

        return Data(ModelFileFrame.wrap(payload.bytes, magic: Self.fileMagic, version: Self.fileFormatVersion))
    }

    /// Whether `bytes` start like a fused model file.
    static func hasMagic(_ bytes: [UInt8]) -> Bool {
        bytes.count >= fileMagic.count && Array(bytes.prefix(fileMagic.count)) == fileMagic
    }

    /// Reads a model from the bytes ``modelData()`` gave.
    /// - Throws: ``ModelFileError`` when the bytes are not a fused model, have another version, are cut short or damaged.
    public static func load(modelData: Data) throws -> FusedTextClassifier {
        let bytes = [UInt8](modelData)
        let (_, offset) = try ModelFileFrame.open(
            bytes, magic: fileMagic, kind: "Heed fused text classifier", versions: fileFormatVersion...fileFormatVersion)
        var reader = ModelFileReader(bytes: bytes, offset: offset)
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
