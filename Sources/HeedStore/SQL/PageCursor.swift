import Foundation
import HeedCore

/// The opaque position after the last item of a page: the item's order value and id, base64url-encoded.
struct PageCursor: Sendable, Equatable {
    let orderValue: Int64
    let id: String

    init(orderValue: Int64, id: String) {
        self.orderValue = orderValue
        self.id = id
    }

    /// Decodes a cursor a client sent back; throws `invalid_cursor` for anything Heed did not issue.
    init(encoded: String) throws {
        let invalid = HeedError(
            .badRequest, code: .invalidCursor, message: "The cursor is not one this server issued.")
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else {
            throw invalid
        }
        let parts = text.split(separator: "|", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "v1", let value = Int64(parts[1]), UUID(uuidString: String(parts[2])) != nil
        else { throw invalid }
        self.orderValue = value
        self.id = String(parts[2])
    }

    var encoded: String {
        Data("v1|\(orderValue)|\(id)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
