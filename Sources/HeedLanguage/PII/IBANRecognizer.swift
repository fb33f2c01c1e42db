/// Finds IBANs, compact (`LV80BANK0000435195001`) or printed in groups of four, that pass the mod-97 check
/// and have their country's registered length.
struct IBANRecognizer {
    func ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        let bytes = scanner.bytes
        var found: [Range<Int>] = []
        var index = 0
        while index + 4 <= bytes.count {
            if let end = ibanEnd(startingAt: index, in: scanner) {
                found.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private func ibanEnd(startingAt start: Int, in scanner: UTF8Scanner) -> Int? {
        let bytes = scanner.bytes
        guard !scanner.isWordByte(at: start - 1),
              UTF8Scanner.isLetter(bytes[start]), UTF8Scanner.isLetter(bytes[start + 1]),
              UTF8Scanner.isDigit(bytes[start + 2]), UTF8Scanner.isDigit(bytes[start + 3])
        else { return nil }
        let country = String(decoding: bytes[start..<(start + 2)], as: UTF8.self).uppercased()
        guard let length = ChecksumValidators.ibanLengths[country] else { return nil }
        var compact: [UInt8] = []
        var index = start
        while compact.count < length, index < bytes.count {
            let byte = bytes[index]
            if UTF8Scanner.isAlphanumeric(byte) {
                compact.append(UTF8Scanner.isLower(byte) ? byte - 0x20 : byte)
                index += 1
            } else if byte == 0x20, index + 1 < bytes.count, UTF8Scanner.isAlphanumeric(bytes[index + 1]),
                      compact.count % 4 == 0 {
                index += 1 // printed form: a single space between groups of four
            } else {
                break
            }
        }
        guard compact.count == length, !scanner.isWordByte(at: index),
              ChecksumValidators.passesIBANChecksum(compact)
        else { return nil }
        return index
    }
}
