import Testing
@testable import HeedKnowledge

@Suite("Within the best article, the section that carries the question's words answers")
struct SectionChoiceTests {
    /// Slots 0–2 belong to the returns article (0 its opening section), 3 to the shipping article.
    static func document(_ slot: Int32) -> String? { slot <= 2 ? "returns" : "shipping" }

    static let ranked: [(slot: Int32, score: Double, confidence: Double)] = [
        (0, 0.848, 0.45), (3, 0.846, 0.44), (2, 0.830, 0.33), (1, 0.790, 0.07),
    ]

    @Test func aSectionWithTheQuestionsWordsPassesTheOpeningOfItsArticle() {
        let lexical = [RankedPassage(slot: 2, score: 9, coverage: 0.8), RankedPassage(slot: 0, score: 3, coverage: 0.3)]
        let chosen = SectionChoice.apply(to: Self.ranked, lexicalShare: WorkspaceIndex.lexicalShares(lexical), documentOf: Self.document)
        #expect(chosen.map(\.slot) == [2, 0, 3, 1])
        #expect(chosen[0].confidence == 0.45, "the section carries its article's confidence")
        #expect(chosen[1].confidence == 0.45, "the opening keeps its own")
    }

    @Test func anotherArticlesWordsMoveNothing() {
        let lexical = [RankedPassage(slot: 3, score: 9, coverage: 0.8)]
        let chosen = SectionChoice.apply(to: Self.ranked, lexicalShare: WorkspaceIndex.lexicalShares(lexical), documentOf: Self.document)
        #expect(chosen.map(\.slot) == [0, 3, 2, 1])
    }

    @Test func aSectionFarFromTheQuestionStaysBehindEvenWithItsWords() {
        let lexical = [RankedPassage(slot: 1, score: 9, coverage: 0.8)]
        let chosen = SectionChoice.apply(to: Self.ranked, lexicalShare: WorkspaceIndex.lexicalShares(lexical), documentOf: Self.document)
        #expect(chosen.map(\.slot) == [0, 3, 2, 1])
    }

    @Test func withoutAnySharedWordTheRankingIsTheEncoders() {
        let chosen = SectionChoice.apply(to: Self.ranked, lexicalShare: [:], documentOf: Self.document)
        #expect(chosen.map(\.slot) == [0, 3, 2, 1])
        #expect(chosen.map(\.confidence) == Self.ranked.map(\.confidence))
    }
}
