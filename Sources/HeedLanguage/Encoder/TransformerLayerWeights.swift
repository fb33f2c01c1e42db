/// One BERT encoder layer's weights, dequantised to fp32 once at load time (≈ 7 MB a layer for e5-small): the query,
/// key and value projections stacked into one matrix, the attention output, the feed-forward pair, two LayerNorms.
struct TransformerLayerWeights: Sendable {
    let queryKeyValue: FloatBuffer, queryKeyValueBias: FloatBuffer
    let attentionOutput: FloatBuffer, attentionOutputBias: FloatBuffer
    let attentionNormWeight: FloatBuffer, attentionNormBias: FloatBuffer
    let intermediate: FloatBuffer, intermediateBias: FloatBuffer
    let output: FloatBuffer, outputBias: FloatBuffer
    let outputNormWeight: FloatBuffer, outputNormBias: FloatBuffer

    /// Layer `index` of `file` (tensors `l{index}.q.w`, `l{index}.q.b`, … as e5.c names them).
    init(layer index: Int, of file: E5ModelFile) throws(EncoderModelError) {
        let hidden = file.shape.hidden, ffn = file.shape.feedForward
        let name = { (suffix: String) in "l\(index).\(suffix)" }
        queryKeyValue = FloatBuffer(stacking: [
            try file.quantized(name("q.w"), rows: hidden, columns: hidden),
            try file.quantized(name("k.w"), rows: hidden, columns: hidden),
            try file.quantized(name("v.w"), rows: hidden, columns: hidden),
        ])
        queryKeyValueBias = FloatBuffer(
            try file.floats(name("q.b"), count: hidden) + file.floats(name("k.b"), count: hidden)
                + file.floats(name("v.b"), count: hidden))
        attentionOutput = FloatBuffer(dequantizing: try file.quantized(name("ao.w"), rows: hidden, columns: hidden))
        attentionOutputBias = FloatBuffer(try file.floats(name("ao.b"), count: hidden))
        attentionNormWeight = FloatBuffer(try file.floats(name("aln.w"), count: hidden))
        attentionNormBias = FloatBuffer(try file.floats(name("aln.b"), count: hidden))
        intermediate = FloatBuffer(dequantizing: try file.quantized(name("fi.w"), rows: ffn, columns: hidden))
        intermediateBias = FloatBuffer(try file.floats(name("fi.b"), count: ffn))
        output = FloatBuffer(dequantizing: try file.quantized(name("fo.w"), rows: hidden, columns: ffn))
        outputBias = FloatBuffer(try file.floats(name("fo.b"), count: hidden))
        outputNormWeight = FloatBuffer(try file.floats(name("oln.w"), count: hidden))
        outputNormBias = FloatBuffer(try file.floats(name("oln.b"), count: hidden))
    }
}
