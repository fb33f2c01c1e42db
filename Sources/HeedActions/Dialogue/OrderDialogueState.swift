import Foundation
import HeedCore

/// Where a conversation's order dialogue stands between turns, stored as the conversation's
/// ``ConversationDialogue`` (kind `orders`). It holds no personal data: whom the visitor verified as (an id), which
/// request is open and which slot it waits for, and the change proposed for a yes.
struct OrderDialogueState: Sendable, Codable, Hashable {
    /// The customer this conversation verified as by e-mail and order number or by name and zip (a signed
    /// identity needs none).
    var verifiedCustomerID: UUID?
    /// The request still being filled in or confirmed.
    var pending: PendingOrderRequest?
    /// The order the conversation last talked about, so "cancel it" knows which.
    var lastOrderNumber: String?
    /// The language the dialogue speaks, from the customer's last message long enough to tell ("yes" is not).
    var language: String?
    /// The write a model provider asked for and the customer was asked to confirm (the provider's tool loop).
    var modelProposal: ProposedChange?
    /// Whether the provider's tool loop wrote the last AI reply after calling tools, so a follow-up without tool
    /// calls is its too.
    var modelDialogueOpen: Bool?

    /// The dialogue kind the state is stored under.
    static let kind = "orders"

    /// The state stored in `dialogue`, or a fresh one when there is none or it is of another kind.
    init(_ dialogue: ConversationDialogue?) {
        self.init()
        guard let dialogue, dialogue.kind == Self.kind,
            let data = try? HeedJSON.makeEncoder().encode(dialogue.state),
            let state = try? HeedJSON.makeDecoder().decode(Self.self, from: data)
        else { return }
        self = state
    }

    init() {}

    /// The state as a JSON document.
    var document: JSONValue {
        guard let data = try? HeedJSON.makeEncoder().encode(self),
            let value = try? HeedJSON.makeDecoder().decode(JSONValue.self, from: data)
        else { return .null }
        return value
    }

    enum CodingKeys: String, CodingKey {
        case pending, language
        case verifiedCustomerID = "verified_customer_id"
        case lastOrderNumber = "last_order_number"
        case modelProposal = "model_proposal"
        case modelDialogueOpen = "model_dialogue_open"
    }
}

/// An order request being filled in: its intent, the slots filled so far, and the slot it waits for.
struct PendingOrderRequest: Sendable, Codable, Hashable {
    /// The detail the dialogue asked the customer for.
    enum Slot: String, Sendable, Codable, Hashable {
        /// Who they are (e-mail and order number, or name and zip).
        case identity
        /// Which order.
        case order
        /// Which items (returns).
        case items
        /// The new address.
        case address
        /// An explicit yes to ``PendingOrderRequest/proposal``.
        case confirmation
    }

    var intent: OrderIntent
    var awaiting: Slot
    var orderNumber: String?
    /// The orders offered when asking which one, in the order listed.
    var candidates: [String]?
    var itemIDs: [String]?
    var address: PostalAddress?
    /// The change waiting for a yes.
    var proposal: ProposedChange?

    init(intent: OrderIntent, awaiting: Slot = .order, orderNumber: String? = nil) {
        self.intent = intent
        self.awaiting = awaiting
        self.orderNumber = orderNumber
    }

    enum CodingKeys: String, CodingKey {
        case intent, awaiting, candidates, address, proposal
        case orderNumber = "order_number"
        case itemIDs = "item_ids"
    }
}

/// A write tool call the customer was asked to confirm, exactly as it will run.
struct ProposedChange: Sendable, Codable, Hashable {
    var tool: String
    var arguments: JSONValue
    /// What the customer was told will change (kept for proposals of the provider's tool loop, whose yes only
    /// holds while the change is still the same).
    var summary: [String]?
}
