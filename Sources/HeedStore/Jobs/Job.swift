import Foundation

/// Work the cluster does once, whichever node does it: a row in the `jobs` table, claimed with a lease (on
/// PostgreSQL `FOR UPDATE SKIP LOCKED`, so two nodes never claim the same job), and either finished (deleted),
/// moved to its next run (recurring work) or retried later when it failed. A node that dies holding a lease leaves
/// the job to whichever node claims it after the lease ends.
public struct Job: Sendable, Hashable {
    public let id: UUID
    /// What to do, e.g. `conversations.unanswered`; the runner's handler for it does it.
    public let kind: String
    /// One job per key at a time: scheduling a key that exists changes nothing (e.g. one sweep per cluster).
    public let key: String
    /// The handler's arguments (JSON text; empty when there are none).
    public let payload: String
    public let runAt: Date
    /// Claims so far, this one included.
    public let attempts: Int
    /// The error of the last failed attempt, for the logs.
    public let lastError: String?

    public init(
        id: UUID = UUID(), kind: String, key: String, payload: String = "", runAt: Date, attempts: Int = 0,
        lastError: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.key = key
        self.payload = payload
        self.runAt = runAt
        self.attempts = attempts
        self.lastError = lastError
    }
}

/// The cluster's job queue.
public protocol JobQueue: Sendable {
    /// Adds `job` unless a job with its key is queued; true when it was added.
    @discardableResult
    func schedule(_ job: Job) async throws -> Bool
    /// Leases up to `limit` due jobs of `kinds` (due: `runAt` ≤ `now`, not leased or lease ended) to `node` until
    /// `now + lease`; no other node gets them meanwhile.
    func claim(kinds: [String], now: Date, lease: Duration, node: String, limit: Int) async throws -> [Job]
    /// The job is done: it leaves the queue.
    func complete(_ job: Job) async throws
    /// The job runs again at `runAt` (recurring work, or a retry after `error`), released from its lease.
    func reschedule(_ job: Job, runAt: Date, error: String?) async throws
    /// The queued job with `key`, if any.
    func job(key: String) async throws -> Job?
    /// How many queued jobs of each kind are due at `now` (leased or not): the queue's backlog, for monitoring.
    func dueCounts(now: Date) async throws -> [String: Int]
}
