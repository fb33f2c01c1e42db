/// One page of a list, with the cursor of the next page (nil on the last page).
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

/// Where a list starts and how long it may be.
public struct PageRequest: Sendable, Hashable {
    /// The opaque cursor a previous page returned, or nil for the first page.
    public var cursor: String?
    public var limit: Int

    /// The largest page size allowed.
    public static let maximumLimit = 200

    public init(cursor: String? = nil, limit: Int = 50) {
        self.cursor = cursor
        self.limit = min(max(limit, 1), Self.maximumLimit)
    }
}
