import Foundation
import HeedCore
import HeedTestSupport
import Testing
@testable import HeedStore

@Suite("Cluster jobs: one per key, leased to one node, retried, never claimed twice")
struct JobQueueTests {
    @Test("a key is queued once; a claim leases the due job until the lease ends; complete and reschedule", arguments: TestStores.engines)
    func lifecycle(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let queue = store.jobs
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            let key = "sweep-\(UUID().uuidString)"
            #expect(try await queue.schedule(Job(kind: "test.sweep", key: key, runAt: start)))
            #expect(try await !queue.schedule(Job(kind: "test.sweep", key: key, runAt: start)), "one job per key")
            #expect(try await queue.claim(kinds: ["test.sweep"], now: start.addingTimeInterval(-1), lease: .seconds(60), node: "a", limit: 5).isEmpty, "not due yet")
            let claimed = try await queue.claim(kinds: ["test.sweep"], now: start, lease: .seconds(60), node: "a", limit: 5)
            #expect(claimed.map(\.key) == [key])
            #expect(claimed.first?.attempts == 1)
            #expect(try await queue.claim(kinds: ["test.sweep"], now: start.addingTimeInterval(59), lease: .seconds(60), node: "b", limit: 5).isEmpty, "leased to a")
            let again = try await queue.claim(kinds: ["test.sweep"], now: start.addingTimeInterval(61), lease: .seconds(60), node: "b", limit: 5)
            #expect(again.map(\.key) == [key], "a node that died leaves the job to the next claim after its lease")
            #expect(again.first?.attempts == 2)
            let job = try #require(again.first)
            try await queue.reschedule(job, runAt: start.addingTimeInterval(300), error: "boom")
            let stored = try #require(try await queue.job(key: key))
            #expect(stored.lastError == "boom")
            #expect(stored.runAt == start.addingTimeInterval(300))
            #expect(try await queue.claim(kinds: ["other.kind"], now: start.addingTimeInterval(400), lease: .seconds(60), node: "b", limit: 5).isEmpty)
            let due = try await queue.claim(kinds: ["test.sweep"], now: start.addingTimeInterval(400), lease: .seconds(60), node: "b", limit: 5)
            try await queue.complete(try #require(due.first))
            #expect(try await queue.job(key: key) == nil)
        }
    }

    @Test("claims racing on several connections take each job once", arguments: TestStores.engines)
    func concurrentClaims(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let queue = store.jobs
            let now = Date(timeIntervalSince1970: 1_800_000_000)
            let kind = "test.race.\(UUID().uuidString.prefix(8))"
            for index in 0..<40 { try await queue.schedule(Job(kind: kind, key: "\(kind)-\(index)", runAt: now)) }
            let claims = try await withThrowingTaskGroup(of: [String].self) { group in
                for node in 0..<4 {
                    group.addTask {
                        var mine: [String] = []
                        while true {
                            let batch = try await queue.claim(kinds: [kind], now: now, lease: .seconds(600), node: "n\(node)", limit: 3)
                            if batch.isEmpty { return mine }
                            mine += batch.map(\.key)
                        }
                    }
                }
                var all: [String] = []
                for try await keys in group { all += keys }
                return all
            }
            #expect(claims.count == 40)
            #expect(Set(claims).count == 40, "no job claimed twice")
        }
    }
}
