import Foundation

/// The figures of a journey set's run: resolution, wrong answers, hand-off and team correctness, language and
/// latency, over all cases and per language and kind.
public struct JourneyReport: Sendable, Codable {
    /// The figures over a group of cases.
    public struct Figures: Sendable, Codable {
        public var cases = 0
        /// Cases that expect an answer.
        public var answerable = 0
        public var resolved = 0
        public var wrong = 0
        public var handoffRight = 0
        public var teamJudged = 0
        public var teamRight = 0
        public var languageJudged = 0
        public var languageRight = 0
        public var outcomeRight = 0

        /// Resolved share of the cases that expect an answer.
        public var resolutionRate: Double { answerable == 0 ? 0 : Double(resolved) / Double(answerable) }
        /// Wrong answers over all cases.
        public var wrongRate: Double { cases == 0 ? 0 : Double(wrong) / Double(cases) }
        public var handoffCorrectness: Double { cases == 0 ? 0 : Double(handoffRight) / Double(cases) }
        public var teamAccuracy: Double { teamJudged == 0 ? 1 : Double(teamRight) / Double(teamJudged) }
        public var languageCorrectness: Double { languageJudged == 0 ? 1 : Double(languageRight) / Double(languageJudged) }
        /// Cases whose last turn came out as expected (answer, hand-off, clarify).
        public var outcomeAccuracy: Double { cases == 0 ? 0 : Double(outcomeRight) / Double(cases) }

        mutating func add(_ result: JourneyCaseResult) {
            cases += 1
            if result.expected == JourneyExpectation.Outcome.answer.rawValue { answerable += 1 }
            if result.resolved { resolved += 1 }
            if result.wrong { wrong += 1 }
            if result.handoffRight { handoffRight += 1 }
            if result.outcomeRight { outcomeRight += 1 }
            if let team = result.teamRight {
                teamJudged += 1
                if team { teamRight += 1 }
            }
            if let language = result.languageRight {
                languageJudged += 1
                if language { languageRight += 1 }
            }
        }
    }

    public var name = ""
    public var engine = ""
    public var overall = Figures()
    public var byLanguage: [String: Figures] = [:]
    public var byKind: [String: Figures] = [:]
    public var results: [JourneyCaseResult] = []
    /// Per-turn latency as the API answered, milliseconds.
    public var turnP50 = 0.0
    public var turnP99 = 0.0
    public var seconds = 0.0

    mutating func add(_ result: JourneyCaseResult) {
        overall.add(result)
        byLanguage[result.language, default: Figures()].add(result)
        byKind[result.kind, default: Figures()].add(result)
        results.append(result)
    }

    mutating func finish() {
        let turns = results.flatMap(\.turnMilliseconds).sorted()
        guard !turns.isEmpty else { return }
        turnP50 = turns[min(turns.count - 1, turns.count / 2)]
        turnP99 = turns[min(turns.count - 1, Int((Double(turns.count) * 0.99).rounded(.up)) - 1)]
    }

    /// The report as a person reads it: one line of figures per group, then each case that went wrong.
    public func rendered(showFailures: Bool = true) -> String {
        func percent(_ value: Double) -> String { String(format: "%5.1f%%", value * 100) }
        func line(_ label: String, _ figures: Figures) -> String {
            label.padding(toLength: 15, withPad: " ", startingAt: 0)
                + String(format: "%4d", figures.cases)
                + "  resolved \(percent(figures.resolutionRate)) (\(figures.resolved)/\(figures.answerable))"
                + "  wrong \(percent(figures.wrongRate))  hand-off \(percent(figures.handoffCorrectness))"
                + "  team \(percent(figures.teamAccuracy))  language \(percent(figures.languageCorrectness))"
                + "  outcome \(percent(figures.outcomeAccuracy))"
        }
        var lines = ["\(name) — engine \(engine)", line("all", overall)]
        for (language, figures) in byLanguage.sorted(by: { $0.key < $1.key }) { lines.append(line("  " + language, figures)) }
        for (kind, figures) in byKind.sorted(by: { $0.key < $1.key }) { lines.append(line("  " + kind, figures)) }
        lines.append(String(format: "turn latency (API, in process): p50 %.1f ms, p99 %.1f ms; %.1f s in all", turnP50, turnP99, seconds))
        if showFailures {
            for result in results where !result.problems.isEmpty {
                lines.append("FAIL \(result.id): " + result.problems.joined(separator: "; "))
                if !result.reply.isEmpty { lines.append("     reply: \(result.reply)") }
                if !result.reasons.isEmpty { lines.append("     why: \(result.reasons.joined(separator: "; "))") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
