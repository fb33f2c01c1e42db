/// The phrases (lower case, diacritics folded) that mark a sentence worth remembering, in en, vi, ms, id and lv.
enum MemoryCues {
    /// The customer says how they like things done.
    static let preference: [String] = [
        // English
        "i prefer", "i d prefer", "i would prefer", "i d rather", "i would rather", "please always", "please only",
        "please don t call", "please do not call", "don t call me", "do not call me", "only contact me", "only email me",
        "only e mail me", "contact me by", "i like to", "i always", "i never",
        // Vietnamese
        "toi thich", "minh thich", "toi muon duoc", "vui long chi", "xin chi", "dung goi", "khong goi cho toi",
        "lien he voi toi qua", "toi luon", "toi khong bao gio",
        // Malay / Indonesian
        "saya lebih suka", "saya lebih memilih", "aku lebih suka", "saya suka", "tolong jangan", "sila jangan",
        "mohon jangan", "jangan telefon", "jangan telepon", "hanya hubungi", "hubungi saya melalui",
        "hubungi saya lewat", "saya selalu",
        // Latvian
        "es dodu priekšroku", "es dodu prieksroku", "man labak patik", "labak rakstiet", "ludzu nezvaniet",
        "nezvaniet man", "sazinieties ar mani", "es vienmer", "es nekad",
    ]

    /// An agent says what the company will do.
    static let promise: [String] = [
        // English
        "i will", "i ll", "we will", "we ll", "you will receive", "you ll receive", "you will get", "you ll get",
        "i am going to", "i m going to", "we are going to", "we re going to",
        // Vietnamese
        "toi se", "minh se", "chung toi se", "ben minh se", "ban se nhan duoc",
        // Malay / Indonesian
        "saya akan", "kami akan", "anda akan menerima", "anda akan mendapat",
        // Latvian
        "es nosutisu", "mes nosutisim", "es parbaudisu", "mes parbaudisim", "mes atmaksasim", "es atmaksasu",
        "mes sazinasimies", "es sazinasos", "jus sanemsiet", "mes nomainisim",
    ]

    /// The customer says something is still wrong.
    static let problem: [String] = [
        // English
        "still", "not working", "doesn t work", "does not work", "didn t work", "broken", "never arrived",
        "hasn t arrived", "has not arrived", "not arrived", "wrong", "missing", "damaged", "not received", "no refund",
        // Vietnamese
        "van chua", "khong hoat dong", "bi hong", "chua nhan duoc", "chua toi", "bi loi", "sai", "thieu",
        // Malay / Indonesian
        "masih", "tidak berfungsi", "tak berfungsi", "rosak", "rusak", "belum sampai", "belum diterima",
        "belum terima", "salah", "hilang",
        // Latvian
        "joprojam", "nestrada", "salauzts", "bojats", "nav pienacis", "nav sanemts", "nepareiz", "trukst",
    ]

    /// The customer says it is sorted: nothing is left open.
    static let settled: [String] = [
        "thank", "thanks", "works now", "working now", "solved", "sorted", "perfect", "great",
        "cam on", "da duoc", "on roi", "xong roi",
        "terima kasih", "sudah berfungsi", "dah ok", "selesai", "beres",
        "paldies", "tagad strada", "atrisinats", "lieliski",
    ]
}
