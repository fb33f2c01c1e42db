import Foundation
import Testing
@testable import HeedKnowledge

@Suite("Ingestion")
struct IngestionTests {
    let loader = KnowledgeFileLoader(workspaceID: "acme")

    @Test("Markdown front matter sets id, title, language, tags, visibility and source link")
    func markdownFrontMatter() throws {
        let text = """
        ---
        id: refunds
        title: "Refund policy"
        language: vi
        tags: [billing, refunds]
        visibility: internal
        source_url: https://help.example.com/refunds
        ---
        # Ignored because the title is set

        You can ask for a **refund** within [30 days](https://x.example).

        ## Exceptions

        Gift cards are not refundable.
        """
        let documents = try loader.documents(fromFile: "/kb/refunds.md", contents: text, idBase: "refunds-file")
        let document = try #require(documents.first)
        #expect(document.id == "refunds")
        #expect(document.title == "Refund policy")
        #expect(document.language == "vi")
        #expect(document.tags == ["billing", "refunds"])
        #expect(document.visibility == .internal)
        #expect(document.sourceURL == "https://help.example.com/refunds")
        #expect(document.body.contains("You can ask for a refund within 30 days."))
        #expect(document.body.contains("## Exceptions"))
    }

    @Test("Markdown code spans keep their stars and underscores (dial codes like *124#), emphasis around them goes")
    func markdownCodeSpans() throws {
        let text = "# Balance\n\nDial `*124#` or ``*100*card_code#`` to top up, **free**. An open ` tick stays out."
        let document = try #require(try loader.documents(fromFile: "/kb/balance.md", contents: text, idBase: "balance").first)
        #expect(document.body == "Dial *124# or *100*card_code# to top up, free. An open  tick stays out.")
    }

    @Test("Markdown without front matter takes its title from the first heading and its id from the path")
    func markdownWithoutFrontMatter() throws {
        let documents = try loader.documents(fromFile: "/kb/shipping/times.md", contents: "# Shipping times\n\nTwo to five days.", idBase: "shipping/times")
        #expect(documents.first?.id == "shipping/times")
        #expect(documents.first?.title == "Shipping times")
        #expect(documents.first?.body == "Two to five days.")
    }

    @Test("HTML loses tags, scripts and styles, keeps headings and decodes entities")
    func html() throws {
        let html = """
        <html><head><title>Returns &amp; exchanges</title><style>p { color: red }</style></head>
        <body><h1>Returns &amp; exchanges</h1><script>alert("x < y")</script>
        <p>Bring the item back within <b>14&nbsp;days</b> &mdash; caf&eacute; &#233; &#x1F600;.</p>
        <h2>Damaged items</h2><ul><li>Take a photo</li><li>Write to us</li></ul></body></html>
        """
        let document = try #require(try loader.documents(fromFile: "/kb/returns.html", contents: html, idBase: "returns").first)
        #expect(document.title == "Returns & exchanges")
        #expect(!document.body.contains("alert"))
        #expect(!document.body.contains("color"))
        #expect(!document.body.contains("<"))
        #expect(document.body.contains("Bring the item back within 14 days — café é 😀."))
        #expect(document.body.contains("## Damaged items"))
        #expect(document.body.contains("- Take a photo"))
    }

    @Test("Plain text uses its first line as the title")
    func plainText() throws {
        let document = try #require(try loader.documents(fromFile: "/kb/hours.txt", contents: "Opening hours\n\nMonday to Friday, 9 to 17.", idBase: "hours").first)
        #expect(document.title == "Opening hours")
        #expect(document.body == "Monday to Friday, 9 to 17.")
    }

    @Test("CSV FAQ follows RFC 4180 quoting: commas, doubled quotes and line breaks inside fields")
    func csvFAQ() throws {
        let csv = "question,answer\r\n\"How do I pay, exactly?\",\"By card or \"\"bank transfer\"\".\nNo cash.\"\r\nWhere are you?,Riga\r\n"
        let documents = try loader.documents(fromFile: "/kb/faq.csv", contents: csv, idBase: "faq")
        #expect(documents.count == 2)
        #expect(documents[0].title == "How do I pay, exactly?")
        #expect(documents[0].body == "By card or \"bank transfer\".\nNo cash.")
        #expect(documents[0].kind == .faq)
        #expect(documents[1].body == "Riga")
        #expect(documents[0].id != documents[1].id)
    }

    @Test("JSONL FAQ keeps the ids of the file")
    func jsonlFAQ() throws {
        let jsonl = """
        {"id": "faq-1", "question": "Can I change my order?", "answer": "Yes, within an hour."}

        {"id": "faq-2", "question": "Do you ship abroad?", "answer": "To the EU only."}
        """
        let documents = try loader.documents(fromFile: "/kb/faq.jsonl", contents: jsonl, idBase: "faq")
        #expect(documents.map(\.id) == ["faq-1", "faq-2"])
        #expect(documents[1].body == "To the EU only.")
    }

    @Test("Malformed files fail with an error naming the file and line", arguments: [
        ("bad.csv", "question,answer\nok,fine\n\"never closed,oops\n", 3),
        ("bad.csv", "question,answer\none,two,three\n", 2),
        ("bad.csv", "title,body\nx,y\n", 1),
        ("bad.jsonl", "{\"question\": \"a\", \"answer\": \"b\"}\n{\"question\": \"a\"\n", 2),
        ("bad.jsonl", "{\"question\": \"a\", \"answer\": \"b\"}\n\n{\"question\": \"a\"}\n", 3),
        ("bad.md", "---\ntitle: x\nno colon here\n---\nbody", 3),
        ("bad.md", "---\ntitle: x\nauthor: y\n", 1),
    ])
    func malformed(file: String, contents: String, line: Int) throws {
        let error = #expect(throws: KnowledgeImportError.self) {
            try loader.documents(fromFile: "/kb/\(file)", contents: contents, idBase: "x")
        }
        guard case let .malformedFile(path, errorLine, _) = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(path == "/kb/\(file)")
        #expect(errorLine == line)
        #expect(error?.description.hasPrefix("/kb/\(file):\(line): ") == true)
    }

    @Test("A folder with one malformed file imports nothing")
    func folderWithMalformedFileImportsNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        try folder.write("a.md", "# A\n\nFine.")
        try folder.write("sub/b.jsonl", "{\"question\": \"q\", \"answer\": \"a\"}\nnot json\n")
        var index = KnowledgeIndex()
        #expect(throws: KnowledgeImportError.self) {
            let result = try loader.load(paths: [folder.url.path])
            index.apply(KnowledgeImporter.plan(incoming: result.documents, existing: [], scopes: result.scopes), workspaceID: "acme")
        }
        #expect(index.documentCount == 0)
    }

    @Test("Long articles split along headings and paragraphs; passages keep document id, heading and position")
    func passages() {
        let paragraph = String(repeating: "Charging takes about two hours with the supplied cable. ", count: 8)
        let body = "Intro paragraph.\n\n## Charging\n\n\(paragraph)\n\n\(paragraph)\n\n## Storage\n\nKeep it dry."
        let document = KnowledgeDocument(id: "battery", workspaceID: "acme", title: "Battery care", body: body)
        let passages = PassageSplitter(targetCharacters: 500, maximumCharacters: 800).passages(of: document)
        #expect(passages.count == 4)
        #expect(passages.map(\.position) == [0, 1, 2, 3])
        #expect(passages.allSatisfy { $0.documentID == "battery" })
        #expect(passages.map(\.heading) == [nil, "Charging", "Charging", "Storage"])
        #expect(passages[1].id == "battery#1")
        #expect(passages[3].text == "Keep it dry.")
    }
}
