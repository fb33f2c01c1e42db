import Foundation
import HeedCore
import Testing

@testable import HeedConversation

@Suite("Memory notes from a resolved conversation")
struct MemoryExtractorTests {
    let workspaceID = UUID()
    let conversationID = UUID()

    func message(_ author: MessageAuthor, _ body: String, note: Bool = false) -> Message {
        Message(
            workspaceID: workspaceID, conversationID: conversationID, author: author, body: body, isInternalNote: note,
            createdAt: Date())
    }

    @Test("A customer's stated preference becomes a preference note, in five languages", arguments: [
        "Please don't call me, I prefer e-mail.",
        "Tôi thích nhận hàng vào cuối tuần.",
        "Saya lebih suka dihubungi melalui WhatsApp.",
        "Tolong jangan telepon saya setelah jam 8 malam.",
        "Lūdzu, nezvaniet man darba laikā.",
    ])
    func preferences(text: String) {
        let notes = MemoryExtractor().notes(from: [message(.customer, "Hello."), message(.customer, text)])

        #expect(notes.map(\.kind) == [.preference], "\(text)")
        #expect(notes.first?.text == text)
    }

    @Test("An agent's promise becomes a promise note; the AI's stock sentences and internal notes do not", arguments: [
        "We will send a replacement on Monday.",
        "Chúng tôi sẽ hoàn tiền trong 3 ngày.",
        "Kami akan menghantar barang gantian esok.",
        "Mēs nosūtīsim jaunu kabeli rīt.",
    ])
    func promises(text: String) {
        let notes = MemoryExtractor().notes(from: [
            message(.customer, "Thanks for checking."),
            message(.ai, "If this doesn't solve it, just say so and I'll bring in a colleague."),
            message(.agent, "I will ask the warehouse first.", note: true),
            message(.agent, "Let me look. " + text),
            message(.customer, "Thank you!"),
        ])

        #expect(notes.map(\.kind) == [.promise], "\(text)")
        #expect(notes.first?.text == text)
    }

    @Test("A complaint the customer ends on is an open problem; thanks afterwards settles it", arguments: [
        ("My headphones are still not working.", "en"),
        ("Tai nghe của tôi vẫn chưa hoạt động.", "vi"),
        ("Pesanan saya belum sampai.", "id"),
        ("Fon saya masih rosak.", "ms"),
        ("Austiņas joprojām nestrādā.", "lv"),
    ])
    func openProblems(text: String, language: String) {
        let open = MemoryExtractor().notes(from: [message(.customer, text), message(.agent, "Let me check.")])
        let settled = MemoryExtractor().notes(from: [
            message(.customer, text), message(.agent, "Try a reset."), message(.customer, settledReply(language)),
        ])

        #expect(open.map(\.kind) == [.openProblem], "\(text)")
        #expect(open.first?.text == text)
        #expect(settled.isEmpty, "\(text)")
    }

    func settledReply(_ language: String) -> String {
        ["en": "Works now, thanks!", "vi": "Được rồi, cảm ơn!", "id": "Sudah beres, terima kasih.",
         "ms": "Terima kasih, sudah ok.", "lv": "Paldies, tagad strādā!"][language] ?? "Thanks"
    }

    @Test("A plain conversation leaves nothing to remember")
    func nothing() {
        let notes = MemoryExtractor().notes(from: [
            message(.customer, "How long does delivery take?"),
            message(.ai, "Standard delivery takes 2 to 4 working days."),
            message(.customer, "Thanks!"),
        ])
        #expect(notes.isEmpty)
    }
}
