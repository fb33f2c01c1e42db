/// Finds IPv4 addresses (four octets 0…255) and IPv6 addresses (full or `::`-compressed hex groups).
struct IPAddressRecognizer {
    func ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        ipv4Ranges(in: scanner) + ipv6Ranges(in: scanner)
    }

    private func ipv4Ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        let bytes = scanner.bytes
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard UTF8Scanner.isDigit(bytes[index]), !scanner.isWordByte(at: index - 1),
                  scanner[index - 1] != UInt8(ascii: ".") else { index += 1; continue }
            var cursor = index
            var octets = 0
            var valid = true
            while octets < 4 {
                var value = 0
                var length = 0
                while cursor < bytes.count, UTF8Scanner.isDigit(bytes[cursor]), length < 4 {
                    value = value * 10 + Int(bytes[cursor] - 0x30)
                    length += 1
                    cursor += 1
                }
                guard length >= 1, length <= 3, value <= 255 else { valid = false; break }
                octets += 1
                if octets < 4 {
                    guard scanner[cursor] == UInt8(ascii: "."), let next = scanner[cursor + 1],
                          UTF8Scanner.isDigit(next) else { valid = false; break }
                    cursor += 1
                }
            }
            let followedByMore = scanner[cursor] == UInt8(ascii: ".") && (scanner[cursor + 1].map(UTF8Scanner.isDigit) ?? false)
            if valid, !scanner.isWordByte(at: cursor), !followedByMore {
                found.append(index..<cursor)
                index = cursor
            } else {
                index += 1
                while index < bytes.count, UTF8Scanner.isDigit(bytes[index]) { index += 1 }
            }
        }
        return found
    }

    private func ipv6Ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        let bytes = scanner.bytes
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard UTF8Scanner.isHexDigit(byte) || byte == UInt8(ascii: ":"),
                  !scanner.isWordByte(at: index - 1), scanner[index - 1] != UInt8(ascii: ":") else { index += 1; continue }
            var end = index
            while end < bytes.count, UTF8Scanner.isHexDigit(bytes[end]) || bytes[end] == UInt8(ascii: ":") { end += 1 }
            if !scanner.isWordByte(at: end), isIPv6(bytes[index..<end]) {
                found.append(index..<end)
            }
            index = max(end, index + 1)
        }
        return found
    }

    private func isIPv6(_ candidate: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: candidate, as: UTF8.self)
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        let groups = halves.flatMap { $0.isEmpty ? [] : $0.split(separator: ":", omittingEmptySubsequences: false) }
        guard groups.allSatisfy({ (1...4).contains($0.count) }) else { return false }
        // Require a letter-free group count that times like 12:30:45 can never reach.
        return halves.count == 2 ? (groups.count >= 2 && groups.count <= 7) : groups.count == 8
    }
}
