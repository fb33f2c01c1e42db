import Foundation
import HeedCore

extension OrderDialogueTurn {
    /// Proposes cancelling a pending order, refunding what was paid.
    mutating func proposeCancel(_ order: OrderDocument, _ request: inout PendingOrderRequest) async -> String {
        guard order.orderStatus == .pending else {
            state.pending = nil
            return phrase(.cannotCancel, ["order": order.number, "status": statusWord(order)])
        }
        let mistake = words.containsAny(["mistake", "by mistake", "nham", "dat nham", "tersilap", "salah", "kluda*"])
        let reason = mistake ? "ordered by mistake" : "no longer needed"
        var lines = [phrase(.changeCancel, ["order": order.number, "items": order.itemNames])]
        for (method, amount) in Self.netPaid(order) where amount > .zero {
            lines.append(phrase(.changeRefund, ["amount": "\(amount)", "method": method, "timing": timing(method)]))
        }
        let arguments: [String: JSONValue] = ["order_id": .string(order.number), "reason": .string(reason)]
        return await propose("cancel_pending_order", arguments, lines: lines, &request)
    }

    /// Proposes returning the named items of a delivered order, refunded to the original payment method; asks
    /// which items when the message names none and the order has several.
    mutating func proposeReturn(_ order: OrderDocument, _ request: inout PendingOrderRequest) async -> String {
        guard order.orderStatus == .delivered else {
            state.pending = nil
            return phrase(.cannotReturn, ["order": order.number, "status": statusWord(order)])
        }
        var itemIDs = request.itemIDs ?? ReturnItemMatcher.itemIDs(named: words, in: order)
        if itemIDs.isEmpty, Set(order.items.map(\.itemID)).count == 1 { itemIDs = order.items.map(\.itemID) }
        guard !itemIDs.isEmpty, let method = order.originalPaymentMethodID else {
            request.awaiting = .items
            state.pending = request
            let list = order.items.map { "- \($0.name)" }.joined(separator: "\n")
            return phrase(.askItems, ["order": order.number, "list": list])
        }
        request.itemIDs = itemIDs
        let names = itemIDs.compactMap { id in order.items.first { $0.itemID == id }?.name }.joined(separator: ", ")
        let line = phrase(
            .changeReturn,
            ["order": order.number, "items": names, "amount": "\(order.price(of: itemIDs))", "method": method])
        let arguments: [String: JSONValue] = [
            "order_id": .string(order.number), "item_ids": .array(itemIDs.map(JSONValue.string)),
            "payment_method_id": .string(method),
        ]
        return await propose("return_delivered_order_items", arguments, lines: [line], &request)
    }

    /// Proposes shipping a pending order to the address in the message; asks for it when there is none.
    mutating func proposeAddress(_ order: OrderDocument, _ request: inout PendingOrderRequest) async -> String {
        guard order.orderStatus == .pending else {
            state.pending = nil
            return phrase(.cannotChangeAddress, ["order": order.number, "status": statusWord(order)])
        }
        guard let address = request.address ?? AddressParser.address(in: text, defaultCountry: order.address?.country ?? "")
        else {
            request.awaiting = .address
            state.pending = request
            return phrase(.askAddress, ["order": order.number])
        }
        request.address = address
        let line = phrase(
            .changeAddress,
            ["order": order.number, "address": address.singleLine, "old": order.address?.singleLine ?? "—"])
        var arguments: [String: JSONValue] = ["order_id": .string(order.number)]
        for (key, value) in [
            ("address1", address.address1), ("address2", address.address2), ("city", address.city),
            ("state", address.state), ("country", address.country), ("zip", address.zip),
        ] { arguments[key] = .string(value) }
        return await propose("modify_pending_order_address", arguments, lines: [line], &request)
    }

    /// Asks the session to plan the write (nothing changes yet); lists the change and asks for an explicit yes.
    private mutating func propose(
        _ tool: String, _ arguments: [String: JSONValue], lines: [String], _ request: inout PendingOrderRequest
    ) async -> String {
        let outcome = await call(tool, arguments)
        guard case .confirmationNeeded = outcome else {
            state.pending = nil
            return phrase(.failed, ["reason": Self.reason(outcome)])
        }
        request.proposal = ProposedChange(tool: tool, arguments: .object(arguments))
        request.awaiting = .confirmation
        state.pending = request
        reasons.append("asked for an explicit yes to \(tool)")
        return ([phrase(.changesIntro)] + lines + [phrase(.confirmQuestion)]).joined(separator: "\n")
    }

    /// Runs the change the customer said yes to, through the session's confirmation, and quotes its result.
    mutating func carryOut(_ proposal: ProposedChange, intent: OrderIntent) async -> String {
        guard case .object(let arguments) = proposal.arguments else { return phrase(.failed, ["reason": "?"]) }
        // Re-planned on fresh data without an audit row of its own: the audit keeps the confirmed write.
        guard case .confirmationNeeded(let request) = await session.propose(proposal.tool, arguments: .object(arguments))
        else {
            return phrase(.failed, ["reason": "the order changed in the meantime"])
        }
        let outcome = await call(proposal.tool, arguments, confirmation: request.token)
        guard case .completed(let result) = outcome, !result.isError, let order = OrderDocument(result: result.text)
        else { return phrase(.failed, ["reason": Self.reason(outcome)]) }
        state.lastOrderNumber = order.number
        return doneText(order, intent: intent)
    }

    /// What each payment method paid net of refunds.
    static func netPaid(_ order: OrderDocument) -> [(String, Money)] {
        var methods: [String] = []
        var net: [String: Money] = [:]
        for payment in order.payments {
            if net[payment.paymentMethodID] == nil { methods.append(payment.paymentMethodID) }
            let amount = Money(payment.amount)
            net[payment.paymentMethodID, default: .zero] += payment.kind == "payment" ? amount : -amount
        }
        return methods.map { ($0, net[$0] ?? .zero) }
    }

    /// When a refund to the method arrives: gift cards at once, other methods in 5 to 7 business days.
    func timing(_ method: String) -> String {
        phrase(method.hasPrefix("gift_card") ? .timingNow : .timingDays)
    }

    /// A failed call's reason, without the `Error: ` prefix.
    static func reason(_ outcome: ToolOutcome) -> String {
        let text = outcome.text
        return text.hasPrefix("Error: ") ? String(text.dropFirst(7)) : text
    }
}
