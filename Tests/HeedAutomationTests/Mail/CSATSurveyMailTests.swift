import Foundation
import HeedConversation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

@testable import HeedAutomation

/// The satisfaction survey by e-mail after a resolution, through a real SMTP server (aiosmtpd) started by the test.
@Suite("CSAT survey e-mail", .serialized, .enabled(if: TestSMTPServer.enabled))
struct CSATSurveyMailTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// A workspace and an e-mail customer, one node with the survey mailer attached and its job runner.
    struct Node {
        let workspace: Workspace
        let customer: Customer
        let clock: SteppedClock
        let recorder: MessageRecorder
        let desk: ConversationDesk
        let runner: ClusterJobRunner

        init(_ store: SQLSupportStore, port: Int) async throws {
            clock = SteppedClock(start: CSATSurveyMailTests.start)
            workspace = Workspace(name: "Shop", publicKey: "pk_csat_\(UUID().uuidString)", createdAt: CSATSurveyMailTests.start)
            customer = Customer(
                workspaceID: workspace.id, name: "Minh Anh", email: "minh.anh@example.com", preferredLanguage: "vi",
                createdAt: CSATSurveyMailTests.start)
            try await store.write { [workspace, customer] writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
            }
            let events = ConversationEvents(clock: clock, logger: TestStores.logger)
            recorder = MessageRecorder(store: store, events: events, locks: ConversationLocks())
            desk = ConversationDesk(store: store, recorder: recorder, events: events, clock: clock)
            let settings = SMTPSettings(
                host: "127.0.0.1", port: port, security: .none, fromAddress: "support@shop.example", fromName: "Shop",
                timeout: .seconds(120))
            let surveys = CSATSurveyMailer(store: store, mailer: SMTPMailSender(settings: settings))
            surveys.attach(to: events, queue: store.jobs, logger: TestStores.logger)
            runner = ClusterJobRunner(queue: store.jobs, handlers: [surveys], clock: clock, logger: TestStores.logger)
        }

        /// An e-mail from the customer with `messageID`, in a new thread or the one it follows.
        func email(_ body: String, messageID: String, follows: [String] = []) async throws -> Conversation {
            let conversation = try await desk.conversation(
                for: InboundEmail(
                    senderEmail: customer.email ?? "", senderName: customer.name, messageID: messageID, subject: "Hoá đơn",
                    threadCandidates: follows),
                workspaceID: workspace.id)
            try await recorder.record(
                Message(
                    workspaceID: workspace.id, conversationID: conversation.id, author: .customer, body: body, language: "vi",
                    clientMessageID: messageID, createdAt: clock.now()))
            return conversation
        }

        func resolve(_ conversation: Conversation) async throws {
            _ = try await desk.updateConversation(
                id: conversation.id, with: ConversationChanges(status: .resolved), workspaceID: workspace.id,
                actor: .system)
        }
    }

    @Test("A resolved e-mail conversation's customer gets the survey in their language, threaded; not when it was reopened first", arguments: TestStores.engines)
    func surveyThreaded(engine: StoreEngineKind) async throws {
        try await TestSMTPServer.serve { port, received in
            try await TestStores.withStore(engine) { store in
                let node = try await Node(store, port: port)
                let conversation = try await node.email("Tôi cần hoá đơn.", messageID: "<first@mail.example>")
                _ = try await node.email("Cho tháng 11.", messageID: "<second@mail.example>", follows: ["<first@mail.example>"])
                try await node.resolve(conversation)
                try await node.recorder.record(
                    Message(
                        workspaceID: node.workspace.id, conversationID: conversation.id, author: .customer,
                        body: "À, thêm một câu nữa", createdAt: node.clock.now()))
                try await node.runner.runDueJobs()
                #expect(received().isEmpty, "reopened before the survey went: none")

                node.clock.advance(3600)
                try await node.resolve(conversation)
                try await node.runner.runDueJobs()
                let mail = try #require(received().first)
                #expect(mail.rcptTos == ["minh.anh@example.com"])
                #expect(mail.header("To") == "Minh Anh <minh.anh@example.com>")
                #expect(mail.header("Subject") == "Chúng tôi hỗ trợ bạn thế nào?")
                #expect(mail.header("In-Reply-To") == "<second@mail.example>")
                #expect(mail.header("References") == "<first@mail.example> <second@mail.example>")
                let messageID = try #require(mail.header("Message-ID"))
                #expect(messageID.hasPrefix("<csat.\(conversation.id.uuidString.lowercased()).") && messageID.hasSuffix("@shop.example>"))
                #expect(mail.body.hasPrefix("Chào Minh,"))
                #expect(mail.body.contains("từ 1 (kém) đến 5 (rất tốt)"))
                let audits = try await store.read {
                    try await $0.auditEvents(subjectID: node.customer.id, workspaceID: node.workspace.id, page: PageRequest(limit: 20))
                }.items.filter { $0.action == "survey.emailed" }
                #expect(audits.count == 1)
                #expect(audits.first?.details["message_id"] == .string(messageID))
            }
        }
    }

    @Test("At most one survey per customer in 7 days: a second resolution within them gets none, one after them gets one", arguments: TestStores.engines)
    func throttled(engine: StoreEngineKind) async throws {
        try await TestSMTPServer.serve { port, received in
            try await TestStores.withStore(engine) { store in
                let node = try await Node(store, port: port)
                for (day, messageID) in [(0.0, "<a@mail.example>"), (2, "<b@mail.example>"), (8, "<c@mail.example>")] {
                    node.clock.advance(day * 86_400 - (node.clock.now().timeIntervalSince(CSATSurveyMailTests.start)))
                    let conversation = try await node.email("Một câu hỏi", messageID: messageID)
                    try await node.resolve(conversation)
                    try await node.runner.runDueJobs()
                }
                #expect(received().map { $0.header("In-Reply-To") } == ["<a@mail.example>", "<c@mail.example>"])
            }
        }
    }
}

/// E-mail notifications through the outbox, to a real SMTP server (aiosmtpd) started by the test.
@Suite("Mail notifications", .serialized, .enabled(if: TestSMTPServer.enabled))
struct MailNotificationTests {
    @Test("An SLA warning e-mails the assignee once, through the outbox job", arguments: TestStores.engines)
    func assigneeReminder(engine: StoreEngineKind) async throws {
        try await TestSMTPServer.serve { port, received in
            try await TestStores.withStore(engine) { store in
                let fixture = try await TimerFixture.make(store, automation: AutomationPolicy(slaWarningMinutes: 15))
                let settings = SMTPSettings(
                    host: "127.0.0.1", port: port, security: .none, fromAddress: "desk@shop.example", timeout: .seconds(120))
                let runner = ClusterJobRunner(
                    queue: store.jobs,
                    handlers: [
                        SLAWarningTimer(
                            store: store, events: fixture.node.events,
                            reminders: AssigneeReminders(queue: store.jobs, fromAddress: settings.fromAddress)),
                        MailOutbox(mailer: SMTPMailSender(settings: settings)),
                    ],
                    clock: fixture.clock, logger: TestStores.logger)
                _ = try await fixture.node.desk.updateConversation(
                    id: fixture.conversation.id, with: ConversationChanges(handler: .human, assigneeID: .value(fixture.agent.id)),
                    workspaceID: fixture.workspace.id, actor: .system)
                fixture.clock.advance(225 * 60)
                try await runner.runDueJobs()
                #expect(received().isEmpty, "queued in the outbox, not sent by the timer itself")
                try await runner.runDueJobs()
                let mail = try #require(received().first)
                #expect(mail.rcptTos == ["yen@shop.example"])
                #expect(mail.mailFrom == "desk@shop.example")
                #expect(mail.header("Subject")?.hasPrefix("SLA warning: first response due in 15 min") == true)
                #expect(mail.body.contains("is due at 2027-01-15T12:00:00.000Z, in 15 minutes."))
                fixture.clock.advance(60)
                try await runner.runDueJobs()
                #expect(received().count == 1)
            }
        }
    }
}
