/// The countries a text names, by country name or by a well-known city or region, in English, Vietnamese,
/// Malay, Indonesian and Latvian (with Latvian case endings: "Latvijā", "uz Malaiziju"). Used to keep an answer in
/// the section about the customer's country ("delivery to Kuala Lumpur" → the Malaysia section, not Latvia's).
/// Matching is on folded words (no case, no diacritics), whole words only, so "Riga" matches but "rigorous" does not.
public struct CountryMentions: Sendable {
    /// ISO 3166-1 alpha-2 codes of the countries named, e.g. `["MY"]`.
    public let codes: Set<String>

    /// The countries named in `text`.
    public init(_ text: String) {
        let words = TextNormalizer.foldedWords(text)
        var codes = Set<String>()
        for (index, word) in words.enumerated() {
            if let code = Self.stems.first(where: { word.hasPrefix($0.stem) && word.count <= $0.stem.count + 3 })?.code {
                codes.insert(code)
            }
            for (phrase, code) in Self.names[word] ?? [] where Array(words[index...].prefix(phrase.count)) == phrase {
                codes.insert(code)
            }
        }
        self.codes = codes
    }

    /// The language a market is usually served in, as a weak prior when a question names no country: a
    /// Vietnamese question most likely concerns Vietnam. Nil for languages spoken in many countries (English).
    public static func market(ofLanguage language: String) -> String? {
        switch language {
        case "vi": "VN"
        case "ms": "MY"
        case "id": "ID"
        case "lv": "LV"
        case "th": "TH"
        case "et": "EE"
        case "lt": "LT"
        default: nil
        }
    }

    /// Inflected names matched by their stem (a few letters of ending allowed): Latvian and Indonesian forms.
    private static let stems: [(stem: String, code: String)] = [
        ("latvij", "LV"), ("malaizij", "MY"), ("vjetnam", "VN"), ("indonezij", "ID"), ("singapur", "SG"),
        ("taizem", "TH"), ("filipin", "PH"), ("australij", "AU"), ("igaunij", "EE"), ("lietuv", "LT"),
        ("vacij", "DE"), ("francij", "FR"), ("japan", "JP"),
    ]

    /// Country, city and region names (folded words) and their country, by first word.
    private static let names: [String: [([String], String)]] = {
        let table: [(String, String)] = [
            // Viet Nam
            ("vietnam", "VN"), ("viet nam", "VN"), ("hanoi", "VN"), ("ha noi", "VN"), ("ho chi minh", "VN"),
            ("hcm", "VN"), ("hcmc", "VN"), ("tphcm", "VN"), ("tp hcm", "VN"), ("saigon", "VN"), ("sai gon", "VN"),
            ("da nang", "VN"), ("danang", "VN"), ("hai phong", "VN"), ("can tho", "VN"),
            ("nha trang", "VN"), ("vung tau", "VN"), ("bien hoa", "VN"), ("da lat", "VN"),
            // Malaysia
            ("malaysia", "MY"), ("kuala lumpur", "MY"), ("kl", "MY"), ("selangor", "MY"), ("penang", "MY"),
            ("pulau pinang", "MY"), ("johor", "MY"), ("johor bahru", "MY"), ("jb", "MY"), ("sabah", "MY"),
            ("sarawak", "MY"), ("labuan", "MY"), ("kota kinabalu", "MY"), ("kuching", "MY"), ("ipoh", "MY"),
            ("melaka", "MY"), ("malacca", "MY"), ("shah alam", "MY"), ("petaling jaya", "MY"), ("putrajaya", "MY"),
            ("semenanjung", "MY"),
            // Latvia
            ("latvia", "LV"), ("riga", "LV"), ("jurmala", "LV"), ("daugavpils", "LV"), ("liepaja", "LV"),
            ("jelgava", "LV"), ("ventspils", "LV"), ("valmiera", "LV"), ("jekabpils", "LV"),
            // Indonesia
            ("indonesia", "ID"), ("jakarta", "ID"), ("surabaya", "ID"), ("bandung", "ID"), ("bali", "ID"),
            ("denpasar", "ID"), ("medan", "ID"), ("yogyakarta", "ID"), ("jogja", "ID"), ("jogjakarta", "ID"),
            ("makassar", "ID"), ("semarang", "ID"), ("bekasi", "ID"), ("tangerang", "ID"), ("depok", "ID"),
            ("jabodetabek", "ID"), ("sumatra", "ID"), ("sumatera", "ID"), ("kalimantan", "ID"), ("sulawesi", "ID"),
            ("papua", "ID"), ("jawa", "ID"),
            // Neighbours and frequent destinations
            ("singapore", "SG"), ("singapura", "SG"), ("thailand", "TH"), ("bangkok", "TH"), ("thai lan", "TH"),
            ("philippines", "PH"), ("manila", "PH"), ("filipina", "PH"), ("australia", "AU"),
            ("sydney", "AU"), ("melbourne", "AU"), ("estonia", "EE"), ("tallinn", "EE"), ("lithuania", "LT"),
            ("vilnius", "LT"), ("germany", "DE"), ("jerman", "DE"), ("france", "FR"), ("phap", "FR"),
            ("perancis", "FR"), ("nhat ban", "JP"), ("jepun", "JP"), ("jepang", "JP"),
            ("china", "CN"), ("trung quoc", "CN"), ("korea", "KR"), ("han quoc", "KR"), ("india", "IN"),
            ("united states", "US"), ("usa", "US"), ("hoa ky", "US"), ("amerika", "US"), ("united kingdom", "GB"),
            ("uk", "GB"), ("england", "GB"), ("london", "GB"), ("brunei", "BN"), ("cambodia", "KH"),
            ("campuchia", "KH"), ("kemboja", "KH"), ("laos", "LA"), ("myanmar", "MM"),
        ]
        // Names that are everyday words too are left out: Vietnamese "Mỹ", "Anh", "Đức", "Úc", "Lào" fold to
        // "my", "anh", "duc", "uc", "lao"; "Huế" to "hue".
        var byFirstWord: [String: [([String], String)]] = [:]
        for (name, code) in table {
            let words = name.split(separator: " ").map(String.init)
            byFirstWord[words[0], default: []].append((words, code))
        }
        return byFirstWord
    }()
}
