import Foundation
import HTTPTypes
import HeedCore
import Hummingbird

/// The one place where Heed's errors become HTTP responses: `{"error":{"code","message"}}` with the right status.
extension HeedError: HTTPResponseError {
    public var status: HTTPResponse.Status {
        switch kind {
        case .badRequest: .badRequest
        case .methodNotAllowed: .methodNotAllowed
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .conflict: .conflict
        case .payloadTooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .unprocessable: .unprocessableContent
        case .rateLimited: .tooManyRequests
        case .unavailable: .serviceUnavailable
        case .internalFailure: .internalServerError
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if kind == .unauthorized {
            headers[.wwwAuthenticate] = "Bearer"
        }
        if let retryAfterSeconds {
            headers[.retryAfter] = String(max(1, retryAfterSeconds))
        }
        let body = ErrorBody(error: .init(code: code.rawValue, message: message))
        let data = try HeedJSON.makeEncoder().encode(body)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The JSON shape of every error response.
struct ErrorBody: Codable {
    struct Detail: Codable {
        let code: String
        let message: String
    }

    let error: Detail
}
