extension OrderPhrasebook {
    static let malay: [OrderPhrase: String] = [
        .askIdentity: """
            Sebelum saya melihat pesanan anda, saya perlu mengesahkan identiti anda. Sila hantar alamat e-mel akaun \
            anda bersama nombor pesanan (atau nama pertama, nama akhir dan poskod).
            """,
        .identityFailed: """
            Saya tidak dapat mengesahkan identiti anda dengan butiran itu. Sila semak alamat e-mel dan nombor pesanan \
            (atau nama dan poskod) dan cuba lagi.
            """,
        .askOrderNumberToo: "Terima kasih. Sila hantar juga salah satu nombor pesanan anda supaya saya boleh mengesahkannya.",
        .whichOrder: "Pesanan yang mana satu? Pesanan anda:\n{list}\nSila balas dengan nombor pesanan.",
        .orderListLine: "- {order}: {items} ({status})",
        .noOrders: "Saya tidak menemui sebarang pesanan dalam akaun anda.",
        .noneCancellable: "Tiada pesanan anda yang boleh dibatalkan sekarang: hanya pesanan yang belum diproses boleh dibatalkan.",
        .noneReturnable: "Tiada pesanan anda yang boleh dipulangkan sekarang: hanya pesanan yang telah dihantar boleh dipulangkan.",
        .noneChangeable: "Tiada pesanan anda yang boleh ditukar alamatnya sekarang: hanya pesanan yang belum diproses.",
        .notFound: "Saya tidak menemui pesanan {order} dalam senarai pesanan anda. Sila semak nombornya.",
        .status: "Pesanan {order} ({items}): {status}.",
        .trackingLine: "Nombor penjejakan: {tracking}.",
        .trackingCarrier: "Nombor penjejakan: {tracking} ({carrier}).",
        .noTrackingYet: "Pesanan ini belum ada nombor penjejakan.",
        .warrantyUntil: "Pesanan {order} ({items}) anda di bawah waranti sehingga {date}.",
        .warrantyExpired: "Waranti pesanan {order} anda telah tamat pada {date}.",
        .warrantyUnknown: "Saya tiada maklumat waranti untuk pesanan {order} anda.",
        .cannotCancel: "Pesanan {order} tidak boleh dibatalkan: statusnya {status}.",
        .cannotReturn: "Pesanan {order} tidak boleh dipulangkan: statusnya {status}. Hanya pesanan yang telah dihantar boleh dipulangkan.",
        .cannotChangeAddress: "Alamat pesanan {order} tidak boleh ditukar: statusnya {status}.",
        .changesIntro: "Inilah perubahan yang akan dibuat:",
        .confirmQuestion: "Boleh saya teruskan? Balas \"ya\" untuk mengesahkan; jawapan lain tidak akan mengubah apa-apa.",
        .changeCancel: "- Pesanan {order} ({items}) akan dibatalkan.",
        .changeRefund: "- {amount} akan dikembalikan ke {method} {timing}.",
        .changeReturn: "- Pemulangan {items} daripada pesanan {order}; {amount} akan dikembalikan ke {method}.",
        .changeAddress: "- Pesanan {order} akan dihantar ke {address} dan bukan ke {old}.",
        .doneCancel: "Selesai: pesanan {order} telah dibatalkan.",
        .doneRefund: "{amount} dikembalikan ke {method} {timing}.",
        .doneReturn: """
            Selesai: pemulangan {items} daripada pesanan {order} telah diminta; {amount} akan dikembalikan ke \
            {method}. Anda akan menerima e-mel tentang cara menghantar barang kembali.
            """,
        .doneAddress: "Selesai: pesanan {order} akan dihantar ke {address}.",
        .declined: "Baiklah, saya tidak mengubah apa-apa.",
        .askItems: "Barang yang mana daripada pesanan {order} yang ingin anda pulangkan?\n{list}",
        .askAddress: "Apakah alamat penghantaran baharu untuk pesanan {order}? Sila tulis begini: jalan, bandar, poskod, negara.",
        .failed: "Saya tidak dapat menyelesaikannya: {reason}.",
        .timingNow: "serta-merta",
        .timingDays: "dalam 5 hingga 7 hari bekerja",
        .statusPending: "diterima dan sedang disediakan; belum dihantar",
        .statusPendingModified: "diterima dengan barang yang ditukar; belum dihantar",
        .statusProcessed: "sedang diproses untuk penghantaran",
        .statusShipped: "telah dihantar dan dalam perjalanan",
        .statusDelivered: "telah sampai",
        .statusCancelled: "dibatalkan",
        .statusReturnRequested: "menunggu pemulangan anda",
        .statusExchangeRequested: "menunggu pertukaran anda",
        .statusReturned: "telah dipulangkan",
    ]
}
