import Foundation
import HeedCore

/// The tools a conversation can use, by name, in a stable order.
public struct ToolRegistry: Sendable {
    public let tools: [any CommerceTool]
    private let byName: [String: Int]

    /// A registry of `tools`; a later tool with the same name as an earlier one is ignored.
    public init(_ tools: [any CommerceTool]) {
        var kept: [any CommerceTool] = []
        var byName: [String: Int] = [:]
        for tool in tools where byName[tool.definition.name] == nil {
            byName[tool.definition.name] = kept.count
            kept.append(tool)
        }
        self.tools = kept
        self.byName = byName
    }

    /// The tool called `name`, if registered.
    public func tool(named name: String) -> (any CommerceTool)? {
        byName[name].map { tools[$0] }
    }

    public var definitions: [ToolDefinition] { tools.map(\.definition) }

    /// Every definition in OpenAI function-calling format, for a model's `tools` field.
    public var openAIFunctions: JSONValue { .array(definitions.map(\.openAIFunction)) }
}
