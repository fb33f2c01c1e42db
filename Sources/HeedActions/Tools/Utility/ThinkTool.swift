import Foundation
/// `think`: lets a model note its reasoning; changes nothing and returns nothing.
public struct ThinkTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "think",
        description: """
            Think about something: the thought is kept in the log, nothing is looked up or changed. Use it for \
            complex reasoning or to remember something.
            """,
        parameters: ParameterSchema.object([("thought", ParameterSchema.string("The thought."))]),
        effect: .read, access: .anyone)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        _ = try arguments.string("thought")
        return .answer("")
    }
}
