/// A text's UTF-8 bytes with look-alike characters folded to ASCII — full-width digits and signs (`０９１２`, `＋`),
/// no-break, thin and ideographic spaces — and, for every folded byte, where it came from in the original.
/// The recognisers look for ASCII patterns; folding lets them see `０９１２ ３４５ ６７８` as a phone number while
/// the matches still point into the text as written.
struct FoldedText {
    /// The folded bytes.
    let bytes: [UInt8]
    /// `origins[i]` is the UTF-8 offset in the original text of the character folded byte `i` belongs to;
    /// `origins[bytes.count]` is the original's length, so a folded range maps back as `origins[lower]..<origins[upper]`.
    let origins: [Int]

    init(_ text: String) {
        var bytes: [UInt8] = []
        var origins: [Int] = []
        bytes.reserveCapacity(text.utf8.count)
        origins.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if let folded = Self.asciiFold(scalar) {
                bytes.append(folded)
                origins.append(offset)
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
                origins.append(contentsOf: repeatElement(offset, count: width))
            }
            offset += width
        }
        origins.append(offset)
        self.bytes = bytes
        self.origins = origins
    }

    /// The original UTF-8 range of a folded byte range.
    func originalRange(of range: Range<Int>) -> Range<Int> {
        origins[range.lowerBound]..<origins[range.upperBound]
    }

    /// `text` with the same folding, as a string (for canonical values of matches).
    static func folded(_ text: String) -> String {
        String(decoding: FoldedText(text).bytes, as: UTF8.self)
    }

    /// The ASCII byte a look-alike character stands for, nil for every other character.
    static func asciiFold(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0xFF01...0xFF5E: UInt8(scalar.value - 0xFF01 + 0x21)  // full-width ASCII: digits, letters, + - ( ) @ .
        case 0x00A0, 0x2007, 0x2009, 0x200A, 0x202F, 0x3000: 0x20  // no-break, figure, thin, narrow, ideographic spaces
        case 0x2010, 0x2011, 0x2012, 0x2013: UInt8(ascii: "-")  // hyphens and the en dash used in numbers
        default: nil
        }
    }
}
