import Foundation
import HeedCore

extension OrderDialogueTurn {
    /// The order's status, items and tracking numbers, as `get_order_details` returned them.
    func statusText(_ order: OrderDocument) -> String {
        var lines = [phrase(.status, ["order": order.number, "items": order.itemNames, "status": statusWord(order)])]
        let tracking = order.tracking
        for shipment in tracking {
            if let carrier = shipment.carrier {
                lines.append(phrase(.trackingCarrier, ["tracking": shipment.number, "carrier": carrier]))
            } else {
                lines.append(phrase(.trackingLine, ["tracking": shipment.number]))
            }
        }
        if tracking.isEmpty, order.orderStatus == .pending || order.orderStatus == .processed {
            lines.append(phrase(.noTrackingYet))
        }
        return lines.joined(separator: " ")
    }

    /// Until when the order's items are under warranty.
    func warrantyText(_ order: OrderDocument) -> String {
        guard let until = order.warrantyUntil, let end = order.warrantyEnd else {
            return phrase(.warrantyUnknown, ["order": order.number])
        }
        let date = String(until.prefix(10))
        let phrase: OrderPhrase = end > now ? .warrantyUntil : .warrantyExpired
        return self.phrase(phrase, ["order": order.number, "items": order.itemNames, "date": date])
    }

    /// The status word of the order, in the dialogue's language.
    func statusWord(_ order: OrderDocument) -> String {
        OrderPhrasebook.status(order.orderStatus, hasTracking: !order.tracking.isEmpty, language)
    }

    /// What the write did, quoted from the changed order the tool returned.
    func doneText(_ order: OrderDocument, intent: OrderIntent) -> String {
        switch intent {
        case .cancel:
            let refunds = order.refunds.map { refund in
                phrase(
                    .doneRefund,
                    [
                        "amount": "\(Money(refund.amount))", "method": refund.paymentMethodID,
                        "timing": timing(refund.paymentMethodID),
                    ])
            }
            return ([phrase(.doneCancel, ["order": order.number])] + refunds).joined(separator: " ")
        case .returnItems:
            let itemIDs = order.returnItemIDs ?? []
            let names = itemIDs.compactMap { id in order.items.first { $0.itemID == id }?.name }
            return phrase(
                .doneReturn,
                [
                    "order": order.number, "items": names.joined(separator: ", "),
                    "amount": "\(order.price(of: itemIDs))", "method": order.returnPaymentMethodID ?? "",
                ])
        case .changeAddress:
            return phrase(.doneAddress, ["order": order.number, "address": order.address?.singleLine ?? ""])
        case .status, .warranty:
            return statusText(order)
        }
    }
}
