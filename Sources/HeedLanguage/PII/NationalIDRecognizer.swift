/// Finds national identity numbers in formats that can be told apart from order numbers: US Social Security
/// numbers (`ddd-dd-dddd`, valid parts), Malaysian MyKad numbers (`YYMMDD-PB-####` with a real birth date), Latvian
/// personal codes (`DDMMYY-NNNNN` passing the check digit, or the newer `32…` codes); and, only when a word names
/// them ("CCCD", "CMND", "căn cước", "MyKad", "no. KP", "NIK", "KTP"), bare Vietnamese (9 or 12 digits), Malaysian
/// (12) and Indonesian (16) numbers.
struct NationalIDRecognizer {
    private static let namingWords: [(word: String, lengths: Set<Int>)] = [
        ("cccd", [12]), ("cmnd", [9, 12]), ("cmt", [9, 12]), ("căn cước", [12]), ("can cuoc", [12]),
        ("chứng minh", [9, 12]), ("mykad", [12]), ("kad pengenalan", [12]), ("no. kp", [12]), ("no kp", [12]),
        ("nric", [12]), ("ic no", [12]), ("no. ic", [12]), ("nik", [16]), ("ktp", [16]),
        ("nomor induk", [16]), ("personas kods", [11]), ("personal code", [11]),
    ]

    func ranges(in scanner: UTF8Scanner) -> [Range<Int>] {
        let bytes = scanner.bytes
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard UTF8Scanner.isDigit(bytes[index]), !scanner.isWordByte(at: index - 1) else { index += 1; continue }
            let run = NumberRun(startingAt: index, in: scanner, separators: [UInt8(ascii: "-")], maxSeparatorRun: 1)
            if run.hasCleanBoundaries(in: scanner), isNationalID(run, in: scanner) { found.append(run.range) }
            index = run.range.upperBound + 1
        }
        return found
    }

    private func isNationalID(_ run: NumberRun, in scanner: UTF8Scanner) -> Bool {
        let digits = scanner.digits(in: run.range)
        switch run.groups {
        case [3, 2, 4]: return isSSN(digits)
        case [6, 2, 4]: return Self.isDate(day: digits[4] * 10 + digits[5], month: digits[2] * 10 + digits[3])
        case [6, 5]: return isLatvianCode(digits)
        case [digits.count]:
            let window = String(decoding: scanner.bytes[max(0, run.range.lowerBound - 32)..<run.range.lowerBound],
                                as: UTF8.self).lowercased()
            return Self.namingWords.contains { $0.lengths.contains(digits.count) && window.contains($0.word) }
        default: return false
        }
    }

    private func isSSN(_ digits: [Int]) -> Bool {
        let area = digits[0] * 100 + digits[1] * 10 + digits[2]
        let group = digits[3] * 10 + digits[4]
        let serial = digits[5...].reduce(0) { $0 * 10 + $1 }
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
    }

    /// Old codes: a birth date and a check digit; codes issued since 2017 start with 32 and carry no date.
    private func isLatvianCode(_ digits: [Int]) -> Bool {
        if digits[0] == 3, digits[1] == 2 { return true }
        guard Self.isDate(day: digits[0] * 10 + digits[1], month: digits[2] * 10 + digits[3]) else { return false }
        let weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        let check = (1101 - sum) % 11
        return check < 10 && check == digits[10]
    }

    private static func isDate(day: Int, month: Int) -> Bool {
        (1...12).contains(month) && (1...31).contains(day)
    }
}
