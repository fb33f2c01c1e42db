import Logging

/// Answers a question from retrieved passages: the configured engine writes the answer (falling back to the
/// embedded engine when it fails), and the groundedness guard reviews it. A low-confidence retrieval is an
/// abstention before any engine runs.
public struct KnowledgeAssistant: Sendable {
    /// The preferred engine (the embedded one by default).
    public var engine: any AnswerEngine
    /// Used when `engine` throws.
    public var fallback: EmbeddedAnswerEngine
    public var guardrail: GroundednessGuard
    private let logger: Logger

    /// Creates an assistant.
    public init(engine: any AnswerEngine = EmbeddedAnswerEngine(), fallback: EmbeddedAnswerEngine = EmbeddedAnswerEngine(), guardrail: GroundednessGuard = GroundednessGuard(), logger: Logger) {
        self.engine = engine
        self.fallback = fallback
        self.guardrail = guardrail
        self.logger = logger
    }

    /// The reviewed answer. Never throws: provider failures fall back to the embedded engine.
    public func answer(_ request: AnswerRequest) async -> KnowledgeAnswer {
        guard request.retrievalConfidence >= guardrail.minimumRetrievalConfidence else {
            return GroundednessGuard.abstention(for: request, reason: .lowRetrievalConfidence, engine: engine.name)
        }
        let draft: KnowledgeAnswer
        do {
            draft = try await engine.answer(request)
        } catch {
            logger.warning("knowledge.engine.failed", metadata: ["knowledge.engine": "\(engine.name)", "error": "\(error)"])
            var answer = fallback.compose(request)
            answer.engine = fallback.name + " (fallback)"
            draft = answer
        }
        return guardrail.review(draft, request: request)
    }

    /// Streams the answer sentence by sentence; each sentence is released only once the guard finds it supported.
    /// The last event is always `.completed` with the reviewed answer (an abstention or a fallback answer replaces
    /// whatever was streamed before it).
    public func streamAnswer(_ request: AnswerRequest) -> AsyncStream<AnswerStreamEvent> {
        AsyncStream { continuation in
            let task = Task {
                await stream(request, into: continuation)
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    private func stream(_ request: AnswerRequest, into continuation: AsyncStream<AnswerStreamEvent>.Continuation) async {
        guard let streaming = engine as? any StreamingAnswerEngine,
              request.retrievalConfidence >= guardrail.minimumRetrievalConfidence
        else {
            let answer = await answer(request)
            if answer.verdict == .grounded { continuation.yield(.delta(answer.text)) }
            continuation.yield(.completed(answer))
            return
        }
        let support = SupportVocabulary(passages: request.hits.map(\.passage), extractor: TermExtractor())
        var buffer = ""
        var released = ""
        do {
            for try await delta in streaming.streamAnswer(request) {
                buffer += delta
                var sentences = SentenceSplitter.sentences(in: buffer)
                guard sentences.count > 1 else { continue }
                let pending = sentences.removeLast()
                for sentence in sentences {
                    guard guardrail.isSupported(CitationMarkers.strip(sentence), by: support) else {
                        continuation.yield(.completed(GroundednessGuard.abstention(for: request, reason: .unsupportedClaims, engine: streaming.name)))
                        return
                    }
                    continuation.yield(.delta(CitationMarkers.strip(sentence) + " "))
                    released += sentence + " "
                }
                buffer = pending
            }
        } catch {
            logger.warning("knowledge.engine.stream_failed", metadata: ["knowledge.engine": "\(streaming.name)", "error": "\(error)"])
            var answer = fallback.compose(request)
            answer.engine = fallback.name + " (fallback)"
            continuation.yield(.completed(guardrail.review(answer, request: request)))
            return
        }
        for sentence in SentenceSplitter.sentences(in: buffer) {
            guard guardrail.isSupported(CitationMarkers.strip(sentence), by: support) else {
                continuation.yield(.completed(GroundednessGuard.abstention(for: request, reason: .unsupportedClaims, engine: streaming.name)))
                return
            }
            continuation.yield(.delta(CitationMarkers.strip(sentence) + " "))
        }
        let full = released + buffer
        continuation.yield(.completed(guardrail.review(streaming.finish(full, request: request), request: request)))
    }
}

/// An engine that can also stream its reply as text deltas.
public protocol StreamingAnswerEngine: AnswerEngine {
    /// The raw reply, delta by delta (citation markers included).
    func streamAnswer(_ request: AnswerRequest) -> AsyncThrowingStream<String, any Error>
    /// Turns a complete raw reply into an answer (citations resolved, reply wrapped), as `answer(_:)` would.
    func finish(_ reply: String, request: AnswerRequest) -> KnowledgeAnswer
}
