/// A kind of personal data the ``PIIDetector`` recognises.
public enum PIIKind: String, Sendable, Hashable, Codable, CaseIterable {
    case email
    case phone
    /// A payment card number (13–19 digits that pass the Luhn check).
    case paymentCard = "card"
    /// A card's security code (CVV, CVC, CSC): 3–4 digits after such a word, or right after a card and its expiry.
    case cardSecurityCode = "card_security_code"
    /// A card's expiry date (`12/27`, `12/2027`) after an expiry word or right after a card number.
    case cardExpiry = "card_expiry"
    /// An international bank account number whose mod-97 checksum is valid.
    case iban
    /// An IPv4 or IPv6 address.
    case ipAddress = "ip"
    /// A national identity number: US SSN, Malaysian MyKad, Latvian personal code (checksum), and Vietnamese
    /// citizen-id or Indonesian NIK numbers when a word names them.
    case nationalID = "national_id"
    /// A person's name where the text introduces or addresses someone ("my name is…", "tên tôi là…", "Chào chị…"),
    /// or a name the caller knows (the customer's).
    case personName = "name"
    /// A street address: a house number with a street word (`12 Baker Street`, `đường Lê Lợi`, `Jalan Ampang 5`,
    /// `Brīvības iela 12`).
    case streetAddress = "address"

    /// The word used in redaction placeholders, e.g. `EMAIL` in `[EMAIL_1]`.
    public var placeholderLabel: String {
        switch self {
        case .email: "EMAIL"
        case .phone: "PHONE"
        case .paymentCard: "CARD"
        case .cardSecurityCode: "CVV"
        case .cardExpiry: "EXPIRY"
        case .iban: "IBAN"
        case .ipAddress: "IP"
        case .nationalID: "ID"
        case .personName: "NAME"
        case .streetAddress: "ADDRESS"
        }
    }

    /// When two matches overlap, the kind with the lower rank wins (an e-mail beats the phone-like digits inside it).
    var overlapRank: Int {
        switch self {
        case .email: 0
        case .iban: 1
        case .paymentCard: 2
        case .cardExpiry: 3
        case .cardSecurityCode: 4
        case .ipAddress: 5
        case .nationalID: 6
        case .phone: 7
        case .streetAddress: 8
        case .personName: 9
        }
    }
}
