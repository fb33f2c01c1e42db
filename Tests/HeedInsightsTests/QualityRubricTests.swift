import Foundation
import HeedInsights
import Testing

/// The embedded quality rubric reads an agent's replies the way a lead would.
@Suite("Insights: quality rubric")
struct QualityRubricTests {
    let rubric = QualityRubric()

    @Test("A warm, clear reply that solves the problem and closes well scores full marks")
    func goodReply() throws {
        let scores = try #require(rubric.score(
            agentMessages: [
                "Hi Sarah, sorry for the wait and for the trouble with your order.",
                "I've refunded the second charge; it will show on your statement in 3–5 working days. Is there anything else I can help with?",
            ],
            waits: [300, 120]))
        for criterion in QualityRubric.Criterion.allCases {
            #expect(scores[criterion] == 1, "\(criterion): \(scores[criterion] ?? -1)")
        }
    }

    @Test("A curt, rude, shouted reply after four hours scores low where it should")
    func poorReply() throws {
        let scores = try #require(rubric.score(agentMessages: ["NOT MY PROBLEM!! CHECK THE WEBSITE"], waits: [5 * 3_600]))
        #expect(scores[.greeting] == 0)
        #expect(scores[.empathy] == 0)
        #expect(scores[.closing] == 0)
        #expect((scores[.tone] ?? 1) < 0.2)
        #expect(scores[.responseTime] == 0)
    }

    @Test("Vietnamese and Malay replies are read too; response time falls between 15 minutes and 4 hours")
    func otherLanguagesAndTimes() throws {
        let vi = try #require(rubric.score(
            agentMessages: ["Chào anh An, em xin lỗi vì sự bất tiện. Em đã hoàn tiền cho anh rồi ạ. Anh còn gì cần em hỗ trợ không ạ?"],
            waits: [60]))
        #expect(vi[.greeting] == 1 && vi[.empathy] == 1 && vi[.solution] == 1 && vi[.closing] == 1)
        let ms = try #require(rubric.score(agentMessages: ["Selamat pagi, mohon maaf atas kelewatan. Saya telah menghantar resit."], waits: []))
        #expect(ms[.greeting] == 1 && ms[.empathy] == 1 && ms[.solution] == 1)
        let midpoint: TimeInterval = (15 * 60 + 4 * 3_600) / 2
        let halfway = try #require(rubric.score(agentMessages: ["Hello."], waits: [midpoint]))
        #expect(abs((halfway[.responseTime] ?? 0) - 0.5) < 0.001)
        #expect(rubric.score(agentMessages: [], waits: []) == nil)
    }

    @Test("Long run-on sentences lower clarity")
    func clarity() throws {
        let long = Array(repeating: "word", count: 60).joined(separator: " ")
        let scores = try #require(rubric.score(agentMessages: [long], waits: []))
        #expect(scores[.clarity] == 0)
    }
}
