import Foundation

/// The words of a sentence that carry its meaning: folded terms without the function words of the
/// supported languages (English, Vietnamese, Malay, Latvian), plus its numbers and capitalised names.
struct ClaimTerms {
    let contentTerms: [String]
    let numbers: [String]
    let names: [String]

    init(_ sentence: String, extractor: TermExtractor) {
        let terms = extractor.terms(in: sentence)
        contentTerms = terms.filter { !Self.functionWords.contains($0) && !($0.unicodeScalars.count == 1 && !$0.unicodeScalars.first!.properties.isIdeographic) }
        numbers = terms.filter { $0.unicodeScalars.first.map { CharacterSet.decimalDigits.contains($0) } ?? false }
        // Capitalised words that do not start the sentence are treated as names (products, places, people).
        let words = sentence.split(whereSeparator: { $0.isWhitespace })
        names = words.dropFirst().compactMap { word -> String? in
            let trimmed = word.trimmingCharacters(in: .punctuationCharacters)
            guard let first = trimmed.first, first.isUppercase, trimmed.count > 1 else { return nil }
            return extractor.terms(in: trimmed).first
        }
    }

    /// Whether `term` is in `vocabulary`, exactly or sharing its first five letters (a different inflection).
    static func isSupported(_ term: String, by vocabulary: Set<String>, stems: Set<String>) -> Bool {
        if vocabulary.contains(term) { return true }
        return term.count >= 6 && stems.contains(String(term.prefix(5)))
    }

    static func stems(of vocabulary: Set<String>) -> Set<String> {
        Set(vocabulary.filter { $0.count >= 6 }.map { String($0.prefix(5)) })
    }

    // Built from an array: several words belong to more than one language.
    static let functionWords = Set<String>([
        // English
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "as", "into", "about", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
        "have", "has", "had", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "it", "its",
        "this", "that", "these", "those", "there", "here", "i", "you", "your", "yours", "we", "our", "us", "they",
        "them", "their", "he", "she", "his", "her", "me", "my", "not", "no", "yes", "also", "just", "only", "any",
        "all", "some", "more", "most", "very", "too", "than", "which", "who", "what", "when", "where", "how", "why",
        "up", "out", "over", "again", "please", "let", "lets", "get", "got", "one", "s", "t", "don't", "dont",
        "hi", "hello", "hey", "thanks", "thank", "pls", "want", "need", "help", "know", "tell", "like", "would", "i'd",
        "can't", "cant", "it's", "you're", "you'll", "we'll", "i'm", "ll", "re", "ve", "via", "per", "each", "other",
        // Vietnamese (folded)
        "la", "va", "cua", "cho", "voi", "cac", "nhung", "mot", "duoc", "trong", "khi", "thi", "de", "nay", "do",
        "ban", "toi", "minh", "chung", "co", "khong", "se", "da", "dang", "ra", "vao", "tai", "nhe", "a", "roi",
        "cung", "neu", "hay", "hoac", "ve", "tu", "den", "theo", "nhu", "nen", "vi", "bi", "boi",
        "rat", "lam", "sao", "gi", "nao", "the", "vay", "oi", "giup", "xin", "muon", "can", "phai", "em", "anh", "chi",
        // Malay
        "dan", "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "ini", "itu", "ialah", "adalah", "akan",
        "telah", "sudah", "boleh", "anda", "saya", "kami", "kita", "mereka", "tidak", "bukan", "juga", "pada",
        "dalam", "oleh", "jika", "kalau", "sila", "ada", "lagi", "sahaja", "hanya", "bagaimana", "apa", "mahu",
        "perlu", "tolong", "nak", "macam", "mana", "hai", "terima", "kasih",
        // Latvian (folded)
        "un", "vai", "bet", "ja", "ka", "par", "uz", "no", "ar", "pie", "pec", "lai", "ir", "bija", "bus", "tas",
        "ta", "tie", "tas", "jus", "jums", "jusu", "mes", "musu", "es", "man", "mans", "sis", "si", "ari", "tikai",
        "ne", "nav", "var", "varat", "kas", "kur", "kad", "ko", "to", "tam", "ta", "so", "ka", "kapec", "sveiki",
        "paldies", "ludzu", "gribu", "vajag", "esmu", "man", "mani",
    ])
}
