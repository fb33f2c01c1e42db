/// A kind of personal data the ``PIIDetector`` recognises.
public enum PIIKind: String, Sendable, Hashable, Codable, CaseIterable {
    case email
    case phone
    /// A payment card number (13–19 digits that pass the Luhn check).
    case paymentCard = "card"
    /// An international bank account number whose mod-97 checksum is valid.
    case iban
    /// An IPv4 or IPv6 address.
    case ipAddress = "ip"
    /// A national identity number in a checkable format (US SSN `ddd-dd-dddd`).
    case nationalID = "national_id"

    /// The word used in redaction placeholders, e.g. `EMAIL` in `[EMAIL_1]`.
    public var placeholderLabel: String {
        switch self {
        case .email: "EMAIL"
        case .phone: "PHONE"
        case .paymentCard: "CARD"
        case .iban: "IBAN"
        case .ipAddress: "IP"
        case .nationalID: "ID"
        }
    }

    /// When two matches overlap, the kind with the lower rank wins (an e-mail beats the phone-like digits inside it).
    var overlapRank: Int {
        switch self {
        case .email: 0
        case .iban: 1
        case .paymentCard: 2
        case .ipAddress: 3
        case .nationalID: 4
        case .phone: 5
        }
    }
}
