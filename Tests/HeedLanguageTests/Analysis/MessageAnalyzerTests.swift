import Foundation
import Testing
@testable import HeedLanguage

@Suite("Message analysis facade")
struct MessageAnalyzerTests {
    let analyzer: MessageAnalyzer

    init() throws {
        analyzer = try MessageAnalyzer()
    }

    @Test("combines language, signals, PII and redaction")
    func fullAnalysis() {
        let analysis = analyzer.analyze("Tôi muốn gặp nhân viên ngay, email của tôi là lan@example.vn")
        #expect(analysis.language.code == "vi")
        #expect(analysis.signals[.humanRequest].score >= 0.8)
        #expect(analysis.pii.map(\.kind) == [.email])
        #expect(analysis.redacted.text == "Tôi muốn gặp nhân viên ngay, email của tôi là [EMAIL_1]")
        #expect(analysis.redacted.map.restore(analysis.redacted.text).hasSuffix("lan@example.vn"))
    }

    @Test("personal data does not sway the language guess")
    func piiIgnoredForLanguage() {
        let analysis = analyzer.analyze("Paldies! jan.berzins@example.com +371 2612 3456")
        #expect(analysis.language.code == "lv")
    }

    @Test("keeps placeholders stable across a conversation")
    func conversationMap() {
        let first = analyzer.analyze("my email is a@b.com")
        let second = analyzer.analyze("again: a@b.com", redactionMap: first.redacted.map)
        #expect(second.redacted.text == "again: [EMAIL_1]")
    }

    @Test("is safe to call from many tasks at once")
    func concurrentUse() async {
        let analyzer = self.analyzer
        let codes = await withTaskGroup(of: String.self) { group in
            for _ in 0..<16 { group.addTask { analyzer.analyze("Labdien, kur ir mans pasūtījums?").language.code } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(codes == Array(repeating: "lv", count: 16))
    }
}
