import Foundation
/// `calculate`: evaluates an arithmetic expression (numbers, + - * /, parentheses), rounded to two decimals.
public struct CalculateTool: CommerceTool {
    public init() {}

    public let definition = ToolDefinition(
        name: "calculate",
        description: "Calculate the result of an arithmetic expression such as '2 + 2'.",
        parameters: ParameterSchema.object([
            (
                "expression",
                ParameterSchema.string(
                    "The expression: numbers, the operators + - * /, parentheses and spaces, such as '(3 + 4) * 2'.")
            )
        ]),
        effect: .read, access: .anyone)

    public func plan(_ arguments: ToolArguments, in scope: ToolScope) async throws -> ToolPlan {
        let value = try ArithmeticExpression.evaluate(try arguments.string("expression"))
        return .answer("\((value * 100).rounded() / 100)")
    }
}
