/// Finds e-mail addresses (`local@domain.tld`, ASCII).
struct EmailRecognizer {
    func ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        let bytes = scanner.bytes
        var found: [Range<Int>] = []
        var searchFrom = 0
        for at in bytes.indices where bytes[at] == UInt8(ascii: "@") && at >= searchFrom {
            var start = at
            while start > 0, Self.isLocalByte(bytes[start - 1]) { start -= 1 }
            while start < at, bytes[start] == UInt8(ascii: ".") { start += 1 }
            var end = at + 1
            while end < bytes.count, Self.isDomainByte(bytes[end]) { end += 1 }
            while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
            guard start < at, isValidDomain(bytes[(at + 1)..<end]) else { continue }
            found.append(start..<end)
            searchFrom = end
        }
        return found
    }

    private func isValidDomain(_ domain: ArraySlice<UInt8>) -> Bool {
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }), let tld = labels.last else { return false }
        return tld.count >= 2 && tld.allSatisfy(UTF8Scanner.isLetter)
    }

    private static func isLocalByte(_ byte: UInt8) -> Bool {
        UTF8Scanner.isAlphanumeric(byte) || "._%+-'".utf8.contains(byte)
    }

    private static func isDomainByte(_ byte: UInt8) -> Bool {
        UTF8Scanner.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
