import Foundation
import HeedCore
import HeedStore

/// A workspace's macros as admins manage them (validated, audited), and filled in for a conversation: the
/// customer's language and details, the conversation's team, and the agent who inserts it.
public struct MacroBook: Sendable {
    let store: any SupportStore
    let clock: any WallClock

    public init(store: any SupportStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    public func create(_ draft: MacroDraft, by principal: Principal) async throws -> Macro {
        guard let text = draft.text else { throw HeedError.invalidField("text", "is required") }
        let now = clock.now()
        let macro = try Macro(workspaceID: principal.workspaceID, name: draft.name ?? "", text: text, createdAt: now).validated()
        try await store.write { writer in
            try await writer.insert(macro)
            try await writer.insert(principal.auditEvent("macro.created", subjectType: "macro", subjectID: macro.id, at: now))
        }
        return macro
    }

    public func update(id: UUID, with draft: MacroDraft, by principal: Principal) async throws -> Macro {
        let now = clock.now()
        return try await store.write { writer in
            guard var macro = try await writer.macro(id: id, workspaceID: principal.workspaceID) else {
                throw HeedError.notFound("Macro")
            }
            if let name = draft.name { macro.name = name }
            if let text = draft.text { macro.text = text }
            macro.updatedAt = now
            macro = try macro.validated()
            try await writer.update(macro)
            try await writer.insert(principal.auditEvent("macro.updated", subjectType: "macro", subjectID: id, at: now))
            return macro
        }
    }

    public func delete(id: UUID, by principal: Principal) async throws {
        let now = clock.now()
        try await store.write { writer in
            try await writer.deleteMacro(id: id, workspaceID: principal.workspaceID)
            try await writer.insert(principal.auditEvent("macro.deleted", subjectType: "macro", subjectID: id, at: now))
        }
    }

    /// Macro `id` filled in for conversation `conversationID`, with the calling agent as `{{agent.name}}` (the
    /// assignee when the caller is no agent).
    public func render(id: UUID, conversationID: UUID, by principal: Principal) async throws -> RenderedMacro {
        let workspaceID = principal.workspaceID
        let (macro, conversation, agent) = try await store.read { reader in
            guard let macro = try await reader.macro(id: id, workspaceID: workspaceID) else { throw HeedError.notFound("Macro") }
            guard let conversation = try await reader.conversation(id: conversationID, workspaceID: workspaceID) else {
                throw HeedError.invalidField("conversation_id", "does not name a conversation of this workspace")
            }
            let agent = try await principal.agentID.asyncFlatMap { try await reader.agent(id: $0, workspaceID: workspaceID) }
            return (macro, conversation, agent)
        }
        var facts = try await RuleFacts.load(conversation, store: store, at: clock.now())
        facts.assignee = agent ?? facts.assignee
        let latest = try await store.read { reader in
            try await reader.latestMessages(conversationID: conversationID, workspaceID: workspaceID, limit: 20)
        }
        let language = latest.last { $0.author == .customer && $0.language != nil }?.language ?? facts.customer?.preferredLanguage
        return RenderedMacro(
            macroID: macro.id, text: macro.text.render(language: language, values: facts.placeholderValues),
            language: macro.text.chosenLanguage(for: language))
    }
}
