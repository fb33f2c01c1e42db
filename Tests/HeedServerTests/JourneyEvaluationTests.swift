import Foundation
import HeedTestSupport
import Testing

@testable import HeedServer

/// `heed eval journeys`: a set is read and checked, a company folder is seeded like the demo, and the scorer
/// counts a right answer as resolved and a reply without the expected fact as wrong.
@Suite("Journey evaluation")
struct JourneyEvaluationTests {
    /// A two-article company in a temporary folder, and a set of `cases` (JSON) beside it.
    static func company(cases: String) throws -> (set: URL, cleanUp: () -> Void) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("heed-journey-test-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("brightline")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        func write(_ text: String, _ path: String) throws {
            try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        try write(
            """
            {"name": "Brightline Bikes", "teams": [
              {"name": "Repairs", "description": "Broken bikes, brakes, gears, punctures and repairs.", "intents": ["repair"]},
              {"name": "Orders", "description": "Delivery, orders, payments and refunds.", "intents": ["delivery"]}],
             "agents": [{"name": "Ada Lind", "email": "ada@brightline.example", "role": "admin", "teams": ["Repairs", "Orders"],
               "capacity": 4, "languages": ["en"]}]}
            """, "workspace.json")
        try write("[]", "customers.json")
        try write(
            """
            ---
            id: delivery-en
            title: Bike delivery times
            language: en
            visibility: public
            ---
            ## Sweden
            Bikes ordered before noon reach Swedish addresses in 2 business days; delivery costs 149 SEK.

            ## Norway
            Bikes reach Norwegian addresses in 4 business days; delivery costs 299 NOK.
            """, "articles/delivery-en.md")
        try write(
            """
            ---
            id: brakes-en
            title: Adjusting disc brakes
            language: en
            visibility: public
            ---
            If your disc brakes squeal, clean the rotor with isopropyl alcohol and bed the pads in with ten hard stops.
            """, "articles/brakes-en.md")
        let set = root.appendingPathComponent("brightline.json")
        try #"{"name": "Brightline journeys", "workspace": "brightline", "cases": \#(cases)}"#
            .write(to: set, atomically: true, encoding: .utf8)
        return (set, { try? FileManager.default.removeItem(at: root) })
    }

    @Test("A company folder is seeded and its journeys scored: the right fact resolves, a missing fact is wrong")
    func scoresAJourneySet() async throws {
        let (file, cleanUp) = try Self.company(
            cases: """
                [{"id": "delivery-en-direct-1", "language": "en", "kind": "direct",
                  "turns": ["How many days does it take to deliver a bike to Norway?"],
                  "expect": {"outcome": "answer", "facts": ["4 business days", ["299 NOK", "299NOK"]], "forbidden": ["149 SEK"]}},
                 {"id": "delivery-en-direct-2", "language": "en", "kind": "direct",
                  "turns": ["How many days does it take to deliver a bike to Norway?"],
                  "expect": {"outcome": "answer", "facts": ["17 business days"]}},
                 {"id": "human-en-human-request-1", "language": "en", "kind": "human-request",
                  "turns": ["I want to talk to a person about my brakes, please"],
                  "expect": {"outcome": "handoff", "team": "Repairs"}}]
                """)
        defer { cleanUp() }
        let set = try JourneySet.load(file)
        let report = try await JourneyEvaluation(logger: TestStores.logger, encoder: false).run(set)
        let results = Dictionary(uniqueKeysWithValues: report.results.map { ($0.id, $0) })
        let right = try #require(results["delivery-en-direct-1"])
        #expect(right.resolved, "\(right.problems) — \(right.reply)")
        #expect(!right.wrong)
        let missing = try #require(results["delivery-en-direct-2"])
        #expect(!missing.resolved)
        #expect(missing.wrong)
        #expect(missing.problems.contains("fact missing: 17 business days"))
        let human = try #require(results["human-en-human-request-1"])
        #expect(human.actual == .handoff)
        #expect(human.handoffRight)
        #expect(report.overall.cases == 3)
        #expect(report.overall.answerable == 2)
        #expect(report.overall.resolved == 1)
        #expect(report.overall.wrong == 1)
        #expect(report.rendered().contains("FAIL delivery-en-direct-2: fact missing: 17 business days"))
    }

    @Test("A set with a duplicate id, an unknown kind or facts on a hand-off is refused before it runs")
    func refusesBadSets() throws {
        let bad = [
            #"[{"id": "a", "language": "en", "kind": "direct", "turns": ["x"], "expect": {"outcome": "answer"}}, {"id": "a", "language": "en", "kind": "direct", "turns": ["y"], "expect": {"outcome": "answer"}}]"#,
            #"[{"id": "a", "language": "en", "kind": "chit-chat", "turns": ["x"], "expect": {"outcome": "answer"}}]"#,
            #"[{"id": "a", "language": "en", "kind": "direct", "turns": ["x"], "expect": {"outcome": "handoff", "facts": ["1"]}}]"#,
            #"[{"id": "a", "language": "en", "kind": "direct", "turns": [], "expect": {"outcome": "answer"}}]"#,
        ]
        for cases in bad {
            let (file, cleanUp) = try Self.company(cases: cases)
            defer { cleanUp() }
            #expect(throws: JourneySetError.self, "\(cases)") { try JourneySet.load(file) }
        }
    }

    @Test("Facts match across case, width, dashes, spaces and emphasis, and never inside a longer number")
    func factMatching() {
        #expect(JourneyTextMatch.contains("Delivery takes **2–4 business days**.", "2-4 business days"))
        #expect(JourneyTextMatch.contains("Shipping costs RM15.", "RM 15"))
        #expect(JourneyTextMatch.contains("ＶＴ－１００１０ is on its way", "vt-10010"))
        #expect(!JourneyTextMatch.contains("Our 2024 catalogue", "24"))
        #expect(!JourneyTextMatch.contains("It costs RM 150.", "RM 15"))
        #expect(JourneyTextMatch.contains("Up to 24 hours, since 2024", "24"))
        #expect(JourneyTextMatch.contains("Malaysia: +60 3 0000 0000, 9:00 – 6:00 petang", "0000 0000"))
        #expect(JourneyTextMatch.contains("Malaysia: +60 3 0000 0000, 9:00 – 6:00 petang", "6:00"))
        #expect(!JourneyTextMatch.contains("Call 112233", "1122"))
    }
}
