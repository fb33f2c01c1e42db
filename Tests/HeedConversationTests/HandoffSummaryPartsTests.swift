import Foundation
import HeedCore
import Testing

@testable import HeedConversation

/// A message that asks several things is summarised for the agent with every one of them.
@Suite("Hand-off summary of a message that asks several things")
struct HandoffSummaryPartsTests {
    @Test("each question of the latest message is listed; a single question is not")
    func listsEveryQuestion() {
        let workspaceID = UUID()
        let customer = Customer(workspaceID: workspaceID, name: "Linh", createdAt: Date())
        let conversation = Conversation(workspaceID: workspaceID, customerID: customer.id, channel: .widget, createdAt: Date())
        func message(_ body: String) -> Message {
            Message(workspaceID: workspaceID, conversationID: conversation.id, author: .customer, body: body, createdAt: Date())
        }
        let two = HandoffPackageBuilder.summary(
            conversation: conversation, customer: customer,
            fromCustomer: [message("I was charged twice for one order last week. Also, can I still change the delivery address?")],
            intents: [])
        #expect(two.contains("Asks about 2 things: (1) I was charged twice for one order last week; (2) can I still change the delivery address."), "\(two)")
        let one = HandoffPackageBuilder.summary(
            conversation: conversation, customer: customer, fromCustomer: [message("Where is my parcel?")], intents: [])
        #expect(!one.contains("Asks about"))
    }
}
