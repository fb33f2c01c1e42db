/// Finds US Social Security numbers printed as `ddd-dd-dddd` with valid area, group and serial parts.
/// Other national IDs are left out: without a checksum they cannot be told apart from order numbers.
struct NationalIDRecognizer {
    func ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        let bytes = scanner.bytes
        var found: [Range<Int>] = []
        var index = 0
        while index + 11 <= bytes.count {
            let range = index..<(index + 11)
            if isSSN(range, in: scanner) {
                found.append(range)
                index += 11
            } else {
                index += 1
            }
        }
        return found
    }

    private func isSSN(_ range: Range<Int>, in scanner: UTF8Scanner) -> Bool {
        let bytes = Array(scanner.bytes[range])
        let dash = UInt8(ascii: "-")
        for (offset, byte) in bytes.enumerated() {
            let expectsDash = offset == 3 || offset == 6
            if expectsDash ? byte != dash : !UTF8Scanner.isDigit(byte) { return false }
        }
        let run = NumberRun(startingAt: range.lowerBound, in: scanner, separators: [dash], maxSeparatorRun: 1)
        guard run.range == range, run.hasCleanBoundaries(in: scanner) else { return false }
        let digits = scanner.digits(in: range)
        let area = digits[0] * 100 + digits[1] * 10 + digits[2]
        let group = digits[3] * 10 + digits[4]
        let serial = digits[5...].reduce(0) { $0 * 10 + $1 }
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }
}
