import Foundation
import HeedConversation
import HeedCore
import HeedKnowledge

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

    let workspace: WorkspaceFile
    let customers: [CustomerInput]
    let conversations: [ConversationEntry]
    /// Articles as the knowledge importer reads them (Markdown with front matter).
    let articles: [KnowledgeDocument]
    /// Labelled examples (customer words → team) the demo's default routing is learned from.
    let routingExamples: [RoutingExample]

    /// Loads the demo content from the module's bundled resources.
    static func bundled() throws -> DemoContent {
        guard let folder = Bundle.module.url(forResource: "Resources/demo", withExtension: nil)
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/demo")
        else { throw HeedError(.internalFailure, code: .demoMissing, message: "The demo content is not bundled.") }
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
        let loader = KnowledgeFileLoader(workspaceID: "demo")
        var articles: [KnowledgeDocument] = []
        for name in files {
            let contents = try String(contentsOf: articleFolder.appendingPathComponent(name), encoding: .utf8)
            do {
                articles += try loader.documents(
                    fromFile: "demo/articles/\(name)", contents: contents, idBase: String(name.dropLast(3)))
            } catch {
                throw HeedError(.internalFailure, code: .demoInvalid, message: "Demo article \(name): \(error)")
            }
        }
        let examplesURL = folder.appendingPathComponent("routing-examples.json")
        let routingExamples =
            FileManager.default.fileExists(atPath: examplesURL.path)
            ? try decoder.decode([RoutingExample].self, from: Data(contentsOf: examplesURL)) : []
        return DemoContent(
            workspace: workspace, customers: customers, conversations: conversations, articles: articles,
            routingExamples: routingExamples)
    }
}
