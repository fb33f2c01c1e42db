import Foundation

/// Picks the items of an order a customer names for a return: words of the message against words of the item
/// names ("return the headphones" → "Pulse ANC wireless over-ear headphones"), with the everyday words for the
/// shop's item kinds in each language, and "all of them" for every item.
enum ReturnItemMatcher {
    /// The ids of the named items (one per unit), all of them for "all", or empty when the message names none.
    static func itemIDs(named text: DialogueText, in order: OrderDocument) -> [String] {
        if text.containsAny(allWords) { return order.items.map(\.itemID) }
        var wanted = Set(text.words.filter { $0.count >= 4 })
        for (phrase, names) in synonyms where text.contains(phrase) { wanted.formUnion(names) }
        wanted.subtract(ignored)
        return order.items.filter { item in
            !Set(DialogueText(item.name).words).isDisjoint(with: wanted)
        }.map(\.itemID)
    }

    static let allWords = ["all", "all of them", "everything", "tat ca", "ca hai", "semua", "semuanya", "visas", "visu"]

    /// Words too common to pick an item by.
    static let ignored: Set<String> = ["return", "order", "items", "item", "please", "want", "would", "like", "them"]

    /// Everyday words (folded) and the item-name words they stand for.
    static let synonyms: [String: [String]] = [
        "tai nghe": ["headphones", "earbuds"], "sac": ["charger"], "cu sac": ["charger"], "cap": ["cable"],
        "dong ho": ["watch"], "dien thoai": ["smartphone"], "op lung": ["case"], "may tinh": ["laptop"],
        "sac du phong": ["power"], "fon kepala": ["headphones", "earbuds"], "pengecas": ["charger"],
        "kabel": ["cable"], "jam tangan": ["watch"], "telefon": ["smartphone"], "austinas": ["headphones", "earbuds"],
        "ladetajs": ["charger"], "ladetaju": ["charger"], "kabelis": ["cable"], "kabeli": ["cable"],
        "pulkstenis": ["watch"], "pulksteni": ["watch"], "telefons": ["smartphone"], "telefonu": ["smartphone"],
        "headphone": ["headphones"], "earphones": ["earbuds"], "phone": ["smartphone"],
    ]
}
