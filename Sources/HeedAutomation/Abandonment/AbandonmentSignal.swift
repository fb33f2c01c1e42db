import Foundation
import HeedCore

/// Why a customer looks like they left a conversation that still needed them.
public enum AbandonmentReason: String, Sendable, Codable, Hashable, CaseIterable {
    /// Their last message was negative (negative sentiment, anger or a threat to leave) and they did not answer
    /// what came after it.
    case negativeThenSilent = "negative_then_silent"
    /// The conversation was handed to a person and the customer did not answer what came after.
    case leftDuringHandoff = "left_during_handoff"
}

/// Spots abandonment in one open conversation: the last visible message is Heed's or an agent's, older than the
/// silence, and the customer either ended on a negative note or was in the middle of a hand-off. A conversation is
/// flagged once (its ``tag``).
public enum AbandonmentSignal {
    /// The tag a flagged conversation carries, visible to agents in the console.
    public static let tag = "abandonment-risk"
    /// The signals that make a customer message negative, with a score of at least 0.5.
    static let negativeSignals: Set<String> = ["anger", "churn_threat"]

    /// Why the customer seems to have left `conversation` as of `now` (`messages` oldest first), nil when they
    /// have not, or when it is flagged already.
    public static func reason(
        _ conversation: Conversation, messages: [Message], now: Date, silence: TimeInterval
    ) -> AbandonmentReason? {
        guard conversation.status == .open, !conversation.tags.contains(tag) else { return nil }
        let visible = messages.filter { !$0.isInternalNote }
        guard let last = visible.last, last.author != .customer, now.timeIntervalSince(last.createdAt) >= silence,
              let customer = visible.last(where: { $0.author == .customer })
        else { return nil }
        if conversation.handedOffAt != nil, conversation.handler == .human { return .leftDuringHandoff }
        return isNegative(customer) ? .negativeThenSilent : nil
    }

    /// Whether the message reads negative.
    public static func isNegative(_ message: Message) -> Bool {
        message.annotations.sentiment == "negative"
            || message.annotations.signals.contains { negativeSignals.contains($0.kind) && $0.score >= 0.5 }
    }

    /// The one follow-up the customer may get, in their language (English when Heed has none in it).
    public static func followUp(_ reason: AbandonmentReason, language: String?) -> (text: String, language: String) {
        let texts = reason == .leftDuringHandoff ? handoffFollowUps : negativeFollowUps
        let chosen = language.flatMap { texts[$0] != nil ? $0 : nil } ?? "en"
        return (texts[chosen] ?? "", chosen)
    }

    static let negativeFollowUps = [
        "en": "I'm sorry this has been frustrating. If you'd like, reply here and a colleague will pick it up.",
        "vi": "Rất tiếc vì sự phiền lòng này. Nếu bạn muốn, hãy trả lời tại đây và đồng nghiệp của tôi sẽ hỗ trợ bạn.",
        "ms": "Maaf atas kesulitan ini. Jika anda mahu, balas di sini dan rakan sekerja saya akan membantu.",
        "id": "Mohon maaf atas ketidaknyamanan ini. Jika Anda mau, balas di sini dan rekan saya akan membantu.",
        "lv": "Atvainojiet par sagādātajām neērtībām. Ja vēlaties, atbildiet šeit, un kolēģis jums palīdzēs.",
    ]

    static let handoffFollowUps = [
        "en": "A colleague is on the way. You can close this window: the answer will be waiting for you here.",
        "vi": "Đồng nghiệp của tôi đang đến. Bạn có thể đóng cửa sổ này: câu trả lời sẽ chờ bạn tại đây.",
        "ms": "Rakan sekerja saya akan datang. Anda boleh menutup tetingkap ini: jawapan akan menunggu anda di sini.",
        "id": "Rekan saya segera datang. Anda boleh menutup jendela ini: jawabannya akan menunggu Anda di sini.",
        "lv": "Kolēģis drīz pievienosies. Varat aizvērt šo logu: atbilde jūs gaidīs šeit.",
    ]
}
