/// Check-digit algorithms that separate real identifiers from look-alike numbers.
enum ChecksumValidators {
    /// The Luhn (mod 10) check used by payment cards.
    static func passesLuhn(_ digits: [Int]) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// The ISO 13616 IBAN check: move the first four characters to the end, letters → 10…35, remainder mod 97 == 1.
    /// `iban` must be upper-case letters and digits only.
    static func passesIBANChecksum(_ iban: [UInt8]) -> Bool {
        guard iban.count > 4 else { return false }
        var remainder = 0
        for byte in iban[4...] + iban[..<4] {
            if UTF8Scanner.isDigit(byte) {
                remainder = (remainder * 10 + Int(byte - 0x30)) % 97
            } else if UTF8Scanner.isUpper(byte) {
                remainder = (remainder * 100 + Int(byte - 0x41 + 10)) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    /// IBAN lengths per country (ISO 13616 registry), so a checksum is only tried on a plausible length.
    static let ibanLengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]
}
