import HeedCore
import Testing

@testable import HeedConversation

/// A section whose instruction is "contact our Billing team" hands the customer to that team: they are already
/// talking to the company. A fallback ("if nothing helps, contact support", "contact us") does not.
@Suite("Team direction in an answer's section")
struct TeamDirectionTests {
    @Test("directions to a team, in five languages", arguments: [
        "What to do:\n\n1. Contact our Billing team via chat or billing@example.com.",
        "Cách xử lý:\n1. Liên hệ bộ phận Thanh toán qua chat hoặc email.",
        "1. Hubungi pasukan Bil melalui chat atau e-mel.",
        "Hubungi tim Penagihan lewat chat.",
        "1. Sazinieties ar mūsu norēķinu komandu tērzēšanā.",
    ])
    func directs(text: String) {
        #expect(TeamDirection.directsToTeam(text), "\(text)")
    }

    @Test("fallbacks and general contact lines are not a direction", arguments: [
        "2. Nếu không còn mã dự phòng, hãy liên hệ bộ phận hỗ trợ.",
        "If nothing helps, contact our Technical support team.",
        "If it fails twice, stop and contact us.",
        "Ask the carrier or contact the courier.",
        "Jika masih gagal, hubungi pasukan sokongan.",
        "Ja tas nepalīdz, sazinieties ar mūsu atbalsta komandu.",
    ])
    func doesNotDirect(text: String) {
        #expect(!TeamDirection.directsToTeam(text), "\(text)")
    }

    @Test("a confident answer that sends the customer to a team is a hand-off; an unsure one stays unsure")
    func policy() {
        var turn = TurnAssessment(intentConfidence: 0.9, answerConfidence: 0.9)
        #expect(HandoffPolicy.decide(turn, settings: HandoffSettings()) == .answer)
        turn.answerDirectsToTeam = true
        #expect(HandoffPolicy.decide(turn, settings: HandoffSettings()) == .handoff(.teamMustAct))
        turn.answerConfidence = 0.1
        #expect(HandoffPolicy.decide(turn, settings: HandoffSettings()) == .handoff(.lowConfidence))
    }
}
