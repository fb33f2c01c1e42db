import Foundation
import HeedActions
import HeedCore
import HeedStore
import HeedTestSupport
import Logging

/// The small retail data set under Fixtures/retail: Ana Lee (orders #W1000001 pending, #W1000002 delivered,
/// #W1000004 pending on her gift card) and Ben Cho (#W1000003 pending), a water bottle and a desk lamp.
enum RetailFixture {
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/retail")
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let logger = TestStores.logger

    struct Loaded: Sendable {
        let store: SQLSupportStore
        let workspace: Workspace

        func customer(_ externalID: String) async throws -> Customer {
            let workspaceID = workspace.id
            return try await store.read { reader in
                try await reader.customers(
                    workspaceID: workspaceID, query: CustomerQuery(externalID: externalID), page: PageRequest(limit: 1)
                ).items.first!
            }
        }

        func order(_ number: String) async throws -> Order {
            let workspaceID = workspace.id
            return try await store.read { try await $0.order(number: number, workspaceID: workspaceID)! }
        }

        /// A session verified as `externalID`, or unverified when nil.
        func session(as externalID: String? = nil) async throws -> ToolSession {
            var customerID: UUID?
            if let externalID { customerID = try await customer(externalID).id }
            return ToolSession(
                workspaceID: workspace.id, store: store, clock: FixedClock(instant: RetailFixture.now),
                verifiedCustomerID: customerID, logger: RetailFixture.logger)
        }
    }

    /// Runs `body` with the fixture loaded into a fresh workspace on `engine`.
    static func withLoaded(_ engine: StoreEngineKind, _ body: @Sendable (Loaded) async throws -> Void) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Workspace(name: "Shop", publicKey: "pk_\(UUID().uuidString)", createdAt: now)
            try await store.write { try await $0.insert(workspace) }
            let dataset = try RetailDataset.load(from: folder)
            _ = try await RetailImporter(store: store, clock: FixedClock(instant: now)).load(dataset, into: workspace.id)
            try await body(Loaded(store: store, workspace: workspace))
        }
    }
}

/// A clock that always says the same time.
struct FixedClock: WallClock {
    let instant: Date
    func now() -> Date { instant }
}

extension ToolSession {
    /// Calls a write and confirms it, as a customer who says yes.
    func callConfirmed(_ name: String, _ arguments: JSONValue) async -> ToolOutcome {
        let first = await call(name, arguments: arguments)
        guard case .confirmationNeeded(let request) = first else { return first }
        return await call(name, arguments: arguments, confirmation: request.token)
    }
}

/// Builds a JSON object of string and string-list arguments.
func args(_ values: [String: Any]) -> JSONValue {
    .object(values.mapValues { value in
        if let list = value as? [String] { return .array(list.map(JSONValue.string)) }
        return .string("\(value)")
    })
}

/// The JSON value of a tool's result text.
func parsed(_ outcome: ToolOutcome) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(outcome.text.utf8))
}
