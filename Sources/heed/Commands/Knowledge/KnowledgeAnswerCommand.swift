import ArgumentParser
import Foundation
import HeedKnowledge
import HeedLanguage
import Logging

/// `heed kb answer "question"`: retrieval, the answer engine (embedded, or an OpenAI-compatible provider when
/// configured, with fallback) and the groundedness guard, with the citations.
struct KnowledgeAnswerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "answer", abstract: "Answer a question from the knowledge base.")

    @Argument(help: "The customer's question.")
    var question: String

    @OptionGroup var base: KnowledgeBaseOptions
    @OptionGroup var provider: ProviderOptions

    @Option(help: "Customer's name, for the greeting.")
    var name: String?

    @Option(help: "Language to answer in (default: the best passage's language).")
    var language: String?

    @Option(help: "Customer sentiment: negative, neutral or positive (default: detected).")
    var sentiment: String?

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() async throws {
        let knowledge = try await StoreKnowledgeBase.load(base)
        let hits = knowledge.search(question, audience: .customer, languages: nil, limit: 5)
        // The language library reads the question's language, sentiment and strongest emotion.
        let analysis = (try? MessageAnalyzer())?.analyze(question)
        var mood = analysis.flatMap { CustomerSentiment(rawValue: $0.signals.sentiment.label.rawValue) } ?? .neutral
        if let sentiment {
            guard let given = CustomerSentiment(rawValue: sentiment) else { throw ValidationError("--sentiment must be negative, neutral or positive") }
            mood = given
        }
        let detected = analysis.flatMap { $0.language.isUnknown || $0.language.confidence < 0.5 ? nil : $0.language.code }
        let emotion = analysis?.signals.present().max { $0.score < $1.score }?.kind.rawValue
        let customer = CustomerContext(
            name: name, language: language ?? detected ?? hits.first?.passage.language ?? "en", sentiment: mood, emotion: emotion)
        let request = AnswerRequest(question: question, customer: customer, hits: hits)
        let logger = Logger(label: "heed.kb")
        let answer: KnowledgeAnswer
        if let configuration = LLMProviderConfiguration.resolve(baseURL: provider.baseURL, model: provider.model, apiKey: provider.apiKey) {
            let session = LLMProviderSession(configuration: configuration, logger: logger)
            answer = await KnowledgeAssistant(engine: session.answerEngine(), logger: logger).answer(request)
            try await session.shutdown()
        } else {
            answer = await KnowledgeAssistant(logger: logger).answer(request)
        }
        let verdict: String = switch answer.verdict {
        case .grounded: "grounded"
        case let .abstained(reason): "abstained: \(reason.rawValue)"
        }
        if json {
            try printJSON([
                "text": answer.text, "engine": answer.engine, "language": answer.language, "confidence": answer.confidence,
                "verdict": verdict, "handoff": answer.needsHandoff,
                "citations": answer.citations.map { citation -> [String: Any] in
                    [
                        "number": citation.number, "document_id": citation.documentID, "passage_id": citation.passageID,
                        "title": citation.title, "snippet": citation.snippet, "source_url": citation.sourceURL ?? NSNull(),
                    ]
                },
            ])
            return
        }
        print(answer.text)
        print("")
        print("— \(answer.engine), confidence \(String(format: "%.2f", answer.confidence)), \(verdict)\(answer.needsHandoff ? " → hand off" : "")")
        for citation in answer.citations {
            print("  [\(citation.number)] \(citation.title) (\(citation.passageID))\(citation.sourceURL.map { " \($0)" } ?? "")")
        }
    }
}
