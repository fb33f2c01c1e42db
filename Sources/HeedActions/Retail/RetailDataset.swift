import Foundation
import HeedCore

/// A retail data set: `users.json`, `products.json` and `orders.json` of one folder (the τ-bench retail shape).
public struct RetailDataset: Sendable {
    /// Users by user id, in a stable order (by id).
    let users: [(id: String, record: RetailUserRecord)]
    let products: [RetailProductRecord]
    /// Orders by number.
    let orders: [String: RetailOrderRecord]

    public var userCount: Int { users.count }
    public var productCount: Int { products.count }
    public var orderCount: Int { orders.count }

    /// Reads the three files of `folder`; a missing or malformed file is an `invalid_file` ``HeedError`` that
    /// names it.
    public static func load(from folder: URL) throws -> RetailDataset {
        let users: [String: RetailUserRecord] = try read("users.json", in: folder)
        let products: [String: RetailProductRecord] = try read("products.json", in: folder)
        let orders: [String: RetailOrderRecord] = try read("orders.json", in: folder)
        for (number, order) in orders where users[order.userID] == nil {
            throw HeedError(
                .unprocessable, code: .invalidFile,
                message: "orders.json: order \(number) belongs to user \(order.userID), who is not in users.json.")
        }
        return RetailDataset(
            users: users.sorted { $0.key < $1.key }.map { (id: $0.key, record: $0.value) },
            products: products.values.sorted { $0.productID < $1.productID }, orders: orders)
    }

    private static func read<T: Decodable>(_ name: String, in folder: URL) throws -> T {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw HeedError(.unprocessable, code: .invalidFile, message: "\(name) is missing in \(folder.path).")
        }
        do {
            return try JSONDecoder().decode(T.self, from: try Data(contentsOf: url))
        } catch let error as DecodingError {
            throw HeedError(
                .unprocessable, code: .invalidFile, message: "\(name) is not valid retail data: \(describe(error)).")
        } catch {
            throw HeedError(.unprocessable, code: .invalidFile, message: "\(name) cannot be read: \(error).")
        }
    }

    /// Where and why decoding failed, in a line.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "at the top level" : "at \(keys.joined(separator: "."))"
        }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription) (\(path(context)))"
        case .keyNotFound(let key, let context):
            return "missing '\(key.stringValue)' (\(path(context)))"
        case .dataCorrupted(let context):
            return "\(context.debugDescription) (\(path(context)))"
        @unknown default:
            return "\(error)"
        }
    }
}
