import Foundation
/// A small recursive-descent evaluator for `+ - * /`, unary minus and parentheses over decimal numbers.
enum ArithmeticExpression {
    static func evaluate(_ text: String) throws(ToolFailure) -> Double {
        guard text.allSatisfy({ "0123456789+-*/(). ".contains($0) }) else {
            throw ToolFailure("invalid characters in expression")
        }
        var parser = Parser(characters: Array(text.filter { $0 != " " }))
        let value = try parser.sum()
        guard parser.position == parser.characters.count else { throw ToolFailure("invalid expression") }
        guard value.isFinite else { throw ToolFailure("division by zero") }
        return value
    }

    private struct Parser {
        let characters: [Character]
        var position = 0

        mutating func sum() throws(ToolFailure) -> Double {
            var value = try product()
            while let next = peek(), next == "+" || next == "-" {
                position += 1
                value = next == "+" ? value + (try product()) : value - (try product())
            }
            return value
        }

        mutating func product() throws(ToolFailure) -> Double {
            var value = try factor()
            while let next = peek(), next == "*" || next == "/" {
                position += 1
                let rhs = try factor()
                if next == "/" && rhs == 0 { throw ToolFailure("division by zero") }
                value = next == "*" ? value * rhs : value / rhs
            }
            return value
        }

        mutating func factor() throws(ToolFailure) -> Double {
            guard let next = peek() else { throw ToolFailure("invalid expression") }
            switch next {
            case "-", "+":
                position += 1
                let value = try factor()
                return next == "-" ? -value : value
            case "(":
                position += 1
                let value = try sum()
                guard peek() == ")" else { throw ToolFailure("invalid expression") }
                position += 1
                return value
            default:
                return try number()
            }
        }

        mutating func number() throws(ToolFailure) -> Double {
            let start = position
            while let next = peek(), next.isNumber || next == "." { position += 1 }
            guard start < position, let value = Double(String(characters[start..<position])) else {
                throw ToolFailure("invalid expression")
            }
            return value
        }

        func peek() -> Character? { position < characters.count ? characters[position] : nil }
    }
}
