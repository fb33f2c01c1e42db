/// Finds personal data in a message: e-mail addresses, phone numbers, payment cards (Luhn), IBANs (mod 97),
/// IP addresses and US social security numbers. Pure, allocation-light and safe to share between threads.
public struct PIIDetector: Sendable {
    /// The kinds this detector reports.
    public let kinds: Set<PIIKind>

    /// Creates a detector for the given kinds (all by default).
    public init(kinds: Set<PIIKind> = Set(PIIKind.allCases)) {
        self.kinds = kinds
    }

    /// All matches in `text`, in reading order, without overlaps.
    public func matches(in text: String) -> [PIIMatch] {
        let scanner = UTF8Scanner(text)
        guard scanner.count > 0 else { return [] }
        var candidates: [(kind: PIIKind, range: Range<Int>)] = []
        func add(_ kind: PIIKind, _ ranges: @autoclosure () -> [Range<Int>]) {
            guard kinds.contains(kind) else { return }
            candidates += ranges().map { (kind, $0) }
        }
        add(.email, EmailRecognizer().ranges(in: scanner))
        add(.iban, IBANRecognizer().ranges(in: scanner))
        add(.paymentCard, PaymentCardRecognizer().ranges(in: scanner))
        add(.ipAddress, IPAddressRecognizer().ranges(in: scanner))
        add(.nationalID, NationalIDRecognizer().ranges(in: scanner))
        add(.phone, PhoneNumberRecognizer().ranges(in: scanner))

        var accepted: [(kind: PIIKind, range: Range<Int>)] = []
        for candidate in candidates.sorted(by: { ($0.kind.overlapRank, $0.range.lowerBound) < ($1.kind.overlapRank, $1.range.lowerBound) })
        where !accepted.contains(where: { $0.range.overlaps(candidate.range) }) {
            accepted.append(candidate)
        }
        let utf8 = text.utf8
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { candidate in
            let lower = utf8.index(utf8.startIndex, offsetBy: candidate.range.lowerBound)
            let upper = utf8.index(lower, offsetBy: candidate.range.count)
            return PIIMatch(kind: candidate.kind, text: String(text[lower..<upper]), range: lower..<upper,
                            utf8Offsets: candidate.range)
        }
    }
}
