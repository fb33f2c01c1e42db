/// The fixed sentences of a reply in one language. `%@` stands for the customer's name or the source link.
public struct ReplyTemplates: Sendable, Hashable {
    public var greetingWithName: String
    public var greeting: String
    public var empathy: String
    public var sourceLink: String
    public var offerHuman: String
    public var abstention: String

    /// Creates templates.
    public init(greetingWithName: String, greeting: String, empathy: String, sourceLink: String, offerHuman: String, abstention: String) {
        self.greetingWithName = greetingWithName
        self.greeting = greeting
        self.empathy = empathy
        self.sourceLink = sourceLink
        self.offerHuman = offerHuman
        self.abstention = abstention
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
        abstention: "I'm not sure about this one — let me get a colleague who can help.")

    public static let vietnamese = ReplyTemplates(
        greetingWithName: "Chào %@,", greeting: "Xin chào,",
        empathy: "Rất tiếc vì sự bất tiện bạn gặp phải — mình cùng xử lý ngay nhé.",
        sourceLink: "Bạn có thể xem thêm tại: %@",
        offerHuman: "Nếu vẫn chưa giải quyết được, bạn cứ nhắn để mình chuyển sang nhân viên hỗ trợ nhé.",
        abstention: "Mình chưa chắc chắn về câu hỏi này — để mình nhờ đồng nghiệp hỗ trợ bạn nhé.")

    public static let malay = ReplyTemplates(
        greetingWithName: "Hai %@,", greeting: "Hai,",
        empathy: "Saya mohon maaf atas kesulitan ini — mari kita selesaikan bersama.",
        sourceLink: "Anda boleh baca lebih lanjut di sini: %@",
        offerHuman: "Jika ini belum menyelesaikan masalah anda, beritahu saya dan saya akan hubungkan anda dengan rakan sekerja.",
        abstention: "Saya kurang pasti tentang perkara ini — biar saya minta rakan sekerja membantu anda.")

    public static let latvian = ReplyTemplates(
        greetingWithName: "Sveiki, %@!", greeting: "Sveiki!",
        empathy: "Man ļoti žēl par sagādātajām neērtībām — atrisināsim to kopā.",
        sourceLink: "Vairāk varat izlasīt šeit: %@",
        offerHuman: "Ja tas neatrisina jautājumu, dodiet ziņu, un es pieaicināšu kolēģi.",
        abstention: "Par šo es nevaru atbildēt droši — pieaicināšu kolēģi, kas jums palīdzēs.")

    private static let builtIn: [String: ReplyTemplates] = ["en": english, "vi": vietnamese, "ms": malay, "lv": latvian]

    func fill(_ template: String, _ value: String) -> String {
        template.replacingOccurrences(of: "%@", with: value)
    }
}
