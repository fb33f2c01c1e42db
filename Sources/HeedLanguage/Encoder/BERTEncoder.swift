import Foundation

/// The BERT/XLM-R encoder stack of multilingual-e5-small in fp32: word (Q4_0, dequantised per token) + position +
/// type embeddings and a LayerNorm, then post-norm layers of multi-head self-attention and a GELU feed-forward
/// network; returns each input's mean of its final hidden states.
struct BERTEncoder: Sendable {
    let shape: E5ModelFile.Shape
    private let words: Q4Matrix
    private let positions: FloatBuffer, tokenType: FloatBuffer
    private let embeddingNormWeight: FloatBuffer, embeddingNormBias: FloatBuffer
    private let layers: [TransformerLayerWeights]
    /// Threads the matrix products may use.
    let threads: Int

    init(file: E5ModelFile, threads: Int) throws(EncoderModelError) {
        let shape = file.shape
        self.shape = shape
        words = try file.quantized("emb.word", rows: shape.vocabulary, columns: shape.hidden)
        positions = FloatBuffer(try file.floats("emb.pos", count: shape.maxPositions * shape.hidden))
        tokenType = FloatBuffer(try file.floats("emb.type", count: shape.typeVocabulary * shape.hidden))
        embeddingNormWeight = FloatBuffer(try file.floats("emb.ln.w", count: shape.hidden))
        embeddingNormBias = FloatBuffer(try file.floats("emb.ln.b", count: shape.hidden))
        var layers: [TransformerLayerWeights] = []
        for index in 0..<shape.layers { layers.append(try TransformerLayerWeights(layer: index, of: file)) }
        self.layers = layers
        self.threads = threads
        SystemBLAS.setThreads(threads)
    }

    /// The activations one forward pass over `tokens` tokens needs.
    private struct Scratch {
        let hidden: FloatBuffer, queryKeyValue: FloatBuffer, context: FloatBuffer, projected: FloatBuffer
        let intermediate: FloatBuffer

        init(tokens: Int, shape: E5ModelFile.Shape) {
            hidden = FloatBuffer(count: tokens * shape.hidden)
            queryKeyValue = FloatBuffer(count: tokens * shape.hidden * 3)
            context = FloatBuffer(count: tokens * shape.hidden)
            projected = FloatBuffer(count: tokens * shape.hidden)
            intermediate = FloatBuffer(count: tokens * shape.feedForward)
        }
    }

    /// The mean of the final hidden states of each input of `batch`, in order (not normalised).
    func meanPooled(_ batch: TokenBatch) -> [[Float]] {
        let scratch = Scratch(tokens: batch.tokenCount, shape: shape)
        embed(batch, into: scratch.hidden.pointer)
        for layer in layers { run(layer, on: batch, scratch: scratch) }
        let hidden = shape.hidden
        return batch.segments.map { segment in
            var mean = [Float](repeating: 0, count: hidden)
            for token in segment {
                let row = scratch.hidden.pointer + token * hidden
                for i in 0..<hidden { mean[i] += row[i] }
            }
            let scale = 1 / Float(max(segment.count, 1))
            return mean.map { $0 * scale }
        }
    }

    private func embed(_ batch: TokenBatch, into x: UnsafeMutablePointer<Float>) {
        let hidden = shape.hidden
        for token in 0..<batch.tokenCount {
            let row = x + token * hidden
            let id = batch.ids[token], position = min(batch.positions[token], shape.maxPositions - 1)
            words.dequantizeRow(id < words.rows ? id : 3, into: row)
            let positionRow = positions.pointer + position * hidden
            for i in 0..<hidden { row[i] += positionRow[i] + tokenType.pointer[i] }
        }
        DenseKernels.addLayerNorm(
            x, residual: nil, weight: embeddingNormWeight.pointer, bias: embeddingNormBias.pointer,
            tokens: batch.tokenCount, width: hidden, epsilon: shape.layerNormEpsilon)
    }

    private func run(_ layer: TransformerLayerWeights, on batch: TokenBatch, scratch: Scratch) {
        let tokens = batch.tokenCount, hidden = shape.hidden, ffn = shape.feedForward, eps = shape.layerNormEpsilon
        let x = scratch.hidden.pointer
        DenseKernels.linear(
            x, tokens: tokens, inputs: hidden, weights: layer.queryKeyValue.pointer,
            bias: layer.queryKeyValueBias.pointer, outputs: 3 * hidden, into: scratch.queryKeyValue.pointer,
            threads: threads)
        for segment in batch.segments { attend(segment, scratch: scratch) }
        DenseKernels.linear(
            scratch.context.pointer, tokens: tokens, inputs: hidden, weights: layer.attentionOutput.pointer,
            bias: layer.attentionOutputBias.pointer, outputs: hidden, into: scratch.projected.pointer, threads: threads)
        DenseKernels.addLayerNorm(
            x, residual: scratch.projected.pointer, weight: layer.attentionNormWeight.pointer,
            bias: layer.attentionNormBias.pointer, tokens: tokens, width: hidden, epsilon: eps)
        DenseKernels.linear(
            x, tokens: tokens, inputs: hidden, weights: layer.intermediate.pointer, bias: layer.intermediateBias.pointer,
            outputs: ffn, into: scratch.intermediate.pointer, threads: threads)
        DenseKernels.gelu(scratch.intermediate.pointer, count: tokens * ffn)
        DenseKernels.linear(
            scratch.intermediate.pointer, tokens: tokens, inputs: ffn, weights: layer.output.pointer,
            bias: layer.outputBias.pointer, outputs: hidden, into: scratch.projected.pointer, threads: threads)
        DenseKernels.addLayerNorm(
            x, residual: scratch.projected.pointer, weight: layer.outputNormWeight.pointer,
            bias: layer.outputNormBias.pointer, tokens: tokens, width: hidden, epsilon: eps)
    }

    /// Scaled dot-product attention of every head, restricted to the tokens of one input.
    private func attend(_ segment: Range<Int>, scratch: Scratch) {
        let hidden = shape.hidden, width = 3 * hidden, headSize = hidden / shape.heads
        let scale = 1 / Float(headSize).squareRoot()
        let qkv = scratch.queryKeyValue.pointer, context = scratch.context.pointer
        var weights = [Float](repeating: 0, count: segment.count)
        for token in segment {
            for head in 0..<shape.heads {
                let query = qkv + token * width + head * headSize
                var largest = -Float.infinity
                for (j, other) in segment.enumerated() {
                    let key = qkv + other * width + hidden + head * headSize
                    var dot: Float = 0
                    for e in 0..<headSize { dot += query[e] * key[e] }
                    weights[j] = dot * scale
                    largest = max(largest, weights[j])
                }
                var total: Float = 0
                for j in weights.indices {
                    weights[j] = expf(weights[j] - largest)
                    total += weights[j]
                }
                let out = context + token * hidden + head * headSize
                for e in 0..<headSize { out[e] = 0 }
                for (j, other) in segment.enumerated() {
                    let value = qkv + other * width + 2 * hidden + head * headSize, p = weights[j] / total
                    for e in 0..<headSize { out[e] += p * value[e] }
                }
            }
        }
    }
}
