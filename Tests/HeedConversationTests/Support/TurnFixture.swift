import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage
import HeedStore
import HeedTestSupport
import Logging

@testable import HeedConversation

/// A workspace with a Shipping and a Billing team, an agent in Shipping, a customer with an open AI-handled
/// conversation, and two articles (delivery times in English and Vietnamese, refunds in English) in the
/// knowledge index — on a real store — plus every turn step built over it.
struct TurnFixture {
    let store: any SupportStore
    let workspace: Workspace
    let customer: Customer
    let conversation: Conversation
    let shipping: Team
    let billing: Team
    let agent: Agent
    let knowledge: WorkspaceKnowledge
    let events: ConversationEvents
    let recorder: MessageRecorder
    let analyzer: MessageAnalyzer
    let clock: any WallClock = SystemWallClock()

    struct MissingModels: Error {}

    /// Loaded once for the whole test run.
    static let sharedAnalyzer: MessageAnalyzer? = try? MessageAnalyzer()

    static func make(_ store: any SupportStore, policy: WorkspacePolicy = WorkspacePolicy(), tier: CustomerTier = .standard)
        async throws -> TurnFixture
    {
        guard let analyzer = sharedAnalyzer else { throw MissingModels() }
        let now = Date()
        var workspace = Workspace(name: "Shop", publicKey: "pk_turn_\(UUID().uuidString)", createdAt: now)
        workspace.policy = policy
        let shipping = Team(workspaceID: workspace.id, name: "Shipping", intents: ["delivery"], createdAt: now)
        let billing = Team(workspaceID: workspace.id, name: "Billing", intents: ["refund"], createdAt: now)
        let agent = Agent(
            workspaceID: workspace.id, name: "Yen", email: "yen@shop.example", role: .agent, teamIDs: [shipping.id],
            createdAt: now)
        let customer = Customer(workspaceID: workspace.id, name: "Minh", tier: tier, createdAt: now)
        let conversation = Conversation(workspaceID: workspace.id, customerID: customer.id, channel: .api, createdAt: now)
        let articles = Self.articles(workspaceID: workspace.id, now: now)
        try await store.write { [workspace] writer in
            try await writer.insert(workspace)
            try await writer.insert(shipping)
            try await writer.insert(billing)
            try await writer.insert(agent)
            try await writer.insert(customer)
            try await writer.insert(conversation, externalThreadID: nil)
            for article in articles { try await writer.insert(article) }
        }
        let logger = Logger(label: "heed.test.turn")
        let knowledge = WorkspaceKnowledge(assistant: KnowledgeAssistant(engine: EmbeddedAnswerEngine(), logger: logger))
        knowledge.upsert(articles)
        let events = ConversationEvents(clock: SystemWallClock(), logger: TestStores.logger)
        return TurnFixture(
            store: store, workspace: workspace, customer: customer, conversation: conversation, shipping: shipping,
            billing: billing, agent: agent, knowledge: knowledge, events: events,
            recorder: MessageRecorder(store: store, events: events, locks: ConversationLocks()), analyzer: analyzer)
    }

    static func articles(workspaceID: UUID, now: Date) -> [Article] {
        [
            Article(
                workspaceID: workspaceID, externalID: "delivery-en", title: "How long does delivery take?",
                body: "Standard delivery takes 2 to 4 working days within the country. Express delivery arrives the next working day when you order before 2 pm.",
                language: "en", tags: ["delivery"], createdAt: now),
            Article(
                workspaceID: workspaceID, externalID: "delivery-vi", title: "Bao lâu thì nhận được hàng?",
                body: "Giao hàng tiêu chuẩn mất từ 2 đến 4 ngày làm việc trong nước. Giao hàng nhanh đến vào ngày làm việc tiếp theo nếu bạn đặt trước 2 giờ chiều.",
                language: "vi", tags: ["delivery"], createdAt: now),
            Article(
                workspaceID: workspaceID, externalID: "refund-en", title: "How do I get a refund?",
                body: "Refunds are paid back to the original payment method within 5 working days after we receive the returned item.",
                language: "en", tags: ["refund"], createdAt: now),
        ]
    }

    func pipeline() -> TurnPipeline {
        TurnPipeline(
            store: store, recorder: recorder, analyzer: analyzer, knowledge: knowledge, events: events, clock: clock,
            logger: Logger(label: "heed.test.turn"))
    }

    func context(clientMessageID: String? = nil) async throws -> TurnContext {
        try await store.read {
            try await TurnContext.load(
                conversationID: conversation.id, workspaceID: workspace.id, clientMessageID: clientMessageID, reader: $0)
        }
    }

    func customerMessage(_ body: String, clientMessageID: String? = nil) -> Message {
        Message(
            workspaceID: workspace.id, conversationID: conversation.id, author: .customer, body: body,
            clientMessageID: clientMessageID, createdAt: clock.now())
    }

    func turn(_ body: String, clientMessageID: String? = nil, streams: Bool = false) -> CustomerTurn {
        CustomerTurn(
            workspaceID: workspace.id, conversationID: conversation.id, body: body, clientMessageID: clientMessageID,
            streamsReply: streams)
    }
}
