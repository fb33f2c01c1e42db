import Foundation

/// Word valences (−4…+4, VADER's scale) used for sentiment: a small built-in multilingual list (en, vi, ms/id,
/// lv) plus, when bundled, the VADER English lexicon (MIT) and the Emoji Sentiment Ranking (CC BY-SA 4.0), which
/// serves every language. ASCII entries of the built-in list also match words typed without diacritics; VADER and
/// accented entries match only the exact word, so Vietnamese "bạn" (you) is never English "ban". Emoji match
/// whatever their skin tone or variation selector.
struct SentimentLexicon: Sendable {
    /// Exact (normalised) word or two-word phrase → valence.
    let exact: [String: Double]
    /// Diacritic-free word or two-word phrase, or folded emoji (see ``Tokenizer``) → valence.
    let folded: [String: Double]

    /// The valence of a word or phrase given as it was written and without diacritics.
    func valence(text: String, folded foldedText: String) -> Double? {
        exact[text] ?? folded[foldedText]
    }

    /// Words that flip the valence of the next few words.
    static let negators: Set<String> = [
        "not", "no", "never", "don't", "doesn't", "isn't", "wasn't", "didn't", "can't", "won't", "cannot", "hardly",
        "nothing", "dont", "doesnt", "isnt", "didnt", "cant", "wont",
        "khong", "chua", "chang", "cha", "ko", "k",
        "tidak", "tak", "bukan", "tiada", "belum", "gak", "nggak", "ga", "enggak", "ndak",
        "ne", "nav", "nekad", "nebija",
    ]

    static let builtIn: [String: Double] = [
        // Vietnamese
        "tot": 1.9, "hay": 1.5, "dep": 1.8, "vui": 2, "thich": 1.8, "hai long": 2, "tuyet": 2.5, "nhanh": 1,
        "te": -2, "xau": -2, "kem": -1.8, "cham": -1.5, "loi": -1.2, "hong": -1.8, "buon": -1.8, "that vong": -2.2,
        "ghet": -2.5, "kinh khung": -2.5, "dở": -1.5, "đắt": -1,
        // Malay / Indonesian
        "bagus": 1.9, "baik": 1.5, "suka": 1.8, "senang": 1.8, "puas": 1.8, "mantap": 2, "enak": 1.8, "cantik": 1.8,
        "hebat": 2, "memuaskan": 2, "ramah": 1.5, "buruk": -2, "jelek": -2, "kecewa": -2.2, "lambat": -1.5,
        "rusak": -1.8, "rosak": -1.8, "mahal": -1, "teruk": -2.2, "parah": -1.8, "marah": -2, "lemot": -1.5,
        "mengecewakan": -2.2, "benci": -2.5, "susah": -1.2, "sedih": -1.8,
        // Latvian
        "labs": 1.8, "laba": 1.8, "labi": 1.5, "labais": 1.5, "garsigs": 2, "garsigi": 2, "garsiga": 2, "patik": 1.8,
        "lieliski": 2.5, "lielisks": 2.5, "jauki": 1.8, "skaists": 1.8, "skaisti": 1.8, "prieks": 1.8, "milu": 2,
        "slikts": -2, "slikti": -2, "slikta": -2, "briesmigi": -2.5, "briesmigs": -2.5, "nepatik": -1.8,
        "garlaicigi": -1.5, "dargi": -1, "vilies": -2, "bedigi": -1.8, "skumji": -1.8, "riebigi": -2.5, "ienistu": -2.5,
        "neapmierinats": -2, "neapmierinata": -2,
    ]

    init(exact: [String: Double], folded: [String: Double]) {
        self.exact = exact
        self.folded = folded
    }

    /// The built-in list merged with the bundled VADER and emoji lexicons, if present.
    static let bundled: SentimentLexicon = {
        var valences = builtIn.filter { !$0.key.unicodeScalars.allSatisfy(\.isASCII) }
        var folded = builtIn.filter { $0.key.unicodeScalars.allSatisfy(\.isASCII) }
        for (word, value) in bundledEntries(SignalResources.englishLexiconFileName)
        where valences[word] == nil && folded[word] == nil {
            valences[word] = value
        }
        for (emoji, value) in bundledEntries(SignalResources.emojiLexiconFileName) { folded[emoji] = value }
        return SentimentLexicon(exact: valences, folded: folded)
    }()

    /// The `entry<TAB>valence` lines of a bundled lexicon file (none when it is missing).
    private static func bundledEntries(_ fileName: String) -> [(String, Double)] {
        guard let url = BundledResources.url(for: fileName), let text = try? String(contentsOf: url, encoding: .utf8) else {
            return []
        }
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let value = Double(fields[1]) else { return nil }
            return (String(fields[0]), value)
        }
    }
}

/// File names of the signal resources in `Sources/HeedLanguage/Resources/`.
public enum SignalResources {
    /// `word<TAB>valence` lines from the VADER English lexicon (MIT), written by `heed nlu build-language-model --lexicons`.
    public static let englishLexiconFileName = "sentiment-en.tsv"
    /// `emoji<TAB>valence` lines (emoji folded like ``Tokenizer`` folds them) from the Emoji Sentiment Ranking 1.0
    /// (CC BY-SA 4.0), written by `heed nlu build-language-model --lexicons`.
    public static let emojiLexiconFileName = "sentiment-emoji.tsv"

    /// The key of `emoji` in the emoji lexicon: its first emoji folded as the tokenizer and ``SignalDetector`` fold
    /// it (no skin tone or variation selector), or `nil` when `emoji` holds none.
    public static func emojiLexiconKey(_ emoji: String) -> String? {
        Tokenizer().tokens(in: emoji).first { $0.kind == .emoji }.map { TextNormalizer.foldDiacritics($0.folded) }
    }
}
