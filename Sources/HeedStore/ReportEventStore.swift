import Foundation
import HeedCore

/// Reads of the reporting events. Every read names the workspace.
public protocol ReportEventReader: Sendable {
    /// Every event of the conversations created in `from..<to`, whenever it happened, grouped by conversation
    /// (conversations in creation order) and in the order things happened within each.
    func reportEvents(workspaceID: UUID, createdFrom from: Date, to: Date) async throws -> [ReportEvent]
}

/// Writes of reporting events, inside ``SupportStore/write(_:)``'s transaction with the change they record.
public protocol ReportEventWriter: ReportEventReader {
    /// Stores the events; an empty list writes nothing.
    func insert(reportEvents: [ReportEvent]) async throws
}
