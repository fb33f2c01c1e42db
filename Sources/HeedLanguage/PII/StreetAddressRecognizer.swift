/// Finds street addresses written the usual ways in Heed's languages: `12 Baker Street`, `221B Baker St.`,
/// `số 12 đường Lê Lợi`, `12 Nguyễn Huệ, Quận 1`, `Jalan Ampang 12`, `No. 5, Jln Tun Razak`, `Jl. Sudirman No. 5`,
/// `Brīvības iela 12-5`. It reports the street with its house number, not the city.
enum StreetAddressRecognizer {
    private static let word = #"\p{Lu}[\p{Ll}\p{M}'’\-]*\.?"#
    private static let words = word + #"(?:[ ]"# + word + #"){0,3}"#
    private static let number = #"\d{1,5}[A-Za-z]?(?:[/\-]\d{1,4}[A-Za-z]?)?"#

    static let recognizer = PatternRecognizer(patterns: [
        // English: number, name, street word.
        #"(?<value>\b"# + number + #"[ ]"# + words
            + #"[ ](?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr\.?|Boulevard|Blvd\.?|Way|Court|Ct\.?|Place|Pl\.?|Terrace|Close|Crescent|Highway|Hwy\.?)(?![\p{L}]))"#,
        // Vietnamese: (số) number + đường/phố/ngõ/hẻm + name, or number + name followed by a ward/district.
        #"(?<value>(?i:\bsố[ ])?\b"# + number + #"[ ](?i:đường|phố|ngõ|hẻm|ngách)[ ]"# + words + ")",
        #"(?<value>\b"# + number + #"[ ]"# + words + #")(?=,?[ ](?:Phường|Quận|P\.|Q\.|Xã|Huyện|Thị trấn))"#,
        #"(?<value>(?<![Tt]hành )(?i:\bđường|\bphố)[ ]"# + words + #"(?:,?[ ](?:số[ ])?"# + number + ")?)",
        // Malay and Indonesian: (No. n,) Jalan/Jln/Jl./Lorong/Persiaran/Gang + name (+ No. n / n).
        #"(?<value>(?:\bNo\.?[ ]?"# + number + #",?[ ])?\b(?:Jalan|Jln\.?|Jl\.?|Lorong|Lrg\.?|Persiaran|Gang|Gg\.?|Lebuh|Lebuhraya)[ ]"#
            + words + #"(?:,?[ ](?:No\.?[ ]?)?"# + number + ")?)",
        // Latvian: name + iela/gatve/bulvāris/prospekts/laukums (any case ending) + number.
        #"(?<value>\b"# + word + #"[ ](?:iela|ielā|ielas|gatve|gatvē|bulvāris|bulvārī|prospekts|prospektā|laukums|laukumā)[ ]"#
            + number + ")",
    ])
}
