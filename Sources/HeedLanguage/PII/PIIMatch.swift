/// One piece of personal data found in a text.
public struct PIIMatch: Sendable, Hashable {
    /// What kind of data it is.
    public let kind: PIIKind
    /// The matched text exactly as it appears in the input.
    public let text: String
    /// Where it is in the input string.
    public let range: Range<String.Index>
    /// Its position as UTF-8 byte offsets into the input (handy for JSON and logs).
    public let utf8Offsets: Range<Int>

    /// A canonical form used to recognise the same value written differently
    /// (digits only for numbers, upper-case without spaces for IBANs, lower-case for e-mails).
    public var normalizedValue: String {
        let folded = FoldedText.folded(text)
        switch kind {
        case .email, .ipAddress, .personName, .streetAddress: return folded.lowercased()
        case .phone: return String(folded.filter { $0.isASCII && ($0.isNumber || $0 == "+") })
        case .paymentCard, .nationalID, .cardSecurityCode, .cardExpiry:
            return String(folded.filter { $0.isASCII && $0.isNumber })
        case .iban: return String(folded.filter { !$0.isWhitespace }).uppercased()
        }
    }

    /// The last `count` digits of the value (for masking a card as `•••• 1111`).
    public func lastDigits(_ count: Int) -> String {
        String(normalizedValue.filter(\.isNumber).suffix(count))
    }
}
