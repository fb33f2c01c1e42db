import Foundation
import HeedCore
import Hummingbird

extension RequestContext {
    /// The UUID in path parameter `name`; a malformed id is a 404 for `resource`, like an unknown one.
    func uuidParameter(_ name: String = "id", resource: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else {
            throw HeedError.notFound(resource)
        }
        return id
    }
}

extension Request {
    /// Page position and size from `?cursor=` and `?limit=` (1–200, default 50).
    func pageRequest() throws -> PageRequest {
        let query = uri.queryParameters
        var limit = 50
        if let text = query.get("limit") {
            guard let value = Int(text), (1...PageRequest.maximumLimit).contains(value) else {
                throw HeedError(
                    .badRequest, code: .invalidQuery,
                    message: "Query parameter 'limit' must be a whole number from 1 to \(PageRequest.maximumLimit).")
            }
            limit = value
        }
        let cursor = query.get("cursor").flatMap { $0.isEmpty ? nil : $0 }
        return PageRequest(cursor: cursor, limit: limit)
    }

    /// Query parameter `name` parsed as an enum value, with a clear error listing the allowed values.
    func queryEnum<E: RawRepresentable & CaseIterable>(_ name: String, as type: E.Type) throws -> E?
    where E.RawValue == String {
        guard let text = uri.queryParameters.get(name), !text.isEmpty else { return nil }
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw HeedError(
                .badRequest, code: .invalidQuery, message: "Query parameter '\(name)' must be one of: \(allowed).")
        }
        return value
    }

    /// Query parameter `name` as a whole number within `range`, with a clear error naming the range.
    func queryInt(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = uri.queryParameters.get(name), !text.isEmpty else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw HeedError(
                .badRequest, code: .invalidQuery,
                message: "Query parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return value
    }

    /// Query parameter `name` parsed as a UUID.
    func queryUUID(_ name: String) throws -> UUID? {
        guard let text = uri.queryParameters.get(name), !text.isEmpty else { return nil }
        guard let value = UUID(uuidString: text) else {
            throw HeedError(.badRequest, code: .invalidQuery, message: "Query parameter '\(name)' must be a UUID.")
        }
        return value
    }

    /// Query parameter `name` as `true` or `false`.
    func queryBool(_ name: String) throws -> Bool? {
        guard let text = uri.queryParameters.get(name), !text.isEmpty else { return nil }
        switch text.lowercased() {
        case "true", "1": return true
        case "false", "0": return false
        default:
            throw HeedError(.badRequest, code: .invalidQuery, message: "Query parameter '\(name)' must be true or false.")
        }
    }
}
