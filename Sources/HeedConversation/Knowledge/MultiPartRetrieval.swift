import Foundation
import HeedKnowledge
import HeedLanguage

/// Retrieval for a message that asks several things ("how long does a refund take on PayPal, and do you ship to
/// Canada?"): each part (``QuestionParts``) is retrieved on its own. When two or more parts are confidently answered
/// by different articles, each keeps its passage, so the answer joins one passage per part instead of answering
/// one part and dropping the rest.
struct MultiPartRetrieval {
    let knowledge: WorkspaceKnowledge

    /// A part's best passage must be at least this confident to be answered on its own.
    static let minimumConfidence = 0.6
    /// At most this many parts are retrieved (each costs a query embedding).
    static let maximumParts = 3

    /// The parts and their passages, or empty when the message asks one thing (or one article answers it all).
    func parts(
        of text: String, workspaceID: UUID, language: String?, market: String?
    ) -> [AnswerPart] {
        let questions = QuestionParts(text).parts
        guard questions.count >= 2 else { return [] }
        var parts: [AnswerPart] = []
        for question in questions.prefix(Self.maximumParts) {
            guard let best = knowledge.retrieve(question, workspaceID: workspaceID, language: language, market: market).first,
                best.confidence >= Self.minimumConfidence,
                !parts.contains(where: { $0.hit.passage.documentID == best.passage.documentID })
            else { continue }
            parts.append(AnswerPart(question: question, hit: best))
        }
        return parts.count >= 2 ? parts : []
    }
}
