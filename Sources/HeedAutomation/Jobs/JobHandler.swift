import Foundation
import HeedStore

/// What a job came to.
public enum JobOutcome: Sendable, Equatable {
    /// Finished: the job leaves the queue.
    case done
    /// Recurring work: run again at this time.
    case again(at: Date)
}

/// Does one kind of job (see ``ClusterJobRunner``).
public protocol JobHandler: Sendable {
    /// The ``Job/kind`` it does.
    var kind: String { get }
    /// The job queued at start, if the work recurs (one per cluster: its key is fixed).
    var recurringJob: Job? { get }
    /// Does `job`; throwing makes the runner retry it later.
    func run(_ job: Job, now: Date) async throws -> JobOutcome
}
