import AsyncHTTPClient
import Foundation
import Logging

/// One message of a chat completion request.
public struct ChatMessage: Sendable, Codable, Hashable {
    public var role: String
    public var content: String

    /// Creates a message (`role`: `system`, `user` or `assistant`).
    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}

/// A client for `POST /v1/chat/completions` of an OpenAI-compatible provider: whole replies, or streamed
/// deltas (server-sent events with `stream: true`).
public struct ChatCompletionsClient: Sendable {
    private let transport: ProviderTransport

    /// Creates a client; `httpClient` is owned (and shut down) by the caller.
    public init(configuration: LLMProviderConfiguration, httpClient: HTTPClient, logger: Logger) {
        transport = ProviderTransport(configuration: configuration, httpClient: httpClient, logger: logger)
    }

    private struct Request: Encodable {
        var model: String
        var messages: [ChatMessage]
        var temperature: Double
        var stream: Bool
    }

    private struct Reply: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable { var content: String? }
            var message: Message?
            var delta: Message?
        }
        var choices: [Choice]
    }

    /// The assistant's complete reply.
    public func complete(_ messages: [ChatMessage]) async throws(ProviderError) -> String {
        let data = try await transport.post("chat/completions", body: encode(messages, stream: false))
        guard let reply = try? JSONDecoder().decode(Reply.self, from: data) else {
            throw .malformedResponse("not a chat completion object")
        }
        guard let content = reply.choices.first?.message?.content else { throw .malformedResponse("no choices[0].message.content") }
        return content
    }

    /// The assistant's reply as it is generated, delta by delta.
    public func stream(_ messages: [ChatMessage]) -> AsyncThrowingStream<String, any Error> {
        let transport = transport
        let body = encode(messages, stream: true)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    let response = try await transport.open("chat/completions", body: body)
                    var parser = ServerSentEventParser()
                    var sawData = false
                    reading: for try await chunk in response.body {
                        for event in parser.feed(Array(chunk.readableBytesView)) {
                            if event == "[DONE]" { break reading }
                            guard let reply = try? JSONDecoder().decode(Reply.self, from: Data(event.utf8)) else {
                                throw ProviderError.malformedResponse("stream event is not a chat completion chunk")
                            }
                            sawData = true
                            if let content = reply.choices.first?.delta?.content, !content.isEmpty { continuation.yield(content) }
                        }
                    }
                    if !sawData { throw ProviderError.malformedResponse("stream ended without data") }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: ProviderTransport.classify(error))
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private func encode(_ messages: [ChatMessage], stream: Bool) -> Data {
        // Encoding plain strings and numbers cannot fail.
        (try? JSONEncoder().encode(Request(
            model: transport.configuration.model, messages: messages,
            temperature: transport.configuration.temperature, stream: stream))) ?? Data()
    }
}

/// Splits a `text/event-stream` body into the payloads of its `data:` lines (multi-line data joined by `\n`).
struct ServerSentEventParser {
    private var pending: [UInt8] = []
    private var data: [String] = []

    /// Adds bytes; returns the events completed by them.
    mutating func feed(_ bytes: [UInt8]) -> [String] {
        pending += bytes
        var events: [String] = []
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            var line = Array(pending[..<newline])
            pending.removeSubrange(...newline)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if line.isEmpty {
                if !data.isEmpty { events.append(data.joined(separator: "\n")) }
                data = []
                continue
            }
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix("data:") {
                var value = text.dropFirst(5)
                if value.first == " " { value = value.dropFirst() }
                data.append(String(value))
            }
        }
        return events
    }
}
