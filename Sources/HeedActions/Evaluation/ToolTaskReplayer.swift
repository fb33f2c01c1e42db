import Foundation
import HeedCore
import HeedStore
import Logging

/// How one task's replay went.
public struct ToolTaskResult: Sendable, Hashable {
    /// Why the task failed; empty when it passed.
    public var failures: [String]
    /// Every tool result, in call order.
    public var results: [String]

    public var passed: Bool { failures.isEmpty }
}

/// Replays a task's ground-truth actions through a ``ToolSession``, as a trusted operator acting for the task's
/// customer (already verified; each write still goes through the confirmation step), and checks that no action
/// failed, that each write's postconditions hold in the stored state after it and, for the last write of each
/// order, in the end state, and that every expected output appears in some result.
public struct ToolTaskReplayer: Sendable {
    let store: any SupportStore
    let workspaceID: UUID
    let logger: Logger

    public init(store: any SupportStore, workspaceID: UUID, logger: Logger) {
        self.store = store
        self.workspaceID = workspaceID
        self.logger = logger
    }

    public func replay(_ task: ToolTask) async throws -> ToolTaskResult {
        let workspaceID = self.workspaceID
        guard
            let customer = try await store.read({ reader in
                try await reader.customers(
                    workspaceID: workspaceID, query: CustomerQuery(externalID: task.userID), page: PageRequest(limit: 1)
                ).items.first
            })
        else { return ToolTaskResult(failures: ["user \(task.userID) not found"], results: []) }
        let session = ToolSession(
            workspaceID: workspaceID, store: store, verifiedCustomerID: customer.id, logger: logger)
        var failures: [String] = []
        var results: [String] = []
        var lastWrite: [String: WriteExpectation] = [:]
        for (index, action) in task.actions.enumerated() {
            let label = "action \(index + 1) (\(action.name))"
            let expectation = try await writeExpectation(for: action, customerID: customer.id)
            let outcome = await Self.callConfirmed(session, action)
            results.append(outcome.text)
            if outcome.isError {
                failures.append("\(label): \(outcome.text)")
                continue
            }
            guard let expectation else { continue }
            failures += try await check(expectation, customerID: customer.id, withCustomer: true).map {
                "\(label): \($0)"
            }
            if let number = expectation.orderNumber { lastWrite[number] = expectation }
        }
        for (number, expectation) in lastWrite.sorted(by: { $0.key < $1.key }) {
            failures += try await check(expectation, customerID: customer.id, withCustomer: false).map {
                "end state of \(number): \($0)"
            }
        }
        let searchable = results.map { $0.lowercased().replacingOccurrences(of: ",", with: "") }
        for output in task.outputs {
            let wanted = output.lowercased().replacingOccurrences(of: ",", with: "")
            if !searchable.contains(where: { $0.contains(wanted) }) {
                failures.append("output \"\(output)\" is in no tool result")
            }
        }
        return ToolTaskResult(failures: failures, results: results)
    }

    /// Calls the tool; a confirmation request is answered with its token, as an operator who approved it would.
    static func callConfirmed(_ session: ToolSession, _ action: ToolTaskAction) async -> ToolOutcome {
        let outcome = await session.call(action.name, arguments: action.arguments)
        guard case .confirmationNeeded(let request) = outcome else { return outcome }
        return await session.call(action.name, arguments: action.arguments, confirmation: request.token)
    }

    private func writeExpectation(for action: ToolTaskAction, customerID: UUID) async throws -> WriteExpectation? {
        guard CommerceTools.registry.tool(named: action.name)?.definition.effect == .write else { return nil }
        let workspaceID = self.workspaceID
        return try await store.read { reader in
            guard let customer = try await reader.customer(id: customerID, workspaceID: workspaceID) else { return nil }
            let number = action.arguments["order_id"]?.stringValue
            let order = try await number.asyncMap { try await reader.order(number: $0, workspaceID: workspaceID) }
            return try? await WriteExpectation.of(action, order: order ?? nil, customer: customer, catalog: reader)
        }
    }

    private func check(_ expectation: WriteExpectation, customerID: UUID, withCustomer: Bool) async throws -> [String] {
        let workspaceID = self.workspaceID
        return try await store.read { reader in
            guard let customer = try await reader.customer(id: customerID, workspaceID: workspaceID) else {
                return ["the customer is gone"]
            }
            let order = try await expectation.orderNumber.asyncMap {
                try await reader.order(number: $0, workspaceID: workspaceID)
            }
            return expectation.check(order ?? nil, withCustomer ? customer : nil)
        }
    }
}

extension Optional where Wrapped: Sendable {
    /// The async transform of the value, if there is one.
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
