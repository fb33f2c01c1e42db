import Foundation

/// Runs work for one conversation strictly in order while different conversations proceed in parallel: a fair
/// async lock per conversation id, created on demand and dropped when idle.
public actor ConversationLocks {
    private struct Entry {
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private var queues: [UUID: Entry] = [:]

    public init() {}

    /// A lock the current task holds: which set of locks, which conversation.
    private struct Held: Hashable {
        let locks: ObjectIdentifier
        let conversation: UUID
    }

    /// The locks the current task holds.
    @TaskLocal private static var held: Set<Held> = []

    /// Runs `body` once every earlier caller for `key` has finished. Re-entrant: a task that already holds the lock
    /// for `key` (a turn recording its reply) runs `body` at once.
    public nonisolated func withLock<T: Sendable>(_ key: UUID, _ body: () async throws -> T) async throws -> T {
        let mine = Held(locks: ObjectIdentifier(self), conversation: key)
        if Self.held.contains(mine) { return try await body() }
        await acquire(key)
        do {
            let result = try await Self.$held.withValue(Self.held.union([mine])) { try await body() }
            await release(key)
            return result
        } catch {
            await release(key)
            throw error
        }
    }

    /// How many conversations have work running or waiting (for metrics and tests).
    public var activeCount: Int { queues.count }

    private func acquire(_ key: UUID) async {
        if queues[key] == nil {
            queues[key] = Entry()
            return
        }
        await withCheckedContinuation { queues[key]!.waiters.append($0) }
    }

    private func release(_ key: UUID) {
        guard var entry = queues[key] else { return }
        if entry.waiters.isEmpty {
            queues[key] = nil
        } else {
            let next = entry.waiters.removeFirst()
            queues[key] = entry
            next.resume()
        }
    }
}
