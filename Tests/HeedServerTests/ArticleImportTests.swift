import Foundation
import HeedCore
import HeedTestSupport
import Testing

@Suite("Knowledge import through the API")
struct ArticleImportTests {
    let markdown = """
        ---
        id: gift-cards
        title: Gift cards
        language: en
        tags: billing, gift cards
        ---
        ## Using a gift card
        Gift cards are valid for 36 months and can be combined with any payment method at checkout.
        """
    let faq = "question,answer\n\"Can I pay in crypto?\",\"No, we accept cards, bank transfer and cash on delivery.\"\n"

    @Test("Import adds, re-import updates and removes, the AI answers from imported articles", arguments: TestStores.engines)
    func importAndReimport(engine: StoreEngineKind) async throws {
        try await withTestApp(engine: engine) { api in
            let admin = try await api.bootstrap("Shop")
            let first = try await api.call(
                .post, "/api/v1/articles/import", key: admin.key,
                json: ["source": "help", "files": [["path": "gift-cards.md", "content": markdown], ["path": "faq.csv", "content": faq]]])
            #expect(first.status == .ok, "\(first.raw)")
            #expect(first["added"]?.numberValue == 2)
            let articles = try await api.call(.get, "/api/v1/articles", key: admin.key)
            #expect(articles.items.count == 2)
            #expect(articles.items.contains { $0["external_id"]?.stringValue == "gift-cards" && $0["source"]?.stringValue == "api:help/gift-cards.md" })

            let conversation = try #require(
                try await api.call(.post, "/api/v1/conversations", key: admin.key, json: ["customer": ["name": "Kim"]])["id"]?.stringValue)
            let answer = try await api.call(
                .post, "/api/v1/conversations/\(conversation)/messages", key: admin.key,
                json: ["body": "How long are gift cards valid?"])
            #expect(answer["reply"]?["decision"]?.stringValue == "answer")
            #expect(answer["reply"]?["body"]?.stringValue?.contains("36 months") == true)

            let changed = markdown.replacingOccurrences(of: "36 months", with: "24 months")
            let second = try await api.call(
                .post, "/api/v1/articles/import", key: admin.key,
                json: ["source": "help", "files": [["path": "gift-cards.md", "content": changed]]])
            #expect(second["updated"]?.numberValue == 1)
            #expect(second["removed"]?.numberValue == 1)
            let after = try await api.call(.get, "/api/v1/articles", key: admin.key)
            #expect(after.items.count == 1)
            #expect(after.items.first?["version"]?.numberValue == 2)
            #expect(after.items.first?["body"]?.stringValue?.contains("24 months") == true)
        }
    }

    @Test("A malformed file imports nothing and names the file")
    func malformed() async throws {
        try await withTestApp { api in
            let admin = try await api.bootstrap("Shop")
            let response = try await api.call(
                .post, "/api/v1/articles/import", key: admin.key,
                json: ["source": "help", "files": [["path": "gift-cards.md", "content": markdown],
                                                   ["path": "broken.jsonl", "content": "{\"id\": \"x\", \"question\": \n"]]])
            #expect(response.status == .unprocessableContent)
            #expect(response.errorCode == "invalid_file")
            #expect(response.json?["error"]?["message"]?.stringValue?.contains("broken.jsonl") == true)
            #expect(try await api.call(.get, "/api/v1/articles", key: admin.key).items.isEmpty)
        }
    }
}
