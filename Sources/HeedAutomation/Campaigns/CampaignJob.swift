import Foundation
import HeedCore
import HeedStore

/// The cluster's campaign job: every `interval`, on whichever node claims it, the ``CampaignEvaluator`` sends
/// what the active campaigns owe as of the job's time (the runner's injected clock).
public struct CampaignJob: JobHandler {
    public let kind = "campaigns.evaluate"
    let evaluator: CampaignEvaluator
    let clock: any WallClock
    let interval: TimeInterval

    public init(evaluator: CampaignEvaluator, clock: any WallClock, interval: TimeInterval = 60) {
        self.evaluator = evaluator
        self.clock = clock
        self.interval = interval
    }

    public var recurringJob: Job? { Job(kind: kind, key: kind, runAt: clock.now()) }

    public func run(_ job: Job, now: Date) async throws -> JobOutcome {
        _ = try await evaluator.evaluate(now: now)
        return .again(at: now.addingTimeInterval(interval))
    }
}
