import Foundation
import HeedActions
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// Creates the retail demo workspace — a store whose customers, orders and catalog come from a retail data set
/// (the τ-bench retail domain) — once; later starts find it and leave it alone.
public struct RetailDemoSeeder: Sendable {
    /// The retail demo workspace's public key.
    public static let publicKey = "pk_demo_retail"
    /// Where the retail data set is looked for by default (the shared data folder next to the repository).
    public static let defaultDataFolder = "../shared/data/tau_bench_retail"

    let store: any SupportStore
    let clock: any WallClock
    let logger: Logger

    public init(store: any SupportStore, clock: any WallClock = SystemWallClock(), logger: Logger) {
        self.store = store
        self.clock = clock
        self.logger = logger
    }

    /// The retail demo workspace, created (with an admin agent and an admin API key) when missing.
    public func ensureWorkspace(adminSecret: String?) async throws -> DemoSeedResult {
        if let existing = try await store.read({ try await $0.workspace(publicKey: Self.publicKey) }) {
            return DemoSeedResult(workspace: existing, adminSecret: nil, created: false)
        }
        let now = clock.now()
        var workspace = Workspace(name: "Retail demo", publicKey: Self.publicKey, createdAt: now)
        workspace.identitySecret = APIKeySecret.generate()
        let admin = Agent(
            workspaceID: workspace.id, name: "Retail admin", email: "admin@retail.example", role: .admin,
            createdAt: now)
        let secret = adminSecret ?? APIKeySecret.generate()
        let key = APIKey(
            workspaceID: workspace.id, agentID: admin.id, name: "Retail demo admin key", role: .admin,
            prefix: APIKeySecret.prefix(of: secret), secretHash: APIKeySecret.hash(secret), createdAt: now)
        let created = workspace
        try await store.write { writer in
            try await writer.insert(created)
            try await writer.insert(admin)
            try await writer.insert(key)
        }
        return DemoSeedResult(workspace: workspace, adminSecret: secret, created: true)
    }

    /// Creates the workspace and loads the data set of `dataFolder` into it, unless the workspace is there already.
    public func seedIfNeeded(dataFolder: String, adminSecret: String?) async throws -> DemoSeedResult {
        if let existing = try await store.read({ try await $0.workspace(publicKey: Self.publicKey) }) {
            return DemoSeedResult(workspace: existing, adminSecret: nil, created: false)
        }
        let dataset = try RetailDataset.load(from: URL(fileURLWithPath: dataFolder))
        let result = try await ensureWorkspace(adminSecret: adminSecret)
        let summary = try await RetailImporter(store: store, clock: clock).load(dataset, into: result.workspace.id)
        logger.info(
            "Seeded the retail demo workspace",
            metadata: [
                "workspace.id": "\(result.workspace.id)", "retail.customers": "\(summary.customers)",
                "retail.orders": "\(summary.orders)", "retail.products": "\(summary.products)",
            ])
        return result
    }
}
