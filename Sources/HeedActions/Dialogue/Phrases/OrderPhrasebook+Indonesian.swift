extension OrderPhrasebook {
    static let indonesian: [OrderPhrase: String] = [
        .askIdentity: """
            Sebelum melihat pesanan Anda, saya perlu memastikan identitas Anda. Silakan kirim alamat e-mail akun \
            Anda beserta nomor pesanan (atau nama depan, nama belakang, dan kode pos).
            """,
        .identityFailed: """
            Saya tidak dapat memastikan identitas Anda dengan data tersebut. Silakan periksa alamat e-mail dan nomor \
            pesanan (atau nama dan kode pos) lalu coba lagi.
            """,
        .askOrderNumberToo: "Terima kasih. Silakan kirim juga salah satu nomor pesanan Anda agar saya bisa memastikannya.",
        .whichOrder: "Pesanan yang mana? Pesanan Anda:\n{list}\nSilakan balas dengan nomor pesanan.",
        .orderListLine: "- {order}: {items} ({status})",
        .noOrders: "Saya tidak menemukan pesanan apa pun di akun Anda.",
        .noneCancellable: "Tidak ada pesanan Anda yang bisa dibatalkan sekarang: hanya pesanan yang belum diproses.",
        .noneReturnable: "Tidak ada pesanan Anda yang bisa dikembalikan sekarang: hanya pesanan yang sudah diterima.",
        .noneChangeable: "Tidak ada pesanan Anda yang alamatnya bisa diubah sekarang: hanya pesanan yang belum diproses.",
        .notFound: "Saya tidak menemukan pesanan {order} di antara pesanan Anda. Silakan periksa nomornya.",
        .status: "Pesanan {order} ({items}): {status}.",
        .trackingLine: "Nomor resi: {tracking}.",
        .trackingCarrier: "Nomor resi: {tracking} ({carrier}).",
        .noTrackingYet: "Pesanan ini belum memiliki nomor resi.",
        .warrantyUntil: "Pesanan {order} ({items}) Anda bergaransi hingga {date}.",
        .warrantyExpired: "Garansi pesanan {order} Anda berakhir pada {date}.",
        .warrantyUnknown: "Saya tidak memiliki informasi garansi untuk pesanan {order} Anda.",
        .cannotCancel: "Pesanan {order} tidak bisa dibatalkan: statusnya {status}.",
        .cannotReturn: "Pesanan {order} tidak bisa dikembalikan: statusnya {status}. Hanya pesanan yang sudah diterima yang bisa dikembalikan.",
        .cannotChangeAddress: "Alamat pesanan {order} tidak bisa diubah: statusnya {status}.",
        .changesIntro: "Berikut perubahan yang akan dilakukan:",
        .confirmQuestion: "Boleh saya lanjutkan? Balas \"ya\" untuk konfirmasi; jawaban lain tidak akan mengubah apa pun.",
        .changeCancel: "- Pesanan {order} ({items}) akan dibatalkan.",
        .changeRefund: "- {amount} akan dikembalikan ke {method} {timing}.",
        .changeReturn: "- Pengembalian {items} dari pesanan {order}; {amount} akan dikembalikan ke {method}.",
        .changeAddress: "- Pesanan {order} akan dikirim ke {address}, bukan ke {old}.",
        .doneCancel: "Selesai: pesanan {order} sudah dibatalkan.",
        .doneRefund: "{amount} dikembalikan ke {method} {timing}.",
        .doneReturn: """
            Selesai: pengembalian {items} dari pesanan {order} sudah diajukan; {amount} akan dikembalikan ke \
            {method}. Anda akan menerima e-mail tentang cara mengirim barangnya kembali.
            """,
        .doneAddress: "Selesai: pesanan {order} akan dikirim ke {address}.",
        .declined: "Baik, saya tidak mengubah apa pun.",
        .askItems: "Barang mana dari pesanan {order} yang ingin Anda kembalikan?\n{list}",
        .askAddress: "Apa alamat pengiriman baru untuk pesanan {order}? Silakan tulis seperti ini: jalan, kota, kode pos, negara.",
        .failed: "Saya tidak dapat menyelesaikannya: {reason}.",
        .timingNow: "saat ini juga",
        .timingDays: "dalam 5 sampai 7 hari kerja",
        .statusPending: "sudah diterima dan sedang disiapkan; belum dikirim",
        .statusPendingModified: "sudah diterima dengan barang yang diubah; belum dikirim",
        .statusProcessed: "sedang diproses untuk dikirim",
        .statusShipped: "sudah dikirim dan dalam perjalanan",
        .statusDelivered: "sudah diterima",
        .statusCancelled: "dibatalkan",
        .statusReturnRequested: "menunggu pengembalian Anda",
        .statusExchangeRequested: "menunggu penukaran Anda",
        .statusReturned: "sudah dikembalikan",
    ]
}
