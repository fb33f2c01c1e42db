import Foundation
import HeedCore
import HeedStore

/// What a timer job carries: the conversation and the instant it was set for — the start of the customer's
/// silence, or the due time to warn about — so the timer can tell, when it fires, whether it is still the one
/// wanted (the customer wrote meanwhile, the due time moved: it is stale and does nothing).
struct TimerPayload: Codable, Sendable, Equatable {
    let conversationID: UUID
    let workspaceID: UUID
    /// The reference instant in microseconds (the store's precision, so it compares exactly with stored times).
    let at: Int64
    /// For SLA warnings: `first_response` or `resolution`.
    let target: String?

    init(conversationID: UUID, workspaceID: UUID, at: Date, target: String? = nil) {
        self.conversationID = conversationID
        self.workspaceID = workspaceID
        self.at = Timestamp.microseconds(at)
        self.target = target
    }

    enum CodingKeys: String, CodingKey {
        case at, target
        case conversationID = "conversation_id"
        case workspaceID = "workspace_id"
    }

    /// The reference instant.
    var date: Date { Timestamp.date(microseconds: at) }

    /// Whether `date` is this payload's instant (to the microsecond).
    func refers(to date: Date) -> Bool { Timestamp.microseconds(date) == at }

    /// The job of `kind` firing at `runAt`; one per kind, conversation, target and instant in the cluster unless
    /// `key` says otherwise.
    func job(kind: String, runAt: Date, key: String? = nil) throws -> Job {
        let key = key ?? [kind, conversationID.uuidString, target, String(at)].compactMap { $0 }.joined(separator: ":")
        let payload = String(decoding: try HeedJSON.makeEncoder().encode(self), as: UTF8.self)
        return Job(kind: kind, key: key, payload: payload, runAt: runAt)
    }

    /// The audit details that say this timer fired.
    var auditDetails: [String: JSONValue] {
        var details: [String: JSONValue] = ["timer_at": .string(Timestamp.format(date))]
        if let target { details["target"] = .string(target) }
        return details
    }

    /// Whether this timer fired already (its `action` is on the conversation's audit log for this instant): a timer
    /// set again after it fired — by a later event of the same silence, or due time — does not fire twice.
    func hasFired(_ action: String, store: any SupportStore) async throws -> Bool {
        let events = try await store.read {
            try await $0.auditEvents(subjectID: conversationID, workspaceID: workspaceID, page: PageRequest(limit: 100))
        }
        return events.items.contains { event in
            event.action == action && auditDetails.allSatisfy { event.details[$0.key] == $0.value }
        }
    }

    /// The payload of `job`.
    static func decode(_ job: Job) throws -> TimerPayload {
        try HeedJSON.makeDecoder().decode(TimerPayload.self, from: Data(job.payload.utf8))
    }
}

/// The kinds of timer jobs.
enum TimerKind {
    static let customerSilent = "timer.customer_silent"
    static let autoResolve = "timer.auto_resolve"
    static let slaWarning = "timer.sla_warning"
}
