/// How the tokenizer treats one Unicode scalar. Internal: a lookup that avoids `generalCategory` for ASCII.
enum CharacterClass: Equatable {
    /// A letter of a script written with spaces between words.
    case letter
    /// A decimal digit.
    case digit
    /// A combining mark: it continues whatever came before it.
    case mark
    /// A character of a script written without spaces (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar).
    case unspaced
    /// The start of an emoji sequence.
    case emoji
    /// An apostrophe (straight or typographic); kept only between letters.
    case apostrophe
    /// Anything else: white space, punctuation, symbols, the replacement character.
    case separator

    /// Classifies one scalar.
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        let v = scalar.value
        if v < 0x80 {
            switch v {
            case 0x61...0x7A, 0x41...0x5A: return .letter
            case 0x30...0x39: return .digit
            case 0x27: return .apostrophe
            default: return .separator
            }
        }
        if v == 0x2019 || v == 0x2018 || v == 0x02BC { return .apostrophe }
        if isUnspacedScript(v) {
            // Thai/Lao/Khmer/Myanmar digits count as digits, their vowel signs as marks.
            switch scalar.properties.generalCategory {
            case .decimalNumber: return .digit
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            default: return .unspaced
            }
        }
        if isEmojiStart(scalar) { return .emoji }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        default: return .separator
        }
    }

    /// Whether the scalar belongs to a script written without spaces between words.
    @inline(__always)
    static func isUnspacedScript(_ v: UInt32) -> Bool {
        switch v {
        case 0x0E00...0x0EFF,            // Thai, Lao
             0x1000...0x109F,            // Myanmar
             0x1100...0x11FF,            // Hangul Jamo
             0x1780...0x17FF, 0x19E0...0x19FF, // Khmer
             0x2E80...0x2FDF,            // CJK radicals
             0x3005...0x3007, 0x3021...0x3029, 0x3031...0x3035, 0x3038...0x303C,
             0x3040...0x30FF,            // Hiragana, Katakana
             0x3130...0x318F,            // Hangul compatibility jamo
             0x31F0...0x31FF,            // Katakana phonetic extensions
             0x3400...0x4DBF, 0x4E00...0x9FFF, // Han
             0xA960...0xA97F, 0xA9E0...0xA9FF, 0xAA60...0xAA7F,
             0xAC00...0xD7FF,            // Hangul syllables and jamo extended
             0xF900...0xFAFF,            // Han compatibility
             0xFF66...0xFF9F,            // half-width Katakana
             0x20000...0x3134F:          // Han extensions
            return true
        default:
            return false
        }
    }

    /// Whether the scalar starts an emoji (pictographs, regional indicators, emoji-style symbols).
    @inline(__always)
    static func isEmojiStart(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x2000 { return false }  // digits, #, *, ©, ® are "emoji" only with a selector; treat as text
        if (0x1F1E6...0x1F1FF).contains(v) { return true }
        let p = scalar.properties
        return p.isEmojiPresentation || (p.isEmoji && v >= 0x2190)
    }

    /// Whether the scalar continues an emoji sequence (joiner, selectors, skin tones, keycap, tags).
    @inline(__always)
    static func continuesEmoji(_ v: UInt32) -> Bool {
        switch v {
        case 0x200D, 0xFE0E, 0xFE0F, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return true
        default: return false
        }
    }

    /// Whether the scalar is a skin tone modifier or a variation selector, dropped from an emoji's folded form.
    @inline(__always)
    static func isEmojiModifier(_ v: UInt32) -> Bool {
        v == 0xFE0E || v == 0xFE0F || (0x1F3FB...0x1F3FF).contains(v)
    }
}
