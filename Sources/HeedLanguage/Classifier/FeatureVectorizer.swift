import Foundation

/// Maps a text to a weighted sparse vector over the feature rows kept at training time:
/// hash buckets → rows, sublinear tf × idf per row, each group (words, characters) L2-normalised and weighted.
struct FeatureVectorizer: Sendable {
    let hasher: FeatureHasher
    /// Row of each hash bucket, or -1 when the bucket was not kept in training.
    let rowOfBucket: [Int32]
    /// The hash bucket of each row (what the model file stores).
    let bucketOfRow: [UInt32]
    /// Inverse document frequency of each row.
    let idf: [Float]

    var options: FeatureOptions { hasher.options }
    var rowCount: Int { bucketOfRow.count }

    /// Creates a vectorizer from stored rows.
    init(options: FeatureOptions, bucketOfRow: [UInt32], idf: [Float]) {
        self.hasher = FeatureHasher(options: options)
        self.bucketOfRow = bucketOfRow
        self.idf = idf
        var table = [Int32](repeating: -1, count: 1 << options.hashBits)
        for (row, bucket) in bucketOfRow.enumerated() { table[Int(bucket)] = Int32(row) }
        self.rowOfBucket = table
    }

    /// Fits the rows and idf on training texts; returns the vectorizer and each text's vector.
    static func fit(texts: [String], options: FeatureOptions, progress: (Int) -> Void) -> (FeatureVectorizer, [SparseVector]) {
        let hasher = FeatureHasher(options: options)
        let bucketCount = 1 << options.hashBits
        var documentFrequency = [Int32](repeating: 0, count: bucketCount)
        var scratch = FeatureHasher.Scratch()
        var perText: [(words: [UInt32], chars: [UInt32])] = []
        perText.reserveCapacity(texts.count)
        for (index, text) in texts.enumerated() {
            hasher.buckets(for: text, into: &scratch)
            for bucket in uniqueSorted(scratch.words + scratch.chars) { documentFrequency[Int(bucket)] += 1 }
            perText.append((scratch.words, scratch.chars))
            if index % 500 == 0 { progress(index) }
        }
        var bucketOfRow: [UInt32] = []
        var idf: [Float] = []
        let n = Float(texts.count)
        for bucket in 0..<bucketCount where documentFrequency[bucket] >= max(1, options.minDocumentFrequency) {
            bucketOfRow.append(UInt32(bucket))
            // scikit-learn's smooth idf.
            idf.append(log((1 + n) / (1 + Float(documentFrequency[bucket]))) + 1)
        }
        let vectorizer = FeatureVectorizer(options: options, bucketOfRow: bucketOfRow, idf: idf)
        var vectors: [SparseVector] = []
        vectors.reserveCapacity(texts.count)
        var counter = RowCounter()
        for buckets in perText {
            var vector = SparseVector()
            vectorizer.appendGroup(buckets.words, weight: options.wordWeight, to: &vector, counter: &counter)
            vectorizer.appendGroup(buckets.chars, weight: options.charWeight, to: &vector, counter: &counter)
            vectors.append(vector)
        }
        return (vectorizer, vectors)
    }

    /// The weighted vector of one text.
    func vector(for text: String, scratch: inout FeatureHasher.Scratch) -> SparseVector {
        fillVector(for: text, scratch: &scratch)
        return scratch.vector
    }

    /// Writes the weighted vector of one text into `scratch.vector`, reusing its storage.
    func fillVector(for text: String, scratch: inout FeatureHasher.Scratch) {
        hasher.buckets(for: text, into: &scratch)
        scratch.vector.rows.removeAll(keepingCapacity: true)
        scratch.vector.values.removeAll(keepingCapacity: true)
        appendGroup(scratch.words, weight: options.wordWeight, to: &scratch.vector, counter: &scratch.counter)
        appendGroup(scratch.chars, weight: options.charWeight, to: &scratch.vector, counter: &scratch.counter)
    }

    /// Appends one feature group: buckets → rows, counted, (1 + log tf) × idf, L2-normalised, times `weight`.
    func appendGroup(_ buckets: [UInt32], weight: Float, to vector: inout SparseVector) {
        var counter = RowCounter()
        appendGroup(buckets, weight: weight, to: &vector, counter: &counter)
    }

    /// ``appendGroup(_:weight:to:)`` with a reusable counter.
    func appendGroup(_ buckets: [UInt32], weight: Float, to vector: inout SparseVector, counter: inout RowCounter) {
        guard weight > 0, !buckets.isEmpty else { return }
        counter.reset(expected: buckets.count)
        rowOfBucket.withUnsafeBufferPointer { table in
            // Independent loads first (each bucket's row, then that row's idf), so the cache misses overlap
            // (see `QuantizedWeights.scores`).
            var touched: Int32 = 0
            idf.withUnsafeBufferPointer { idf in
                var touchedIDF: Float = 0
                for bucket in buckets {
                    let row = table[Int(bucket)]
                    touched &+= row
                    touchedIDF += idf[Int(max(row, 0))]
                }
                touched &+= touchedIDF > 0 ? 1 : 0
            }
            counter.touch(touched)
            for bucket in buckets {
                let row = table[Int(bucket)]
                if row >= 0 { counter.add(row) }
            }
        }
        guard !counter.rows.isEmpty else { return }
        let start = vector.rows.count
        var sumSquares: Float = 0
        idf.withUnsafeBufferPointer { idf in
            for (index, row) in counter.rows.enumerated() {
                let count = counter.count(at: index)
                let value = (count == 1 ? 1 : 1 + log(Float(count))) * idf[Int(row)]
                vector.rows.append(row)
                vector.values.append(value)
                sumSquares += value * value
            }
        }
        let scale = weight / sumSquares.squareRoot()
        for k in start..<vector.values.count { vector.values[k] *= scale }
    }

    private static func uniqueSorted(_ buckets: [UInt32]) -> [UInt32] {
        var sorted = buckets.sorted()
        var write = 0
        for read in 0..<sorted.count where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }
}
