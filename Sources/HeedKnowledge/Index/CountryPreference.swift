import HeedLanguage

/// Keeps retrieval in the section about the right country: a passage about a country the question names ("delivery
/// to Kuala Lumpur") ranks up, one about other countries only ranks down and loses confidence, a passage naming no
/// country is left as it is. Confidence is never raised: naming a country does not make an unknown topic known.
/// When the question names none, the customer's market (``KnowledgeQuery/market``) does the same, half as much.
struct CountryPreference {
    /// The countries preferred.
    let countries: Set<String>
    /// 1 when the question names them, ½ for the market prior.
    let strength: Double

    /// How far the dense score (a cosine) moves for a passage about the right (or only another) country.
    static let cosineShift = 0.03
    /// How many of the best-ranked passages are looked at: countries are read from their text at query time.
    static let depth = 24

    /// The preference for `query`, or nil when it has none.
    init?(_ query: KnowledgeQuery) {
        let named = CountryMentions(query.text).codes
        if !named.isEmpty {
            countries = named
            strength = 1
        } else if let market = query.market {
            countries = [market]
            strength = 0.5
        } else {
            return nil
        }
    }

    /// +strength for a passage about a preferred country, −strength for one about other countries only, else 0.
    func direction(for passage: KnowledgePassage) -> Double {
        let about = CountryMentions([passage.title, passage.heading ?? "", passage.text].joined(separator: "\n")).codes
        if about.isEmpty { return 0 }
        return about.isDisjoint(with: countries) ? -strength : strength
    }

    /// `ranked` (best first) with the first ``depth`` entries' scores and confidences moved by
    /// `shift(direction, score, confidence)`, sorted again.
    func apply(
        to ranked: [(slot: Int32, score: Double, confidence: Double)], passages: [KnowledgePassage?],
        shift: (Double, Double, Double) -> (score: Double, confidence: Double)
    ) -> [(slot: Int32, score: Double, confidence: Double)] {
        var head = Array(ranked.prefix(Self.depth))
        for offset in head.indices {
            guard let passage = passages[Int(head[offset].slot)] else { continue }
            let direction = direction(for: passage)
            guard direction != 0 else { continue }
            let moved = shift(direction, head[offset].score, head[offset].confidence)
            head[offset].score = moved.score
            head[offset].confidence = moved.confidence
        }
        return (head + ranked.dropFirst(Self.depth)).sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.slot < $1.slot
        }
    }
}
