extension OrderPhrasebook {
    static let vietnamese: [OrderPhrase: String] = [
        .askIdentity: """
            Trước khi xem đơn hàng, tôi cần xác nhận danh tính của bạn. Vui lòng gửi địa chỉ e-mail của tài khoản \
            kèm mã đơn hàng (hoặc họ, tên và mã bưu chính).
            """,
        .identityFailed: """
            Tôi chưa thể xác nhận danh tính với các thông tin này. Vui lòng kiểm tra lại e-mail và mã đơn hàng \
            (hoặc họ tên và mã bưu chính) rồi thử lại.
            """,
        .askOrderNumberToo: "Cảm ơn bạn. Vui lòng gửi thêm một mã đơn hàng của bạn để tôi xác nhận.",
        .whichOrder: "Bạn muốn hỏi đơn hàng nào? Các đơn của bạn:\n{list}\nVui lòng trả lời bằng mã đơn hàng.",
        .orderListLine: "- {order}: {items} ({status})",
        .noOrders: "Tôi không tìm thấy đơn hàng nào trong tài khoản của bạn.",
        .noneCancellable: "Hiện không có đơn nào của bạn có thể hủy: chỉ hủy được đơn chưa được xử lý.",
        .noneReturnable: "Hiện không có đơn nào của bạn có thể trả lại: chỉ trả lại được đơn đã giao.",
        .noneChangeable: "Hiện không có đơn nào của bạn có thể đổi địa chỉ: chỉ đổi được đơn chưa được xử lý.",
        .notFound: "Tôi không tìm thấy đơn {order} trong các đơn hàng của bạn. Vui lòng kiểm tra lại mã đơn.",
        .status: "Đơn hàng {order} ({items}): {status}.",
        .trackingLine: "Mã vận đơn: {tracking}.",
        .trackingCarrier: "Mã vận đơn: {tracking} ({carrier}).",
        .noTrackingYet: "Đơn chưa có mã vận đơn.",
        .warrantyUntil: "Đơn hàng {order} ({items}) của bạn được bảo hành đến ngày {date}.",
        .warrantyExpired: "Bảo hành của đơn hàng {order} đã hết vào ngày {date}.",
        .warrantyUnknown: "Tôi không có thông tin bảo hành cho đơn hàng {order}.",
        .cannotCancel: "Không thể hủy đơn {order}: đơn đang ở trạng thái {status}.",
        .cannotReturn: "Không thể trả lại đơn {order}: đơn đang ở trạng thái {status}. Chỉ trả lại được đơn đã giao.",
        .cannotChangeAddress: "Không thể đổi địa chỉ của đơn {order}: đơn đang ở trạng thái {status}.",
        .changesIntro: "Những thay đổi sẽ được thực hiện:",
        .confirmQuestion: "Bạn có đồng ý không? Trả lời \"có\" để xác nhận; nếu trả lời khác, mọi thứ sẽ giữ nguyên.",
        .changeCancel: "- Đơn hàng {order} ({items}) sẽ bị hủy.",
        .changeRefund: "- {amount} sẽ được hoàn vào {method} {timing}.",
        .changeReturn: "- Trả lại {items} của đơn {order}; {amount} sẽ được hoàn vào {method}.",
        .changeAddress: "- Đơn hàng {order} sẽ được giao đến {address} thay vì {old}.",
        .doneCancel: "Xong: đơn hàng {order} đã được hủy.",
        .doneRefund: "{amount} được hoàn vào {method} {timing}.",
        .doneReturn: """
            Xong: đã ghi nhận yêu cầu trả lại {items} của đơn {order}; {amount} sẽ được hoàn vào {method}. Bạn sẽ \
            nhận e-mail hướng dẫn gửi trả hàng.
            """,
        .doneAddress: "Xong: đơn hàng {order} sẽ được giao đến {address}.",
        .declined: "Vâng, tôi chưa thay đổi gì cả.",
        .askItems: "Bạn muốn trả lại sản phẩm nào của đơn {order}?\n{list}",
        .askAddress: "Địa chỉ giao hàng mới cho đơn {order} là gì? Vui lòng ghi theo dạng: số nhà và đường, thành phố, mã bưu chính, quốc gia.",
        .failed: "Tôi chưa thể thực hiện việc này: {reason}.",
        .timingNow: "ngay lập tức",
        .timingDays: "trong 5 đến 7 ngày làm việc",
        .statusPending: "đã nhận và đang chuẩn bị, chưa được gửi đi",
        .statusPendingModified: "đã nhận, sản phẩm đã được thay đổi, chưa được gửi đi",
        .statusProcessed: "đang được xử lý để giao",
        .statusShipped: "đã được gửi đi và đang trên đường giao",
        .statusDelivered: "đã giao",
        .statusCancelled: "đã hủy",
        .statusReturnRequested: "đang chờ bạn gửi trả hàng",
        .statusExchangeRequested: "đang chờ đổi hàng",
        .statusReturned: "đã trả lại",
    ]
}
