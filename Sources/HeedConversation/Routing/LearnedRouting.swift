import Foundation
import HeedCore
import HeedKnowledge
import HeedLanguage
import Synchronization

/// The team a learned routing model predicts for a customer's words, with its probability.
public struct LearnedTeamPrediction: Sendable, Hashable {
    public let team: String
    public let confidence: Double
}

/// Every workspace's learned routing classifier (trained from labelled examples, labels are team names), kept in
/// memory in step with the stored ``RoutingModel``s. Thread-safe; one per server.
public final class LearnedRouting: Sendable {
    private let classifiers = Mutex<[UUID: TextClassifier]>([:])
    private let examples = Mutex<[UUID: [RoutingExample]]>([:])
    private let denseRouters = Mutex<[UUID: DenseTeamRouter]>([:])
    /// The sentence encoder, when loaded: predictions then fuse the classifier with routing by meaning
    /// (``DenseTeamRouter``).
    let encoder: PassageEncoder?

    public init(encoder: PassageEncoder? = nil) {
        self.encoder = encoder
    }

    /// Makes a workspace route with `model`'s classifier (or, nil, with none).
    /// - Throws: when the stored bytes are not a classifier this build reads.
    public func use(_ model: RoutingModel?, for workspaceID: UUID) throws {
        let classifier = try model.map { try TextClassifier.load(modelData: $0.classifier) }
        classifiers.withLock { $0[workspaceID] = classifier }
        examples.withLock { $0[workspaceID] = model?.examples }
    }

    /// The workspace's classifier, if it has one.
    public func classifier(for workspaceID: UUID) -> TextClassifier? {
        classifiers.withLock { $0[workspaceID] }
    }

    /// The team the workspace's model predicts for `text`; nil without a model or text. With the encoder and the
    /// workspace's `teams` (two or more), routing is by meaning over the examples and the teams' descriptions
    /// (``DenseTeamRouter``), which also routes a workspace that has descriptions but no examples.
    public func predict(_ text: String, workspaceID: UUID, teams: [Team] = []) -> LearnedTeamPrediction? {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        var scores: [String: Double] = [:]
        var sources = 0
        if let dense = denseRouter(workspaceID: workspaceID, teams: teams), let encoder {
            // By meaning, over the same examples plus the teams' descriptions: on the demo's journeys it routes
            // better alone than averaged with the word classifier, which pulls short requests to one team.
            for (team, probability) in dense.distribution(encoder.embedQuery(text)) {
                scores[team, default: 0] += probability
            }
            sources += 1
        } else if let classifier = classifier(for: workspaceID) {
            for (label, probability) in zip(classifier.labels, classifier.probabilities(for: text)) {
                scores[label, default: 0] += Double(probability)
            }
            sources += 1
        }
        guard sources > 0, let top = scores.max(by: { $0.value < $1.value }) else { return nil }
        return LearnedTeamPrediction(team: top.key, confidence: top.value / Double(sources))
    }

    /// The workspace's router by meaning, built (once per change of teams or examples) when the encoder is loaded.
    private func denseRouter(workspaceID: UUID, teams: [Team]) -> DenseTeamRouter? {
        guard let encoder, teams.count >= 2 else { return nil }
        let examples = examples.withLock { $0[workspaceID] } ?? []
        let signature = DenseTeamRouter.signature(teams: teams, examples: examples)
        if let router = denseRouters.withLock({ $0[workspaceID] }), router.signature == signature { return router }
        let router = DenseTeamRouter(teams: teams, examples: examples, encoder: encoder)
        denseRouters.withLock { $0[workspaceID] = router }
        return router
    }

    /// The fewest examples each team needs, and the most examples one training may use.
    public static let minimumExamplesPerTeam = 3
    public static let maximumExamples = 2000
    public static let maximumTextLength = 2000

    /// Checks `examples` against the workspace's `teams` and trains a routing model from them.
    /// - Throws: a `HeedError` (422) naming the offending field when the examples cannot train a useful model.
    public static func train(
        _ examples: [RoutingExample], teams: [Team], workspaceID: UUID, now: Date
    ) throws -> RoutingModel {
        guard (1...maximumExamples).contains(examples.count) else {
            throw HeedError.invalidField("examples", "must list between 1 and \(maximumExamples) examples")
        }
        var cleaned: [RoutingExample] = []
        for (index, example) in examples.enumerated() {
            let text = example.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, text.count <= maximumTextLength else {
                throw HeedError.invalidField(
                    "examples[\(index)].text", "must be between 1 and \(maximumTextLength) characters")
            }
            guard let team = teams.first(where: { $0.name.caseInsensitiveCompare(example.team) == .orderedSame }) else {
                throw HeedError.invalidField("examples[\(index)].team", "names no team of this workspace ('\(example.team)')")
            }
            cleaned.append(RoutingExample(text: text, team: team.name))
        }
        let counts = Dictionary(grouping: cleaned, by: \.team).mapValues(\.count)
        guard counts.count >= 2 else {
            throw HeedError.invalidField("examples", "must cover at least two teams")
        }
        if let (team, count) = counts.sorted(by: { $0.key < $1.key }).first(where: { $0.value < minimumExamplesPerTeam }) {
            throw HeedError.invalidField(
                "examples", "has \(count) example(s) for '\(team)'; each team needs at least \(minimumExamplesPerTeam)")
        }
        let classifier = try TextClassifier.train(examples: cleaned.map { LabeledText(text: $0.text, label: $0.team) })
        return RoutingModel(
            workspaceID: workspaceID, teams: classifier.labels, examples: cleaned,
            classifier: classifier.modelData(), createdAt: now)
    }
}
