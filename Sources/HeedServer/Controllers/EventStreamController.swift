import Foundation
import HeedConversation
import HeedCore
import Hummingbird
import NIOCore
import ServiceLifecycle

/// `GET /api/v1/events`: the workspace's live events for agents, as server-sent events (`event: <type>` and a JSON
/// `data:` line per event), with a comment line every 15 seconds to keep proxies from closing the stream.
struct EventStreamController {
    let events: ConversationEvents

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("events", use: stream)
        return routes
    }

    @Sendable func stream(_ request: Request, context: SignedInContext) async throws -> Response {
        let stream = await events.agents.subscribe(context.principal.workspaceID)
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: ResponseBody { try await Self.send(stream, to: &$0) })
    }

    /// Writes the events as they come, and a keep-alive comment every 15 seconds, until the client goes away (the
    /// write fails), the event stream ends, or the server shuts down.
    private static func send(_ stream: AsyncStream<AgentEvent>, to writer: inout any ResponseBodyWriter) async throws {
        try await writer.write(ByteBuffer(string: ": connected\n\n"))
        let (frames, output) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(512))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await event in stream {
                    let data = try HeedJSON.makeEncoder().encode(event)
                    output.yield("event: \(event.type.rawValue)\ndata: \(String(decoding: data, as: UTF8.self))\n\n")
                }
                output.finish()
            }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: .seconds(15))
                    output.yield(": keep-alive\n\n")
                }
            }
            for await frame in frames.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: frame))
            }
            group.cancelAll()
        }
        try await writer.finish(nil)
    }
}
