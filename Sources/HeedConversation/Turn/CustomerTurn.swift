import Foundation
import HeedCore

/// A customer's message arriving on any channel.
public struct CustomerTurn: Sendable {
    public var workspaceID: UUID
    public var conversationID: UUID
    public var body: String
    public var clientMessageID: String?
    /// Stream the answer to the customer as it is produced (`reply.delta` events), for live channels.
    public var streamsReply: Bool

    public init(
        workspaceID: UUID, conversationID: UUID, body: String, clientMessageID: String?, streamsReply: Bool = false
    ) {
        self.workspaceID = workspaceID
        self.conversationID = conversationID
        self.body = body
        self.clientMessageID = clientMessageID
        self.streamsReply = streamsReply
    }
}

/// What a turn produced: the stored customer message, the AI's reply (nil when a human owns the conversation),
/// the conversation afterwards with its team, and whether the message was new (false for a replayed client
/// message id).
public struct TurnResult: Sendable {
    public let message: Message
    public let reply: Message?
    public let conversation: Conversation
    /// The conversation's team afterwards, if it has one.
    public let team: Team?
    public let created: Bool
}
