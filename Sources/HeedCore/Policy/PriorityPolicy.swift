/// Sets a conversation's priority from urgency, emotion, the customer's tier and the topic.
public enum PriorityPolicy {
    /// P1 for urgent and angry, or urgent VIPs; P2 for urgent, angry, VIP or money-at-risk topics; P3 for negative;
    /// P4 otherwise.
    public static func priority(for turn: TurnAssessment, moneyTopics: Set<String> = ["double_charge", "billing", "payment", "refund", "fraud"])
        -> Priority
    {
        let urgent = turn.urgency >= 0.5
        let angry = turn.anger >= 0.5
        let vip = turn.customerTier == .vip
        let money = turn.intent.map { intent in moneyTopics.contains { intent.contains($0) } } ?? false
        if (urgent && angry) || (urgent && vip) || (angry && money) { return .p1 }
        if urgent || angry || vip || money || turn.churnRisk >= 0.5 || !turn.sensitiveTopics.isEmpty { return .p2 }
        if turn.negativity >= 0.5 { return .p3 }
        return .p4
    }
}
