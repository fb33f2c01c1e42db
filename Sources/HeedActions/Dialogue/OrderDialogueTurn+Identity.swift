import Foundation
import HeedCore

extension OrderDialogueTurn {
    /// What picking the order came to: the order, or the reply to send (a question, or that none fits).
    enum OrderPick {
        case picked(String)
        case reply(String)
    }

    /// Verifies an unverified visitor before any account data is used: by e-mail together with one of their order
    /// numbers, or by name and zip. Returns the question or refusal to send, or nil once the customer is verified.
    mutating func verify(_ request: inout PendingOrderRequest) async -> String? {
        guard await session.verifiedCustomerID == nil else { return nil }
        let details = IdentityDetails(text)
        var verified = false
        if let email = details.email, let number = request.orderNumber {
            verified = await verify(email: email, orderNumber: number)
        } else if let name = details.name, let zip = details.zip {
            verified = await verify(first: name.first, last: name.last, zip: zip)
        } else {
            request.awaiting = .identity
            state.pending = request
            reasons.append("identity needed before account data is used")
            return phrase(.askIdentity)
        }
        guard verified, let customerID = await session.verifiedCustomerID else {
            request.awaiting = .identity
            state.pending = request
            reasons.append("identity not confirmed")
            return phrase(.identityFailed)
        }
        state.verifiedCustomerID = customerID
        reasons.append("identity confirmed")
        return nil
    }

    /// The e-mail names a customer and the order is theirs.
    private mutating func verify(email: String, orderNumber: String) async -> Bool {
        let outcome = await call("find_user_id_by_email", ["email": .string(email)])
        guard case .completed(let result) = outcome, !result.isError else { return false }
        userID = result.text
        // The session now holds the customer the e-mail names; this turn ends here unless the order is theirs too,
        // and only a confirmed verification is kept in the dialogue's state.
        guard await orderDetails(orderNumber) != nil else {
            userID = nil
            return false
        }
        return true
    }

    private mutating func verify(first: String, last: String, zip: String) async -> Bool {
        let outcome = await call(
            "find_user_id_by_name_zip", ["first_name": .string(first), "last_name": .string(last), "zip": .string(zip)])
        guard case .completed(let result) = outcome, !result.isError else { return false }
        userID = result.text
        return true
    }

    /// The order the request is about when the customer gave no number: the one holding an item they named, the only
    /// one that fits the intent, or the one the conversation just talked about; otherwise asks which, listing the
    /// customer's orders that fit.
    mutating func pickOrder(_ request: inout PendingOrderRequest) async -> OrderPick {
        let orders = await ownOrders()
        let eligible = orders.filter { Self.fits($0, request.intent) }
        if orders.isEmpty {
            state.pending = nil
            return .reply(phrase(.noOrders))
        }
        if eligible.isEmpty {
            state.pending = nil
            return .reply(phrase(Self.noneFits(request.intent)))
        }
        if !words.containsAny(ReturnItemMatcher.allWords) {
            // An item the customer names decides: "has my Orbit Watch shipped?", "return the headphones". The one
            // order holding it is picked even when it cannot serve the request, so the reply says why instead of
            // acting on another order; else the one fitting order holding it.
            let holding = orders.filter { !ReturnItemMatcher.itemIDs(named: words, in: $0).isEmpty }
            if holding.count == 1 { return .picked(holding[0].number) }
            let named = eligible.filter { order in holding.contains { $0.number == order.number } }
            if named.count == 1 { return .picked(named[0].number) }
        }
        if eligible.count == 1 { return .picked(eligible[0].number) }
        if let last = state.lastOrderNumber, eligible.contains(where: { $0.number == last }) { return .picked(last) }
        request.awaiting = .order
        request.candidates = eligible.map(\.number)
        state.pending = request
        reasons.append("asked which order (\(eligible.count) fit)")
        let list = eligible.map { order in
            phrase(.orderListLine, ["order": order.number, "items": order.itemNames, "status": statusWord(order)])
        }
        return .reply(phrase(.whichOrder, ["list": list.joined(separator: "\n")]))
    }

    /// The customer's latest orders (at most ten), newest first, as the order tool shows them.
    private mutating func ownOrders() async -> [OrderDocument] {
        guard let userID else { return [] }
        let outcome = await call("get_user_details", ["user_id": .string(userID)])
        guard case .completed(let result) = outcome, !result.isError,
            case .object(let user)? = try? JSONDecoder().decode(JSONValue.self, from: Data(result.text.utf8)),
            case .array(let numbers)? = user["orders"]
        else { return [] }
        var orders: [OrderDocument] = []
        for case .string(let number) in numbers.suffix(10).reversed() {
            if let order = await orderDetails(number) { orders.append(order) }
        }
        return orders
    }

    /// Whether the order can serve the intent (only pending orders can be cancelled or re-addressed…).
    static func fits(_ order: OrderDocument, _ intent: OrderIntent) -> Bool {
        switch intent {
        case .status, .warranty: true
        case .cancel, .changeAddress: order.orderStatus == .pending
        case .returnItems: order.orderStatus == .delivered
        }
    }

    private static func noneFits(_ intent: OrderIntent) -> OrderPhrase {
        switch intent {
        case .cancel: .noneCancellable
        case .changeAddress: .noneChangeable
        case .returnItems: .noneReturnable
        case .status, .warranty: .noOrders
        }
    }
}
