/// The fixed sentences of a reply in one language. `%@` stands for the customer's name or the source link.
public struct ReplyTemplates: Sendable, Hashable {
    public var greetingWithName: String
    public var greeting: String
    /// A short apology, for an unhappy customer (``ReplyTone/empathetic``) only.
    public var empathy: String
    public var sourceLink: String
    public var offerHuman: String
    public var abstention: String
    /// One calm line of acknowledgement for an angry customer (``ReplyTone/calm``).
    public var calmAcknowledgement: String
    /// The brief offer of a person that closes a calm reply.
    public var briefOfferHuman: String
    /// Introduces an answer laid out as numbered steps (``ReplyTone/stepByStep``).
    public var stepsIntroduction: String
    /// Closes a step-by-step answer: say which step is unclear.
    public var stepsClosing: String

    /// Creates templates.
    public init(
        greetingWithName: String, greeting: String, empathy: String, sourceLink: String, offerHuman: String,
        abstention: String, calmAcknowledgement: String, briefOfferHuman: String, stepsIntroduction: String,
        stepsClosing: String
    ) {
        self.greetingWithName = greetingWithName
        self.greeting = greeting
        self.empathy = empathy
        self.sourceLink = sourceLink
        self.offerHuman = offerHuman
        self.abstention = abstention
        self.calmAcknowledgement = calmAcknowledgement
        self.briefOfferHuman = briefOfferHuman
        self.stepsIntroduction = stepsIntroduction
        self.stepsClosing = stepsClosing
    }

    /// The templates for `language` (primary code), English when the language has none.
    public static func forLanguage(_ language: String) -> ReplyTemplates {
        builtIn[language.lowercased().split(separator: "-").first.map(String.init) ?? ""] ?? english
    }

    /// Languages with built-in templates.
    public static var languages: [String] { builtIn.keys.sorted() }

    public static let english = ReplyTemplates(
        greetingWithName: "Hi %@,", greeting: "Hi there,",
        empathy: "I'm sorry this has been frustrating — let's get it sorted.",
        sourceLink: "You can read more here: %@",
        offerHuman: "If this doesn't solve it, just say so and I'll bring in a colleague.",
        abstention: "I'm not sure about this one — let me get a colleague who can help.",
        calmAcknowledgement: "I understand. Here is what matters:",
        briefOfferHuman: "Say the word and a colleague takes over.",
        stepsIntroduction: "Here it is, step by step:",
        stepsClosing: "If a step is unclear, tell me which one and I'll explain it.")

    public static let vietnamese = ReplyTemplates(
        greetingWithName: "Chào %@,", greeting: "Xin chào,",
        empathy: "Rất tiếc vì sự bất tiện bạn gặp phải — mình cùng xử lý ngay nhé.",
        sourceLink: "Bạn có thể xem thêm tại: %@",
        offerHuman: "Nếu vẫn chưa giải quyết được, bạn cứ nhắn để mình chuyển sang nhân viên hỗ trợ nhé.",
        abstention: "Mình chưa chắc chắn về câu hỏi này — để mình nhờ đồng nghiệp hỗ trợ bạn nhé.",
        calmAcknowledgement: "Mình hiểu. Điều quan trọng là:",
        briefOfferHuman: "Bạn chỉ cần nói, nhân viên hỗ trợ sẽ tiếp nhận ngay.",
        stepsIntroduction: "Mình hướng dẫn từng bước nhé:",
        stepsClosing: "Nếu bước nào chưa rõ, bạn cho mình biết bước đó để mình giải thích thêm.")

    public static let malay = ReplyTemplates(
        greetingWithName: "Hai %@,", greeting: "Hai,",
        empathy: "Saya mohon maaf atas kesulitan ini — mari kita selesaikan bersama.",
        sourceLink: "Anda boleh baca lebih lanjut di sini: %@",
        offerHuman: "Jika ini belum menyelesaikan masalah anda, beritahu saya dan saya akan hubungkan anda dengan rakan sekerja.",
        abstention: "Saya kurang pasti tentang perkara ini — biar saya minta rakan sekerja membantu anda.",
        calmAcknowledgement: "Saya faham. Ini yang penting:",
        briefOfferHuman: "Beritahu saya dan rakan sekerja akan mengambil alih.",
        stepsIntroduction: "Ini langkah demi langkah:",
        stepsClosing: "Jika ada langkah yang kurang jelas, beritahu saya langkah yang mana dan saya akan terangkan.")

    public static let indonesian = ReplyTemplates(
        greetingWithName: "Halo %@,", greeting: "Halo,",
        empathy: "Mohon maaf atas ketidaknyamanan ini — mari kita selesaikan bersama.",
        sourceLink: "Anda dapat membaca selengkapnya di sini: %@",
        offerHuman: "Jika ini belum menyelesaikan masalah Anda, beri tahu saya dan saya akan menghubungkan Anda dengan rekan kami.",
        abstention: "Saya kurang yakin soal ini — saya akan meminta rekan kami untuk membantu Anda.",
        calmAcknowledgement: "Saya mengerti. Ini yang penting:",
        briefOfferHuman: "Cukup beri tahu saya, rekan kami akan segera mengambil alih.",
        stepsIntroduction: "Berikut langkah demi langkah:",
        stepsClosing: "Jika ada langkah yang kurang jelas, beri tahu saya langkah yang mana dan saya akan menjelaskannya.")

    public static let latvian = ReplyTemplates(
        greetingWithName: "Sveiki, %@!", greeting: "Sveiki!",
        empathy: "Man ļoti žēl par sagādātajām neērtībām — atrisināsim to kopā.",
        sourceLink: "Vairāk varat izlasīt šeit: %@",
        offerHuman: "Ja tas neatrisina jautājumu, dodiet ziņu, un es pieaicināšu kolēģi.",
        abstention: "Par šo es nevaru atbildēt droši — pieaicināšu kolēģi, kas jums palīdzēs.",
        calmAcknowledgement: "Saprotu. Galvenais ir šis:",
        briefOfferHuman: "Pasakiet, un kolēģis to pārņems.",
        stepsIntroduction: "Lūk, soli pa solim:",
        stepsClosing: "Ja kāds solis nav skaidrs, pasakiet, kurš, un es to paskaidrošu.")

    private static let builtIn: [String: ReplyTemplates] = [
        "en": english, "vi": vietnamese, "ms": malay, "id": indonesian, "lv": latvian,
    ]

    func fill(_ template: String, _ value: String) -> String {
        template.replacingOccurrences(of: "%@", with: value)
    }
}
