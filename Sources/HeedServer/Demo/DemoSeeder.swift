import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Logging

/// What seeding the demo did.
public struct DemoSeedResult: Sendable {
    public let workspace: Workspace
    /// The admin key's secret when it is known now (newly created, or fixed by the caller); nil otherwise.
    public let adminSecret: String?
    /// Whether the workspace was created by this call.
    public let created: Bool
}

/// Creates the demo workspace — Voltra, an online electronics shop — once; later starts find it and leave it alone.
/// Given a folder laid out like the bundled demo (`workspace.json`, `customers.json`, `articles/*.md`, optional
/// `routing-examples.json` and `conversations.json`), it seeds that company instead, under its own public key.
public struct DemoSeeder: Sendable {
    /// The demo workspace's public key (fixed, so it can be found again and embedded in the demo page).
    public static let publicKey = "pk_demo_voltra"

    let store: any SupportStore
    let clock: any WallClock
    let logger: Logger
    /// The folder of the company to seed; nil for the bundled demo.
    let folder: URL?
    /// The seeded workspace's public key.
    let publicKey: String
    /// Past conversations to seed over the eight weeks before (``DemoHistory``), so reports show figures at once.
    let historyConversations: Int

    public init(
        store: any SupportStore, clock: any WallClock, logger: Logger, folder: URL? = nil,
        publicKey: String = DemoSeeder.publicKey, historyConversations: Int = 0
    ) {
        self.store = store
        self.clock = clock
        self.logger = logger
        self.folder = folder
        self.publicKey = publicKey
        self.historyConversations = historyConversations
    }

    /// The content to seed: the folder's, or the bundled demo's.
    func content() throws -> DemoContent {
        try folder.map(DemoContent.load(from:)) ?? DemoContent.bundled()
    }

    /// Seeds the demo if it is not there; `adminSecret` makes sure that secret is a valid admin key of the demo.
    /// Seeds the demo once; with `agentPassword`, every demo agent without a password gets that one (also on
    /// later starts, so a demo made before passwords existed can sign in).
    func seedIfNeeded(adminSecret: String?, agentPassword: (String, PasswordHasher)? = nil) async throws
        -> DemoSeedResult
    {
        let result = try await seedWorkspaceIfNeeded(adminSecret: adminSecret)
        try await ensureRoutingModel(workspace: result.workspace)
        try await ensureOrders(workspace: result.workspace)
        if let (password, hasher) = agentPassword {
            try await ensureAgentPasswords(password, hasher: hasher, workspace: result.workspace)
        }
        return result
    }

    private func seedWorkspaceIfNeeded(adminSecret: String?) async throws -> DemoSeedResult {
        if let existing = try await store.read({ try await $0.workspace(publicKey: publicKey) }) {
            if let adminSecret { try await ensureAdminKey(adminSecret, workspace: existing) }
            return DemoSeedResult(workspace: existing, adminSecret: adminSecret, created: false)
        }
        let content = try content()
        let secret = adminSecret ?? APIKeySecret.generate()
        let workspace = try await seed(content, adminSecret: secret)
        logger.info(
            "Seeded the demo workspace",
            metadata: ["workspace.id": "\(workspace.id)", "demo.articles": "\(content.articles.count)"])
        return DemoSeedResult(workspace: workspace, adminSecret: secret, created: true)
    }

    /// Trains the demo's default routing from its labelled examples when the workspace has learned none (also on
    /// later starts, so a demo made before learned routing existed gets it).
    private func ensureRoutingModel(workspace: Workspace) async throws {
        let examples = try content().routingExamples
        guard !examples.isEmpty,
            try await store.read({ try await $0.routingModel(workspaceID: workspace.id) }) == nil
        else { return }
        let teams = try await store.read {
            try await $0.teams(workspaceID: workspace.id, page: PageRequest(limit: PageRequest.maximumLimit)).items
        }
        let model = try LearnedRouting.train(examples, teams: teams, workspaceID: workspace.id, now: clock.now())
        try await store.write { try await $0.save(model) }
    }

    /// Makes the orders in the demo customers' profile data real commerce orders when a customer has none (also on
    /// later starts, so a demo made before commerce data existed gets them).
    private func ensureOrders(workspace: Workspace) async throws {
        let now = clock.now()
        let created = try await store.write { writer in
            var created = 0
            let customers = try await writer.customers(
                workspaceID: workspace.id, query: CustomerQuery(), page: PageRequest(limit: PageRequest.maximumLimit))
            for customer in customers.items {
                guard try await writer.orders(customerID: customer.id, workspaceID: workspace.id, limit: 1).isEmpty
                else { continue }
                let records = DemoOrders.records(for: customer, now: now)
                guard !records.orders.isEmpty else { continue }
                try await writer.update(records.customer)
                for order in records.orders { try await writer.insert(order) }
                created += records.orders.count
            }
            return created
        }
        if created > 0 { logger.info("Added the demo's commerce orders", metadata: ["demo.orders": "\(created)"]) }
    }

    private func ensureAgentPasswords(_ password: String, hasher: PasswordHasher, workspace: Workspace) async throws {
        let missing = try await store.read { reader in
            var missing: [Agent] = []
            for agent in try await reader.agents(workspaceID: workspace.id, page: PageRequest(limit: 200)).items
            where try await reader.agentCredential(agentID: agent.id, workspaceID: workspace.id) == nil {
                missing.append(agent)
            }
            return missing
        }
        guard !missing.isEmpty else { return }
        let hash = try await hasher.hash(password)
        let now = clock.now()
        try await store.write { writer in
            for agent in missing {
                try await writer.save(
                    AgentCredential(
                        agentID: agent.id, workspaceID: workspace.id, email: agent.email, passwordHash: hash, createdAt: now))
            }
        }
    }

    private func ensureAdminKey(_ secret: String, workspace: Workspace) async throws {
        let hash = APIKeySecret.hash(secret)
        if let key = try await store.read({ try await $0.apiKey(secretHash: hash) }) {
            guard key.workspaceID == workspace.id, key.role == .admin, key.revokedAt == nil else {
                throw HeedError(.conflict, code: .adminKeyTaken, message: "That admin key is already used elsewhere.")
            }
            return
        }
        let now = clock.now()
        let admin = try await store.read { reader in
            try await reader.agents(workspaceID: workspace.id, page: PageRequest(limit: 200)).items
                .first { $0.role == .admin }
        }
        let key = APIKey(
            workspaceID: workspace.id, agentID: admin?.id, name: "Demo admin key", role: .admin,
            prefix: APIKeySecret.prefix(of: secret), secretHash: hash, createdAt: now)
        try await store.write { try await $0.insert(key) }
    }

    private func seed(_ content: DemoContent, adminSecret: String) async throws -> Workspace {
        let records = try DemoRecords(
            content, publicKey: publicKey, adminSecret: adminSecret, start: clock.now(),
            historyConversations: historyConversations)
        try await records.save(to: store)
        return records.workspace
    }
}
