import Foundation


extension Principal {
    /// An audit event for something this caller did now.
    public func auditEvent(
        _ action: String, subjectType: String, subjectID: UUID?, at now: Date, reason: String? = nil,
        details: [String: JSONValue] = [:]
    ) -> AuditEvent {
        AuditEvent(
            workspaceID: workspaceID, actor: actor, action: action, subjectType: subjectType, subjectID: subjectID,
            reason: reason, details: details, createdAt: now)
    }
}
