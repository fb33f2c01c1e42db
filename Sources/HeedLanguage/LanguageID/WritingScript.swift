/// The writing systems language identification tells apart before looking at n-grams.
/// Many decide the language on their own (Thai, Greek, Hangul, Georgian, Armenian…); Kana marks Japanese.
enum WritingScript: UInt8, CaseIterable, Sendable {
    case latin, cyrillic, greek, armenian, georgian, hebrew, arabic, syriacThaana, devanagari, bengali, gurmukhi,
         gujarati, oriya, tamil, telugu, kannada, malayalam, sinhala, thai, lao, tibetan, myanmar, khmer, ethiopic,
         hangul, kana, han, other

    /// The script of a letter or combining mark, or nil for anything that is not part of a word.
    init?(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFF21...0xFF5A:
            self = .latin
        case 0x300...0x36F: self = .latin // combining accents of decomposed Latin text
        case 0x400...0x52F, 0x1C80...0x1C8F, 0x2DE0...0x2DFF, 0xA640...0xA69F: self = .cyrillic
        case 0x370...0x3FF, 0x1F00...0x1FFF: self = .greek
        case 0x530...0x58F: self = .armenian
        case 0x10A0...0x10FF, 0x1C90...0x1CBF: self = .georgian
        case 0x590...0x5FF: self = .hebrew
        case 0x600...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: self = .arabic
        case 0x700...0x7BF: self = .syriacThaana
        case 0x900...0x97F: self = .devanagari
        case 0x980...0x9FF: self = .bengali
        case 0xA00...0xA7F: self = .gurmukhi
        case 0xA80...0xAFF: self = .gujarati
        case 0xB00...0xB7F: self = .oriya
        case 0xB80...0xBFF: self = .tamil
        case 0xC00...0xC7F: self = .telugu
        case 0xC80...0xCFF: self = .kannada
        case 0xD00...0xD7F: self = .malayalam
        case 0xD80...0xDFF: self = .sinhala
        case 0xE00...0xE7F: self = .thai
        case 0xE80...0xEFF: self = .lao
        case 0xF00...0xFFF: self = .tibetan
        case 0x1000...0x109F: self = .myanmar
        case 0x1780...0x17FF: self = .khmer
        case 0x1200...0x139F, 0x2D80...0x2DDF: self = .ethiopic
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: self = .hangul
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: self = .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: self = .han
        default:
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .spacingMark else { return nil }
            self = .other
        }
    }
}
