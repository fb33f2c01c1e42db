import Foundation
import HeedCore

/// The demo shop's data as shipped in `Resources/demo`: workspace (teams, agents), customers, articles (Markdown
/// with a front-matter block) and a few past conversations.
struct DemoContent: Sendable {
    struct WorkspaceFile: Decodable, Sendable {
        struct TeamEntry: Decodable, Sendable {
            let name: String
            let description: String
            let intents: [String]
        }

        struct AgentEntry: Decodable, Sendable {
            let name: String
            let email: String
            let role: AgentRole
            let teams: [String]
            let capacity: Int
            let languages: [String]
        }

        let name: String
        let teams: [TeamEntry]
        let agents: [AgentEntry]
    }

    struct ConversationEntry: Decodable, Sendable {
        struct MessageEntry: Decodable, Sendable {
            let author: MessageAuthor
            let body: String
        }

        let customerExternalID: String
        let channel: String
        let status: ConversationStatus
        let subject: String?
        let messages: [MessageEntry]

        enum CodingKeys: String, CodingKey {
            case channel, status, subject, messages
            case customerExternalID = "customer_external_id"
        }
    }

    /// An article file: its front matter fields and Markdown body.
    struct ArticleEntry: Sendable {
        let id: String
        let title: String
        let language: String
        let tags: [String]
        let visibility: ArticleVisibility
        let sourceURL: String?
        let body: String
    }

    let workspace: WorkspaceFile
    let customers: [CustomerInput]
    let conversations: [ConversationEntry]
    let articles: [ArticleEntry]

    /// Loads the demo content from the module's bundled resources.
    static func bundled() throws -> DemoContent {
        guard let folder = Bundle.module.url(forResource: "Resources/demo", withExtension: nil)
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/demo")
        else { throw HeedError(.internalFailure, code: "demo_missing", message: "The demo content is not bundled.") }
        return try load(from: folder)
    }

    static func load(from folder: URL) throws -> DemoContent {
        let decoder = HeedJSON.makeDecoder()
        let workspace = try decoder.decode(
            WorkspaceFile.self, from: Data(contentsOf: folder.appendingPathComponent("workspace.json")))
        let customers = try decoder.decode(
            [CustomerInput].self, from: Data(contentsOf: folder.appendingPathComponent("customers.json")))
        let conversationsURL = folder.appendingPathComponent("conversations.json")
        let conversations =
            FileManager.default.fileExists(atPath: conversationsURL.path)
            ? try decoder.decode([ConversationEntry].self, from: Data(contentsOf: conversationsURL)) : []
        let articleFolder = folder.appendingPathComponent("articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: articleFolder.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        let articles = try files.map { name in
            try parseArticle(
                String(contentsOf: articleFolder.appendingPathComponent(name), encoding: .utf8),
                fallbackID: String(name.dropLast(3)))
        }
        return DemoContent(workspace: workspace, customers: customers, conversations: conversations, articles: articles)
    }

    /// Splits `---` front matter (`key: value` lines) from the Markdown body.
    static func parseArticle(_ text: String, fallbackID: String) throws -> ArticleEntry {
        var fields: [String: String] = [:]
        var body = text
        let lines = text.components(separatedBy: "\n")
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
        {
            for line in lines[1..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                fields[key] = value
            }
            body = lines[(end + 1)...].joined(separator: "\n")
        }
        guard let title = fields["title"], !title.isEmpty else {
            throw HeedError(.internalFailure, code: "demo_invalid", message: "Demo article \(fallbackID) has no title.")
        }
        return ArticleEntry(
            id: fields["id"] ?? fallbackID,
            title: title,
            language: fields["language"] ?? "en",
            tags: (fields["tags"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty },
            visibility: ArticleVisibility(rawValue: fields["visibility"] ?? "public") ?? .public,
            sourceURL: fields["source_url"],
            body: body.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
