import Foundation
import HeedCore

/// Reads of the reporting events. Every read names the workspace.
public protocol ReportEventReader: Sendable {
    /// Every event of the conversations created in `from..<to`, whenever it happened, grouped by conversation
    /// (conversations in creation order) and in the order things happened within each.
    func reportEvents(workspaceID: UUID, createdFrom from: Date, to: Date) async throws -> [ReportEvent]

    /// Every event of the named conversations, grouped by conversation (in creation order) and in the order things
    /// happened within each; ids of other workspaces or without events are ignored.
    func reportEvents(workspaceID: UUID, conversationIDs: [UUID]) async throws -> [ReportEvent]

    /// Hand-offs whose reason (the event's detail) is one of `reasons`, since `since`, newest first, at most `limit`.
    func handoffEvents(workspaceID: UUID, reasons: [String], since: Date, limit: Int) async throws -> [ReportEvent]

    /// One row per conversation created in `from..<to` that has reporting events, in creation order, with the facts
    /// last derived from its events (nil once a newer event made them stale; see ``StoredReportFacts``).
    func reportFacts(workspaceID: UUID, createdFrom from: Date, to: Date) async throws -> [StoredReportFacts]
}

/// Writes of reporting events, inside ``SupportStore/write(_:)``'s transaction with the change they record.
public protocol ReportEventWriter: ReportEventReader {
    /// Stores the events and marks the facts of their conversations stale, in the same transaction; an empty list
    /// writes nothing.
    func insert(reportEvents: [ReportEvent]) async throws

    /// Stores facts derived from the workspace's events; a row whose conversation got another event since its
    /// ``StoredReportFacts/version`` was read is left stale (the next report derives it again).
    func save(reportFacts: [StoredReportFacts], workspaceID: UUID) async throws
}
