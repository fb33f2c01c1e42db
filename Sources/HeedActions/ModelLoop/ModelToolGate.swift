import Foundation
import HeedCore

/// Runs the tool calls a model asks for in one turn, through the conversation's ``ToolSession`` (identify first,
/// one customer per conversation, only their own orders, every call audited), and adds the rule a model cannot
/// talk its way around: a write needing confirmation runs only when it was proposed to the customer in an
/// earlier turn, with the same arguments and the same resulting change, and the customer's message of this turn is
/// an explicit yes. Any other write call is refused with a tool result that tells the model to ask, and nothing
/// changes. One yes carries out one write.
struct ModelToolGate {
    let session: ToolSession
    let registry: ToolRegistry
    /// Whether the customer's message of this turn is an explicit yes.
    let customerSaidYes: Bool
    /// The write waiting for the customer's yes: proposed in an earlier turn, or in this one.
    private(set) var proposal: ProposedChange?
    /// Whether ``proposal`` was made before this turn (only such a proposal can be confirmed now).
    private var proposalIsFromEarlierTurn: Bool
    /// The calls made, for the reply's annotations.
    private(set) var calls: [ToolCallAnnotation] = []
    /// The order numbers the customer wrote in the conversation: an e-mail verifies a visitor only with one of them.
    let writtenOrderNumbers: [String]
    /// Whether the model asked to hand the conversation to a person (`transfer_to_human_agents`): the loop ends
    /// and the turn pipeline decides (its knowledge answer, or its hand-off).
    private(set) var transferRequested = false
    /// Whether a visitor's e-mail lookup was refused this turn (no order of theirs named): nothing of the account
    /// may be used for the rest of the turn, and the verification is not kept.
    private(set) var identityRefused = false

    init(
        session: ToolSession, registry: ToolRegistry, customerSaidYes: Bool, proposal: ProposedChange?,
        writtenOrderNumbers: [String] = []
    ) {
        self.session = session
        self.registry = registry
        self.customerSaidYes = customerSaidYes
        self.proposal = proposal
        self.proposalIsFromEarlierTurn = proposal != nil
        self.writtenOrderNumbers = writtenOrderNumbers
    }

    static let emailNeedsOrder =
        "Error: an e-mail address verifies the customer only together with one of their order numbers, written by "
        + "the customer; ask the customer for the number of one of their orders (or their name and zip code)."

    /// What the model asked for, as the tool result it reads.
    static let notConfirmed =
        "Error: not done: the customer has not confirmed this change. Nothing was changed. Tell the customer exactly "
        + "what will change and ask for an explicit yes; call this tool again with the same arguments only after "
        + "the customer replied yes."

    /// Runs the call `name` with `arguments` (a JSON text, placeholders already restored) and returns the result
    /// text for the model.
    mutating func run(_ name: String, arguments text: String) async -> String {
        guard let data = text.isEmpty ? Data("{}".utf8) : text.data(using: .utf8),
            let arguments = try? JSONDecoder().decode(JSONValue.self, from: data)
        else {
            return note(
                name,
                await session.refuse(
                    name, arguments: .null,
                    because: "the arguments of '\(name)' are not valid JSON; send one JSON object with the tool's parameters"))
        }
        let definition = registry.tool(named: name)?.definition
        if identityRefused, definition?.access == .verifiedCustomer {
            return note(name, await session.refuse(name, arguments: arguments, because: ToolPolicy.identifyFirst))
        }
        if name == "find_user_id_by_email" { return await identify(byEmail: arguments) }
        if name == TransferToHumanTool().definition.name { transferRequested = true }
        guard let definition, definition.effect == .write, definition.needsConfirmation
        else { return note(name, await session.call(name, arguments: arguments)) }
        return await write(name, arguments)
    }

    /// The e-mail lookup, as the embedded dialogue verifies a visitor: the e-mail must name a customer and one of
    /// the order numbers the customer wrote must be theirs.
    private mutating func identify(byEmail arguments: JSONValue) async -> String {
        let wasVerified = await session.verifiedCustomerID != nil
        let outcome = await session.call("find_user_id_by_email", arguments: arguments)
        guard !wasVerified, !outcome.isError else { return note("find_user_id_by_email", outcome) }
        for number in writtenOrderNumbers {
            let order = await session.call("get_order_details", arguments: .object(["order_id": .string(number)]))
            if !order.isError { return note("find_user_id_by_email", outcome) }
        }
        identityRefused = true
        calls.append(ToolCallAnnotation(tool: "find_user_id_by_email", outcome: .failed, summary: "no order of theirs named"))
        return Self.emailNeedsOrder
    }

    private mutating func write(_ name: String, _ arguments: JSONValue) async -> String {
        // The customer's yes to the standing proposal: re-planned on fresh data (not audited: only the write is),
        // and carried out when the change is still the one they said yes to.
        if customerSaidYes, proposalIsFromEarlierTurn, let standing = proposal, standing.tool == name,
            standing.arguments == arguments,
            case .confirmationNeeded(let request) = await session.propose(name, arguments: arguments),
            standing.summary == request.summary
        {
            let done = await session.call(name, arguments: arguments, confirmation: request.token)
            proposal = nil
            proposalIsFromEarlierTurn = false
            return note(name, done)
        }
        let proposed = await session.call(name, arguments: arguments)
        guard case .confirmationNeeded(let request) = proposed else { return note(name, proposed) }
        // A new or changed proposal, or no yes to the standing one: the customer is asked (again).
        proposal = ProposedChange(tool: name, arguments: arguments, summary: request.summary)
        proposalIsFromEarlierTurn = false
        calls.append(Self.annotation(name, proposed))
        return request.text + "\n" + Self.notConfirmed
    }

    /// Notes the call for the reply and returns its result text, without instructions aimed at the AI.
    private mutating func note(_ name: String, _ outcome: ToolOutcome) -> String {
        calls.append(Self.annotation(name, outcome))
        guard case .completed(let result) = outcome, !result.isError else { return outcome.text }
        return ToolResultShield.shielded(result.text)
    }

    static func annotation(_ name: String, _ outcome: ToolOutcome) -> ToolCallAnnotation {
        let kind: ToolCallAnnotation.Outcome
        switch outcome {
        case .completed(let result): kind = result.isError ? .failed : .completed
        case .confirmationNeeded: kind = .confirmationNeeded
        }
        return ToolCallAnnotation(tool: name, outcome: kind, summary: ToolCallAudit.resultSummary(outcome))
    }
}
