import Foundation
import HeedCore
import HeedKnowledge

/// Level 3 of personalisation: what the customer is here for in this conversation — the intent of their latest
/// earlier message — used to read a follow-up that says too little on its own. When the message alone retrieves
/// nothing the assistant would answer from, it is retrieved again together with that earlier message; the result
/// is used only when it is confident enough and comes from an article of the session's intent, so a change of
/// subject is never bent back to the old one.
struct SessionIntent: Sendable {
    /// The customer's latest earlier message that had an intent, and the intent.
    let earlier: (text: String, intent: String)?

    init(context: TurnContext) {
        let message = context.history.last { $0.author == .customer && $0.annotations.intent != nil }
        earlier = message.flatMap { message in message.annotations.intent.map { (message.body, $0) } }
    }

    /// The passages for `text` read in the session's context, or nil when the message stands on its own, the
    /// session has no intent, or the context does not help.
    func reading(
        _ text: String, hits: [KnowledgeSearchHit], workspaceID: UUID, language: String, knowledge: WorkspaceKnowledge
    ) -> [KnowledgeSearchHit]? {
        let needed = knowledge.assistant(for: workspaceID).guardrail.minimumRetrievalConfidence
        guard let earlier, (hits.first?.confidence ?? 0) < needed else { return nil }
        let together = knowledge.retrieve(earlier.text + "\n" + text, workspaceID: workspaceID, language: language)
        guard let top = together.first, top.confidence >= needed,
            knowledge.topics(articleID: top.passage.documentID).contains(earlier.intent)
        else { return nil }
        return together
    }
}
