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

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.get("events") { _, context in
            let principal = try context.requirePrincipal()
            let stream = await events.agents.subscribe(principal.workspaceID)
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream"
            headers[.cacheControl] = "no-cache"
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
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
                        // Ends when the client goes away (the write fails) or the event stream ends.
                        // A server shutting down ends the stream too.
                        for await frame in frames.cancelOnGracefulShutdown() {
                            try await writer.write(ByteBuffer(string: frame))
                        }
                        group.cancelAll()
                    }
                    try await writer.finish(nil)
                })
        }
    }
}
