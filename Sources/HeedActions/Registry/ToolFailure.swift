import Foundation
/// Why a tool could not do what it was asked; the session returns it to the caller as `Error: <reason>`, as the
/// tool's result, never as a crash.
public struct ToolFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { "Error: \(reason)" }
}
