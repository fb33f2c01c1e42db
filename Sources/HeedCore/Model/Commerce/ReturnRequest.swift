/// A requested return of some of a delivered order's items.
public struct ReturnRequest: Sendable, Codable, Hashable {
    /// The variant ids to return, sorted; an id appears once per unit.
    public var itemIDs: [String]
    /// Where the refund goes.
    public var refundPaymentMethodID: String

    public init(itemIDs: [String], refundPaymentMethodID: String) {
        self.itemIDs = itemIDs
        self.refundPaymentMethodID = refundPaymentMethodID
    }

    enum CodingKeys: String, CodingKey {
        case itemIDs = "item_ids"
        case refundPaymentMethodID = "refund_payment_method_id"
    }
}
