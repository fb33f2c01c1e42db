import Foundation
import HeedCore
import HeedKnowledge

/// The bounded function-calling loop of one turn: the model gets the tools, may answer with `tool_calls`, each
/// call runs through the ``ModelToolGate`` (policy, confirmation, audit) and its result goes back as a
/// `role: tool` message, until the model answers in words or the round limit is reached. Everything sent is
/// redacted; tool-call arguments are restored before the tools see them.
struct ModelToolLoop {
    let client: ProviderJSONClient
    /// The most requests to the model in one turn.
    let maximumRounds: Int

    /// How the loop ended.
    enum Outcome: Sendable, Equatable {
        /// The model's answer in words (placeholders still in), after `rounds` requests.
        case reply(String, rounds: Int)
        /// The model still called tools when the round limit was reached.
        case exhausted(rounds: Int)
        /// The model asked for a person (`transfer_to_human_agents`) after `rounds` requests.
        case transferred(rounds: Int)
    }

    func run(
        _ opening: [ChatToolMessage], tools: JSONValue, gate: inout ModelToolGate, redaction: inout ProviderRedaction
    ) async throws(ProviderError) -> Outcome {
        var messages = opening
        for round in 1...max(1, maximumRounds) {
            let message = try await complete(messages, tools: tools)
            let calls = message.toolCalls ?? []
            guard !calls.isEmpty else {
                guard let content = message.content, !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                else { throw .malformedResponse("no content and no tool calls") }
                return .reply(content, rounds: round)
            }
            messages.append(ChatToolMessage(role: "assistant", content: message.content, toolCalls: calls))
            for call in calls {
                let result = await gate.run(call.function.name, arguments: Self.restored(call.function.arguments, redaction))
                messages.append(.tool(call.id, redaction.redact(result)))
            }
            if gate.transferRequested { return .transferred(rounds: round) }
        }
        return .exhausted(rounds: max(1, maximumRounds))
    }

    private func complete(_ messages: [ChatToolMessage], tools: JSONValue) async throws(ProviderError) -> ChatToolMessage {
        let request = ChatToolRequest(
            model: client.configuration.model, messages: messages, tools: tools,
            temperature: client.configuration.temperature)
        // Encoding strings, numbers and JSON values cannot fail.
        let body = (try? JSONEncoder().encode(request)) ?? Data()
        let data = try await client.post("chat/completions", body: body)
        guard let reply = try? JSONDecoder().decode(ChatToolReply.self, from: data) else {
            throw .malformedResponse("not a chat completion object")
        }
        guard let message = reply.choices.first?.message else { throw .malformedResponse("no choices[0].message") }
        return message
    }

    /// The arguments with this turn's placeholders replaced by their values, string by string (a JSON text that
    /// does not parse is passed on as it is, for the gate to refuse).
    static func restored(_ arguments: String, _ redaction: ProviderRedaction) -> String {
        guard let data = arguments.data(using: .utf8), let value = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return arguments }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(restored(value, redaction))).map { String(decoding: $0, as: UTF8.self) } ?? arguments
    }

    private static func restored(_ value: JSONValue, _ redaction: ProviderRedaction) -> JSONValue {
        switch value {
        case .string(let text): .string(redaction.restore(text))
        case .array(let values): .array(values.map { restored($0, redaction) })
        case .object(let values): .object(values.mapValues { restored($0, redaction) })
        default: value
        }
    }
}
