/// Byte-level helpers shared by the PII recognisers, which all look for ASCII patterns in the text's
/// ``FoldedText`` (full-width digits and odd spaces already folded to ASCII).
/// Non-ASCII bytes (letters of other scripts, currency signs) count as "word" bytes so that a number glued to
/// a word or a currency sign is never taken for a phone or card number.
struct UTF8Scanner {
    let bytes: [UInt8]
    /// The folding, to map ranges of `bytes` back to the original text.
    let folding: FoldedText

    init(_ text: String) {
        folding = FoldedText(text)
        bytes = folding.bytes
    }

    var count: Int { bytes.count }

    subscript(_ index: Int) -> UInt8? {
        index >= 0 && index < bytes.count ? bytes[index] : nil
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
    static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
    static func isNonASCII(_ byte: UInt8) -> Bool { byte >= 0x80 }

    /// True when the byte at `index` is a letter, digit or part of a non-ASCII character (or out of range = false).
    func isWordByte(at index: Int) -> Bool {
        guard let byte = self[index] else { return false }
        return Self.isAlphanumeric(byte) || Self.isNonASCII(byte) || byte == UInt8(ascii: "_")
    }

    /// The digits of `range`, as values 0…9.
    func digits(in range: Range<Int>) -> [Int] {
        bytes[range].compactMap { Self.isDigit($0) ? Int($0 - 0x30) : nil }
    }

    /// The lower-cased word (ASCII letters and non-ASCII bytes) ending just before `index`, skipping spaces.
    func word(before index: Int) -> String {
        var end = index
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, Self.isLetter(bytes[start - 1]) || Self.isNonASCII(bytes[start - 1])
            || "$€£¥₫".utf8.contains(bytes[start - 1]) { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    }

    /// The lower-cased word (letters, non-ASCII bytes and currency signs) starting at `index`, skipping spaces.
    func word(after index: Int) -> String {
        var start = index
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        var end = start
        while end < bytes.count, Self.isLetter(bytes[end]) || Self.isNonASCII(bytes[end]) || bytes[end] == 0x24 {
            end += 1
        }
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    }
}
