import HeedConversation
import HeedCore

extension RuleTrigger {
    /// The triggers an event fires: its own, and those it also means (an update to `resolved` is a resolution,
    /// to a human handler a hand-off; a message resting on tool calls is a tool call).
    static func fired(by event: AgentEvent) -> [RuleTrigger] {
        switch event.type {
        case .conversationCreated:
            return [.conversationCreated]
        case .conversationUpdated:
            var triggers: [RuleTrigger] = [.conversationUpdated]
            if event.details["status"] == .string(ConversationStatus.resolved.rawValue) {
                triggers.append(.conversationResolved)
            }
            if event.details["handler"] == .string(ConversationHandler.human.rawValue) {
                triggers.append(.conversationHandedOff)
            }
            return triggers
        case .handoff:
            return [.conversationHandedOff]
        case .messageCreated:
            let calledTools = event.message?.annotations.toolCalls?.isEmpty == false
            return calledTools ? [.messageCreated, .toolCalled] : [.messageCreated]
        case .slaBreached:
            return [.slaBreached]
        case .ratingReceived:
            return [.ratingReceived]
        case .slaWarning:
            return [.slaWarning]
        case .customerSilent:
            return [.customerSilent]
        case .assigned, .sentimentAlert, .replyDelta:
            return []
        }
    }
}
