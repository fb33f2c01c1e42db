import Foundation

/// Runs work for one conversation strictly in order while different conversations proceed in parallel: a fair
/// async lock per conversation id, created on demand and dropped when idle.
public actor ConversationLocks {
    private struct Entry {
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private var held: [UUID: Entry] = [:]

    public init() {}

    /// Runs `body` once every earlier caller for `key` has finished.
    public nonisolated func withLock<T: Sendable>(_ key: UUID, _ body: () async throws -> T) async throws -> T {
        await acquire(key)
        do {
            let result = try await body()
            await release(key)
            return result
        } catch {
            await release(key)
            throw error
        }
    }

    /// How many conversations have work running or waiting (for metrics and tests).
    public var activeCount: Int { held.count }

    private func acquire(_ key: UUID) async {
        if held[key] == nil {
            held[key] = Entry()
            return
        }
        await withCheckedContinuation { held[key]!.waiters.append($0) }
    }

    private func release(_ key: UUID) {
        guard var entry = held[key] else { return }
        if entry.waiters.isEmpty {
            held[key] = nil
        } else {
            let next = entry.waiters.removeFirst()
            held[key] = entry
            next.resume()
        }
    }
}
