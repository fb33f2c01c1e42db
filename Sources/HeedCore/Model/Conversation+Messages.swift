import Foundation

extension Conversation {
    /// Updates counters and state for a newly stored message: a customer writing reopens a resolved conversation;
    /// the first public reply from the support side sets the first-response time.
    public mutating func record(_ message: Message, at now: Date) {
        messageCount += 1
        lastMessageAt = now
        updatedAt = now
        switch message.author {
        case .customer:
            if status == .resolved {
                status = .open
                reopenCount += 1
                resolvedAt = nil
            } else if status == .pending {
                status = .open
            }
        case .agent, .ai:
            if !message.isInternalNote, firstResponseAt == nil {
                firstResponseAt = now
            }
        case .system:
            break
        }
    }
}
