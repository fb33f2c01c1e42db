import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// Sends the satisfaction survey by e-mail after a resolution, in the customer's language, threaded with the
/// conversation's e-mails — at most one per customer in the workspace's `survey_throttle_days`. A cluster job, one
/// queued per customer at a time (so two resolutions racing on two nodes make one survey); the throttle is checked
/// on the audit log (`survey.emailed`) when it runs, and a conversation reopened meanwhile gets none.
public struct CSATSurveyMailer: JobHandler {
    public let kind = Self.jobKind
    static let jobKind = "mail.csat_survey"
    public let recurringJob: Job? = nil
    let store: any SupportStore
    let mailer: any MailSender
    /// The audit action of a survey sent.
    static let audited = "survey.emailed"

    public init(store: any SupportStore, mailer: any MailSender) {
        self.store = store
        self.mailer = mailer
    }

    /// Queues a survey for each conversation `events` reports resolved on this node.
    public func attach(to events: ConversationEvents, queue: any JobQueue, logger: Logger) {
        events.reactions.add { event in
            guard event.type == .conversationUpdated, let conversation = event.conversation, conversation.status == .resolved,
                event.details["status"] == .string(ConversationStatus.resolved.rawValue)
            else { return false }
            let payload = TimerPayload(
                conversationID: conversation.id, workspaceID: conversation.workspaceID, at: conversation.resolvedAt ?? event.at)
            do {
                // One per customer at a time: the throttle is then checked by one job, on one node.
                try await queue.schedule(
                    payload.job(kind: Self.jobKind, runAt: event.at, key: "\(Self.jobKind):\(conversation.customerID.uuidString)"))
            } catch {
                logger.warning("Survey e-mail not queued", metadata: ["error.type": "\(type(of: error))"])
            }
            return false
        }
    }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        let payload = try TimerPayload.decode(job)
        guard let survey = try await SurveyMail.load(payload, store: store),
            try await !recentlySurveyed(survey.customer, days: survey.policy.surveyThrottleDays, now: now)
        else { return .done }
        let mail = survey.mail(fromAddress: mailer.fromAddress, at: now)
        try await mailer.send(mail)
        let audit = AuditEvent(
            workspaceID: payload.workspaceID, actor: .system, action: Self.audited, subjectType: "customer",
            subjectID: survey.customer.id,
            details: ["conversation_id": .string(payload.conversationID.uuidString), "message_id": .string(mail.messageID)],
            createdAt: now)
        try await store.write { try await $0.insert(audit) }
        return .done
    }

    /// Whether the customer got a survey e-mail in the last `days` days.
    func recentlySurveyed(_ customer: Customer, days: Int, now: Date) async throws -> Bool {
        let since = now.addingTimeInterval(-Double(days) * 86_400)
        let events = try await store.read {
            try await $0.auditEvents(subjectID: customer.id, workspaceID: customer.workspaceID, page: PageRequest(limit: 100))
        }
        return events.items.contains { $0.action == Self.audited && $0.createdAt > since }
    }
}
