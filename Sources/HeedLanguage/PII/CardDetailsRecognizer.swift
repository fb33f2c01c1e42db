/// Finds what is written next to a card number: its expiry date (`12/27`, `12/2027`, `12-27`) and security code
/// (3–4 digits), either after a word that names them ("exp", "valid thru", "CVV", "mã bảo mật", "kod keselamatan",
/// "drošības kods") or in the few characters right after a card number ("4111 1111 1111 1111 12/27 123").
struct CardDetailsRecognizer {
    /// How far after a naming word, or after the card, the value may start.
    private static let reach = 16

    private static let expiryWords = [
        "exp", "expiry", "expires", "expiration", "valid thru", "valid through", "good thru", "valid until",
        "hết hạn", "hạn sử dụng", "ngày hết hạn", "tamat tempoh", "tarikh luput", "berlaku hingga", "masa berlaku",
        "derīguma termiņš", "derīga līdz", "derīgs līdz",
    ]
    private static let securityCodeWords = [
        "cvv", "cvc", "cvv2", "cvc2", "csc", "cid", "security code", "card code", "mã cvv", "mã bảo mật",
        "ma bao mat", "kod keselamatan", "kode keamanan", "kode cvv", "drošības kods", "drosibas kods",
    ]

    /// The expiry dates and security codes in `scanner`'s text; `cards` are the card numbers found in it.
    func ranges(in scanner: UTF8Scanner, cards: [Range<Int>]) -> (expiries: [Range<Int>], securityCodes: [Range<Int>]) {
        let lowered = scanner.bytes.map { UTF8Scanner.isUpper($0) ? $0 + 32 : $0 }
        var expiries = Self.values(after: Self.expiryWords, in: lowered, scanner: scanner, shape: expiry)
        var codes = Self.values(after: Self.securityCodeWords, in: lowered, scanner: scanner, shape: securityCode)
        for card in cards {
            var cursor = card.upperBound
            if let range = nextValue(from: cursor, in: scanner, shape: expiry) {
                expiries.append(range)
                cursor = range.upperBound
            }
            if let range = nextValue(from: cursor, in: scanner, shape: securityCode) { codes.append(range) }
        }
        return (Self.unique(expiries), Self.unique(codes))
    }

    /// `MM/YY`, `MM/YYYY` or `MM-YY` with a month 01–12, starting at `start`.
    func expiry(at start: Int, in scanner: UTF8Scanner) -> Range<Int>? {
        let run = NumberRun(startingAt: start, in: scanner, separators: [UInt8(ascii: "/"), UInt8(ascii: "-")],
                            maxSeparatorRun: 1)
        let digits = scanner.digits(in: run.range)
        guard run.groups.count == 2, run.groups[0] == 2 || run.groups[0] == 1, [2, 4].contains(run.groups[1]),
              !scanner.isWordByte(at: run.range.upperBound)
        else { return nil }
        let month = run.groups[0] == 2 ? digits[0] * 10 + digits[1] : digits[0]
        return (1...12).contains(month) ? run.range : nil
    }

    /// Exactly 3 or 4 digits standing alone, starting at `start`.
    func securityCode(at start: Int, in scanner: UTF8Scanner) -> Range<Int>? {
        var end = start
        while let byte = scanner[end], UTF8Scanner.isDigit(byte) { end += 1 }
        guard (3...4).contains(end - start), !scanner.isWordByte(at: end) else { return nil }
        if let after = scanner[end], "/-.,".utf8.contains(after), let next = scanner[end + 1], UTF8Scanner.isDigit(next) {
            return nil
        }
        return start..<end
    }

    /// The value of `shape` starting at the first digit within reach of `cursor`, when only spaces, punctuation and
    /// words (no digits, no line or sentence end) come before it.
    /// `afterWord` lets an abbreviation's dot ("exp. 12/27") stand right after the word.
    private func nextValue(
        from cursor: Int, in scanner: UTF8Scanner, afterWord: Bool = false, shape: (Int, UTF8Scanner) -> Range<Int>?
    ) -> Range<Int>? {
        var index = cursor
        while index < scanner.count, index - cursor <= Self.reach {
            let byte = scanner.bytes[index]
            if UTF8Scanner.isDigit(byte) {
                return scanner.isWordByte(at: index - 1) ? nil : shape(index, scanner)
            }
            if byte == 0x0A || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return nil }
            if byte == UInt8(ascii: "."), !(afterWord && index == cursor), scanner[index + 1].map({ $0 == 0x20 || $0 == 0x0A }) ?? true { return nil }
            index += 1
        }
        return nil
    }

    private static func values(
        after words: [String], in lowered: [UInt8], scanner: UTF8Scanner, shape: (Int, UTF8Scanner) -> Range<Int>?
    ) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for word in words {
            let pattern = Array(word.utf8)
            var start = 0
            while let hit = firstIndex(of: pattern, in: lowered, from: start) {
                start = hit + 1
                let end = hit + pattern.count
                guard !scanner.isWordByte(at: hit - 1), !(scanner[end].map(UTF8Scanner.isLetter) ?? false) else { continue }
                if let range = CardDetailsRecognizer().nextValue(from: end, in: scanner, afterWord: true, shape: shape) {
                    found.append(range)
                }
            }
        }
        return found
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count) where bytes[index] == pattern[0] {
            if bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
        }
        return nil
    }

    private static func unique(_ ranges: [Range<Int>]) -> [Range<Int>] {
        Array(Set(ranges)).sorted { $0.lowerBound < $1.lowerBound }
    }
}
