import Foundation

/// Unicode normalisation used everywhere text is compared: NFKC, case folding and diacritic folding.
public enum TextNormalizer {
    /// Returns `text` in NFKC with case folded (lower-cased; Greek final sigma folded to σ).
    /// ASCII text takes a fast path that only lower-cases.
    public static func normalize(_ text: String) -> String {
        if isASCII(text) { return asciiLowercased(text) }
        // Common Latin, Vietnamese, Cyrillic text and emoji are already NFKC: lower-casing is enough.
        if text.unicodeScalars.allSatisfy(isStableUnderNFKC) { return text.lowercased() }
        var folded = text.precomposedStringWithCompatibilityMapping.lowercased()
        if folded.unicodeScalars.contains("\u{03C2}") {
            folded = folded.replacingOccurrences(of: "\u{03C2}", with: "\u{03C3}")
        }
        return folded
    }

    /// The words of `text` (runs of letters and digits), lower-cased and without diacritics: "Rīgā" → "riga".
    public static func foldedWords(_ text: String) -> [String] {
        foldDiacritics(text.lowercased()).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// Returns `text` without diacritics: combining accents of Latin, Greek, Cyrillic, Arabic and Hebrew are
    /// removed (Vietnamese `ơ`→`o`, Latvian `ā`→`a`, `š`→`s`) and letters with built-in strokes are mapped
    /// (`đ`→`d`, `ł`→`l`, `ø`→`o`, `ß`→`ss`, `æ`→`ae`, …). Marks that are letters' vowels in other scripts
    /// (Thai, Devanagari, …) are kept. Case is kept as it is.
    public static func foldDiacritics(_ text: String) -> String {
        if isASCII(text) { return text }
        if let folded = foldWithTable(text) { return folded }
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

    /// Whether a scalar is its own NFKC form and never composes with a neighbour (no combining marks, no
    /// compatibility characters): the ranges that make up most real messages.
    @inline(__always)
    static func isStableUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x9F, 0xC0...0x131, 0x134...0x13E, 0x141...0x148, 0x14A...0x17E, 0x180...0x1C3, 0x1CD...0x1F0,
             0x1F4...0x24F, 0x400...0x482, 0x48A...0x4FF, 0x1E00...0x1E9A, 0x1EA0...0x1EFF,
             0x2010, 0x2013...0x2015, 0x2018...0x201F, 0x2022, 0x2030, 0x20AC, 0x200D, 0xFE0F,
             0x2190...0x21FF, 0x2600...0x277F, 0x2794...0x27BF, 0x1F300...0x1FAFF:
            return true
        default:
            return false
        }
    }

    /// Base letters of precomposed Latin letters (U+00C0…U+024F, U+1E00…U+1EFF), 0 where a letter has no
    /// removable diacritic; computed once from Unicode's canonical decompositions.
    static let baseLetters: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 0x250 + 0x100)
        func fill(_ range: ClosedRange<UInt32>, offset: Int) {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let decomposed = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
                if decomposed.count > 1, decomposed.dropFirst().allSatisfy({ isFoldableMark($0.value) }) {
                    table[Int(v) - Int(range.lowerBound) + offset] = decomposed[0].value
                }
            }
        }
        fill(0xC0...0x24F, offset: 0xC0)
        fill(0x1E00...0x1EFF, offset: 0x250)
        return table
    }()

    /// Folds text made only of ASCII, table letters, stroke letters and stable scalars without Foundation;
    /// `nil` when the text needs the general path.
    static func foldWithTable(_ text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        let table = baseLetters
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                scalars.append(scalar)
            } else if let replacement = strokeLetterReplacement(v) {
                scalars.append(contentsOf: replacement.unicodeScalars)
            } else if (0xC0...0x24F).contains(v), table[Int(v)] != 0 {
                scalars.append(Unicode.Scalar(table[Int(v)])!)
            } else if (0x1E00...0x1EFF).contains(v), table[Int(v - 0x1E00) + 0x250] != 0 {
                scalars.append(Unicode.Scalar(table[Int(v - 0x1E00) + 0x250])!)
            } else if isStableUnderNFKC(scalar) {
                scalars.append(scalar)
            } else {
                return nil
            }
        }
        return String(scalars)
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
