import Foundation
import HeedCore
import HeedKnowledge

/// The sentences that make a reply the customer's own, from what the workspace lets Heed use (see
/// ``PersonalizationPolicy``): level 1, an item of theirs the message names — its order, date and warranty; level 2,
/// a product they looked at in the last day, said once per conversation. Placed after the greeting; never claims
/// about the shop (the groundedness guard checks the answer, not these). An angry customer (calm tone) gets only
/// what bears on their purchase.
struct PersonalTouch: Sendable {
    let message: String
    let context: TurnContext
    let language: String
    let tone: ReplyTone
    let now: Date

    /// The sentences, in order: purchase first, then behaviour.
    var lines: [String] {
        var lines: [String] = []
        let purchase = purchasedItem()
        if let (item, order) = purchase {
            var line = PersonalPhrases.purchase(
                language, item: item.name, order: order.number, date: PersonalPhrases.date(order.placedAt ?? order.createdAt))
            if let until = order.warrantyUntil {
                line += " " + PersonalPhrases.warranty(language, until: PersonalPhrases.date(until), running: until > now)
            }
            lines.append(line)
        }
        if tone != .calm, let product = viewedProduct(), product != purchase?.item.name {
            lines.append(PersonalPhrases.viewedProduct(language, product: product))
        }
        return lines
    }

    /// The newest order holding an item the message names (its whole name, or a model number in it).
    func purchasedItem() -> (item: OrderItem, order: Order)? {
        let text = MemoryExtractor.fold(message)
        for order in context.orders {
            if let item = order.items.first(where: { Self.names($0.name, in: text) }) { return (item, order) }
        }
        return nil
    }

    /// The latest product viewed in the last day, unless an AI reply of this conversation named it already.
    func viewedProduct() -> String? {
        guard let event = context.recentEvents.first(where: { $0.name == "product_viewed" && $0.text("product_name") != nil }),
            let product = event.text("product_name")
        else { return nil }
        let said = context.history.contains { $0.author == .ai && $0.body.contains(product) }
        return said ? nil : product
    }

    /// Whether folded `text` names `item`: the whole name, or one of its words that holds a digit (a model number).
    static func names(_ item: String, in text: String) -> Bool {
        let folded = MemoryExtractor.fold(item)
        guard folded.count > 2 else { return false }
        if text.contains(folded) { return true }
        return folded.split(separator: " ").contains { word in
            word.count >= 3 && word.contains(where: \.isNumber) && word.contains(where: \.isLetter)
                && text.contains(" \(word) ")
        }
    }
}
