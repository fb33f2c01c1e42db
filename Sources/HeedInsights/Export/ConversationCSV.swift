import Foundation
import HeedCore

/// The per-conversation export: one row per conversation with its dimensions and measures, RFC 4180 quoting.
public enum ConversationCSV {
    /// The header row's column names, in order.
    public static let columns = [
        "conversation_id", "created_at", "channel", "team_id", "agent_id", "priority", "language", "intent",
        "customer_tier", "handed_off", "human_involved", "ai_engaged", "ai_resolved", "resolved", "reopen_count",
        "first_contact_resolution", "ai_first_response_seconds", "first_response_seconds", "first_resolution_seconds",
        "full_resolution_seconds", "handle_seconds", "csat", "nps", "sla_targets", "sla_targets_met", "cost",
    ]

    /// The CSV text of `outcomes`, header first, lines ending in CRLF.
    public static func render(_ outcomes: [ConversationOutcome]) -> String {
        var lines = [columns.joined(separator: ",")]
        lines.reserveCapacity(outcomes.count + 1)
        for outcome in outcomes { lines.append(row(outcome).map(quoted).joined(separator: ",")) }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func row(_ outcome: ConversationOutcome) -> [String] {
        func dimension(_ key: ReportDimension) -> String { outcome.dimensions[key] ?? "" }
        func number(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "" }
        return [
            outcome.conversationID.uuidString, Timestamp.format(outcome.createdAt), dimension(.channel),
            dimension(.team), dimension(.agent), dimension(.priority), dimension(.language), dimension(.intent),
            dimension(.customerTier), "\(outcome.handedOff)", "\(outcome.humanInvolved)", "\(outcome.aiEngaged)",
            "\(outcome.aiResolved)", "\(outcome.resolved)", "\(outcome.reopenCount)",
            outcome.firstContactResolution.map { "\($0)" } ?? "", number(outcome.aiFirstResponseSeconds),
            number(outcome.firstResponseSeconds), number(outcome.firstResolutionSeconds),
            number(outcome.fullResolutionSeconds), number(outcome.handleSeconds), outcome.csat.map(String.init) ?? "",
            outcome.nps.map(String.init) ?? "", "\(outcome.slaTargets)", "\(outcome.slaTargetsMet)",
            number(outcome.cost),
        ]
    }

    /// A field quoted when it holds a comma, a quote or a line break; a leading `=`, `+`, `-` or `@` is prefixed
    /// with `'` so a spreadsheet never runs it as a formula.
    static func quoted(_ field: String) -> String {
        var text = field
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
