/// The units that contain one term, in increasing unit order, with the term's frequency in each.
struct PostingList: Sendable {
    var units: [UInt32] = []
    var frequencies: [UInt16] = []
    /// How many live units hold the term.
    var liveCount: Int32 = 0

    mutating func append(unit: UInt32, frequency: Int) {
        units.append(unit)
        frequencies.append(UInt16(clamping: frequency))
        liveCount += 1
    }
}

/// Keeps the `capacity` best (score, id) pairs seen, without sorting everything.
struct TopScores {
    private(set) var items: [(score: Float, id: Int32)] = []
    let capacity: Int
    private var minimum: Float = -.infinity

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        items.reserveCapacity(self.capacity + 1)
    }

    @inline(__always)
    mutating func offer(_ score: Float, _ id: Int32) {
        if items.count == capacity, score <= minimum { return }
        var index = items.count
        items.append((score, id))
        while index > 0, items[index - 1].score < score || (items[index - 1].score == score && items[index - 1].id > id) {
            items.swapAt(index, index - 1)
            index -= 1
        }
        if items.count > capacity { items.removeLast() }
        if items.count == capacity { minimum = items[capacity - 1].score }
    }
}
