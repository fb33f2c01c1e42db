import Foundation
import HeedCore
import Hummingbird

/// Builds JSON responses with Heed's encoding conventions.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try HeedJSON.makeEncoder().encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A list page: `{"data": [...], "next_cursor": "…" | null}`.
    static func page<Item: Encodable & Sendable>(_ page: Page<Item>) throws -> Response {
        try make(ListBody(data: page.items, nextCursor: page.nextCursor))
    }

    /// An empty 204 response.
    static func noContent() -> Response {
        Response(status: .noContent)
    }
}

/// The JSON shape of every list.
struct ListBody<Item: Encodable>: Encodable {
    let data: [Item]
    let nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case data
        case nextCursor = "next_cursor"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(data, forKey: .data)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}
