import Foundation
import HeedConversation
import HeedStore
import Prometheus

/// The server's own measurements in Prometheus form, one registry per application (tests build several in one
/// process, so nothing goes through a process-wide metrics system): requests by route and status, their duration,
/// how long customer turns take, and — read when scraped — open event streams, conversations with a turn under
/// way and the cluster's due jobs.
public final class ServerMetrics: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let turns: DurationHistogram
    private let openAgentStreams: Gauge
    private let openCustomerStreams: Gauge
    private let conversationsInTurn: Gauge
    private let jobs: (any JobQueue)?

    /// Request durations: 5 ms to 10 s.
    static let requestBuckets: [Duration] = [5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000]
        .map { .milliseconds($0) }
    /// Customer turns: 10 ms (a lexical answer) to 30 s (a slow model provider).
    static let turnBuckets: [Duration] = [10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 30_000]
        .map { .milliseconds($0) }

    /// Metrics with the backlog of `jobs` (the cluster's queue) read at each scrape; none without it.
    public init(jobs: (any JobQueue)? = nil) {
        self.jobs = jobs
        turns = registry.makeDurationHistogram(
            name: "heed_turn_duration_seconds", labels: [], buckets: Self.turnBuckets,
            help: "Time from a customer's message to the AI's decision, inside the server.")
        openAgentStreams = registry.makeGauge(
            name: "heed_open_streams", labels: [("audience", "agents")],
            help: "Event streams and sockets open on this node.")
        openCustomerStreams = registry.makeGauge(
            name: "heed_open_streams", labels: [("audience", "customers")],
            help: "Event streams and sockets open on this node.")
        conversationsInTurn = registry.makeGauge(
            name: "heed_conversations_in_turn", labels: [],
            help: "Conversations with a customer turn running or waiting on this node.")
    }

    /// Counts one answered request; `route` is the matched route's pattern (never the raw path, which would make a
    /// series per conversation id).
    public func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let labels = [("method", method), ("route", route), ("status", String(status))]
        registry.makeCounter(name: "heed_http_requests_total", labels: labels, help: "HTTP requests answered.")
            .increment()
        registry.makeDurationHistogram(
            name: "heed_http_request_duration_seconds", labels: [("method", method), ("route", route)],
            buckets: Self.requestBuckets, help: "Time to answer an HTTP request (to the response head)."
        ).record(duration)
    }

    /// Records one customer turn's duration.
    public func recordTurn(_ duration: Duration) {
        turns.record(duration)
    }

    /// The exposition text, with the gauges read now from `conversations` and the job queue.
    public func render(conversations: ConversationServices, now: Date) async -> String {
        openAgentStreams.set(Double(await conversations.events.agents.subscriberTotal))
        openCustomerStreams.set(Double(await conversations.events.customers.subscriberTotal))
        conversationsInTurn.set(Double(await conversations.recorder.locks.activeCount))
        if let jobs, let due = try? await jobs.dueCounts(now: now) {
            for (kind, count) in due {
                registry.makeGauge(
                    name: "heed_jobs_due", labels: [("kind", kind)],
                    help: "Cluster jobs whose time has come (all nodes), by kind."
                ).set(Double(count))
            }
        }
        return registry.emitToString()
    }
}
