import Foundation

extension TextClassifier {
    /// The magic bytes that open a classifier model file.
    static let fileMagic: [UInt8] = Array("HEEDTXTC".utf8)
    /// The classifier model file format this build writes. Version 2 added the kind of out-of-scope score,
    /// version 3 the negation scope and lexicon polarity features; this build still reads version 1 files (whose
    /// threshold is on the top probability) and version 2 files (which have neither feature).
    public static let fileFormatVersion: UInt32 = 3
    /// The oldest format version this build reads.
    static let oldestReadableFileFormatVersion: UInt32 = 1

    /// Writes the model as one binary file: magic bytes, format version, payload length, checksum, payload.
    public func save(to url: URL) throws {
        try modelData().write(to: url, options: .atomic)
    }

    /// Reads a model written by ``save(to:)``.
    /// - Throws: ``ModelFileError`` when the file is not a model, has another format version, is truncated or corrupted.
    public static func load(from url: URL) throws -> TextClassifier {
        try load(modelData: try Data(contentsOf: url))
    }

    /// The model file's bytes, for keeping a model somewhere other than a file (e.g. a database record).
    public func modelData() -> Data {
        Data(serialized())
    }

    /// Reads a model from the bytes ``modelData()`` gave.
    /// - Throws: ``ModelFileError`` as ``load(from:)`` does.
    public static func load(modelData: Data) throws -> TextClassifier {
        try deserialize([UInt8](modelData))
    }

    /// The model file's bytes, in the current format or (for compatibility tests) an older readable one.
    func serialized(version: UInt32 = fileFormatVersion) -> [UInt8] {
        var payload = ModelFileWriter()
        let f = featureOptions
        for value in [f.hashBits, f.maxWordNGram, f.minCharNGram, f.maxCharNGram, f.minDocumentFrequency] {
            payload.write(Int32(value))
        }
        payload.write(UInt8(f.charNGramsAcrossWords ? 1 : 0) | (f.charNGramsWithinWordsToo ? 2 : 0))
        payload.write(f.wordWeight)
        payload.write(f.charWeight)
        payload.write(UInt32(labels.count))
        for label in labels { payload.write(label) }
        payload.write(UInt8(outOfScopeLabel == nil ? 0 : 1))
        payload.write(outOfScopeLabel ?? "")
        payload.write(outOfScopeThreshold)
        payload.write(temperature)
        if version >= 2 { payload.write(outOfScopeScore.rawValue) }
        if version >= 3 {
            payload.write(Int32(f.negationScope))
            payload.write(UInt8(f.lexiconPolarity ? 1 : 0))
        }
        payload.writeArray(vectorizer.bucketOfRow)
        payload.writeArray(vectorizer.idf)
        payload.writeArray(bias)
        payload.writeArray(weights)

        return ModelFileFrame.wrap(payload.bytes, magic: Self.fileMagic, version: version)
    }

    /// The feature options at the start of the payload (the negation and lexicon options of version 3 come later).
    private static func readFeatureOptions(_ reader: inout ModelFileReader) throws -> FeatureOptions {
        var options = FeatureOptions()
        // Files before version 3 were written without negation or lexicon features (today's defaults differ).
        options.negationScope = 0
        options.lexiconPolarity = false
        options.hashBits = Int(try reader.read(Int32.self))
        options.maxWordNGram = Int(try reader.read(Int32.self))
        options.minCharNGram = Int(try reader.read(Int32.self))
        options.maxCharNGram = Int(try reader.read(Int32.self))
        options.minDocumentFrequency = Int(try reader.read(Int32.self))
        let charScope = try reader.read(UInt8.self)
        options.charNGramsAcrossWords = charScope & 1 != 0
        options.charNGramsWithinWordsToo = charScope & 2 != 0
        options.wordWeight = try reader.readFloat()
        options.charWeight = try reader.readFloat()
        guard (8...26).contains(options.hashBits) else { throw ModelFileError.malformed("hash size 2^\(options.hashBits)") }
        return options
    }

    /// Rebuilds a model from file bytes, validating the header, length and checksum first.
    static func deserialize(_ bytes: [UInt8]) throws -> TextClassifier {
        let (version, payload) = try ModelFileFrame.open(
            bytes, magic: fileMagic, kind: "Heed text classifier",
            versions: oldestReadableFileFormatVersion...fileFormatVersion)
        var reader = ModelFileReader(bytes: bytes, offset: payload)
        var options = try readFeatureOptions(&reader)
        let labelCount = Int(try reader.read(UInt32.self))
        guard labelCount >= 2, labelCount <= reader.remaining else { throw ModelFileError.malformed("\(labelCount) labels") }
        let labels = try (0..<labelCount).map { _ in try reader.readString() }
        let hasOutOfScope = try reader.read(UInt8.self) == 1
        let oosLabel = try reader.readString()
        let threshold = try reader.readFloat()
        let temperature = try reader.readFloat()
        var score = OutOfScopeScore.topProbability
        if version >= 2 {
            let raw = try reader.read(UInt8.self)
            guard let kind = OutOfScopeScore(rawValue: raw) else { throw ModelFileError.malformed("out-of-scope score \(raw)") }
            score = kind
        }
        if version >= 3 {
            options.negationScope = Int(try reader.read(Int32.self))
            options.lexiconPolarity = try reader.read(UInt8.self) == 1
            guard (0...100).contains(options.negationScope) else { throw ModelFileError.malformed("negation scope \(options.negationScope)") }
        }
        let buckets = try reader.readArray(of: UInt32.self)
        let idf = try reader.readArray(of: Float.self)
        let bias = try reader.readArray(of: Float.self)
        let weights = try reader.readArray(of: Float.self)
        guard idf.count == buckets.count, bias.count == labelCount, weights.count == buckets.count * labelCount,
              buckets.allSatisfy({ $0 < UInt32(1) << UInt32(options.hashBits) }), temperature > 0 else {
            throw ModelFileError.malformed("inconsistent sizes")
        }
        return TextClassifier(
            labels: labels, outOfScopeLabel: hasOutOfScope ? oosLabel : nil, outOfScopeThreshold: threshold,
            temperature: temperature, vectorizer: FeatureVectorizer(options: options, bucketOfRow: buckets, idf: idf),
            weights: weights, bias: bias, outOfScopeScore: score)
    }
}
