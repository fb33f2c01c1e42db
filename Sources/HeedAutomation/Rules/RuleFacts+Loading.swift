import Foundation
import HeedCore
import HeedStore

extension RuleFacts {
    /// The conversation as stored now, with its customer, team and assignee, whether its team is in, and where the
    /// workspace's webhooks may go.
    static func load(_ conversation: Conversation, store: any SupportStore, at now: Date) async throws -> RuleFacts {
        try await store.read { reader in
            let workspaceID = conversation.workspaceID
            let current = try await reader.conversation(id: conversation.id, workspaceID: workspaceID) ?? conversation
            let team = try await current.teamID.asyncFlatMap { try await reader.team(id: $0, workspaceID: workspaceID) }
            let policy = try await reader.workspace(id: workspaceID)?.policy
            let hours = policy?.businessHours(forTeam: team?.name)
            return RuleFacts(
                conversation: current,
                customer: try await reader.customer(id: current.customerID, workspaceID: workspaceID),
                team: team,
                assignee: try await current.assigneeID.asyncFlatMap { try await reader.agent(id: $0, workspaceID: workspaceID) },
                inBusinessHours: hours?.isOpen(at: now) ?? true,
                allowPrivateWebhooks: policy?.automation.webhooksAllowPrivateNetwork ?? false)
        }
    }
}
