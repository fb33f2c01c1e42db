/// What happened to a conversation, as the reports count it. See `docs/reports.md` for how each KPI reads them.
public enum ReportEventKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// The conversation was opened.
    case created
    /// A resolved conversation became open again (the customer came back, or an agent reopened it).
    case reopened
    /// The customer wrote.
    case customerMessage = "customer_message"
    /// The AI replied publicly; `detail` is its decision (`answer`, `clarify`, `handoff`), `intent` what it answered.
    case aiReply = "ai_reply"
    /// The conversation went from the AI to humans; carries the service-level due times set then.
    case handedOff = "handed_off"
    /// An agent was assigned (`agentID`).
    case assigned
    /// Nobody is assigned any more.
    case unassigned
    /// An agent replied publicly (`agentID`); internal notes are not replies.
    case agentReply = "agent_reply"
    /// The conversation was resolved (or closed without being resolved first).
    case resolved
    /// The customer's satisfaction rating, 1–5 (`value`).
    case rated
    /// The customer's likelihood to recommend, 0–10 (`value`).
    case npsRated = "nps_rated"
    /// The customer's thumbs up (1) or down (-1) on one AI answer (`value`, `messageID`).
    case aiRated = "ai_rated"

    /// Order among events recorded at the same instant (a hand-off notice is the AI's reply, then the hand-off,
    /// then the assignment), so a timeline reads in the order things happened.
    public var tieOrder: Int {
        switch self {
        case .created: 0
        case .reopened: 1
        case .customerMessage: 2
        case .aiReply: 3
        case .handedOff: 4
        case .assigned: 5
        case .unassigned: 6
        case .agentReply: 7
        case .resolved: 8
        case .rated: 9
        case .npsRated: 10
        case .aiRated: 11
        }
    }
}
