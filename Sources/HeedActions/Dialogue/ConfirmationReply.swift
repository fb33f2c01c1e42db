import Foundation

/// Reads a customer's answer to a proposed change. Only an explicit yes counts ("yes", "ok", "confirm", "có",
/// "đồng ý", "ya", "setuju", "jā"…): the message must start with a yes word and hold no word of refusal or doubt.
/// Anything else — "no", a question, silence on the point — counts as no.
enum ConfirmationReply {
    /// Whether `text` is an explicit yes.
    static func isExplicitYes(_ text: DialogueText) -> Bool {
        guard !text.words.isEmpty, !text.containsAny(blockers) else { return false }
        return yesPhrases.contains { text.folded.hasPrefix(" \($0) ") }
    }

    /// Phrases of assent, folded.
    static let yesPhrases = [
        "yes", "y", "yes please", "yep", "yeah", "ok", "okay", "oke", "confirm", "confirmed", "i confirm", "sure",
        "go ahead", "do it", "please do", "co", "vang", "dong y", "xac nhan", "dung roi", "duoc", "ya", "iya",
        "setuju", "sahkan", "saya setuju", "boleh", "konfirmasi", "betul", "ja", "apstiprinu", "piekritu", "labi",
    ]

    /// Words that undo a yes: refusals, doubts, and second thoughts.
    static let blockers = [
        "no", "not", "don t", "dont", "nope", "never", "wait", "but", "instead", "khong", "dung huy", "chua",
        "nhung", "tidak", "tak", "jangan", "belum", "tapi", "tetapi", "ne", "nav", "bet", "pagaidiet",
    ]
}
