/// Counts repeated feature rows of one text with a small open-addressing table, reused across texts
/// (cheaper than sorting for the few hundred features of a message).
struct RowCounter {
    private var keys: [Int32] = []
    private var counts: [UInt16] = []
    /// Distinct rows in first-seen order.
    private(set) var rows: [Int32] = []
    private var slotOfRow: [Int] = []
    private var mask = 0

    /// Forgets the rows counted so far and makes room for `expected` distinct rows.
    mutating func reset(expected: Int) {
        let capacity = max(64, (expected * 2).nextPowerOfTwo)
        if keys.count < capacity {
            keys = [Int32](repeating: -1, count: capacity)
            counts = [UInt16](repeating: 0, count: capacity)
        } else {
            for slot in slotOfRow { keys[slot] = -1; counts[slot] = 0 }
        }
        mask = keys.count - 1
        rows.removeAll(keepingCapacity: true)
        slotOfRow.removeAll(keepingCapacity: true)
    }

    /// Counts one occurrence of `row` (the table must have room: see ``reset(expected:)``).
    @inline(__always)
    mutating func add(_ row: Int32) {
        var slot = Int(UInt32(bitPattern: row) &* 0x9E37_79B1) & mask
        while true {
            let key = keys[slot]
            if key == row {
                if counts[slot] < .max { counts[slot] += 1 }
                return
            }
            if key == -1 {
                keys[slot] = row
                counts[slot] = 1
                rows.append(row)
                slotOfRow.append(slot)
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Keeps a value computed only to load memory early, so the compiler cannot drop the loads.
    @inline(__always)
    mutating func touch(_ value: Int32) { sink &+= value }
    private var sink: Int32 = 0

    /// How often the `index`-th distinct row was seen.
    @inline(__always)
    func count(at index: Int) -> Int { Int(counts[slotOfRow[index]]) }
}

extension Int {
    /// The smallest power of two ≥ self (1 for values ≤ 1).
    var nextPowerOfTwo: Int {
        guard self > 1 else { return 1 }
        return 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount)
    }
}
