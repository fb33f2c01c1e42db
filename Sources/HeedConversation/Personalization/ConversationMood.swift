import HeedCore
import HeedKnowledge
import HeedLanguage

/// The customer's state in this conversation, read from the signals of the message being answered and of the
/// customer's previous messages in the same conversation — never from anything kept about the customer — and the
/// reply tone it calls for. Anger lingers for a couple of messages (a calm follow-up question after an outburst
/// still gets a calm answer); an apology needs a clearly negative message, so a neutral question never gets one.
struct ConversationMood: Sendable, Hashable {
    /// Anger (0…1) in the message and the customer's latest earlier messages.
    let anger: Double
    /// Confusion (0…1) in the message and, lingering, the latest earlier message.
    let confusion: Double
    /// Signed polarity of the message, −1…1.
    let polarity: Double
    let sentiment: SentimentLabel
    let churnThreat: Double

    /// A signal counts from this score on.
    static let presence = 0.5
    /// A negative message gets an apology from this polarity down.
    static let apologyPolarity = -0.3

    /// Reads the mood from `signals` (the message being answered) and `earlier`, the customer's previous messages
    /// of the conversation, oldest first.
    init(signals: MessageSignals, earlier: [MessageAnnotations]) {
        let current = signals
        let calmedDown = current[.gratitude].score >= Self.presence || current.sentiment.label == .positive
        let lingeringAnger = calmedDown ? 0 : earlier.suffix(2).map { Self.score(.anger, in: $0) }.max() ?? 0
        let lingeringConfusion = earlier.last.map { Self.score(.confusion, in: $0) } ?? 0
        anger = max(current[.anger].score, lingeringAnger * 0.8)
        confusion = max(current[.confusion].score, calmedDown ? 0 : lingeringConfusion * 0.8)
        polarity = current.sentiment.polarity
        sentiment = current.sentiment.label
        churnThreat = current[.churnThreat].score
    }

    /// The tone to answer in: calm for anger, steps for confusion, an apology for a clearly unhappy message,
    /// else neutral.
    var tone: ReplyTone {
        if anger >= Self.presence { return .calm }
        if confusion >= Self.presence { return .stepByStep }
        if sentiment == .negative, polarity <= Self.apologyPolarity || churnThreat >= Self.presence { return .empathetic }
        return .neutral
    }

    private static func score(_ kind: SignalKind, in annotations: MessageAnnotations) -> Double {
        annotations.signals.first { $0.kind == kind.rawValue }?.score ?? 0
    }
}
