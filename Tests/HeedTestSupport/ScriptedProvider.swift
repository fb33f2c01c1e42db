import Foundation
import HeedCore
import Hummingbird
import Logging

/// A fake OpenAI-compatible provider on 127.0.0.1 (ephemeral port) that replies from a script and records
/// every request body it receives. Shared by the knowledge and server tests.
public actor ScriptedProvider {
    /// One scripted reply.
    public enum Reply: Sendable {
        /// A JSON body with a status (and an optional `Retry-After` header).
        case json(status: Int, body: String, retryAfter: String? = nil)
        /// A `text/event-stream` body sent in these pieces.
        case stream([String])
        /// No reply for this long, then an empty 200.
        case stall(seconds: Double)
    }

    private var replies: [Reply]
    public private(set) var requestBodies: [String] = []

    public init(_ replies: [Reply]) {
        self.replies = replies
    }

    /// Records a request and returns the next reply (the last one repeats).
    public func next(recording body: String) -> Reply {
        requestBodies.append(body)
        return replies.count > 1 ? replies.removeFirst() : replies[0]
    }

    /// A chat completion body whose message is `content`.
    public static func completion(_ content: String) -> Reply {
        let escaped = String(decoding: try! JSONEncoder().encode(content), as: UTF8.self)
        return .json(status: 200, body: #"{"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":\#(escaped)},"finish_reason":"stop"}]}"#)
    }

    /// The `role: tool` contents of the request `index`, in order.
    public func toolResults(inRequest index: Int) throws -> [String] {
        let json = try JSONDecoder().decode(JSONValue.self, from: Data(requestBodies[index].utf8))
        return (json.objectValue?["messages"]?.arrayValue ?? []).compactMap { message in
            guard message.objectValue?["role"] == .string("tool") else { return nil }
            return message.objectValue?["content"]?.stringValue
        }
    }

    /// A chat completion whose message calls tools: `(name, arguments as a JSON text)` each, with ids `call_1`…
    public static func toolCalls(_ calls: [(name: String, arguments: String)]) -> Reply {
        let encoded = calls.enumerated().map { index, call -> String in
            let name = String(decoding: try! JSONEncoder().encode(call.name), as: UTF8.self)
            let arguments = String(decoding: try! JSONEncoder().encode(call.arguments), as: UTF8.self)
            return #"{"id":"call_\#(index + 1)","type":"function","function":{"name":\#(name),"arguments":\#(arguments)}}"#
        }
        return .json(status: 200, body: #"{"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":null,"tool_calls":[\#(encoded.joined(separator: ","))]},"finish_reason":"tool_calls"}]}"#)
    }

    /// A streamed completion that sends `pieces` as deltas, then `[DONE]`.
    public static func streamed(_ pieces: [String]) -> Reply {
        let events = pieces.map { piece -> String in
            let escaped = String(decoding: try! JSONEncoder().encode(piece), as: UTF8.self)
            return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\(escaped)}}]}\n\n"
        }
        return .stream(events + ["data: [DONE]\n\n"])
    }

    /// Runs the server for the duration of `body`, passing the port it listens on.
    public func serve(_ body: @Sendable (Int) async throws -> Void) async throws {
        let router = Router()
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            let buffer = try await request.body.collect(upTo: 4 << 20)
            let reply = await self.next(recording: String(decoding: buffer.readableBytesView, as: UTF8.self))
            switch reply {
            case let .json(status, text, retryAfter):
                var headers: HTTPFields = [.contentType: "application/json"]
                if let retryAfter { headers[.retryAfter] = retryAfter }
                return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
            case let .stream(events):
                return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: ResponseBody { writer in
                    for event in events {
                        try await writer.write(ByteBuffer(string: event))
                        try await Task.sleep(for: .milliseconds(5))
                    }
                    try await writer.finish(nil)
                })
            case let .stall(seconds):
                try await Task.sleep(for: .seconds(seconds))
                return Response(status: .ok)
            }
        }
        router.post("v1/chat/completions", use: handler)
        router.post("v1/embeddings", use: handler)
        try await ScriptedServer.serve(router, body)
    }
}
