import Foundation
import HeedCore

/// One turn of the order dialogue, without any language model: it recognises the order intent (or the slot an
/// open request waits for), verifies an unverified visitor before any account data is used, fills the order, items
/// and address slots with clarifying questions, proposes writes and runs them only on an explicit yes, and answers
/// by quoting the tools' results — all through the conversation's ``ToolSession``, which enforces the policy.
struct OrderDialogueTurn: Sendable {
    /// What the turn came to: the reply and the intent it served.
    struct Reply: Sendable {
        let text: String
        let intent: OrderIntent
    }

    let session: ToolSession
    let text: String
    let words: DialogueText
    let language: String
    let now: Date
    /// The verified customer's id in tool calls (their external id), once known.
    var userID: String?
    var state: OrderDialogueState
    /// The tool calls made, as the reply shows them.
    private(set) var calls: [ToolCallAnnotation] = []
    /// Why the dialogue replied so.
    var reasons: [String] = []

    init(session: ToolSession, text: String, language: String, state: OrderDialogueState, userID: String?, now: Date) {
        self.session = session
        self.text = text
        self.words = DialogueText(OrderNumberPattern.removingNumbers(from: text))
        self.state = state
        self.userID = userID
        self.now = now
        // Short replies ("yes", "VT-10030") say little about their language: keep speaking the dialogue's.
        let short = DialogueText(IdentityDetails.removingEmails(from: OrderNumberPattern.removingNumbers(from: text)))
            .words.count < 3
        self.language = short ? (state.language ?? language) : language
        if !short { self.state.language = language }
    }

    /// The reply when the message is the dialogue's (an order intent, or what an open request waits for), else
    /// nil.
    mutating func run() async -> Reply? {
        let numbers = OrderNumberPattern.numbers(in: text)
        if let pending = state.pending, pending.awaiting == .confirmation {
            state.pending = nil
            if ConfirmationReply.isExplicitYes(words), let proposal = pending.proposal {
                reasons.append("customer said yes to \(proposal.tool)")
                return Reply(text: await carryOut(proposal, intent: pending.intent), intent: pending.intent)
            }
            reasons.append("no explicit yes: change dropped")
            let declined = phrase(.declined)
            guard var fresh = request(numbers: numbers) else { return Reply(text: declined, intent: pending.intent) }
            return Reply(text: declined + "\n\n" + (await advance(&fresh)), intent: fresh.intent)
        }
        guard var request = request(numbers: numbers) else { return nil }
        return Reply(text: await advance(&request), intent: request.intent)
    }

    /// The request this message opens or continues, or nil when it is not about orders. An open request whose slot
    /// the message does not fill is dropped, so a change of subject goes to the knowledge base.
    private mutating func request(numbers: [String]) -> PendingOrderRequest? {
        let context = !numbers.isEmpty || state.lastOrderNumber != nil || state.pending != nil
        let intent = OrderIntentRecognizer.intent(of: words, hasOrderContext: context)
        if var pending = state.pending {
            if let intent, intent != pending.intent {
                return PendingOrderRequest(intent: intent, orderNumber: numbers.first)
            }
            // A number in an address ("LV-1010") is not an order: only a request still missing its order takes one.
            if let number = numbers.first, pending.orderNumber == nil || pending.awaiting == .order {
                pending.orderNumber = number
            }
            if pending.awaiting == .order, pending.orderNumber == nil, let choice = choice(in: pending.candidates) {
                pending.orderNumber = choice
            }
            if intent != nil || fills(pending, numbers: numbers) { return pending }
            state.pending = nil
            reasons.append("open request dropped: the message is about something else")
            return nil
        }
        if let intent { return PendingOrderRequest(intent: intent, orderNumber: numbers.first) }
        if let number = numbers.first { return PendingOrderRequest(intent: .status, orderNumber: number) }
        return nil
    }

    /// Whether the message gives what `pending` waits for.
    private func fills(_ pending: PendingOrderRequest, numbers: [String]) -> Bool {
        switch pending.awaiting {
        case .identity:
            let details = IdentityDetails(text)
            return details.email != nil || details.hasNameAndZip
        case .order: return pending.orderNumber != nil
        case .items: return true
        case .address: return AddressParser.address(in: text, defaultCountry: "") != nil
        case .confirmation: return false
        }
    }

    /// The order picked by its place in the list offered ("2"), if the message is just that.
    private func choice(in candidates: [String]?) -> String? {
        guard let candidates, words.words.count == 1, let index = Int(words.words[0]), candidates.indices.contains(index - 1)
        else { return nil }
        return candidates[index - 1]
    }

    /// Takes the request as far as it can go this turn; returns what to tell the customer.
    private mutating func advance(_ request: inout PendingOrderRequest) async -> String {
        if let question = await verify(&request) { return question }
        let number: String
        if let given = request.orderNumber {
            number = given
        } else {
            switch await pickOrder(&request) {
            case .picked(let picked): number = picked
            case .reply(let text): return text
            }
        }
        request.orderNumber = number
        guard let order = await orderDetails(number) else {
            state.pending = nil
            reasons.append("order \(number) is not the customer's")
            return phrase(.notFound, ["order": number])
        }
        state.lastOrderNumber = order.number
        switch request.intent {
        case .status:
            state.pending = nil
            return statusText(order)
        case .warranty:
            state.pending = nil
            return warrantyText(order)
        case .cancel: return await proposeCancel(order, &request)
        case .returnItems: return await proposeReturn(order, &request)
        case .changeAddress: return await proposeAddress(order, &request)
        }
    }

    // MARK: Tools

    /// Calls a tool through the session and notes the call for the reply.
    mutating func call(_ tool: String, _ arguments: [String: JSONValue], confirmation: String? = nil) async
        -> ToolOutcome
    {
        let outcome = await session.call(tool, arguments: .object(arguments), confirmation: confirmation)
        calls.append(ToolCallAnnotation(tool: tool, outcome: Self.outcome(outcome), summary: ToolCallAudit.resultSummary(outcome)))
        reasons.append("tool \(tool): \(ToolCallAudit.outcomeName(outcome))")
        return outcome
    }

    private static func outcome(_ outcome: ToolOutcome) -> ToolCallAnnotation.Outcome {
        switch outcome {
        case .completed(let result): result.isError ? .failed : .completed
        case .confirmationNeeded: .confirmationNeeded
        }
    }

    /// The customer's order `number` as `get_order_details` shows it; nil when it is not theirs (or not there).
    mutating func orderDetails(_ number: String) async -> OrderDocument? {
        let outcome = await call("get_order_details", ["order_id": .string(number)])
        guard case .completed(let result) = outcome, !result.isError else { return nil }
        return OrderDocument(result: result.text)
    }

    /// `phrase` in the dialogue's language.
    func phrase(_ phrase: OrderPhrase, _ values: [String: String] = [:]) -> String {
        OrderPhrasebook.text(phrase, language, values)
    }
}
