/// Finds payment card numbers: 13–19 digits, compact, in groups or digit by digit, separated by one space or dash,
/// starting with an issuer digit 2–6, that pass the Luhn check.
struct PaymentCardRecognizer {
    func ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        let bytes = scanner.bytes
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard UTF8Scanner.isDigit(bytes[index]) else { index += 1; continue }
            let run = NumberRun(startingAt: index, in: scanner, separators: [0x20, UInt8(ascii: "-")], maxSeparatorRun: 1)
            // "4111111111111111 12/27" runs on into the expiry: try the run without its last groups too.
            let card = stride(from: run.groups.count, to: 0, by: -1).lazy
                .map { NumberRun(startingAt: index, in: scanner, separators: [0x20, UInt8(ascii: "-")], maxSeparatorRun: 1, maxGroups: $0) }
                .first { isCard($0, in: scanner) }
            if let card { found.append(card.range) }
            index = (card ?? run).range.upperBound + 1
        }
        return found
    }

    private func isCard(_ run: NumberRun, in scanner: UTF8Scanner) -> Bool {
        let digits = scanner.digits(in: run.range)
        guard (13...19).contains(digits.count), let first = digits.first, (2...6).contains(first),
              run.groups.count == 1 || run.groups.allSatisfy({ $0 >= 3 }) || run.isSpacedOut,
              run.hasCleanBoundaries(in: scanner), run.usesOneSeparatorKind(in: scanner)
        else { return false }
        return ChecksumValidators.passesLuhn(digits)
    }
}

/// A maximal run of digit groups joined by separator bytes, as numbers are printed in text.
struct NumberRun {
    /// From the first to the last digit.
    let range: Range<Int>
    /// The length of each digit group.
    let groups: [Int]

    /// The run from `start`, of at most `maxGroups` digit groups.
    init(startingAt start: Int, in scanner: UTF8Scanner, separators: Set<UInt8>, maxSeparatorRun: Int, maxGroups: Int = .max) {
        let bytes = scanner.bytes
        var groups: [Int] = []
        var current = 0
        var index = start
        var lastDigitEnd = start
        while index < bytes.count {
            if UTF8Scanner.isDigit(bytes[index]) {
                current += 1
                index += 1
                lastDigitEnd = index
                continue
            }
            var separatorEnd = index
            while separatorEnd < bytes.count, separators.contains(bytes[separatorEnd]),
                  separatorEnd - index < maxSeparatorRun { separatorEnd += 1 }
            guard separatorEnd > index, separatorEnd < bytes.count, UTF8Scanner.isDigit(bytes[separatorEnd]),
                  groups.count + 1 < maxGroups
            else { break }
            groups.append(current)
            current = 0
            index = separatorEnd
        }
        groups.append(current)
        self.range = start..<lastDigitEnd
        self.groups = groups
    }

    /// Not glued to a word, a sign, an order prefix (`#`, `-`) or a decimal part on either side.
    func hasCleanBoundaries(in scanner: UTF8Scanner) -> Bool {
        let before = scanner[range.lowerBound - 1]
        if scanner.isWordByte(at: range.lowerBound - 1) { return false }
        if let before, "#-./,$+".utf8.contains(before) { return false }
        let after = scanner[range.upperBound]
        if scanner.isWordByte(at: range.upperBound) { return false }
        if let after, "-.,/".utf8.contains(after), let next = scanner[range.upperBound + 1], UTF8Scanner.isDigit(next) {
            return false
        }
        if let after, after == UInt8(ascii: "%") { return false }
        return true
    }

    /// Every digit on its own ("4 1 1 1 …"), as people write numbers to slip past filters.
    var isSpacedOut: Bool { groups.count >= 7 && groups.allSatisfy { $0 == 1 } }

    /// Card and phone numbers do not mix dashes and spaces between groups ("12 34-56" is something else).
    func usesOneSeparatorKind(in scanner: UTF8Scanner) -> Bool {
        let used = Set(scanner.bytes[range].filter { !UTF8Scanner.isDigit($0) })
        return used.count <= 1
    }
}
