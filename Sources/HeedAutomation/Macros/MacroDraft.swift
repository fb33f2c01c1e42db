import Foundation
import HeedCore

/// A macro as an admin sends it: a new one (both fields required) or changes to one (absent fields stay).
public struct MacroDraft: Decodable, Sendable {
    public var name: String?
    public var text: MessageTemplate?

    public init(name: String? = nil, text: MessageTemplate? = nil) {
        self.name = name
        self.text = text
    }
}

/// A macro filled in for one conversation, as the composer inserts it.
public struct RenderedMacro: Encodable, Sendable {
    public let macroID: UUID
    public let text: String
    /// The language of the text chosen (the customer's, when the macro has it).
    public let language: String?

    enum CodingKeys: String, CodingKey {
        case text, language
        case macroID = "macro_id"
    }
}
