import Foundation
import HeedConversation
import HeedCore
import HeedStore

/// Runs one rule action on a conversation through the same paths people use: the desk for changes (audited with
/// the rule as actor), the one ``MessageRecorder`` for notes and messages. Used by the rule engine now, and made
/// to be used by a delayed action later: it needs only the action, the rule and the facts.
public struct RuleActionRunner: Sendable {
    let desk: ConversationDesk
    let recorder: MessageRecorder
    let webhooks: any WebhookSender
    let clock: any WallClock

    public init(desk: ConversationDesk, recorder: MessageRecorder, webhooks: any WebhookSender, clock: any WallClock) {
        self.desk = desk
        self.recorder = recorder
        self.webhooks = webhooks
        self.clock = clock
    }

    /// Runs `action` of `rule` with `facts` (about the event `trigger`); returns the conversation afterwards.
    public func run(_ action: RuleAction, of rule: Rule, trigger: RuleTrigger, facts: RuleFacts) async throws
        -> Conversation
    {
        let conversation = facts.conversation
        switch action {
        case .assignTeam(let id): return try await change(conversation, rule, ConversationChanges(teamID: .value(id)))
        case .assignAgent(let id): return try await change(conversation, rule, ConversationChanges(assigneeID: .value(id)))
        case .setPriority(let priority): return try await change(conversation, rule, ConversationChanges(priority: priority))
        case .addTags(let tags):
            let merged = conversation.tags + tags.filter { !conversation.tags.contains($0) }
            return try await change(conversation, rule, ConversationChanges(tags: merged))
        case .removeTags(let tags):
            return try await change(conversation, rule, ConversationChanges(tags: conversation.tags.filter { !tags.contains($0) }))
        case .handOff: return try await change(conversation, rule, ConversationChanges(handler: .human))
        case .handBackToAI: return try await change(conversation, rule, ConversationChanges(handler: .ai))
        case .resolve: return try await change(conversation, rule, ConversationChanges(status: .resolved))
        case .addNote(let template): return try await write(template, isNote: true, facts: facts)
        case .sendMessage(let template): return try await write(template, isNote: false, facts: facts)
        case .callWebhook(let url, let secret):
            try await callWebhook(url, secret: secret ?? "", rule: rule, trigger: trigger, facts: facts)
            return conversation
        }
    }

    private func change(_ conversation: Conversation, _ rule: Rule, _ changes: ConversationChanges) async throws
        -> Conversation
    {
        try await desk.updateConversation(
            id: conversation.id, with: changes, workspaceID: conversation.workspaceID,
            actor: Actor(kind: .rule, id: rule.id))
    }

    /// A note for agents, or a message to the customer in their language, from the template.
    private func write(_ template: MessageTemplate, isNote: Bool, facts: RuleFacts) async throws -> Conversation {
        let language = facts.language
        let message = Message(
            workspaceID: facts.conversation.workspaceID, conversationID: facts.conversation.id, author: .system,
            body: template.render(language: language, values: facts.placeholderValues),
            language: isNote ? nil : template.texts[language ?? ""] == nil ? nil : language,
            isInternalNote: isNote, createdAt: clock.now())
        return try await recorder.record(message).conversation
    }

    /// What a webhook receives: the event, the rule, the conversation and the message the event is about.
    struct WebhookBody: Encodable {
        let event: RuleTrigger
        let ruleID: UUID
        let ruleName: String
        let workspaceID: UUID
        let conversation: Conversation
        let message: Message?
        let at: Date

        enum CodingKeys: String, CodingKey {
            case event, conversation, message, at
            case ruleID = "rule_id"
            case ruleName = "rule_name"
            case workspaceID = "workspace_id"
        }
    }

    private func callWebhook(_ url: String, secret: String, rule: Rule, trigger: RuleTrigger, facts: RuleFacts) async throws {
        let body = try HeedJSON.makeEncoder().encode(
            WebhookBody(
                event: trigger, ruleID: rule.id, ruleName: rule.name, workspaceID: rule.workspaceID,
                conversation: facts.conversation, message: facts.message, at: clock.now()))
        let status = try await webhooks.send(body, to: url, secret: secret, allowPrivateNetwork: facts.allowPrivateWebhooks)
        guard (200..<300).contains(status) else { throw WebhookRefused(status: status) }
    }
}

/// The webhook's receiver answered with an error status.
struct WebhookRefused: Error {
    let status: Int
}
