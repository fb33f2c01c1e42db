import Foundation
import HeedCore
import HeedKnowledge

/// Routes a customer's words to a team by meaning, with the sentence encoder: each team is represented by its
/// name, description and intents and by its labelled routing examples; a team's score is its closest vector's
/// cosine to the words, and the scores become a distribution (softmax). Works in every language the encoder reads,
/// and for a workspace with team descriptions but no examples.
struct DenseTeamRouter: Sendable {
    /// What the router was built from: rebuilt when the teams or the examples change.
    let signature: String
    private let vectors: [(team: String, vector: [Float])]
    /// Softmax temperature over cosines (the encoder's cosines are close together).
    static let temperature: Float = 0.01

    init(teams: [Team], examples: [RoutingExample], encoder: PassageEncoder) {
        signature = Self.signature(teams: teams, examples: examples)
        var texts: [(String, String)] = teams.map { team in
            let intents = team.intents.joined(separator: ", ")
            return (team.name, [team.name, team.description, intents].filter { !$0.isEmpty }.joined(separator: ". "))
        }
        let names = Set(teams.map(\.name))
        texts += examples.filter { names.contains($0.team) }.map { ($0.team, $0.text) }
        vectors = texts.map { ($0.0, encoder.embedQuery($0.1)) }
    }

    static func signature(teams: [Team], examples: [RoutingExample]) -> String {
        var hasher = Hasher()
        for team in teams.sorted(by: { $0.name < $1.name }) {
            hasher.combine(team.name)
            hasher.combine(team.description)
            hasher.combine(team.intents)
        }
        for example in examples {
            hasher.combine(example.team)
            hasher.combine(example.text)
        }
        return "\(teams.count)-\(examples.count)-\(hasher.finalize())"
    }

    /// Each team's probability for the words whose vector is `query`, highest first.
    func distribution(_ query: [Float]) -> [(team: String, probability: Double)] {
        var best: [String: Float] = [:]
        for (team, vector) in vectors {
            let cosine = zip(query, vector).reduce(Float(0)) { $0 + $1.0 * $1.1 }
            best[team] = max(best[team] ?? -1, cosine)
        }
        guard let top = best.values.max() else { return [] }
        let weights = best.mapValues { exp(($0 - top) / Self.temperature) }
        let total = weights.values.reduce(0, +)
        return weights.map { ($0.key, Double($0.value / total)) }.sorted { $0.probability > $1.probability }
    }
}
