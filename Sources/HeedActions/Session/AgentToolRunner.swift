import Foundation
import HeedCore
import HeedStore
import Logging

/// What an agent's tool run came to.
public struct AgentToolRun: Sendable, Codable, Hashable {
    /// `completed`, `failed` or `confirmation_needed`.
    public var outcome: String
    /// The tool's result text (for a confirmation, what will change and that it waits for `confirm`).
    public var result: String
    /// What the write will change, one line each, when it waits for `confirm`.
    public var changes: [String]?
}

/// Runs a tool for an agent from the conversation's customer panel: through the same ``ToolSession`` as the AI, so
/// the tools see only the conversation's customer (the one it verified as, else its own customer record) and every
/// call is audited with the agent as its actor. A write needing confirmation first answers what it will change;
/// it runs when the agent sends it again with `confirm`, and the agent is then the one who approved it.
public struct AgentToolRunner: Sendable {
    let store: any SupportStore
    let tools: WorkspaceTools
    let clock: any WallClock

    /// A runner over `store` with `tools` (the built-in ones, and declared ones when it has their HTTP client).
    public init(store: any SupportStore, tools: WorkspaceTools = WorkspaceTools(), clock: any WallClock) {
        self.store = store
        self.tools = tools
        self.clock = clock
    }

    /// Runs `tool` in conversation `conversationID` for `principal`, logging to the request's `logger`; throws
    /// ``HeedError`` not found when the conversation is not in the caller's workspace.
    public func run(
        _ tool: String, arguments: JSONValue, confirm: Bool, conversationID: UUID, by principal: Principal,
        logger: Logger
    ) async throws -> AgentToolRun {
        let workspaceID = principal.workspaceID
        let (conversation, saved) = try await store.read { reader in
            (
                try await reader.conversation(id: conversationID, workspaceID: workspaceID),
                try await reader.dialogue(conversationID: conversationID, workspaceID: workspaceID)
            )
        }
        guard let conversation else { throw HeedError.notFound("Conversation") }
        let session = ToolSession(
            workspaceID: workspaceID, store: store, registry: try await tools.registry(for: workspaceID, store: store),
            clock: clock,
            verifiedCustomerID: OrderDialogueState(saved).verifiedCustomerID ?? conversation.customerID,
            audit: ToolAuditContext(conversationID: conversationID, actor: principal.actor), logger: logger)
        guard confirm else { return Self.run(await session.call(tool, arguments: arguments)) }
        guard case .confirmationNeeded(let request) = await session.propose(tool, arguments: arguments) else {
            // A read, or a write that cannot be planned: run it as it is (audited).
            return Self.run(await session.call(tool, arguments: arguments))
        }
        return Self.run(await session.call(tool, arguments: arguments, confirmation: request.token))
    }

    private static func run(_ outcome: ToolOutcome) -> AgentToolRun {
        switch outcome {
        case .completed(let result):
            AgentToolRun(outcome: result.isError ? "failed" : "completed", result: result.text)
        case .confirmationNeeded(let request):
            AgentToolRun(
                outcome: "confirmation_needed",
                result: (["Confirmation needed: send the call again with confirm to make this change."]
                    + request.summary.map { "- \($0)" }).joined(separator: "\n"),
                changes: request.summary)
        }
    }
}
