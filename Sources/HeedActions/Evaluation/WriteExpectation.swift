import Foundation
import HeedCore

/// What must hold in the store after a write tool ran, worked out from the state before it and the call's
/// arguments alone (not from the tool's own code path).
struct WriteExpectation: Sendable {
    /// The order the write is about, if any.
    let orderNumber: String?
    /// The failed conditions on the stored order and customer after the write; without a customer, only the
    /// order's (later writes on other orders may move the customer's balances again).
    let check: @Sendable (_ order: Order?, _ customer: Customer?) -> [String]
}

/// A list of failed conditions, built one condition at a time.
struct ConditionList {
    private(set) var failures: [String] = []
    let subject: String

    init(_ subject: String) {
        self.subject = subject
    }

    mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { failures.append("\(subject): \(message())") }
    }

    mutating func expectEqual<T: Equatable>(_ actual: T, _ expected: T, _ what: String) {
        expect(actual == expected, "\(what) is \(actual), expected \(expected)")
    }
}

extension WriteExpectation {
    /// Gift card balances moved by `changes` (method id → amount added), others unchanged.
    static func checkBalances(
        _ conditions: inout ConditionList, before: Customer, after: Customer?, changes: [String: Money]
    ) {
        guard let after else { return }
        for method in before.paymentMethods ?? [] where method.kind == .giftCard {
            let expected = (method.balance ?? .zero) + (changes[method.id] ?? .zero)
            conditions.expectEqual(
                after.paymentMethod(id: method.id)?.balance ?? .zero, expected, "balance of \(method.id)")
        }
    }

    /// The transactions added since `before`.
    static func added(_ before: Order, _ after: Order) -> [PaymentTransaction] {
        Array(after.payments.dropFirst(before.payments.count))
    }
}
