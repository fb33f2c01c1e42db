import Foundation
import HeedCore

/// One tool call of a task's ground truth.
public struct ToolTaskAction: Sendable, Codable, Hashable {
    public var name: String
    public var arguments: JSONValue

    public init(name: String, arguments: JSONValue) {
        self.name = name
        self.arguments = arguments
    }

    enum CodingKeys: String, CodingKey {
        case name
        case arguments = "kwargs"
    }
}

/// A task of a tool-use data set (the τ-bench task shape): the customer, the actions that solve it, and strings
/// the results must contain.
public struct ToolTask: Sendable, Codable, Hashable {
    /// The customer's user id (their external id in Heed).
    public var userID: String
    public var actions: [ToolTaskAction]
    public var outputs: [String]

    public init(userID: String, actions: [ToolTaskAction], outputs: [String] = []) {
        self.userID = userID
        self.actions = actions
        self.outputs = outputs
    }

    enum CodingKeys: String, CodingKey {
        case actions, outputs
        case userID = "user_id"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        userID = try container.decode(String.self, forKey: .userID)
        actions = try container.decode([ToolTaskAction].self, forKey: .actions)
        outputs = try container.decodeIfPresent([String].self, forKey: .outputs) ?? []
    }

    /// The tasks of a JSON file holding a list of tasks; an `invalid_file` ``HeedError`` when it cannot be read.
    public static func load(from url: URL) throws -> [ToolTask] {
        guard let data = try? Data(contentsOf: url) else {
            throw HeedError(.unprocessable, code: .invalidFile, message: "\(url.path) cannot be read.")
        }
        do {
            return try JSONDecoder().decode([ToolTask].self, from: data)
        } catch let error as DecodingError {
            throw HeedError(
                .unprocessable, code: .invalidFile,
                message: "\(url.lastPathComponent) is not a list of tool tasks: \(RetailDataset.describe(error)).")
        }
    }
}
