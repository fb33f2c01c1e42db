extension OrderPhrasebook {
    static let english: [OrderPhrase: String] = [
        .askIdentity: """
            Before I look at your orders I need to confirm who you are. Please send the e-mail address on your \
            account together with your order number (or your first name, last name and zip code).
            """,
        .identityFailed: """
            I couldn't confirm your identity with those details. Please check the e-mail address and order number \
            (or your name and zip code) and try again.
            """,
        .askOrderNumberToo: "Thanks. Please also send one of your order numbers, so I can confirm it's you.",
        .whichOrder: "Which order do you mean? Your orders:\n{list}\nPlease reply with the order number.",
        .orderListLine: "- {order}: {items} ({status})",
        .noOrders: "I couldn't find any orders on your account.",
        .noneCancellable: "None of your orders can be cancelled now: only orders not yet processed can be.",
        .noneReturnable: "None of your orders can be returned now: only delivered orders can be.",
        .noneChangeable: "None of your orders can get a new address now: only orders not yet processed can.",
        .notFound: "I couldn't find order {order} among your orders. Please check the number.",
        .status: "Order {order} ({items}): {status}.",
        .trackingLine: "Tracking number: {tracking}.",
        .trackingCarrier: "Tracking number: {tracking} ({carrier}).",
        .noTrackingYet: "It has no tracking number yet.",
        .warrantyUntil: "Your order {order} ({items}) is under warranty until {date}.",
        .warrantyExpired: "The warranty of your order {order} ended on {date}.",
        .warrantyUnknown: "I have no warranty information for your order {order}.",
        .cannotCancel: "Order {order} can't be cancelled: it is {status}.",
        .cannotReturn: "Order {order} can't be returned: it is {status}. Only delivered orders can be returned.",
        .cannotChangeAddress: "The address of order {order} can't be changed: it is {status}.",
        .changesIntro: "Here is exactly what will change:",
        .confirmQuestion: "Shall I go ahead? Reply \"yes\" to confirm; anything else leaves everything as it is.",
        .changeCancel: "- Order {order} ({items}) will be cancelled.",
        .changeRefund: "- {amount} will be refunded to {method} {timing}.",
        .changeReturn: "- A return of {items} from order {order}; {amount} will be refunded to {method}.",
        .changeAddress: "- Order {order} will be shipped to {address} instead of {old}.",
        .doneCancel: "Done: order {order} is cancelled.",
        .doneRefund: "{amount} is refunded to {method} {timing}.",
        .doneReturn: """
            Done: the return of {items} from order {order} is requested; {amount} will be refunded to {method}. \
            You'll get an e-mail explaining how to send the items back.
            """,
        .doneAddress: "Done: order {order} will be shipped to {address}.",
        .declined: "All right, I haven't changed anything.",
        .askItems: "Which items of order {order} would you like to return?\n{list}",
        .askAddress: "What is the new delivery address for order {order}? Please write it as: street, city, postcode, country.",
        .failed: "I couldn't complete that: {reason}.",
        .timingNow: "right away",
        .timingDays: "within 5 to 7 business days",
        .statusPending: "received and being prepared; it has not shipped yet",
        .statusPendingModified: "received, with changed items; it has not shipped yet",
        .statusProcessed: "being processed for shipping",
        .statusShipped: "shipped and on its way",
        .statusDelivered: "delivered",
        .statusCancelled: "cancelled",
        .statusReturnRequested: "awaiting your return",
        .statusExchangeRequested: "awaiting your exchange",
        .statusReturned: "returned",
    ]
}
