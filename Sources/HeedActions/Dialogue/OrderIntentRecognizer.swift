import Foundation

/// Recognises the order intents in a customer's message by keywords, in English, Vietnamese, Malay, Indonesian and
/// Latvian (folded, so typing without diacritics works too). Writes win over reads ("cancel my order" is a
/// cancellation, not a status question); a question about the rules ("what is your return policy?") is left to
/// the knowledge base.
enum OrderIntentRecognizer {
    /// The intent of `text`, or nil when it asks none of them. `hasOrderContext` says the message or the
    /// conversation already names an order, which lets a bare "cancel it" count.
    static func intent(of text: DialogueText, hasOrderContext: Bool) -> OrderIntent? {
        let mentionsOrder = hasOrderContext || text.containsAny(orderWords)
        let asksRules = text.containsAny(ruleWords)
        if text.containsAny(addressWords), mentionsOrder || text.containsAny(deliveryWords), !asksRules {
            return .changeAddress
        }
        if text.containsAny(cancelWords), mentionsOrder, !asksRules { return .cancel }
        if text.containsAny(returnWords), !asksRules || hasOrderContext { return .returnItems }
        if text.containsAny(warrantyWords), !asksRules || hasOrderContext { return .warranty }
        if text.containsAny(statusWords) { return .status }
        return nil
    }

    /// Words that say the message is about an order.
    static let orderWords = [
        "order", "orders", "my order", "purchase", "package", "parcel", "it", "this", "don", "don hang", "pesanan*",
        "bungkusan", "paket", "pasutijum*", "suti*", "item", "items",
    ]

    /// Words of a question about the shop's rules rather than a request about one order.
    static let ruleWords = [
        "policy", "policies", "how long", "how do i", "how to", "how many days", "chinh sach", "quy dinh",
        "lam sao", "lam the nao", "bao nhieu ngay", "dasar", "polisi", "bagaimana", "berapa lama", "berapa hari",
        "kebijakan", "aturan", "cara", "noteikumi", "politika", "ka var", "cik ilgi", "cik dienu",
    ]

    static let cancelWords = [
        "cancel", "cancel it", "cancellation", "huy", "huy don", "khong muon nua", "batal", "batalkan",
        "membatalkan", "pembatalan", "atcelt", "atceliet", "atcel*",
    ]

    static let returnWords = [
        "return", "return it", "send back", "send it back", "tra lai", "tra hang", "doi tra", "hoan tra",
        "pulangkan", "memulangkan", "pemulangan", "kembalikan", "mengembalikan",
        "pengembalian", "retur", "atgriezt", "atgriezu", "atgriesan*",
    ]

    static let addressWords = [
        "address", "dia chi", "alamat", "adrese", "adresi", "adresu",
    ]

    /// Words that, with an address word, ask for a change of where an order goes.
    static let deliveryWords = [
        "change", "update", "wrong", "new", "deliver", "ship", "doi", "thay doi", "sua", "moi", "cap nhat", "tukar",
        "ubah", "ganti", "baru", "kemas kini", "perbarui", "mainit", "nomainit", "jauna", "cita", "piegad*",
    ]

    static let warrantyWords = [
        "warranty", "guarantee", "bao hanh", "waranti", "jaminan", "garansi", "garantij*",
    ]

    static let statusWords = [
        "where is my order", "where s my order", "wheres my order", "where is my package", "where is my parcel",
        "where is it", "order status", "status of my order", "track", "tracking", "track my order", "has my order",
        "when will my order", "when will it arrive", "not arrived", "hasn t arrived", "delivery status",
        "has it shipped", "is it shipped", "don hang cua toi dau", "don hang cua toi o dau", "don cua toi dau",
        "don hang dau", "don hang o dau", "trang thai don", "tinh trang don", "kiem tra don", "theo doi don",
        "van don", "ma van don", "bao gio giao", "khi nao giao", "giao chua", "chua nhan duoc", "di mana pesanan",
        "pesanan saya di mana", "pesanan saya dimana", "dimana pesanan", "status pesanan", "jejak", "menjejak",
        "penjejakan", "bila pesanan", "belum sampai", "belum terima", "lacak", "melacak", "resi", "nomor resi",
        "kapan pesanan", "belum diterima", "kur ir mans pasutijums", "kur ir mans", "kur ir pasutijums",
        "pasutijuma statuss", "izsekot", "izsekosan*", "kad pienaks", "nav pienacis",
    ]
}
