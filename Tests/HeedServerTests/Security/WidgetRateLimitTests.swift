import Foundation
import HeedCore
import HTTPTypes
import Synchronization
import Testing
@testable import HeedServer

/// Anonymous widget callers are rate limited (#19 abuse resistance): sessions per network address, messages per
/// session and per address, with 429 and `Retry-After`.
@Suite("Widget rate limits")
struct WidgetRateLimitTests {
    final class MovableClock: WallClock {
        private let offset = Mutex<TimeInterval>(0)
        func now() -> Date { SystemWallClock().now().addingTimeInterval(offset.withLock { $0 }) }
        func advance(_ seconds: TimeInterval) { offset.withLock { $0 += seconds } }
    }

    static func limited(_ body: () async throws -> Void) async -> HeedError? {
        do {
            try await body()
            return nil
        } catch let error as HeedError {
            return error
        } catch {
            return nil
        }
    }

    @Test("Sessions per address: the next one waits until the oldest leaves the window; loopback is not limited")
    func sessionsPerAddress() async throws {
        let clock = MovableClock()
        var limits = WidgetLimits()
        limits.sessionsPerAddress = 3
        let widget = WidgetRateLimits(limits: limits, clock: clock)
        for _ in 0..<3 { try await widget.admitSession(from: "203.0.113.7") }
        let refused = await Self.limited { try await widget.admitSession(from: "203.0.113.7") }
        #expect(refused?.kind == .rateLimited && refused?.code == .rateLimited)
        #expect((590...600).contains(refused?.retryAfterSeconds ?? 0), "\(String(describing: refused?.retryAfterSeconds))")
        try await widget.admitSession(from: "198.51.100.2")
        for _ in 0..<10 { try await widget.admitSession(from: "127.0.0.1") }
        clock.advance(601)
        try await widget.admitSession(from: "203.0.113.7")
    }

    @Test("Messages per address count every session from it")
    func messagesPerAddress() async throws {
        var limits = WidgetLimits()
        limits.messagesPerAddress = 4
        let widget = WidgetRateLimits(limits: limits, clock: MovableClock())
        for _ in 0..<4 { try await widget.admitMessage(session: UUID(), from: "203.0.113.9") }
        let refused = await Self.limited { try await widget.admitMessage(session: UUID(), from: "203.0.113.9") }
        #expect(refused?.kind == .rateLimited)
        #expect((1...60).contains(refused?.retryAfterSeconds ?? 0))
    }

    @Test("A widget session sending too fast gets 429 with Retry-After, and nothing of the refused message is stored")
    func messagesPerSession() async throws {
        try await withTestApp(configure: { $0.seedDemo = true; $0.widgetLimits.messagesPerSession = 3 }) { api in
            let opened = try await api.call(
                .post, "/api/v1/widget/sessions", json: ["workspace_key": "pk_demo_voltra", "visitor_id": "rate-limit-0123456789"])
            let token = try #require(opened["token"]?.stringValue, "\(opened.raw)")
            for index in 1...3 {
                let sent = try await api.call(
                    .post, "/api/v1/widget/messages", key: token, json: ["body": "Hello \(index)", "client_message_id": "m\(index)"])
                #expect(sent.status == .created, "\(sent.raw)")
            }
            let refused = try await api.call(
                .post, "/api/v1/widget/messages", key: token, json: ["body": "Hello 4", "client_message_id": "m4"])
            #expect(refused.status == .tooManyRequests)
            #expect(refused.errorCode == "rate_limited")
            #expect(Int(refused.headers[.retryAfter] ?? "") ?? 0 >= 1, "\(refused.headers)")
            let thread = try await api.call(.get, "/api/v1/widget/conversation", key: token)
            let bodies = thread["messages"]?.arrayValue?.filter { $0["author"]?.stringValue == "customer" }
                .compactMap { $0["body"]?.stringValue } ?? []
            #expect(bodies == ["Hello 1", "Hello 2", "Hello 3"])
        }
    }
}
