import Foundation

extension KPISummary {
    /// The KPIs of `outcomes`: means of the durations that apply, shares of the conversations each rate is about.
    public init(_ outcomes: [ConversationOutcome]) {
        self.init()
        conversations = outcomes.count
        resolved = outcomes.count { $0.resolved }
        handedOff = outcomes.count { $0.handedOff }
        aiResolved = outcomes.count { $0.aiResolved }
        firstResponseSeconds = Self.mean(outcomes.compactMap(\.firstResponseSeconds))
        aiFirstResponseSeconds = Self.mean(outcomes.compactMap(\.aiFirstResponseSeconds))
        firstResolutionSeconds = Self.mean(outcomes.compactMap(\.firstResolutionSeconds))
        fullResolutionSeconds = Self.mean(outcomes.compactMap(\.fullResolutionSeconds))
        handleSeconds = Self.mean(outcomes.filter(\.humanInvolved).map(\.handleSeconds).filter { $0 > 0 })
        let decided = outcomes.compactMap(\.firstContactResolution)
        firstContactResolution = Self.share(decided.count { $0 }, of: decided.count)
        readSurveys(outcomes)
        aiResolutionRate = Self.share(aiResolved, of: outcomes.count { $0.aiEngaged })
        handoffRate = Self.share(handedOff, of: conversations)
        deflectionRate = Self.share(outcomes.count { !$0.humanInvolved }, of: conversations)
        reopenRate = Self.share(outcomes.count { $0.reopenCount > 0 }, of: outcomes.count { $0.everResolved })
        slaAttainment = Self.share(outcomes.map(\.slaTargetsMet).reduce(0, +), of: outcomes.map(\.slaTargets).reduce(0, +))
        totalCost = outcomes.map(\.cost).reduce(0, +)
        costPerConversation = conversations > 0 ? totalCost / Double(conversations) : nil
    }

    /// CSAT: the share of 4 and 5 among the ratings, and ratings per conversation ever resolved. NPS: the percentage of
    /// 9–10 minus the percentage of 0–6.
    private mutating func readSurveys(_ outcomes: [ConversationOutcome]) {
        let ratings = outcomes.compactMap(\.csat)
        csatResponses = ratings.count
        csat = Self.share(ratings.count { $0 >= 4 }, of: ratings.count)
        csatResponseRate = Self.share(ratings.count, of: outcomes.count { $0.everResolved })
        let scores = outcomes.compactMap(\.nps)
        npsResponses = scores.count
        if !scores.isEmpty {
            let promoters = Double(scores.count { $0 >= 9 })
            let detractors = Double(scores.count { $0 <= 6 })
            nps = (promoters - detractors) / Double(scores.count) * 100
        }
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    static func share(_ part: Int, of whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }
}
