import Foundation
import HeedCore
import HeedInsights

/// The hand-built history every KPI test reads: seven conversations on 2 November 2026 (UTC), one the day before
/// (the previous period) and one the day after (outside both). The figures each test expects are worked out by
/// hand in the comments here.
enum ReferenceHistory {
    /// 2026-11-02T08:00:00Z.
    static let t0 = Date(timeIntervalSince1970: 1_793_606_400)
    /// Three days later: every AI-resolution window and due time has passed.
    static let asOf = t0.addingTimeInterval(3 * 86_400)
    static let agentX = UUID()
    static let agentY = UUID()
    static let billingTeam = UUID()

    /// The reporting settings: 60-minute AI window, 30 an agent hour, 0.5 an AI resolution.
    static let policy = ReportingPolicy(
        timeZone: "UTC", agentHourCost: 30, aiResolutionCost: 0.5, aiResolutionWindowMinutes: 60,
        greetingIntents: ["greeting", "thanks"])

    static func minutes(_ value: Double) -> Date { t0.addingTimeInterval(value * 60) }

    static func events(workspaceID: UUID) -> [ReportEvent] {
        var script = HistoryScript(workspaceID: workspaceID)
        // A — the AI answers in 60 s; the customer says nothing more: resolved by the AI (window passed).
        script.conversation(at: minutes(0), channel: .widget) { c in
            c.customer(at: 0, language: "vi")
            c.ai(at: 1, intent: "order_status")
        }
        // B — a greeting answered in 30 s, then a real answer with 👍, resolved at 4 min (240 s), CSAT 5, NPS 9.
        script.conversation(at: minutes(10), channel: .widget, tier: .vip) { c in
            c.customer(at: 0, language: "lv")
            c.ai(at: 0.5, intent: "greeting")
            c.customer(at: 1)
            let answer = c.ai(at: 2, intent: "refund")
            c.add(.aiRated, at: 3, message: answer, value: 1)
            c.add(.resolved, at: 4)
            c.add(.rated, at: 5, value: 5)
            c.add(.npsRated, at: 5, value: 9)
        }
        // C — AI answers (60 s), then hands off at 3 min with a 15-minute first-response target and a two-hour
        // resolution target; agent X assigned then, replies at 13 (600 s after the hand-off), resolves at 33
        // (1,980 s). Handle 30 min = 1,800 s (cost 15). Both targets met. CSAT 3, NPS 10.
        script.conversation(at: minutes(20), channel: .email) { c in
            c.teamID = billingTeam
            c.priority = .p2
            c.customer(at: 0, language: "en")
            c.ai(at: 1, intent: "billing")
            c.customer(at: 2)
            c.ai(at: 3, intent: "billing", decision: .handoff)
            c.add(.handedOff, at: 3, firstResponseDue: 18, resolutionDue: 123)
            c.add(.assigned, at: 3, agent: agentX)
            c.add(.agentReply, at: 13, agent: agentX)
            c.add(.resolved, at: 33)
            c.add(.rated, at: 40, value: 3)
            c.add(.npsRated, at: 40, value: 10)
        }
        // D — handed off at once (1 min; targets 16 and 61), X assigned; X replies at 21 (1,200 s, target missed),
        // resolves at 31 (1,860 s, target met); the customer comes back at 40 (reopened), Y is assigned at 45,
        // replies at 50, resolves at 70 (4,200 s). Handle 30 + 5 + 25 min = 3,600 s (cost 30). NPS 6.
        script.conversation(at: minutes(30), channel: .email) { c in
            c.teamID = billingTeam
            c.customer(at: 0, language: "ms")
            c.add(.handedOff, at: 1, firstResponseDue: 16, resolutionDue: 61)
            c.add(.assigned, at: 1, agent: agentX)
            c.add(.agentReply, at: 21, agent: agentX)
            c.add(.resolved, at: 31)
            c.add(.reopened, at: 40)
            c.customer(at: 40)
            c.add(.assigned, at: 45, agent: agentY)
            c.add(.agentReply, at: 50, agent: agentY)
            c.add(.resolved, at: 70)
            c.add(.npsRated, at: 80, value: 6)
        }
        // E — the AI answers (60 s), the customer asks more and gets no reply yet: not resolved by the AI.
        script.conversation(at: minutes(40)) { c in
            c.customer(at: 0, language: "id")
            c.ai(at: 1, intent: "shipping")
            c.customer(at: 2)
        }
        // F — only small talk (reply in 15 s): the AI gave no answer, so it does not count for AI resolution.
        script.conversation(at: minutes(50)) { c in
            c.customer(at: 0, language: "vi")
            c.ai(at: 0.25, intent: "greeting")
        }
        // G — the AI answers (60 s) and gets 👎: not resolved by the AI.
        script.conversation(at: minutes(60)) { c in
            c.customer(at: 0, language: "en")
            let answer = c.ai(at: 1, intent: "returns")
            c.add(.aiRated, at: 2, message: answer, value: -1)
        }
        // H — the day before: resolved by the AI (the previous period's only conversation).
        script.conversation(at: minutes(-24 * 60)) { c in
            c.customer(at: 0, language: "en")
            c.ai(at: 1, intent: "order_status")
        }
        // I — the day after: in neither period.
        script.conversation(at: minutes(24 * 60)) { c in
            c.customer(at: 0, language: "en")
        }
        return script.events
    }

    /// 2 November 2026, the whole day in UTC.
    static let period = ReportPeriod(start: minutes(-8 * 60), end: minutes(16 * 60))
}
