/// English names of the languages the identifier knows, by ISO 639-1 code.
public enum LanguageNames {
    /// The English name for `code`, or the code itself when unknown.
    public static func name(for code: String) -> String {
        names[code] ?? (code == LanguageGuess.unknownCode ? "Unknown" : code)
    }

    static let names: [String: String] = [
        "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "az": "Azerbaijani", "be": "Belarusian",
        "bg": "Bulgarian", "bn": "Bengali", "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh",
        "da": "Danish", "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish",
        "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French", "ga": "Irish",
        "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "hy": "Armenian",
        "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese", "ka": "Georgian", "kk": "Kazakh",
        "ko": "Korean", "la": "Latin", "lg": "Ganda", "lt": "Lithuanian", "lv": "Latvian", "mi": "Maori",
        "mk": "Macedonian", "mn": "Mongolian", "mr": "Marathi", "ms": "Malay", "nb": "Norwegian Bokmål",
        "nl": "Dutch", "nn": "Norwegian Nynorsk", "om": "Oromo", "pa": "Punjabi", "pl": "Polish",
        "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "si": "Sinhala", "sk": "Slovak", "sl": "Slovenian",
        "sn": "Shona", "so": "Somali", "sq": "Albanian", "sr": "Serbian", "st": "Southern Sotho", "sv": "Swedish",
        "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "th": "Thai", "ti": "Tigrinya", "tl": "Tagalog",
        "tn": "Tswana", "tr": "Turkish", "ts": "Tsonga", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
        "xh": "Xhosa", "yo": "Yoruba", "zh": "Chinese", "zu": "Zulu",
        "km": "Khmer", "lo": "Lao", "my": "Burmese", "jv": "Javanese", "su": "Sundanese", "ceb": "Cebuano",
        "ml": "Malayalam", "kn": "Kannada", "ne": "Nepali", "uz": "Uzbek", "ha": "Hausa", "ig": "Igbo",
        "gl": "Galician", "mt": "Maltese", "lb": "Luxembourgish", "ky": "Kyrgyz", "tt": "Tatar", "ps": "Pashto",
        "ku": "Kurdish",
    ]
}
