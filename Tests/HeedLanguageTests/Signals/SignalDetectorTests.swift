import Testing
@testable import HeedLanguage

@Suite("Emotion and escalation signals")
struct SignalDetectorTests {
    let detector = SignalDetector()

    @Test("detects an explicit request for a human", arguments: [
        ("Can I talk to a real person please?", "en"),
        ("agent please", "en"),
        ("I want to speak with a human", "en"),
        ("Tôi muốn gặp nhân viên", "vi"),
        ("toi muon gap nhan vien", "vi"),
        ("Cho tôi nói chuyện với người thật", "vi"),
        ("cho toi noi chuyen voi nguoi that", "vi"),
        ("boleh saya cakap dengan orang?", "ms"),
        ("Saya nak bercakap dengan ejen", "ms"),
        ("saya mau bicara dengan manusia", "id"),
        ("Gribu runāt ar cilvēku", "lv"),
        ("gribu runat ar cilveku", "lv"),
        ("Lūdzu, savienojiet ar operatoru", "lv"),
        ("Can you put me through to an operator?", "en"),
        ("I want to talk to an operator", "en"),
    ])
    func humanRequest(text: String, language: String) {
        let signal = detector.detect(text)[.humanRequest]
        #expect(signal.score >= 0.8, "\(language): \(text)")
        #expect(!signal.evidence.isEmpty)
    }

    @Test("ordinary questions are not a request for a human", arguments: [
        "Where is my order?", "Đơn hàng của tôi ở đâu?", "Bila pesanan saya sampai?", "Kur ir mans pasūtījums?",
        "The delivery person left it at the door",
        // A phone carrier is also an "operator".
        "I'm with another operator, can I keep my number?", "Vai varu mainīt operatoru un paturēt numuru?",
    ])
    func noHumanRequest(text: String) {
        #expect(detector.detect(text)[.humanRequest].score < 0.5)
    }

    @Test("detects churn threats with evidence", arguments: [
        ("Cancel my account, I'm switching to another provider.", "cancel my account"),
        ("Tôi muốn hủy tài khoản", "hủy tài khoản"),
        ("Saya nak tutup akaun saya", "tutup akaun"),
        ("Es gribu slēgt kontu", "slēgt kontu"),
    ])
    func churn(text: String, evidence: String) {
        let signal = detector.detect(text)[.churnThreat]
        #expect(signal.score >= 0.8)
        #expect(signal.evidence.contains(evidence))
    }

    @Test("detects anger from words, profanity, capitals and exclamation marks")
    func anger() {
        let words = detector.detect("This is ridiculous and unacceptable")[.anger]
        #expect(words.score >= 0.8)
        #expect(words.evidence.contains("ridiculous"))
        let shouting = detector.detect("WHERE IS MY REFUND!!!")[.anger]
        #expect(shouting.score >= 0.7)
        #expect(shouting.evidence.contains("ALL CAPS"))
        #expect(shouting.evidence.contains("!!!"))
        #expect(detector.detect("what the fuck")[.anger].evidence.contains { $0.hasPrefix("profanity") })
        #expect(detector.detect("Thank you, have a nice day")[.anger].score < 0.3)
    }

    @Test("a repeated message raises frustration")
    func repeatedMessage() {
        let first = detector.detect("Where is my order?")[.anger].score
        let again = detector.detect("where is my order", previousCustomerMessages: ["Where is my order?", "hello"])[.anger]
        #expect(again.score > first + 0.4)
        #expect(again.evidence.contains { $0.hasPrefix("repeated message") })
    }

    @Test("detects urgency", arguments: ["I need this fixed ASAP", "Cần xử lý gấp", "Tolong segera", "Lūdzu, steidzami!"])
    func urgency(text: String) {
        let signal = detector.detect(text)[.urgency]
        #expect(signal.score >= 0.8)
        #expect(!signal.evidence.isEmpty)
    }

    @Test("detects confusion", arguments: ["I don't understand what this means", "Tôi không hiểu", "Saya tak faham", "Es nesaprotu"])
    func confusion(text: String) {
        #expect(detector.detect(text)[.confusion].score >= 0.8)
    }

    @Test("detects gratitude and positive sentiment", arguments: ["Thanks a lot, very helpful!", "Cảm ơn bạn nhiều", "Terima kasih banyak", "Liels paldies!"])
    func gratitude(text: String) {
        let signals = detector.detect(text)
        #expect(signals[.gratitude].score >= 0.8)
        #expect(signals.sentiment.label == .positive)
    }

    @Test("sentiment follows the words, with negation")
    func sentiment() {
        #expect(detector.detect("The service was terrible and slow, I hate it").sentiment.label == .negative)
        #expect(detector.detect("Dịch vụ quá tệ").sentiment.label == .negative)
        #expect(detector.detect("Pelayanan sangat buruk dan lambat").sentiment.label == .negative)
        #expect(detector.detect("Ēdiens bija garšīgs, lieliski!").sentiment.label == .positive)
        #expect(detector.detect("What time do you open on Monday?").sentiment.label == .neutral)
        let negated = detector.detect("It was not good")
        #expect(negated.sentiment.polarity < 0)
        #expect(negated.sentiment.evidence.contains("not good"))
    }

    @Test("plain questions read as neutral, not as complaints, in languages with a learned model", arguments: [
        ("Bagaimana cara mengganti alamat pengiriman saya?", "id"), ("Berapa lama pengiriman ke Surabaya?", "id"),
        ("Bila pesanan saya akan sampai?", "ms"), ("Cik ilgi notiek piegāde uz Rīgu?", "lv"),
    ])
    func plainQuestions(text: String, language: String) {
        let sentiment = detector.detect(text, language: language).sentiment

        #expect(sentiment.label == .neutral, "\(text)")
        #expect(sentiment.polarity > -0.5, "\(text)")
    }

    @Test func aComplaintAskedAsAQuestionStaysNegative() {
        let sentiment = detector.detect("Kenapa pesanan saya belum sampai juga, sudah dua minggu?", language: "id").sentiment

        #expect(sentiment.label == .negative)
        #expect(!sentiment.evidence.contains("a question without sentiment words"))
    }

    @Test("scores stay within 0…1 and every kind is reported")
    func scoreRange() {
        let signals = detector.detect("URGENT!!! cancel my account, worst service, talk to a human NOW, thanks for nothing???")
        #expect(signals.signals.count == SignalKind.allCases.count)
        #expect(signals.signals.allSatisfy { (0...1).contains($0.score) })
        #expect((0...1).contains(signals.sentiment.score))
    }
}
