import HeedCore
import HeedLanguage

/// Applies a workspace's ``PrivacyPolicy`` to a message before it is stored: card numbers masked to their last
/// four digits, security codes and expiry dates removed, other kinds as the workspace chose. Masked text is stable
/// (minimising it again changes nothing), so replays and re-recordings agree.
public struct PersonalDataMinimizer: Sendable {
    let detector: PIIDetector

    public init(detector: PIIDetector = PIIDetector()) {
        self.detector = detector
    }

    /// `text` as it may be stored under `policy`, and the kinds of personal data found in it.
    public func minimize(_ text: String, policy: PrivacyPolicy) -> (text: String, found: Set<PIIKind>) {
        let matches = detector.matches(in: text)
        guard !matches.isEmpty else { return (text, []) }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var cursor = text.startIndex
        for match in matches {
            output += text[cursor..<match.range.lowerBound]
            switch policy.handling(of: match.kind.rawValue) {
            case .keep: output += match.text
            case .mask: output += Self.masked(match)
            case .drop: output += "[\(match.kind.placeholderLabel)]"
            }
            cursor = match.range.upperBound
        }
        output += text[cursor...]
        return (output, Set(matches.map(\.kind)))
    }

    /// The partly hidden form of a match: enough for a person to recognise it, not enough to use it.
    static func masked(_ match: PIIMatch) -> String {
        switch match.kind {
        case .paymentCard: "•••• " + match.lastDigits(4)
        case .phone: "•••" + match.lastDigits(3)
        case .nationalID: "•••" + match.lastDigits(3)
        case .iban: String(match.normalizedValue.prefix(2)) + "•• •••• " + String(match.normalizedValue.suffix(4))
        case .email:
            match.text.split(separator: "@", maxSplits: 1).count == 2
                ? String(match.text.prefix(1)) + "•••@" + match.text.split(separator: "@", maxSplits: 1)[1]
                : "•••"
        case .ipAddress: String(match.text.prefix { $0 != "." && $0 != ":" }) + ".•••"
        case .personName: match.text.split(separator: " ").map { String($0.prefix(1)) + "." }.joined(separator: " ")
        case .streetAddress: String(match.text.map { $0.isNumber ? "•" : $0 })
        case .cardSecurityCode, .cardExpiry: "•••"
        }
    }
}
