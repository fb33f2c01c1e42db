import Foundation
import HeedCore

/// What the order dialogue says, phrase by phrase. The texts live per language in ``OrderPhrasebook``, with
/// `{name}` placeholders filled from the tool results.
enum OrderPhrase: Sendable, Hashable {
    case askIdentity, identityFailed, askOrderNumberToo
    case whichOrder, orderListLine, noOrders, noneCancellable, noneReturnable, noneChangeable, notFound
    case status, trackingLine, trackingCarrier, noTrackingYet
    case warrantyUntil, warrantyExpired, warrantyUnknown
    case cannotCancel, cannotReturn, cannotChangeAddress
    case changesIntro, confirmQuestion, changeCancel, changeRefund, changeReturn, changeAddress
    case doneCancel, doneRefund, doneReturn, doneAddress, declined, askItems, askAddress, failed
    case timingNow, timingDays
    case statusPending, statusPendingModified, statusProcessed, statusShipped, statusDelivered, statusCancelled
    case statusReturnRequested, statusExchangeRequested, statusReturned
}

/// The order dialogue's texts in English, Vietnamese, Malay, Indonesian and Latvian; English where a language
/// lacks a phrase.
enum OrderPhrasebook {
    /// `phrase` in `language`, placeholders filled from `values`.
    static func text(_ phrase: OrderPhrase, _ language: String, _ values: [String: String] = [:]) -> String {
        let template = book(language)[phrase] ?? english[phrase] ?? ""
        return values.reduce(template) { text, entry in text.replacingOccurrences(of: "{\(entry.key)}", with: entry.value) }
    }

    private static func book(_ language: String) -> [OrderPhrase: String] {
        switch language {
        case "vi": vietnamese
        case "ms": malay
        case "id": indonesian
        case "lv": latvian
        default: english
        }
    }

    /// How an order's status reads to the customer; `hasTracking` tells a shipped order from one being prepared.
    static func status(_ status: OrderStatus, hasTracking: Bool, _ language: String) -> String {
        let phrase: OrderPhrase? =
            switch status {
            case .pending: .statusPending
            case .pendingItemsModified: .statusPendingModified
            case .processed: hasTracking ? .statusShipped : .statusProcessed
            case .delivered: .statusDelivered
            case .cancelled: .statusCancelled
            case .returnRequested: .statusReturnRequested
            case .exchangeRequested: .statusExchangeRequested
            case OrderStatus(rawValue: "returned"): .statusReturned
            default: nil
            }
        return phrase.map { text($0, language) } ?? status.rawValue
    }
}
