import Foundation

/// What a test waited for too long.
public struct DeadlinePassed: Error, CustomStringConvertible {
    public let what: String
    public let seconds: Double
    public var description: String { "waited \(seconds) s for \(what)" }
}

/// Runs `body`, and fails with ``DeadlinePassed`` naming `what` when it takes longer than `seconds`: a test that
/// waits on the network fails with a reason instead of hanging the suite.
public func within<T: Sendable>(
    _ seconds: Double, _ what: String, _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else {
            throw DeadlinePassed(what: what, seconds: seconds)
        }
        return value
    }
}
