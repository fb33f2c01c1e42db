import Foundation

/// Unicode normalisation used everywhere text is compared: NFKC, case folding and diacritic folding.
public enum TextNormalizer {
    /// Returns `text` in NFKC with case folded (lower-cased; Greek final sigma folded to σ).
    /// ASCII text takes a fast path that only lower-cases.
    public static func normalize(_ text: String) -> String {
        if isASCII(text) { return asciiLowercased(text) }
        var folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        if folded.unicodeScalars.contains("\u{03C2}") {
            folded = folded.replacingOccurrences(of: "\u{03C2}", with: "\u{03C3}")
        }
        return folded
    }

    /// Returns `text` without diacritics: combining accents of Latin, Greek, Cyrillic, Arabic and Hebrew are
    /// removed (Vietnamese `ơ`→`o`, Latvian `ā`→`a`, `š`→`s`) and letters with built-in strokes are mapped
    /// (`đ`→`d`, `ł`→`l`, `ø`→`o`, `ß`→`ss`, `æ`→`ae`, …). Marks that are letters' vowels in other scripts
    /// (Thai, Devanagari, …) are kept. Case is kept as it is.
    public static func foldDiacritics(_ text: String) -> String {
        if isASCII(text) { return text }
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if isFoldableMark(v) {
                changed = true
                continue
            }
            if let replacement = strokeLetterReplacement(v) {
                scalars.append(contentsOf: replacement.unicodeScalars)
                changed = true
                continue
            }
            scalars.append(scalar)
        }
        guard changed else { return text }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    /// Whether every byte of `text` is ASCII.
    @inline(__always)
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Lower-cases ASCII text byte by byte.
    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
        return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var i = 0
            for byte in text.utf8 {
                buffer[i] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                i += 1
            }
            return i
        }
    }

    /// Combining marks that are accents (removable) rather than parts of a letter.
    @inline(__always)
    static func isFoldableMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
             0x0483...0x0489,                      // Cyrillic
             0x0591...0x05BD, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7, // Hebrew points
             0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8,
             0x06EA...0x06ED:                      // Arabic harakat
            return true
        default:
            return false
        }
    }

    /// Letters whose diacritic does not decompose in Unicode, mapped to plain letters.
    @inline(__always)
    static func strokeLetterReplacement(_ v: UInt32) -> String? {
        switch v {
        case 0x0111: return "d"   // đ
        case 0x0110: return "D"   // Đ
        case 0x0142: return "l"   // ł
        case 0x0141: return "L"   // Ł
        case 0x00F8: return "o"   // ø
        case 0x00D8: return "O"   // Ø
        case 0x00DF: return "ss"  // ß
        case 0x1E9E: return "SS"  // ẞ
        case 0x00E6: return "ae"  // æ
        case 0x00C6: return "AE"  // Æ
        case 0x0153: return "oe"  // œ
        case 0x0152: return "OE"  // Œ
        case 0x00FE: return "th"  // þ
        case 0x00DE: return "TH"  // Þ
        case 0x00F0: return "d"   // ð
        case 0x00D0: return "D"   // Ð
        case 0x0127: return "h"   // ħ
        case 0x0126: return "H"   // Ħ
        case 0x0131: return "i"   // dotless ı
        case 0x0140: return "l"   // ŀ
        case 0x0167: return "t"   // ŧ
        case 0x0166: return "T"   // Ŧ
        case 0x0180: return "b"   // ƀ
        case 0x01B6: return "z"   // ƶ
        default: return nil
        }
    }
}
