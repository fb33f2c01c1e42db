/// The Q4_0 block format: 32 weights share one fp16 scale; byte `j` of the 16 data bytes holds weight `j` in its low
/// nibble and weight `j + 16` in its high nibble; a weight is `(nibble − 8) × scale`.
enum Q4Block {
    static let valuesPerBlock = 32
    static let byteCount = 18

    /// Writes the 32 weights of the block at `block` into `output[0..<32]`.
    @inline(__always)
    static func dequantize(_ block: UnsafeRawPointer, into output: UnsafeMutablePointer<Float>) {
        let scale = halfToFloat(UInt16(littleEndian: block.loadUnaligned(as: UInt16.self)))
        for j in 0..<16 {
            let byte = block.load(fromByteOffset: 2 + j, as: UInt8.self)
            output[j] = Float(Int(byte & 0x0F) - 8) * scale
            output[j + 16] = Float(Int(byte >> 4) - 8) * scale
        }
    }

    /// IEEE 754 half precision to single precision, subnormals included.
    static func halfToFloat(_ half: UInt16) -> Float {
        let sign = UInt32(half & 0x8000) << 16
        var exponent = UInt32(half >> 10) & 0x1F
        var mantissa = UInt32(half) & 0x3FF
        if exponent == 0 {
            if mantissa == 0 { return Float(bitPattern: sign) }
            exponent = 1
            while mantissa & 0x400 == 0 {
                mantissa <<= 1
                exponent += 1
            }
            mantissa &= 0x3FF
            return Float(bitPattern: sign | ((113 - exponent) << 23) | (mantissa << 13))
        }
        if exponent == 31 { return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13)) }
        return Float(bitPattern: sign | ((exponent + 112) << 23) | (mantissa << 13))
    }
}

/// A row-major matrix of Q4_0 blocks inside a mapped model file: kept quantised (the word-embedding table, 250k
/// rows) and dequantised a row at a time, or whole once (the layers' weights).
struct Q4Matrix: Sendable {
    let file: MappedFile
    let offset: Int
    let rows: Int
    let columns: Int

    private var blocksPerRow: Int { columns / Q4Block.valuesPerBlock }

    /// Writes row `row` as fp32 into `output[0..<columns]`.
    func dequantizeRow(_ row: Int, into output: UnsafeMutablePointer<Float>) {
        precondition(row >= 0 && row < rows, "row out of range")
        let rowStart = file.base + offset + row * blocksPerRow * Q4Block.byteCount
        for block in 0..<blocksPerRow {
            Q4Block.dequantize(
                rowStart + block * Q4Block.byteCount, into: output + block * Q4Block.valuesPerBlock)
        }
    }

    /// The whole matrix as row-major fp32.
    func dequantized() -> [Float] {
        [Float](unsafeUninitializedCapacity: rows * columns) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            for row in 0..<rows { dequantizeRow(row, into: base + row * columns) }
            initialized = rows * columns
        }
    }
}
