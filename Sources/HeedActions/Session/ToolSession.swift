import Foundation
import HeedCore
import HeedStore
import Logging

/// One conversation's use of tools, and the one entry point a conversation layer calls. It keeps the verified
/// customer and enforces the policy in code, whatever a prompt or a message says: tools that touch an account
/// need an identified customer; a conversation serves one customer; tools see only that customer's orders; and
/// every write needing confirmation first returns ``ToolOutcome/confirmationNeeded(_:)`` listing what will change,
/// and runs only when called again with that request's token and the same arguments. With an audit context, every
/// call is recorded as a `tool.called` audit event (arguments redacted, outcome, latency).
public actor ToolSession {
    public let workspaceID: UUID
    /// The customer the conversation is verified as, if any.
    public private(set) var verifiedCustomerID: UUID?
    private let store: any SupportStore
    private let registry: ToolRegistry
    private let clock: any WallClock
    private let logger: Logger
    private var pending: ConfirmationRequest?
    private let audit: ToolAuditContext?
    /// What the last external call adds to its audit event (the backend's status, the answer's size).
    private var externalDetails: [String: JSONValue] = [:]

    /// A session in `workspaceID`; `verifiedCustomerID` when the caller already verified the customer (a signed
    /// widget identity, or a trusted operator acting for them); `audit` to record every call.
    public init(
        workspaceID: UUID, store: any SupportStore, registry: ToolRegistry = CommerceTools.registry,
        clock: any WallClock = SystemWallClock(), verifiedCustomerID: UUID? = nil, audit: ToolAuditContext? = nil,
        logger: Logger
    ) {
        self.workspaceID = workspaceID
        self.store = store
        self.registry = registry
        self.clock = clock
        self.verifiedCustomerID = verifiedCustomerID
        self.logger = logger
        self.audit = audit
    }

    /// Calls the tool `name`; for a write needing confirmation, pass the token of the confirmation the customer
    /// said yes to. Never throws: failures come back as `Error: …` results.
    public func call(_ name: String, arguments: JSONValue, confirmation: String? = nil) async -> ToolOutcome {
        externalDetails = [:]
        let start = ContinuousClock.now
        let outcome = await perform(name, arguments: arguments, confirmation: confirmation)
        if let audit { await record(name, arguments, confirmation != nil, outcome, ContinuousClock.now - start, audit) }
        return outcome
    }

    /// Plans a write needing confirmation without auditing the plan (the audit keeps the write itself): the
    /// request to confirm, to be passed back to ``call(_:arguments:confirmation:)`` with its token.
    func propose(_ name: String, arguments: JSONValue) async -> ToolOutcome {
        externalDetails = [:]
        return await perform(name, arguments: arguments, confirmation: nil)
    }

    /// Records a call that is refused before any tool sees it (e.g. arguments that are not JSON) and returns the
    /// refusal as the call's result, audited like any other call.
    public func refuse(_ name: String, arguments: JSONValue, because reason: String) async -> ToolOutcome {
        let outcome = ToolOutcome.completed(.failure(ToolFailure(reason)))
        if let audit { await record(name, arguments, false, outcome, .zero, audit) }
        return outcome
    }

    private func perform(_ name: String, arguments: JSONValue, confirmation: String?) async -> ToolOutcome {
        guard let tool = registry.tool(named: name) else {
            return .completed(.failure(ToolFailure("unknown tool '\(name)'")))
        }
        do {
            let parsed = try ToolArguments(arguments)
            if tool.definition.access == .verifiedCustomer, verifiedCustomerID == nil {
                throw ToolFailure(ToolPolicy.identifyFirst)
            }
            if let external = tool as? any ExternalTool {
                return try await perform(external, parsed, arguments: arguments, confirmation: confirmation)
            }
            guard tool.definition.effect == .write else { return .completed(try await read(tool, parsed)) }
            return try await write(tool, parsed, arguments: arguments, confirmation: confirmation)
        } catch let failure as ToolFailure {
            return .completed(.failure(failure))
        } catch {
            logger.error("Tool call failed", metadata: ["tool.name": "\(name)", "error": "\(error)"])
            return .completed(.failure(ToolFailure("the tool could not complete; try again later")))
        }
    }

    /// An external tool's call: the confirmation rule of writes, then the call itself, outside any transaction.
    private func perform(
        _ tool: any ExternalTool, _ arguments: ToolArguments, arguments json: JSONValue, confirmation: String?
    ) async throws -> ToolOutcome {
        let name = tool.definition.name
        if tool.definition.effect == .write, tool.definition.needsConfirmation {
            guard let confirmation else {
                let request = ConfirmationRequest(
                    token: UUID().uuidString, toolName: name, arguments: json, summary: tool.summary(of: arguments))
                pending = request
                return .confirmationNeeded(request)
            }
            let expected = pending
            pending = nil
            guard let expected, expected.token == confirmation, expected.toolName == name, expected.arguments == json
            else { throw ToolFailure(ToolPolicy.confirmationMismatch) }
        }
        var customer: Customer?
        if let customerID = verifiedCustomerID {
            let workspaceID = workspaceID
            customer = try await store.read { try await $0.customer(id: customerID, workspaceID: workspaceID) }
        }
        let result = try await tool.perform(
            arguments, context: ExternalToolContext(conversationID: audit?.conversationID, customer: customer))
        externalDetails = ["http_status": .number(Double(result.status)), "result_bytes": .number(Double(result.bytes))]
        return .completed(ToolResult(text: result.text))
    }

    /// Stores the call's audit event; a failure to audit is logged, never turned into the call's result.
    private func record(
        _ name: String, _ arguments: JSONValue, _ confirmed: Bool, _ outcome: ToolOutcome, _ latency: Duration,
        _ context: ToolAuditContext
    ) async {
        let tool = registry.tool(named: name)
        var event = ToolCallAudit.event(
            tool?.definition, name: name,
            arguments: tool is any ExternalTool ? ToolCallAudit.redactedFully(arguments) : arguments,
            confirmed: confirmed, outcome: outcome, latency: latency, workspaceID: workspaceID, context: context,
            at: clock.now())
        for (key, value) in externalDetails { event.details[key] = value }
        externalDetails = [:]
        let audited = event
        do {
            try await store.write { try await $0.insert(audited) }
        } catch {
            logger.error("Tool call audit failed", metadata: ["tool.name": "\(name)", "error": "\(error)"])
        }
    }

    private func read(_ tool: any CommerceTool, _ arguments: ToolArguments) async throws -> ToolResult {
        let plan = try await store.read { reader in
            try await tool.plan(arguments, in: try await self.scope(reader))
        }
        switch plan {
        case .answer(let text):
            return ToolResult(text: text)
        case .identified(let customer, let answer):
            if let verifiedCustomerID, verifiedCustomerID != customer.id { throw ToolFailure(ToolPolicy.oneCustomer) }
            verifiedCustomerID = customer.id
            return ToolResult(text: answer)
        case .change:
            throw ToolFailure("the tool '\(tool.definition.name)' is declared as a read but plans a change")
        }
    }

    private func write(
        _ tool: any CommerceTool, _ arguments: ToolArguments, arguments json: JSONValue, confirmation: String?
    ) async throws -> ToolOutcome {
        let name = tool.definition.name
        if tool.definition.needsConfirmation {
            guard let confirmation else {
                let change = try await store.read { reader in
                    try await Self.change(from: tool.plan(arguments, in: try await self.scope(reader)))
                }
                let request = ConfirmationRequest(
                    token: UUID().uuidString, toolName: name, arguments: json, summary: change.summary)
                pending = request
                return .confirmationNeeded(request)
            }
            let expected = pending
            pending = nil
            guard let expected, expected.token == confirmation, expected.toolName == name, expected.arguments == json
            else { throw ToolFailure(ToolPolicy.confirmationMismatch) }
        }
        let customerID = verifiedCustomerID
        let result = try await store.write { writer in
            let change = try Self.change(from: try await tool.plan(arguments, in: try await self.scope(writer)))
            try await Self.persist(change, customerID: customerID, writer: writer)
            return change.result
        }
        logger.info("Tool changed data", metadata: ["tool.name": "\(name)", "workspace.id": "\(workspaceID)"])
        return .completed(ToolResult(text: result))
    }

    private func scope(_ reader: any StoreReader) async throws -> ToolScope {
        var customer: Customer?
        if let verifiedCustomerID {
            customer = try await reader.customer(id: verifiedCustomerID, workspaceID: workspaceID)
            if customer == nil { throw ToolFailure("the identified customer no longer exists") }
        }
        return ToolScope(workspaceID: workspaceID, customer: customer, now: clock.now(), reader: reader)
    }

    private static func change(from plan: ToolPlan) throws -> PlannedChange {
        guard case .change(let change) = plan else { throw ToolFailure("the tool planned no change") }
        return change
    }

    /// Stores a change, refusing any record that is not the verified customer's own.
    private static func persist(_ change: PlannedChange, customerID: UUID?, writer: any StoreWriter) async throws {
        for order in change.orders where order.customerID != customerID {
            throw ToolFailure(ToolPolicy.otherCustomer)
        }
        for customer in change.customers where customer.id != customerID {
            throw ToolFailure(ToolPolicy.otherCustomer)
        }
        for customer in change.customers { try await writer.update(customer) }
        for order in change.orders { try await writer.update(order) }
    }
}
