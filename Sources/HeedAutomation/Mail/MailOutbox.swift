import Foundation
import HeedCore
import HeedStore

/// Mail waiting to go out, as cluster jobs: queued once per Message-ID, sent by whichever node claims it, retried
/// with the runner's back-off while the SMTP server does not take it. Notifications go through it, so a slow or
/// absent mail server never holds up the event that caused them.
public struct MailOutbox: JobHandler {
    public let kind = Self.jobKind
    public let recurringJob: Job? = nil
    static let jobKind = "mail.send"
    let mailer: any MailSender

    public init(mailer: any MailSender) {
        self.mailer = mailer
    }

    /// Queues `mail` on `queue` (once: a Message-ID queued already is not queued again).
    public static func enqueue(_ mail: OutgoingMail, on queue: any JobQueue) async throws {
        let payload = String(decoding: try HeedJSON.makeEncoder().encode(mail), as: UTF8.self)
        try await queue.schedule(Job(kind: jobKind, key: "\(jobKind):\(mail.messageID)", payload: payload, runAt: mail.date))
    }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        let mail = try HeedJSON.makeDecoder().decode(OutgoingMail.self, from: Data(job.payload.utf8))
        try await mailer.send(mail)
        return .done
    }
}
