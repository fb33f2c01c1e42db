import HeedCore
import HeedKnowledge

/// A turn's "decide" step, over the workspace's hand-off settings and limits: first the reasons that need no answer
/// attempt (a request for a human, anger, a sensitive topic…), then, once the answer step has run, whether its
/// answer is good enough to send, close enough to two intents to ask which one, or a reason for a human.
enum TurnDecider {
    /// A decision that needs no answer attempt, or nil when the AI should try to answer.
    static func beforeAnswering(_ understanding: TurnUnderstanding, policy: WorkspacePolicy) -> TurnDecision? {
        HandoffPolicy.decideBeforeAnswering(understanding.assessment, settings: policy.handoff, limits: policy.limits)
    }

    /// The decision once `answer` is known; records the answer's confidence and abstention in the assessment.
    /// `knowledge` reads the sections the answer was written from (does one send the customer to a team?).
    static func afterAnswering(
        _ understanding: inout TurnUnderstanding, answer: KnowledgeAnswer, policy: WorkspacePolicy,
        knowledge: WorkspaceKnowledge
    ) -> TurnDecision {
        understanding.assessment.answerAbstained = answer.needsHandoff
        understanding.assessment.answerConfidence = answer.confidence
        let cited = Set(answer.citations.map(\.passageID))
        let directing = answer.needsHandoff
            ? nil : understanding.hits.first { hit in
                cited.contains(hit.passage.id) && TeamDirection.directsToTeam(knowledge.sectionText(of: hit.passage))
            }
        understanding.assessment.answerDirectsToTeam = directing != nil
        if let directing, directing.passage.id != understanding.hits.first?.passage.id {
            // The part that needs a team decides where the conversation goes.
            understanding.topics = knowledge.topics(articleID: directing.passage.documentID) + understanding.topics
            understanding.assessment.intent = understanding.topics.first
        }
        let candidates = understanding.hits.prefix(2).map(\.passage.title)
        return HandoffPolicy.decide(
            understanding.assessment, candidates: candidates, settings: policy.handoff, limits: policy.limits)
    }
}
