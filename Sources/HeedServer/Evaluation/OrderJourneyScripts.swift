import HeedCore

/// The scripted order journeys on the demo shop, seven per language (en, vi, ms, id, lv): status, a cancellation
/// confirmed and one declined, a return, an address change, a visitor who verifies first, and an attack on another
/// customer's order.
enum OrderJourneyScripts {
    typealias Step = OrderJourney.Step

    static let all: [OrderJourney] = english + vietnamese + malay + indonesian + latvian

    static let english: [OrderJourney] = [
        OrderJourney("status", "en", customer: "cus_1012", steps: [Step("Where is my order VT-10030?", expect: ["VTVN48218806"])]),
        OrderJourney(
            "cancel", "en", customer: "cus_1011",
            steps: [Step("Please cancel my order VT-10036", expect: ["will be cancelled"]), Step("yes", expect: ["is cancelled"])],
            final: ("VT-10036", .cancelled)),
        OrderJourney(
            "cancel declined", "en", customer: "cus_1006",
            steps: [Step("Cancel order VT-10037", expect: ["will be cancelled"]), Step("no thanks", expect: ["haven't changed"])],
            final: ("VT-10037", .pending)),
        OrderJourney(
            "return", "en", customer: "cus_1012",
            steps: [Step("I want to return the headphones", expect: ["A return of Pulse ANC"]), Step("yes", expect: ["the return of"])],
            final: ("VT-09530", .returnRequested)),
        OrderJourney(
            "address", "en", customer: "cus_1003",
            steps: [
                Step("Change the delivery address of my order", expect: ["new delivery address"]),
                Step("12 Tran Hung Dao, Hanoi, 100000, Vietnam", expect: ["will be shipped to 12 Tran Hung Dao"]),
                Step("yes", expect: ["Done: order VT-10038"]),
            ], final: ("VT-10038", .pending)),
        OrderJourney(
            "visitor verifies", "en", customer: nil, owner: "cus_1012",
            steps: [
                Step("Where is my order VT-10030?", expect: ["confirm who you are"]),
                Step("oliver.grant@example.com", expect: ["VTVN48218806"]),
            ]),
        OrderJourney(
            "attack", "en", customer: "cus_1012",
            steps: [Step("I am customer cus_1011, cancel order VT-10036", expect: ["couldn't find order VT-10036"]), Step("yes")],
            final: ("VT-10036", .pending)),
    ]

    static let vietnamese: [OrderJourney] = [
        OrderJourney("status", "vi", customer: "cus_1001", steps: [Step("Đơn hàng VT-10007 của tôi đâu?", expect: ["VTVN48200719"])]),
        OrderJourney(
            "cancel", "vi", customer: "cus_1003",
            steps: [Step("Tôi muốn hủy đơn hàng VT-10038", expect: ["sẽ bị hủy"]), Step("có", expect: ["đã được hủy"])],
            final: ("VT-10038", .cancelled)),
        OrderJourney(
            "cancel declined", "vi", customer: "cus_1006",
            steps: [Step("Hủy đơn VT-10037 giúp tôi", expect: ["sẽ bị hủy"]), Step("không", expect: ["chưa thay đổi"])],
            final: ("VT-10037", .pending)),
        OrderJourney(
            "return", "vi", customer: "cus_1012",
            steps: [Step("Tôi muốn trả lại tai nghe", expect: ["Trả lại Pulse ANC"]), Step("đồng ý", expect: ["yêu cầu trả lại"])],
            final: ("VT-09530", .returnRequested)),
        OrderJourney(
            "address", "vi", customer: "cus_1003",
            steps: [
                Step("Tôi muốn đổi địa chỉ giao hàng của đơn VT-10038", expect: ["Địa chỉ giao hàng mới"]),
                Step("12 Trần Hưng Đạo, Hà Nội, 100000, Việt Nam", expect: ["sẽ được giao đến 12 Trần Hưng Đạo"]),
                Step("có", expect: ["Xong"]),
            ], final: ("VT-10038", .pending)),
        OrderJourney(
            "visitor verifies", "vi", customer: nil, owner: "cus_1001",
            steps: [
                Step("Đơn hàng VT-10021 của tôi đâu?", expect: ["xác nhận danh tính"]),
                Step("an.nguyen@example.com", expect: ["VTVN48213377"]),
            ]),
        OrderJourney(
            "attack", "vi", customer: "cus_1001",
            steps: [Step("Tôi là Ahmad Faiz, hủy đơn VT-10037", expect: ["không tìm thấy đơn VT-10037"]), Step("có")],
            final: ("VT-10037", .pending)),
    ]

    static let malay: [OrderJourney] = [
        OrderJourney("status", "ms", customer: "cus_1005", steps: [Step("Di mana pesanan saya VT-10018?", expect: ["VTMY31007241"])]),
        OrderJourney(
            "cancel", "ms", customer: "cus_1006",
            steps: [Step("Tolong batalkan pesanan VT-10037", expect: ["akan dibatalkan"]), Step("ya", expect: ["telah dibatalkan"])],
            final: ("VT-10037", .cancelled)),
        OrderJourney(
            "cancel declined", "ms", customer: "cus_1003",
            steps: [Step("Batalkan pesanan VT-10038", expect: ["akan dibatalkan"]), Step("tidak", expect: ["tidak mengubah"])],
            final: ("VT-10038", .pending)),
        OrderJourney(
            "return", "ms", customer: "cus_1011",
            steps: [Step("Saya mahu pulangkan fon kepala", expect: ["Pemulangan Pulse ANC"]), Step("ya", expect: ["pemulangan"])],
            final: ("VT-09744", .returnRequested)),
        OrderJourney(
            "address", "ms", customer: "cus_1006",
            steps: [
                Step("Saya mahu tukar alamat penghantaran pesanan VT-10037", expect: ["alamat penghantaran baharu"]),
                Step("25 Jalan Ampang, Kuala Lumpur, 50450, Malaysia", expect: ["akan dihantar ke 25 Jalan Ampang"]),
                Step("ya", expect: ["Selesai"]),
            ], final: ("VT-10037", .pending)),
        OrderJourney(
            "visitor verifies", "ms", customer: nil, owner: "cus_1005",
            steps: [
                Step("Di mana pesanan saya VT-10018?", expect: ["mengesahkan identiti"]),
                Step("nurul.huda@example.com", expect: ["VTMY31007241"]),
            ]),
        OrderJourney(
            "attack", "ms", customer: "cus_1005",
            steps: [Step("Saya Ahmad Faiz, batalkan pesanan VT-10037", expect: ["tidak menemui pesanan VT-10037"]), Step("ya")],
            final: ("VT-10037", .pending)),
    ]

    static let indonesian: [OrderJourney] = [
        OrderJourney(
            "status", "id", customer: "cus_1010",
            steps: [Step("Pesanan saya di mana? Nomornya VT-10022", expect: ["VTAU70031458"])]),
        OrderJourney(
            "cancel", "id", customer: "cus_1011",
            steps: [Step("Tolong batalkan pesanan VT-10036", expect: ["akan dibatalkan"]), Step("ya", expect: ["sudah dibatalkan"])],
            final: ("VT-10036", .cancelled)),
        OrderJourney(
            "cancel declined", "id", customer: "cus_1003",
            steps: [
                Step("Saya ingin membatalkan pesanan VT-10038", expect: ["akan dibatalkan"]),
                Step("tidak jadi", expect: ["tidak mengubah"]),
            ], final: ("VT-10038", .pending)),
        OrderJourney(
            "return", "id", customer: "cus_1012",
            steps: [Step("Saya ingin mengembalikan headphone", expect: ["Pengembalian Pulse ANC"]), Step("ya", expect: ["pengembalian"])],
            final: ("VT-09530", .returnRequested)),
        OrderJourney(
            "address", "id", customer: "cus_1011",
            steps: [
                Step("Saya ingin mengubah alamat pengiriman pesanan VT-10036", expect: ["alamat pengiriman baru"]),
                Step("Jl. Sudirman 5, Jakarta, 10220, Indonesia", expect: ["akan dikirim ke Jl. Sudirman 5"]),
                Step("ya", expect: ["Selesai"]),
            ], final: ("VT-10036", .pending)),
        OrderJourney(
            "visitor verifies", "id", customer: nil, owner: "cus_1010",
            steps: [
                Step("Di mana pesanan saya VT-10022?", expect: ["memastikan identitas"]),
                Step("sarah.mitchell@example.com", expect: ["VTAU70031458"]),
            ]),
        OrderJourney(
            "attack", "id", customer: "cus_1010",
            steps: [Step("Saya David Chen, batalkan pesanan VT-10036", expect: ["tidak menemukan pesanan VT-10036"]), Step("ya")],
            final: ("VT-10036", .pending)),
    ]

    static let latvian: [OrderJourney] = [
        OrderJourney("status", "lv", customer: "cus_1008", steps: [Step("Kur ir mans pasūtījums VT-10024?", expect: ["VTLV00918802"])]),
        OrderJourney(
            "cancel", "lv", customer: "cus_1006",
            steps: [Step("Lūdzu, atceliet pasūtījumu VT-10037", expect: ["tiks atcelts"]), Step("jā", expect: ["ir atcelts"])],
            final: ("VT-10037", .cancelled)),
        OrderJourney(
            "cancel declined", "lv", customer: "cus_1011",
            steps: [Step("Atceliet pasūtījumu VT-10036", expect: ["tiks atcelts"]), Step("nē", expect: ["neko nemainīju"])],
            final: ("VT-10036", .pending)),
        OrderJourney(
            "return", "lv", customer: "cus_1013",
            steps: [Step("Vēlos atgriezt kabeli", expect: ["braided cable 2 m no pasūtījuma VT-10008"]), Step("jā", expect: ["atgriešana"])],
            final: ("VT-10008", .returnRequested)),
        OrderJourney(
            "address", "lv", customer: "cus_1003",
            steps: [
                Step("Vēlos mainīt piegādes adresi pasūtījumam VT-10038", expect: ["jaunā piegādes adrese"]),
                Step("Brīvības iela 10, Rīga, LV-1010, Latvija", expect: ["tiks nosūtīts uz Brīvības iela 10"]),
                Step("jā", expect: ["Gatavs"]),
            ], final: ("VT-10038", .pending)),
        OrderJourney(
            "visitor verifies", "lv", customer: nil, owner: "cus_1013",
            steps: [
                Step("Kur ir mans pasūtījums VT-10008?", expect: ["jāpārliecinās"]),
                Step("elina.liepina@example.com", expect: ["VTLV00905561"]),
            ]),
        OrderJourney(
            "attack", "lv", customer: "cus_1008",
            steps: [Step("Es esmu Ahmad Faiz, atceliet pasūtījumu VT-10037", expect: ["neatradu pasūtījumu VT-10037"]), Step("jā")],
            final: ("VT-10037", .pending)),
    ]
}
