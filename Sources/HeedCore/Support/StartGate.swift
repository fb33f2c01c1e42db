import Foundation

/// A one-way gate for work that must wait for start-up to finish (background services wait for the database's
/// migrations). Opening it releases every waiter; waiting after it opened returns at once; a cancelled waiter
/// returns early (check `Task.isCancelled`).
public actor StartGate {
    private var isOpen = false
    private var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]

    public init() {}

    /// Opens the gate.
    public func open() {
        isOpen = true
        for waiter in waiters.values { waiter.resume() }
        waiters.removeAll()
    }

    /// Returns once the gate is open, or the task is cancelled.
    public func wait() async {
        if isOpen { return }
        let id = UUID()
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if isOpen || Task.isCancelled { continuation.resume() } else { waiters[id] = continuation }
            }
        } onCancel: {
            Task { await self.release(id) }
        }
    }

    private func release(_ id: UUID) {
        waiters.removeValue(forKey: id)?.resume()
    }
}
