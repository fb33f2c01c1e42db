import Foundation

/// The sentences a reply uses to show what Heed knows of the customer, per language (en, vi, ms, id, lv; English
/// otherwise). Dates are written `yyyy-MM-dd`, the same in every language.
enum PersonalPhrases {
    /// Level 1: an item of the customer's, named in their message.
    static func purchase(_ language: String, item: String, order: String, date: String) -> String {
        switch language {
        case "vi": "Mình thấy bạn đã mua \(item) trong đơn hàng \(order) ngày \(date)."
        case "ms": "Saya lihat anda membeli \(item) dalam pesanan \(order) pada \(date)."
        case "id": "Saya lihat Anda membeli \(item) dalam pesanan \(order) pada \(date)."
        case "lv": "Redzu, ka \(date) iegādājāties \(item) (pasūtījums \(order))."
        default: "I see you bought the \(item) with order \(order) on \(date)."
        }
    }

    /// Level 1: the item's warranty, still running or over.
    static func warranty(_ language: String, until date: String, running: Bool) -> String {
        switch (language, running) {
        case ("vi", true): "Sản phẩm còn bảo hành đến \(date)."
        case ("vi", false): "Bảo hành của sản phẩm đã hết vào \(date)."
        case ("ms", true): "Waranti masih sah sehingga \(date)."
        case ("ms", false): "Waranti telah tamat pada \(date)."
        case ("id", true): "Garansinya masih berlaku sampai \(date)."
        case ("id", false): "Garansinya sudah berakhir pada \(date)."
        case ("lv", true): "Garantija ir spēkā līdz \(date)."
        case ("lv", false): "Garantija beidzās \(date)."
        case (_, true): "Its warranty runs until \(date)."
        case (_, false): "Its warranty ended on \(date)."
        }
    }

    /// Level 2: a product the customer looked at recently.
    static func viewedProduct(_ language: String, product: String) -> String {
        switch language {
        case "vi": "Mình thấy bạn vừa xem \(product)."
        case "ms": "Saya lihat anda baru melihat \(product)."
        case "id": "Saya lihat Anda baru saja melihat \(product)."
        case "lv": "Redzu, ka nesen apskatījāt \(product)."
        default: "I see you were looking at the \(product)."
        }
    }

    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
