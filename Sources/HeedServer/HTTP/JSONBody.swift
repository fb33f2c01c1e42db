import Foundation
import HeedCore
import Hummingbird

/// Reads JSON request bodies within the configured size limit and explains what is wrong with bad ones.
struct JSONBodyReader: Sendable {
    let maxBodyBytes: Int

    /// Decodes the body as `T`: 413 when too large, 400 when not JSON, 422 when fields are missing or mistyped.
    func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        try Self.requireJSONContentType(request.headers[.contentType])
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            throw Self.tooLarge(maxBodyBytes)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBodyBytes)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw Self.tooLarge(maxBodyBytes)
        }
        guard buffer.readableBytes > 0 else {
            throw HeedError(.badRequest, code: .malformedJSON, message: "The request body must be a JSON object.")
        }
        let data = Data(buffer.readableBytesView)
        do {
            return try HeedJSON.makeDecoder().decode(type, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            // Foundation reports a fraction where a whole number belongs as "not valid JSON": tell the two apart.
            throw DecodingMessages.misreadBody(data)
        } catch let error as DecodingError {
            throw Self.explain(error)
        } catch let error as HeedError {
            throw error
        }
    }

    /// 415 unless the body is declared as JSON (`application/json` or a `+json` type): a browser can send
    /// `text/plain` or form bodies across sites without asking, so accepting them would allow request forgery.
    static func requireJSONContentType(_ header: String?) throws {
        let mediaType = header?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json"))
        else {
            throw HeedError(
                .unsupportedMediaType, code: .unsupportedMediaType,
                message: "Send the body as JSON with 'Content-Type: application/json'.")
        }
    }

    static func tooLarge(_ limit: Int) -> HeedError {
        HeedError(.payloadTooLarge, code: .payloadTooLarge, message: "The request body is larger than \(limit) bytes.")
    }

    /// Maps a decoding failure to a client error naming the field.
    static func explain(_ error: DecodingError) -> HeedError {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
                .replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return HeedError(.badRequest, code: .malformedJSON, message: "The request body is not valid JSON.")
        case .dataCorrupted(let context):
            return HeedError(
                .unprocessable, code: .invalidField,
                message: DecodingMessages.invalidValue(
                    field: path(context.codingPath), description: context.debugDescription))
        case .typeMismatch(let expected, let context):
            let field = path(context.codingPath)
            if field.isEmpty {
                return HeedError(.badRequest, code: .malformedJSON, message: "The request body must be a JSON object.")
            }
            return HeedError(
                .unprocessable, code: .invalidField,
                message: "Field '\(field)' must be \(describe(expected)).")
        case .keyNotFound(let key, let context):
            return HeedError(
                .unprocessable, code: .missingField,
                message: "Field '\(path(context.codingPath + [key]))' is required.")
        case .valueNotFound(let expected, let context):
            return HeedError(
                .unprocessable, code: .missingField,
                message: "Field '\(path(context.codingPath))' must be \(describe(expected)), not null.")
        @unknown default:
            return HeedError(.unprocessable, code: .invalidField, message: "The request body is not valid.")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is UUID.Type: "a UUID string"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object of the documented shape"
        }
    }
}
