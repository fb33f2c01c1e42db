import Foundation
import HeedCore

/// A set of customer journeys for one company: its workspace (the bundled demo, or a folder laid out like it) and
/// the cases, each a few customer turns with what the reply to the last one must do. The format is described in
/// `docs/journeys.md`.
public struct JourneySet: Sendable, Decodable {
    public let name: String
    /// `demo` for the bundled demo shop, otherwise a folder relative to the set's file.
    public let workspace: String
    public let cases: [JourneyCase]

    /// The folder of the company, resolved against the set's file; nil for the bundled demo.
    public private(set) var workspaceFolder: URL?

    enum CodingKeys: String, CodingKey { case name, workspace, cases }

    /// Reads and checks the set in `file`: unknown values, duplicate ids and empty cases are errors that name the
    /// case, before anything runs.
    public static func load(_ file: URL) throws -> JourneySet {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw JourneySetError("Cannot read \(file.path): \(error.localizedDescription)")
        }
        var set: JourneySet
        do {
            set = try JSONDecoder().decode(JourneySet.self, from: data)
        } catch let error as DecodingError {
            throw JourneySetError("\(file.lastPathComponent) is not a valid journey set: \(Self.explain(error))")
        }
        if set.workspace != "demo" {
            let folder = file.deletingLastPathComponent().appendingPathComponent(set.workspace, isDirectory: true)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("workspace.json").path) else {
                throw JourneySetError("The workspace folder \(folder.path) has no workspace.json.")
            }
            set.workspaceFolder = folder
        }
        try set.validate()
        return set
    }

    func validate() throws {
        guard !cases.isEmpty else { throw JourneySetError("The set has no cases.") }
        var seen = Set<String>()
        for journey in cases {
            guard seen.insert(journey.id).inserted else { throw JourneySetError("Case id \(journey.id) is used twice.") }
            guard !journey.turns.isEmpty, journey.turns.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty })
            else { throw JourneySetError("Case \(journey.id) needs at least one non-empty turn.") }
            if journey.expect.outcome != .answer, !journey.expect.facts.isEmpty {
                throw JourneySetError("Case \(journey.id): facts are only checked on an answer.")
            }
            if journey.expect.team != nil, journey.expect.outcome != .handoff {
                throw JourneySetError("Case \(journey.id): a team is only checked on a hand-off.")
            }
        }
    }

    private static func explain(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)).\(key.stringValue) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

/// One customer journey: the turns in order and what the reply to the last must do.
public struct JourneyCase: Sendable, Decodable {
    /// The kinds a set spreads its cases over (reported separately).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case direct, informal, multiIntent = "multi-intent", followUp = "follow-up", unanswerable
        case humanRequest = "human-request", angryUrgent = "angry-urgent", ownOrder = "own-order"
    }

    public let id: String
    /// The customer's language (their preferred language).
    public let language: String
    public let kind: Kind
    /// External id of a seeded customer the conversation is theirs; nil: a new customer.
    public let customer: String?
    public let turns: [String]
    public let expect: JourneyExpectation
}

/// What the reply to a journey's last turn must do.
public struct JourneyExpectation: Sendable, Decodable {
    public enum Outcome: String, Sendable, Codable {
        /// The AI answers itself.
        case answer
        /// A person takes over.
        case handoff
        /// The AI asks which of a few things the customer means.
        case clarify
        /// Anything but an answer: clarify or hand-off (unanswerable questions).
        case notAnswer = "not-answer"
    }

    public let outcome: Outcome
    /// Each must appear in the last reply; an entry with several strings is satisfied by any of them.
    public let facts: [JourneyFact]
    /// None may appear in any AI reply of the journey.
    public let forbidden: [String]
    /// The team a hand-off must reach.
    public let team: String?
    /// The reply's language, when it is not the case's.
    public let language: String?

    enum CodingKeys: String, CodingKey { case outcome, facts, forbidden, team, language }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        outcome = try c.decode(Outcome.self, forKey: .outcome)
        facts = try c.decodeIfPresent([JourneyFact].self, forKey: .facts) ?? []
        forbidden = try c.decodeIfPresent([String].self, forKey: .forbidden) ?? []
        team = try c.decodeIfPresent(String.self, forKey: .team)
        language = try c.decodeIfPresent(String.self, forKey: .language)
    }
}

/// A fact a reply must state: one string, or several that each count (`["2 days", "two days"]`).
public struct JourneyFact: Sendable, Decodable, CustomStringConvertible {
    public let alternatives: [String]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let one = try? container.decode(String.self) {
            alternatives = [one]
        } else {
            alternatives = try container.decode([String].self)
        }
        guard !alternatives.isEmpty else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a fact needs at least one string")
        }
    }

    public var description: String { alternatives.joined(separator: " | ") }
}

/// Why a journey set cannot be used.
public struct JourneySetError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
