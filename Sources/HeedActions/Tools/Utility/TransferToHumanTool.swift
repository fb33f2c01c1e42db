import Foundation
/// `transfer_to_human_agents`: hands the conversation to a person, with a summary of the customer's issue. The
/// conversation layer carries out the hand-off; the tool records the request.
public struct TransferToHumanTool: CommerceTool {
    public init() {}

    public static let result = "Transfer successful"

    public let definition = ToolDefinition(
        name: "transfer_to_human_agents",
        description: """
            Transfer the customer to a human agent with a summary of their issue. Only when the customer asks for \
            a person, or when the issue cannot be solved with the other tools.
            """,
        parameters: ParameterSchema.object([("summary", ParameterSchema.string("A summary of the customer's issue."))]),
        effect: .read, access: .anyone)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        _ = try arguments.string("summary")
        return .answer(Self.result)
    }
}
