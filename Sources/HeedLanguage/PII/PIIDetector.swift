/// Finds personal data in a message: e-mail addresses, phone numbers, payment cards (Luhn) with their expiry and
/// security code, IBANs (mod 97), IP addresses, national ids, people's names where the text introduces someone,
/// and street addresses. Digits written full-width or with odd spaces are found too. Pure and safe to share
/// between threads.
public struct PIIDetector: Sendable {
    /// The kinds this detector reports.
    public let kinds: Set<PIIKind>

    /// Creates a detector for the given kinds (all by default).
    public init(kinds: Set<PIIKind> = Set(PIIKind.allCases)) {
        self.kinds = kinds
    }

    /// All matches in `text`, in reading order, without overlaps. `knownNames` (e.g. the customer's profile name)
    /// are reported as ``PIIKind/personName`` wherever their words appear.
    public func matches(in text: String, knownNames: [String] = []) -> [PIIMatch] {
        let scanner = UTF8Scanner(text)
        guard scanner.count > 0 else { return [] }
        let accepted = Self.withoutOverlaps(candidates(in: scanner, knownNames: knownNames))
        let utf8 = text.utf8
        return accepted.map { candidate in
            let offsets = scanner.folding.originalRange(of: candidate.range)
            let lower = utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)
            let upper = utf8.index(lower, offsetBy: offsets.count)
            return PIIMatch(kind: candidate.kind, text: String(text[lower..<upper]), range: lower..<upper,
                            utf8Offsets: offsets)
        }
    }

    private func candidates(in scanner: UTF8Scanner, knownNames: [String]) -> [(kind: PIIKind, range: Range<Int>)] {
        var candidates: [(kind: PIIKind, range: Range<Int>)] = []
        func add(_ kind: PIIKind, _ ranges: @autoclosure () -> [Range<Int>]) {
            guard kinds.contains(kind) else { return }
            candidates += ranges().map { (kind, $0) }
        }
        let cards = PaymentCardRecognizer().ranges(in: scanner)
        add(.email, EmailRecognizer().ranges(in: scanner))
        add(.iban, IBANRecognizer().ranges(in: scanner))
        add(.paymentCard, cards)
        if kinds.contains(.cardExpiry) || kinds.contains(.cardSecurityCode) {
            let details = CardDetailsRecognizer().ranges(in: scanner, cards: cards)
            add(.cardExpiry, details.expiries)
            add(.cardSecurityCode, details.securityCodes)
        }
        add(.ipAddress, IPAddressRecognizer().ranges(in: scanner))
        add(.nationalID, NationalIDRecognizer().ranges(in: scanner))
        add(.phone, PhoneNumberRecognizer().ranges(in: scanner))
        add(.streetAddress, StreetAddressRecognizer.recognizer.ranges(in: scanner))
        add(.personName, PersonNameRecognizer.introductions.ranges(in: scanner))
        if let known = PersonNameRecognizer.knownNames(knownNames) { add(.personName, known.ranges(in: scanner)) }
        return candidates
    }

    /// The candidates that survive overlaps (lower ``PIIKind/overlapRank`` first, then the earlier one), in
    /// reading order.
    private static func withoutOverlaps(_ candidates: [(kind: PIIKind, range: Range<Int>)]) -> [(kind: PIIKind, range: Range<Int>)] {
        var accepted: [(kind: PIIKind, range: Range<Int>)] = []
        let ordered = candidates.sorted {
            ($0.kind.overlapRank, $0.range.lowerBound) < ($1.kind.overlapRank, $1.range.lowerBound)
        }
        for candidate in ordered where !accepted.contains(where: { $0.range.overlaps(candidate.range) }) {
            accepted.append(candidate)
        }
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
