extension Optional where Wrapped: Sendable {
    /// `transform` of the value, or nil when there is none or `transform` gives none (an async `flatMap`).
    public func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
