import HeedCore
import HeedKnowledge
import Testing

@testable import HeedConversation

/// A vague message ("it doesn't charge") that no answer is sure of: asking which of two close topics is meant
/// beats handing the customer to a person at once.
@Suite("Clarifying a vague message")
struct VagueClarifyTests {
    @Test("A vague message between two close topics gets one clarifying question instead of a hand-off")
    func vagueClarifies() {
        var turn = TurnAssessment(intentConfidence: 0.45, runnerUpConfidence: 0.4, answerAbstained: true)
        let candidates = ["My phone won't charge", "My laptop won't turn on"]
        #expect(HandoffPolicy.decide(turn, candidates: candidates, settings: HandoffSettings()) == .handoff(.answerAbstained))
        turn.isVague = true
        #expect(HandoffPolicy.decide(turn, candidates: candidates, settings: HandoffSettings()) == .clarify(candidates: candidates))
        var far = turn
        far.runnerUpConfidence = 0.1
        #expect(HandoffPolicy.decide(far, candidates: candidates, settings: HandoffSettings()) == .handoff(.answerAbstained))
        var weak = turn
        (weak.intentConfidence, weak.runnerUpConfidence) = (0.2, 0.18)
        #expect(HandoffPolicy.decide(weak, candidates: candidates, settings: HandoffSettings()) == .handoff(.answerAbstained))
        #expect(ContentWords.count(in: "It doesn't charge") <= TurnUnderstander.vagueWords)
        #expect(ContentWords.count(in: "How long does delivery to Kuala Lumpur take for a laptop?") > TurnUnderstander.vagueWords)
    }
}
