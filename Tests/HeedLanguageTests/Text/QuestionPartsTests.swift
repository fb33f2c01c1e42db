import Testing
@testable import HeedLanguage

@Suite("Question parts")
struct QuestionPartsTests {
    @Test("a message asking two things is cut into its questions, in five languages", arguments: [
        ("Two things: I have two completed charges for one order. Also, can I still change the delivery address?", 2),
        ("Quick ones: how long does a refund take to show up on PayPal, and do you ship to Canada?", 2),
        ("Mình bị trừ tiền 2 lần cho đơn laptop hơn một tuần nay rồi. Tiện hỏi luôn laptop được bảo hành bao lâu?", 2),
        ("Cho mình hỏi ship về Cần Thơ mất bao lâu, với lại mua điện thoại 8 triệu thì có trả góp không?", 2),
        ("Saya dicaj dua kali untuk pesanan yang sama. Lagi satu, boleh tak saya tukar alamat penghantaran?", 2),
        ("Cik ilgi notiek piegāde uz Rīgu? Un vai varu samaksāt ar bankas saiti?", 2),
        ("Saya ditagih dua kali untuk pesanan yang sama. Sekalian tanya, garansi HP berapa lama?", 2),
    ])
    func twoQuestions(text: String, count: Int) {
        #expect(QuestionParts(text).parts.count == count, "\(QuestionParts(text).parts)")
    }

    @Test("one question stays one, whatever its commas and its 'also'", arguments: [
        "How long does delivery to Riga take?",
        "I also want to know how long delivery to Riga takes, please.",
        "Hi! Where is my parcel?",
        "My phone, which I bought last week, does not charge any more.",
    ])
    func oneQuestion(text: String) {
        #expect(QuestionParts(text).parts.count <= 1, "\(QuestionParts(text).parts)")
    }
}
