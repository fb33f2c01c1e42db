import Foundation
import HeedCore

/// One message of a function-calling chat: the system prompt, the customer's and the assistant's words, an
/// assistant turn that calls tools, or a tool's result (`role: tool`), in the OpenAI wire format.
struct ChatToolMessage: Sendable, Codable, Hashable {
    var role: String
    var content: String?
    var toolCalls: [ChatToolCall]?
    var toolCallID: String?

    static func system(_ text: String) -> ChatToolMessage { ChatToolMessage(role: "system", content: text) }
    static func user(_ text: String) -> ChatToolMessage { ChatToolMessage(role: "user", content: text) }
    static func assistant(_ text: String) -> ChatToolMessage { ChatToolMessage(role: "assistant", content: text) }

    /// The result of the call `id`.
    static func tool(_ id: String, _ text: String) -> ChatToolMessage {
        ChatToolMessage(role: "tool", content: text, toolCallID: id)
    }

    enum CodingKeys: String, CodingKey {
        case role, content
        case toolCalls = "tool_calls"
        case toolCallID = "tool_call_id"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(role, forKey: .role)
        // An assistant turn that only calls tools sends `content: null`, as the API expects.
        try container.encode(content, forKey: .content)
        try container.encodeIfPresent(toolCalls, forKey: .toolCalls)
        try container.encodeIfPresent(toolCallID, forKey: .toolCallID)
    }
}

/// A function call the model asked for: its id, the function's name and its arguments as a JSON text.
struct ChatToolCall: Sendable, Codable, Hashable {
    struct Function: Sendable, Codable, Hashable {
        var name: String
        /// The arguments as the model wrote them: a JSON text that may be malformed.
        var arguments: String

        init(name: String, arguments: String) {
            self.name = name
            self.arguments = arguments
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decodeIfPresent(String.self, forKey: .name) ?? ""
            // Some providers send the arguments as an object instead of a JSON text.
            if let text = try? container.decodeIfPresent(String.self, forKey: .arguments) {
                arguments = text
            } else if let value = try? container.decodeIfPresent(JSONValue.self, forKey: .arguments) {
                arguments = String(decoding: (try? JSONEncoder().encode(value)) ?? Data(), as: UTF8.self)
            } else {
                arguments = ""
            }
        }
    }

    var id: String
    var type: String
    var function: Function

    init(id: String, function: Function) {
        self.id = id
        self.type = "function"
        self.function = function
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id) ?? UUID().uuidString
        type = try container.decodeIfPresent(String.self, forKey: .type) ?? "function"
        function = try container.decode(Function.self, forKey: .function)
    }

    enum CodingKeys: String, CodingKey { case id, type, function }
}

/// The body of a function-calling `chat/completions` request.
struct ChatToolRequest: Sendable, Encodable {
    var model: String
    var messages: [ChatToolMessage]
    var tools: JSONValue
    var temperature: Double
    var toolChoice = "auto"

    enum CodingKeys: String, CodingKey {
        case model, messages, tools, temperature
        case toolChoice = "tool_choice"
    }
}

/// The part of a chat completion the loop reads: the first choice's message.
struct ChatToolReply: Sendable, Decodable {
    struct Choice: Sendable, Decodable {
        var message: ChatToolMessage?
    }

    var choices: [Choice]
}
