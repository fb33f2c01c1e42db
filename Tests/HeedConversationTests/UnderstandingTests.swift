import Foundation
import HeedCore
import HeedLanguage
import Testing

@testable import HeedConversation

@Suite("Understanding a turn")
struct UnderstandingTests {
    enum HandoffSettingsDefaults {
        static let topics = HandoffSettings().sensitiveTopics
    }

    @Test("The reply language is the detected one when the workspace knows it")
    func detectedLanguage() {
        let analyzer = try! MessageAnalyzer()
        let vietnamese = analyzer.analyze("Bao lâu thì tôi nhận được hàng?").language
        #expect(TurnUnderstanding.resolveLanguage(vietnamese, knowledgeLanguages: ["en", "vi"], preferred: nil, previous: nil) == "vi")
    }

    @Test("A guess outside the workspace's languages falls back to the conversation's language, then English")
    func fallbackLanguage() {
        let analyzer = try! MessageAnalyzer()
        let short = analyzer.analyze("hello").language
        let languages: Set<String> = ["en", "vi"]
        if !languages.contains(short.code) {
            #expect(TurnUnderstanding.resolveLanguage(short, knowledgeLanguages: languages, preferred: nil, previous: "vi") == "vi")
            #expect(TurnUnderstanding.resolveLanguage(short, knowledgeLanguages: languages, preferred: nil, previous: nil) == "en"
                || short.alternatives.contains { languages.contains($0.code) })
        }
        let empty = analyzer.analyze("123").language
        #expect(TurnUnderstanding.resolveLanguage(empty, knowledgeLanguages: languages, preferred: "vi", previous: nil) == "vi")
    }

    @Test("Malay and Indonesian: the customer's own language wins between the two, and Indonesian is replied in")
    func siblingLanguages() {
        let analyzer = try! MessageAnalyzer()
        let knowledge: Set<String> = ["en", "vi", "ms", "lv"]
        let indonesian = analyzer.analyze("Tolong, pesanan saya belum sampai, bisa dicek kapan datangnya?").language
        let malay = analyzer.analyze("Boleh saya tahu bila pesanan saya akan sampai?").language
        for guess in [indonesian, malay] where ["ms", "id"].contains(guess.code) {
            #expect(TurnUnderstanding.resolveLanguage(guess, knowledgeLanguages: knowledge, preferred: "id", previous: nil) == "id")
            #expect(TurnUnderstanding.resolveLanguage(guess, knowledgeLanguages: knowledge, preferred: "ms", previous: nil) == "ms")
            #expect(TurnUnderstanding.resolveLanguage(guess, knowledgeLanguages: knowledge, preferred: "en", previous: "id") == "id")
        }
        #expect(["ms", "id"].contains(indonesian.code), "\(indonesian)")
        // Without knowledge in Indonesian, a confident Indonesian guess is still replied in Indonesian.
        if indonesian.code == "id", indonesian.confidence >= 0.35 {
            #expect(TurnUnderstanding.resolveLanguage(indonesian, knowledgeLanguages: knowledge, preferred: nil, previous: nil) == "id")
        }
        // Languages that are not siblings are not overridden by the profile.
        let vietnamese = analyzer.analyze("Bao lâu thì tôi nhận được hàng?").language
        #expect(TurnUnderstanding.resolveLanguage(vietnamese, knowledgeLanguages: knowledge, preferred: "id", previous: nil) == "vi")
    }

    @Test("A danger to someone's safety is the sensitive topic `safety` in five languages, unless the workspace drops it")
    func safetyHazards() {
        let topics = HandoffSettingsDefaults.topics
        let hazards = [
            "My power bank caught fire on the desk and burned my hand",
            "Cục sạc dự phòng bị phồng, nóng ran và có mùi khét, suýt nữa con tôi bị bỏng!",
            "Telefon saya panas sangat, bateri dah membengkak, saya takut ia meletup!",
            "TOLONG!! Powerbank saya berasap dan meleleh, tangan saya sampai melepuh!",
            "Lādētājs sāka dūmot un uzpūtās, es apdedzināju pirkstus",
        ]
        for text in hazards {
            #expect(TurnUnderstanding.sensitiveTopics(in: text, topics: topics).contains("safety"), "\(text)")
            #expect(TurnUnderstanding.sensitiveTopics(in: text, topics: ["legal"]).isEmpty, "\(text)")
        }
        for calm in ["How long does delivery take?", "Chạy ứng dụng thế nào?", "Berapa lama penghantaran?", "Cik ilgi notiek piegāde?"] {
            #expect(!TurnUnderstanding.sensitiveTopics(in: calm, topics: topics).contains("safety"), "\(calm)")
        }
    }

    @Test("Sensitive topics match whole words, with or without diacritics")
    func sensitiveTopics() {
        let topics = ["fraud", "lawyer", "bereavement"]
        #expect(TurnUnderstanding.sensitiveTopics(in: "I think this is FRAUD", topics: topics) == ["fraud"])
        #expect(TurnUnderstanding.sensitiveTopics(in: "My lawyer will call", topics: topics) == ["lawyer"])
        #expect(TurnUnderstanding.sensitiveTopics(in: "Where is my parcel?", topics: topics).isEmpty)
    }

    @Test("Fraud, theft and legal matters are named in five languages, not only by the topic's English word")
    func sensitiveTopicWords() {
        let cases: [(String, String)] = [
            ("Ada pesanan di akun saya yang bukan saya yang buat, dan kartu saya ditagih! Ini penipuan!", "fraud"),
            ("Tài khoản của tôi bị hack và có người lừa đảo đặt hàng", "fraud"),
            ("Akaun saya digodam, ada pesanan yang saya tidak buat", "fraud"),
            ("Tas ir krāpšana, es šo pasūtījumu neveicu", "fraud"),
            ("Someone made an unauthorised purchase on my card", "fraud"),
            ("Điện thoại của tôi bị trộm hôm qua", "stolen"),
            ("Telefon saya dicuri semalam", "stolen"),
            ("Mans telefons tika nozagts", "stolen"),
            ("Tôi sẽ thuê luật sư nếu không được giải quyết", "legal"),
            ("Saya akan bawa ke mahkamah", "legal"),
        ]
        for (text, topic) in cases {
            #expect(TurnUnderstanding.sensitiveTopics(in: text, topics: [topic]) == [topic], "\(text)")
        }
        for calm in ["How do I pay by card?", "Cách thanh toán bằng thẻ?", "Bagaimana cara bayar?", "Kā es varu samaksāt?"] {
            #expect(TurnUnderstanding.sensitiveTopics(in: calm, topics: ["fraud", "stolen", "legal"]).isEmpty, "\(calm)")
        }
    }

    @Test("A sensitive matter or a request for a person routes by the customer's words, not by the article found")
    func routingTrust() {
        #expect(HandoffRouter.topicConfidence(TurnAssessment(intentConfidence: 0.8)) == 0.8)
        #expect(HandoffRouter.topicConfidence(TurnAssessment(intentConfidence: 0.8, sensitiveTopics: ["safety"])) == 0)
        #expect(HandoffRouter.topicConfidence(TurnAssessment(intentConfidence: 0.8, humanRequested: 0.9)) == 0)
    }

    @Test("Articles give routing topics from their external id and tags")
    func articleTopics() {
        let article = Article(
            workspaceID: UUID(), externalID: "double-charge-vi", title: "Bị trừ tiền hai lần", body: "…", language: "vi",
            tags: ["Billing", "double charge"], createdAt: Date())
        #expect(WorkspaceKnowledge.topics(of: article) == ["double_charge", "billing", "double_charge"])
    }
}
