import Foundation
import HeedCore
import HeedStore
import Logging
import ServiceLifecycle

/// Runs the cluster's jobs: every `pollInterval` it claims the due jobs its handlers do (leased to this node, so
/// no other node runs them meanwhile), runs them, and finishes, re-queues (recurring work) or retries them (failed:
/// after 2^attempts seconds, at most an hour). At start it queues each handler's recurring job once per cluster.
/// A node that dies mid-job leaves it to the next claim after the lease ends.
public struct ClusterJobRunner: Service {
    let queue: any JobQueue
    let handlers: [any JobHandler]
    let clock: any WallClock
    let logger: Logger
    let startGate: StartGate?
    /// This node's name in leases (unique per process).
    let node: String
    let pollInterval: Duration
    let lease: Duration

    public init(
        queue: any JobQueue, handlers: [any JobHandler], clock: any WallClock, logger: Logger, startGate: StartGate? = nil,
        node: String = "node-\(UUID().uuidString.prefix(8))", pollInterval: Duration = .seconds(5),
        lease: Duration = .seconds(300)
    ) {
        self.queue = queue
        self.handlers = handlers
        self.clock = clock
        self.logger = logger
        self.startGate = startGate
        self.node = node
        self.pollInterval = pollInterval
        self.lease = lease
    }

    public func run() async throws {
        if let startGate {
            try? await cancelWhenGracefulShutdown { await startGate.wait() }
        }
        do {
            try await scheduleRecurringJobs()
        } catch {
            logger.warning("Recurring jobs not queued", metadata: ["error.type": "\(type(of: error))"])
        }
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                _ = try await runDueJobs()
            } catch {
                logger.warning("Job claim failed", metadata: ["error.type": "\(type(of: error))"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: pollInterval) }
        }
    }

    /// Queues each handler's recurring job unless the cluster has it already.
    public func scheduleRecurringJobs() async throws {
        for job in handlers.compactMap(\.recurringJob) { try await queue.schedule(job) }
    }

    /// Claims and runs the jobs due now; returns how many ran.
    @discardableResult
    public func runDueJobs(limit: Int = 20) async throws -> Int {
        let now = clock.now()
        let claimed = try await queue.claim(kinds: handlers.map(\.kind), now: now, lease: lease, node: node, limit: limit)
        for job in claimed {
            guard let handler = handlers.first(where: { $0.kind == job.kind }) else { continue }
            do {
                switch try await handler.run(job, now: now) {
                case .done: try await queue.complete(job)
                case .again(let date): try await queue.reschedule(job, runAt: date, error: nil)
                }
            } catch {
                let delay = min(3600, pow(2, Double(min(job.attempts, 12))))
                logger.warning(
                    "Job failed; it will be retried",
                    metadata: ["job.kind": "\(job.kind)", "job.attempts": "\(job.attempts)", "error.type": "\(type(of: error))"])
                try await queue.reschedule(job, runAt: now.addingTimeInterval(delay), error: "\(type(of: error))")
            }
        }
        return claimed.count
    }
}
