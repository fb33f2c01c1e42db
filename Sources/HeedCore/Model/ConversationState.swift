/// Where a conversation is in its life.
public enum ConversationStatus: String, Sendable, Codable, Hashable, CaseIterable {
    /// Waiting for the support side.
    case open
    /// Waiting for the customer.
    case pending
    /// Answered; reopens when the customer writes again.
    case resolved
    /// Finished for good.
    case closed
}

/// Who is answering a conversation right now.
public enum ConversationHandler: String, Sendable, Codable, Hashable, CaseIterable {
    case ai
    case human
}

/// How urgent a conversation is: P1 most urgent.
public enum Priority: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case p1 = "P1"
    case p2 = "P2"
    case p3 = "P3"
    case p4 = "P4"

    /// 1 for P1 … 4 for P4.
    public var rank: Int {
        switch self {
        case .p1: 1
        case .p2: 2
        case .p3: 3
        case .p4: 4
        }
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}

/// The way a conversation reached the workspace.
public enum Channel: String, Sendable, Codable, Hashable, CaseIterable {
    case api
    case widget
    case email
}
