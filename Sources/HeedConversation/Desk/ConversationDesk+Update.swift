import Foundation
import HeedCore
import HeedStore

extension ConversationDesk {
    /// Changes a conversation's status, handler, assignee, team, priority or tags, audited with the caller and
    /// reason; agents hear of it (and of a new assignee).
    public func updateConversation(id: UUID, with request: ConversationChanges, by principal: Principal) async throws
        -> Conversation
    {
        let now = clock.now()
        let workspaceID = principal.workspaceID
        let tags = try request.tags.map { try Validate.tags($0) }
        let reason = try Validate.optionalText(request.reason, field: "reason", maxLength: 500)
        let (updated, changes) = try await store.write { writer in
            guard var conversation = try await writer.lockConversation(id: id, workspaceID: workspaceID) else {
                throw HeedError.notFound("Conversation")
            }
            let before = conversation
            var changes = Self.applyState(request, to: &conversation, at: now)
            changes.merge(try await Self.applyOwnership(request, to: &conversation, writer: writer)) { $1 }
            if let tags, tags != conversation.tags {
                changes["tags"] = .array(tags.map(JSONValue.string))
                conversation.tags = tags
            }
            guard !changes.isEmpty else { return (conversation, changes) }
            if changes["status"] != nil, conversation.status == .resolved || conversation.status == .closed,
                try await writer.workspace(id: workspaceID)?.policy.privacy.dropEmotionOnResolve == true
            {
                changes["emotion_readings_dropped"] = .number(Double(try await Self.dropEmotion(of: id, workspaceID: workspaceID, writer: writer)))
            }
            conversation.updatedAt = now
            try await writer.update(conversation)
            try await writer.insert(reportEvents: ReportEvent.changes(from: before, to: conversation, at: now))
            try await writer.insert(
                principal.auditEvent(
                    "conversation.updated", subjectType: "conversation", subjectID: id, at: now, reason: reason,
                    details: changes))
            return (conversation, changes)
        }
        if !changes.isEmpty {
            await events.publish(.conversationUpdated, updated, details: changes)
            if case .value = request.assigneeID { await events.publish(.assigned, updated) }
        }
        return updated
    }

    /// Status, handler and priority; returns what changed.
    static func applyState(_ request: ConversationChanges, to conversation: inout Conversation, at now: Date)
        -> [String: JSONValue]
    {
        var changes: [String: JSONValue] = [:]
        if let status = request.status, status != conversation.status {
            changes["status"] = .string(status.rawValue)
            conversation.status = status
            switch status {
            case .resolved: conversation.resolvedAt = now
            case .closed: conversation.closedAt = now
            case .open, .pending: break
            }
        }
        if let handler = request.handler, handler != conversation.handler {
            changes["handler"] = .string(handler.rawValue)
            conversation.handler = handler
            if handler == .human, conversation.handedOffAt == nil { conversation.handedOffAt = now }
        }
        if let priority = request.priority, priority != conversation.priority {
            changes["priority"] = .string(priority.rawValue)
            conversation.priority = priority
        }
        return changes
    }

    /// Assignee and team, each checked to belong to the workspace; returns what changed.
    static func applyOwnership(_ request: ConversationChanges, to conversation: inout Conversation, writer: any StoreWriter)
        async throws -> [String: JSONValue]
    {
        var changes: [String: JSONValue] = [:]
        let workspaceID = conversation.workspaceID
        changes["assignee_id"] = try await apply(request.assigneeID, to: &conversation.assigneeID) {
            guard try await writer.agent(id: $0, workspaceID: workspaceID) != nil else {
                throw HeedError.invalidField("assignee_id", "does not name an agent of this workspace")
            }
        }
        changes["team_id"] = try await apply(request.teamID, to: &conversation.teamID) {
            guard try await writer.team(id: $0, workspaceID: workspaceID) != nil else {
                throw HeedError.invalidField("team_id", "does not name a team of this workspace")
            }
        }
        return changes
    }

    /// Applies one id field of a PATCH after `check`ing a new value; the change as JSON, nil when absent.
    private static func apply(_ patch: PatchField<UUID>, to field: inout UUID?, check: (UUID) async throws -> Void)
        async throws -> JSONValue?
    {
        switch patch {
        case .absent:
            return nil
        case .null:
            field = nil
            return .null
        case .value(let id):
            try await check(id)
            field = id
            return .string(id.uuidString)
        }
    }

    /// Deletes the emotion and sentiment readings of a conversation's messages; returns how many messages had some.
    static func dropEmotion(of conversationID: UUID, workspaceID: UUID, writer: any StoreWriter) async throws -> Int {
        var dropped = 0
        var cursor: String?
        repeat {
            let page = try await writer.messages(
                conversationID: conversationID, workspaceID: workspaceID,
                page: PageRequest(cursor: cursor, limit: PageRequest.maximumLimit))
            for var message in page.items
            where !message.annotations.signals.isEmpty || message.annotations.sentiment != nil {
                message.annotations.signals = []
                message.annotations.sentiment = nil
                try await writer.updateAnnotations(of: message)
                dropped += 1
            }
            cursor = page.nextCursor
        } while cursor != nil
        return dropped
    }
}
