import Foundation
import HeedCore
import HeedStore

extension ConversationDesk {
    /// Changes a conversation's status, handler, assignee, team, priority or tags, audited with the caller and
    /// reason; agents hear of it (and of a new assignee).
    public func updateConversation(id: UUID, with request: ConversationChanges, by principal: Principal) async throws
        -> Conversation
    {
        try await updateConversation(id: id, with: request, workspaceID: principal.workspaceID, actor: principal.actor)
    }

    /// Changes a conversation of `workspaceID` on behalf of `actor` (a person, or a rule), audited likewise.
    public func updateConversation(id: UUID, with request: ConversationChanges, workspaceID: UUID, actor: Actor)
        async throws -> Conversation
    {
        let now = clock.now()
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
            if changes["handler"] == .string(ConversationHandler.human.rawValue) {
                changes.merge(try await Self.startHumanHandling(&conversation, at: now, writer: writer)) { $1 }
            }
            if changes["status"] != nil, conversation.status == .resolved || conversation.status == .closed,
                let policy = try await writer.workspace(id: workspaceID)?.policy
            {
                // Notes first: they are read from the messages before their emotion readings may be dropped.
                if policy.personalization.memory {
                    let written = try await CustomerMemory.remember(conversation, writer: writer, at: now)
                    if written > 0 { changes["notes_written"] = .number(Double(written)) }
                }
                if policy.privacy.dropEmotionOnResolve {
                    changes["emotion_readings_dropped"] = .number(
                        Double(try await Self.dropEmotion(of: id, workspaceID: workspaceID, writer: writer)))
                }
            }
            conversation.updatedAt = now
            try await writer.update(conversation)
            try await writer.insert(reportEvents: ReportEvent.changes(from: before, to: conversation, at: now))
            try await writer.insert(
                AuditEvent(
                    workspaceID: workspaceID, actor: actor, action: "conversation.updated", subjectType: "conversation",
                    subjectID: id, reason: reason, details: changes, createdAt: now))
            return (conversation, changes)
        }
        if !changes.isEmpty {
            await events.publish(.conversationUpdated, updated, details: changes)
            if case .value = request.assigneeID { await events.publish(.assigned, updated) }
        }
        return updated
    }

    /// A human takes over: priority for a VIP and the SLA clocks, by the workspace's policy; returns what changed.
    static func startHumanHandling(_ conversation: inout Conversation, at now: Date, writer: any StoreWriter)
        async throws -> [String: JSONValue]
    {
        let workspaceID = conversation.workspaceID
        let policy = try await writer.workspace(id: workspaceID)?.policy ?? WorkspacePolicy()
        let tier = try await writer.customer(id: conversation.customerID, workspaceID: workspaceID)?.tier ?? .standard
        let team = try await conversation.teamID.asyncFlatMap { try await writer.team(id: $0, workspaceID: workspaceID) }
        let before = conversation
        conversation.startHumanHandling(
            at: now, customerTier: tier, serviceLevels: policy.serviceLevels, hours: policy.businessHours(forTeam: team?.name))
        var changes: [String: JSONValue] = [:]
        if conversation.priority != before.priority { changes["priority"] = .string(conversation.priority.rawValue) }
        if let due = conversation.firstResponseDueAt, due != before.firstResponseDueAt {
            changes["first_response_due_at"] = .string(Timestamp.format(due))
        }
        return changes
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
