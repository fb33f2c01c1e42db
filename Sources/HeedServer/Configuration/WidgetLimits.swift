import Foundation

/// How much an anonymous caller may do through the chat widget (see ``AppConfiguration/widgetLimits``).
public struct WidgetLimits: Sendable, Hashable {
    /// New widget sessions from one network address per 10 minutes.
    public var sessionsPerAddress = 30
    /// Customer messages per widget session per minute.
    public var messagesPerSession = 30
    /// Customer messages from one network address per minute (all its sessions together).
    public var messagesPerAddress = 120
    /// Behaviour events (`Heed.track`) per widget session per minute.
    public var eventsPerSession = 60

    public init() {}
}
