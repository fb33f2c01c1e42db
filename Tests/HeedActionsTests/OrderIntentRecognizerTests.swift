import Foundation
import Testing

@testable import HeedActions

/// The order dialogue's reading of messages: intents in five languages, order numbers, explicit yes.
@Suite("Order intent recognition")
struct OrderIntentRecognizerTests {
    @Test(
        "Where-is-my-order in five languages is a status question",
        arguments: [
            "where is my order", "đơn hàng của tôi đâu", "di mana pesanan saya", "pesanan saya di mana",
            "kur ir mans pasūtījums", "don hang cua toi dau",
        ])
    func status(text: String) {
        #expect(OrderIntentRecognizer.intent(of: DialogueText(text), hasOrderContext: false) == .status)
    }

    @Test(
        "Writes are recognised in five languages",
        arguments: [
            ("cancel my order", OrderIntent.cancel), ("tôi muốn hủy đơn hàng", .cancel), ("batalkan pesanan saya", .cancel),
            ("lūdzu atceliet pasūtījumu", .cancel), ("return the headphones", .returnItems),
            ("tôi muốn trả lại tai nghe", .returnItems), ("saya mahu pulangkan fon kepala", .returnItems),
            ("change the delivery address of my order", .changeAddress), ("đổi địa chỉ giao hàng", .changeAddress),
            ("ubah alamat pesanan", .changeAddress), ("is my laptop still under warranty", .warranty),
            ("vẫn còn bảo hành không", .warranty),
        ])
    func writes(text: String, intent: OrderIntent) {
        #expect(OrderIntentRecognizer.intent(of: DialogueText(text), hasOrderContext: false) == intent)
    }

    @Test(
        "Questions about the rules and other topics are left to the knowledge base",
        arguments: [
            "what is your return policy", "how do I return headphones?", "When will my refund reach my bank account?",
            "I was charged twice for my order", "do you sell laptops", "how long is the warranty",
        ])
    func notOrders(text: String) {
        #expect(OrderIntentRecognizer.intent(of: DialogueText(text), hasOrderContext: false) == nil)
    }

    @Test("Order numbers are found in the store's forms")
    func orderNumbers() {
        #expect(OrderNumberPattern.numbers(in: "where is VT-10030?") == ["VT-10030"])
        #expect(OrderNumberPattern.numbers(in: "order #W1234567 and w7654321") == ["#W1234567", "#W7654321"])
        #expect(OrderNumberPattern.numbers(in: "vt-10030 please") == ["VT-10030"])
        #expect(OrderNumberPattern.numbers(in: "my zip is 10001").isEmpty)
    }

    @Test("Only an explicit yes confirms", arguments: [
        ("yes", true), ("Yes, please", true), ("ok", true), ("có", true), ("đồng ý", true), ("ya", true),
        ("setuju", true), ("jā", true), ("no", false), ("yes but not now", false), ("maybe", false),
        ("không", false), ("tidak", false), ("nē", false), ("what will change?", false),
    ])
    func explicitYes(text: String, yes: Bool) {
        #expect(ConfirmationReply.isExplicitYes(DialogueText(text)) == yes)
    }
}
