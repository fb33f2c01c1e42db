import Foundation
import HeedCore
import HeedStore

/// A customer's memory notes: written by Heed when one of their conversations is resolved (when the workspace's
/// `personalization.memory` is on), and read, added, edited and erased by agents and the API — each change
/// audited. Shown in the hand-off package and given to the model provider; exported and erased with the customer.
public struct CustomerMemory: Sendable {
    let store: any SupportStore
    let clock: any WallClock
    let extractor = MemoryExtractor()
    /// How many of the conversation's latest messages are read for notes.
    static let messageWindow = 200

    public init(store: any SupportStore, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    /// Customer `customerID`'s notes, oldest first; 404 when the workspace has no such customer.
    public func notes(customerID: UUID, workspaceID: UUID) async throws -> [CustomerNote] {
        try await store.read { reader in
            guard try await reader.customer(id: customerID, workspaceID: workspaceID) != nil else {
                throw HeedError.notFound("Customer")
            }
            return try await reader.notes(customerID: customerID, workspaceID: workspaceID)
        }
    }

    /// Adds an agent's note (422 for empty or too long text, 404 for an unknown customer).
    public func add(kind: CustomerNoteKind?, text: String, customerID: UUID, by principal: Principal) async throws
        -> CustomerNote
    {
        let text = try Validate.text(text, field: "text", maxLength: CustomerNote.maximumLength)
        let now = clock.now()
        let note = CustomerNote(
            workspaceID: principal.workspaceID, customerID: customerID, kind: kind ?? .note, text: text, source: .agent,
            createdAt: now)
        try await store.write { writer in
            guard try await writer.customer(id: customerID, workspaceID: principal.workspaceID) != nil else {
                throw HeedError.notFound("Customer")
            }
            try await Self.makeRoom(customerID: customerID, workspaceID: principal.workspaceID, writer: writer)
            try await writer.insert(note)
            try await writer.insert(
                principal.auditEvent("customer.note_added", subjectType: "customer", subjectID: customerID, at: now))
        }
        return note
    }

    /// Changes a note's text and kind; it becomes the agent's.
    public func edit(
        noteID: UUID, customerID: UUID, kind: CustomerNoteKind?, text: String?, by principal: Principal
    ) async throws -> CustomerNote {
        let text = try text.map { try Validate.text($0, field: "text", maxLength: CustomerNote.maximumLength) }
        let now = clock.now()
        return try await store.write { writer in
            guard var note = try await writer.note(id: noteID, workspaceID: principal.workspaceID),
                note.customerID == customerID
            else { throw HeedError.notFound("Note") }
            if let text { note.text = text }
            if let kind { note.kind = kind }
            note.source = .agent
            note.updatedAt = now
            try await writer.update(note)
            try await writer.insert(
                principal.auditEvent("customer.note_edited", subjectType: "customer", subjectID: customerID, at: now))
            return note
        }
    }

    /// Erases a note.
    public func delete(noteID: UUID, customerID: UUID, by principal: Principal) async throws {
        let now = clock.now()
        try await store.write { writer in
            guard let note = try await writer.note(id: noteID, workspaceID: principal.workspaceID),
                note.customerID == customerID
            else { throw HeedError.notFound("Note") }
            try await writer.deleteNote(id: noteID, workspaceID: principal.workspaceID)
            try await writer.insert(
                principal.auditEvent("customer.note_deleted", subjectType: "customer", subjectID: customerID, at: now))
        }
    }

    /// Writes the notes a just-resolved conversation calls for, inside the caller's transaction; a note the
    /// customer already has is not written again. Returns how many were written.
    static func remember(_ conversation: Conversation, writer: any StoreWriter, at now: Date) async throws -> Int {
        let messages = try await writer.latestMessages(
            conversationID: conversation.id, workspaceID: conversation.workspaceID, limit: messageWindow)
        let known = Set(
            try await writer.notes(customerID: conversation.customerID, workspaceID: conversation.workspaceID)
                .map { $0.text.lowercased() })
        var written = 0
        for (kind, text) in MemoryExtractor().notes(from: messages) where !known.contains(text.lowercased()) {
            try await makeRoom(customerID: conversation.customerID, workspaceID: conversation.workspaceID, writer: writer)
            try await writer.insert(
                CustomerNote(
                    workspaceID: conversation.workspaceID, customerID: conversation.customerID, kind: kind, text: text,
                    source: .automatic, conversationID: conversation.id, createdAt: now))
            written += 1
        }
        return written
    }

    /// Deletes the oldest automatic note (else the oldest note) while the customer is at the limit.
    static func makeRoom(customerID: UUID, workspaceID: UUID, writer: any StoreWriter) async throws {
        let notes = try await writer.notes(customerID: customerID, workspaceID: workspaceID)
        guard notes.count >= CustomerNote.maximumPerCustomer,
            let oldest = notes.first(where: { $0.source == .automatic }) ?? notes.first
        else { return }
        try await writer.deleteNote(id: oldest.id, workspaceID: workspaceID)
    }
}
