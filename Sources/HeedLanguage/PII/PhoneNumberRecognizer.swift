/// Finds phone numbers: international (`+371 2612 3456`, `+84 (0) 912-345-678`, `0084…`) and local forms
/// (`0912 345 678`, `(555) 123-4567`, `555-123-4567`), and shorter local numbers right after a word such as
/// "phone", "tel", "số điện thoại" or "tālr.". Dates, prices, times and order numbers are rejected.
struct PhoneNumberRecognizer {
    private static let separators: Set<UInt8> = [0x20, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "("), UInt8(ascii: ")")]
    private static let contextWords = [
        "phone", "tel", "call", "mobile", "cell", "whatsapp", "zalo", "viber", "sms", "text me", "contact",
        "sđt", "sdt", "điện thoại", "dien thoai", "gọi", "goi", "liên hệ", "lien he",
        "telefon", "tālr", "talr", "numur", "zvan", "nombor", "hubungi", "nomor", "nomer", "no hp", "no. hp",
    ]
    private static let currencyWords: Set<String> = [
        "$", "€", "£", "¥", "₫", "usd", "eur", "gbp", "vnd", "vnđ", "đ", "d", "dong", "đồng", "rm", "myr", "rp", "idr",
        "eiro", "euro", "euros", "dollars", "dollar", "k", "tr", "triệu", "trieu", "nghìn", "ngàn", "ribu", "juta",
        "sen", "cents", "us$", "s$", "sgd",
    ]

    func ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        let bytes = scanner.bytes
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard let start = candidateStart(at: index, in: scanner) else { index += 1; continue }
            let firstDigit = bytes[start...].firstIndex(where: UTF8Scanner.isDigit) ?? start
            let run = NumberRun(startingAt: firstDigit, in: scanner, separators: Self.separators, maxSeparatorRun: 3)
            let range = start..<run.range.upperBound
            if isPhone(range, run: run, in: scanner) {
                found.append(range)
            }
            index = run.range.upperBound + 1
        }
        return found
    }

    /// A `+`, `(` or digit that does not continue a word, a number or a sign.
    private func candidateStart(at index: Int, in scanner: UTF8Scanner) -> Int? {
        guard let byte = scanner[index], !scanner.isWordByte(at: index - 1) else { return nil }
        if let before = scanner[index - 1], "#-./,$+€£()".utf8.contains(before) { return nil }
        let next = scanner[index + 1]
        let nextIsDigit = next.map(UTF8Scanner.isDigit) ?? false
        switch byte {
        case UInt8(ascii: "+") where nextIsDigit: return index
        case UInt8(ascii: "("):
            if nextIsDigit { return index }
            if next == UInt8(ascii: "+"), let after = scanner[index + 2], UTF8Scanner.isDigit(after) { return index }
            return nil
        case _ where UTF8Scanner.isDigit(byte): return index
        default: return nil
        }
    }

    private func isPhone(_ range: Range<Int>, run: NumberRun, in scanner: UTF8Scanner) -> Bool {
        let bytes = scanner.bytes
        let digits = scanner.digits(in: range)
        guard digits.count >= 7, digits.count <= 15, hasCleanEnd(run, in: scanner) else { return false }
        guard !looksLikeDate(run, in: scanner) else { return false }
        let previousWord = scanner.word(before: range.lowerBound)
        let nextWord = scanner.word(after: run.range.upperBound)
        if Self.currencyWords.contains(previousWord) || Self.currencyWords.contains(nextWord) { return false }
        let international = bytes[range].contains(UInt8(ascii: "+")) || (digits.starts(with: [0, 0]) && digits.count >= 10)
        if international { return digits.count >= 8 }
        // Outside the "+CC (0) …" form, one-digit groups mean a list of small numbers, not a phone number.
        guard run.groups.dropFirst().allSatisfy({ $0 >= 2 }) || (run.isSpacedOut && digits.first == 0) else {
            return false
        }
        let startsLikeLocal = bytes[range.lowerBound] == UInt8(ascii: "(") || digits.first == 0
        if startsLikeLocal, (9...12).contains(digits.count) { return true }
        if hasContextWord(before: range.lowerBound, in: scanner) { return digits.count <= 12 }
        // North-American style without a trunk prefix: 555-123-4567 or 1 555 123 4567.
        return run.groups == [3, 3, 4] || (run.groups == [1, 3, 3, 4] && digits.first == 1)
    }

    private func hasCleanEnd(_ run: NumberRun, in scanner: UTF8Scanner) -> Bool {
        let end = run.range.upperBound
        if scanner.isWordByte(at: end) { return false }
        if let after = scanner[end] {
            if after == UInt8(ascii: "%") || after == UInt8(ascii: ":") || after == UInt8(ascii: "/") { return false }
            if ",.".utf8.contains(after), let next = scanner[end + 1], UTF8Scanner.isDigit(next) { return false }
        }
        return true
    }

    /// 2026-11-21, 21.11.2026, 2026 11 21 and the like.
    private func looksLikeDate(_ run: NumberRun, in scanner: UTF8Scanner) -> Bool {
        let groups = run.groups
        guard groups.count == 3 else { return false }
        return groups == [4, 2, 2] || groups == [2, 2, 4] || groups == [1, 2, 4] || groups == [2, 1, 4]
            || groups == [1, 1, 4]
    }

    private func hasContextWord(before index: Int, in scanner: UTF8Scanner) -> Bool {
        let windowStart = max(0, index - 32)
        let window = String(decoding: scanner.bytes[windowStart..<index], as: UTF8.self).lowercased()
        return Self.contextWords.contains { window.contains($0) }
    }
}
