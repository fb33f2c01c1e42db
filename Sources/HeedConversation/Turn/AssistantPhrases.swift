import Foundation

/// What the AI assistant says in its own voice (not from the knowledge base), per language; English when a
/// language has no phrasing yet.
enum AssistantPhrases {
    static let supported: Set<String> = ["en", "vi", "ms", "id", "lv"]

    /// Said once, at the start of the AI's first reply in a conversation: that it is an AI (of `company` when the
    /// workspace has a name) and that a person is there whenever the customer asks.
    static func disclosure(_ language: String, company: String? = nil) -> String {
        let company = company.flatMap { name in name.trimmingCharacters(in: .whitespaces).isEmpty ? nil : name.trimmingCharacters(in: .whitespaces) }
        switch language {
        case "vi":
            return (company.map { "Tôi là trợ lý AI của \($0)." } ?? "Tôi là trợ lý AI.")
                + " Nếu bạn muốn trao đổi với nhân viên, cứ nói với tôi bất cứ lúc nào."
        case "ms":
            return (company.map { "Saya pembantu AI untuk \($0)." } ?? "Saya pembantu AI.")
                + " Jika anda mahu bercakap dengan kakitangan kami, beritahu saya bila-bila masa."
        case "id":
            return (company.map { "Saya asisten AI untuk \($0)." } ?? "Saya asisten AI.")
                + " Jika Anda ingin bicara dengan staf kami, beri tahu saya kapan saja."
        case "lv":
            return (company.map { "Es esmu uzņēmuma \($0) AI asistents." } ?? "Es esmu AI asistents.")
                + " Ja vēlaties runāt ar cilvēku, pasakiet to jebkurā brīdī."
        default:
            return (company.map { "I'm an AI assistant for \($0)." } ?? "I'm an AI assistant.")
                + " If you'd like to talk to a person, just say so at any time."
        }
    }

    /// Told to the customer when a human takes over: when they usually reply or, outside the team's business
    /// hours (`teamAway`), that they answer once back.
    static func handoff(_ language: String, team: String?, etaMinutes: Int?, teamAway: Bool = false) -> String {
        let passing = handoff(language, team: team, etaMinutes: teamAway ? nil : etaMinutes)
        return teamAway ? passing + " " + away(language) : passing
    }

    /// The team is out of its business hours.
    static func away(_ language: String) -> String {
        switch language {
        case "vi": "Đội ngũ hiện đang ngoài giờ làm việc và sẽ trả lời bạn ngay khi quay lại."
        case "ms": "Pasukan kami kini di luar waktu bekerja dan akan membalas sebaik sahaja kembali."
        case "id": "Tim kami sedang di luar jam kerja dan akan membalas begitu kembali."
        case "lv": "Komanda pašlaik nestrādā un atbildēs, tiklīdz atgriezīsies."
        default: "The team is outside its working hours now and will answer as soon as they are back."
        }
    }

    static func handoff(_ language: String, team: String?, etaMinutes: Int?) -> String {
        let eta = etaMinutes.map { Self.duration(language: language, minutes: $0) }
        switch language {
        case "vi":
            let who = team.map { "một đồng nghiệp thuộc bộ phận \($0)" } ?? "một đồng nghiệp"
            return "Tôi đang chuyển cuộc trò chuyện cho \(who)." + (eta.map { " Thường bạn sẽ nhận được phản hồi trong \($0)." } ?? "")
        case "ms":
            let who = team.map { "rakan sekerja daripada pasukan \($0)" } ?? "rakan sekerja"
            return "Saya sedang menghubungkan anda dengan \(who)." + (eta.map { " Biasanya mereka membalas dalam \($0)." } ?? "")
        case "id":
            let who = team.map { "rekan dari tim \($0)" } ?? "rekan kami"
            return "Saya sedang menghubungkan Anda dengan \(who)." + (eta.map { " Biasanya mereka membalas dalam \($0)." } ?? "")
        case "lv":
            let who = team.map { "kolēģi no komandas \($0)" } ?? "kolēģi"
            return "Es savienoju jūs ar \(who)." + (eta.map { " Parasti atbilde pienāk \($0) laikā." } ?? "")
        default:
            let who = team.map { "a colleague from \($0)" } ?? "a colleague"
            return "I'm passing this conversation to \(who)." + (eta.map { " They usually reply within \($0)." } ?? "")
        }
    }

    /// Asks the customer which of two topics they mean.
    static func clarify(_ language: String, first: String, second: String) -> String {
        let a = first.replacingOccurrences(of: "_", with: " ")
        let b = second.replacingOccurrences(of: "_", with: " ")
        switch language {
        case "vi": return "Để tôi giúp đúng ý bạn: bạn đang hỏi về \(a) hay \(b)?"
        case "ms": return "Supaya saya boleh membantu dengan tepat: adakah anda bertanya tentang \(a) atau \(b)?"
        case "id": return "Agar saya bisa membantu dengan tepat: apakah Anda bertanya tentang \(a) atau \(b)?"
        case "lv": return "Lai palīdzētu precīzi: vai jūs jautājat par \(a) vai \(b)?"
        default: return "So I can help with the right thing: is your question about \(a) or \(b)?"
        }
    }

    static func duration(language: String, minutes: Int) -> String {
        let hours = minutes / 60
        switch language {
        case "vi": return minutes < 120 ? "\(minutes) phút" : "\(hours) giờ"
        case "ms": return minutes < 120 ? "\(minutes) minit" : "\(hours) jam"
        case "id": return minutes < 120 ? "\(minutes) menit" : "\(hours) jam"
        case "lv": return minutes < 120 ? "\(minutes) minūšu" : "\(hours) stundu"
        default: return minutes < 120 ? "\(minutes) minutes" : "\(hours) hours"
        }
    }
}
