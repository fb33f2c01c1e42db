import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// The behaviour every store engine must have; each test runs on SQLite and on PostgreSQL.
@Suite("Store contract")
struct StoreContractTests {
    @Test("PostgreSQL is configured when the run requires it")
    func postgresIsAvailableWhenRequired() {
        if TestStores.postgresRequired {
            #expect(TestStores.postgresURL != nil, "HEED_REQUIRE_POSTGRES=1 but HEED_TEST_POSTGRES_URL is not set")
            #expect(TestStores.engines.contains(.postgres))
        }
    }

    @Test("Workspaces are found by id and public key", arguments: TestStores.engines)
    func workspaceLookup(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            try await store.write { try await $0.insert(workspace) }
            let byID = try await store.read { try await $0.workspace(id: workspace.id) }
            let byKey = try await store.read { try await $0.workspace(publicKey: workspace.publicKey) }
            let count = try await store.read { try await $0.workspaceCount() }
            #expect(byID == workspace)
            #expect(byKey == workspace)
            #expect(count == 1)
            #expect(try await store.read { try await $0.workspace(id: UUID()) } == nil)
        }
    }

    @Test("Records round-trip with every field", arguments: TestStores.engines)
    func recordsRoundTrip(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            var draft = Fixtures.customer(workspace, externalID: "ext-9", email: "Mai@Example.com")
            draft.attributes = ["orders": .array([.object(["id": .string("VT-1"), "total": .number(12.5)])])]
            draft.tier = .vip
            let customer = draft
            let article = Article(
                workspaceID: workspace.id, externalID: "faq-1", title: "Giao hàng", body: "Hai đến bốn ngày.",
                language: "vi", tags: ["shipping"], visibility: .internal, learnedQuestions: ["bao lâu?"],
                createdAt: Fixtures.now)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
                try await writer.insert(article)
            }
            #expect(try await store.read { try await $0.customer(id: customer.id, workspaceID: workspace.id) } == customer)
            #expect(try await store.read { try await $0.article(id: article.id, workspaceID: workspace.id) } == article)
            #expect(
                try await store.read { try await $0.article(externalID: "faq-1", workspaceID: workspace.id) } == article)
        }
    }

    @Test("Another workspace's records are invisible", arguments: TestStores.engines)
    func workspaceIsolation(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let (workspace, customer, conversation) = try await Fixtures.seedConversation(store)
            let other = Fixtures.workspace("Other")
            let agent = Agent(workspaceID: workspace.id, name: "Lan", email: "lan@acme.test", role: .agent, createdAt: Fixtures.now)
            try await store.write { writer in
                try await writer.insert(other)
                try await writer.insert(agent)
                _ = try await writer.append(Fixtures.message(conversation, body: "hello"))
            }
            try await store.read { (reader: any StoreReader) async throws in
                #expect(try await reader.customer(id: customer.id, workspaceID: other.id) == nil)
                #expect(try await reader.conversation(id: conversation.id, workspaceID: other.id) == nil)
                #expect(try await reader.agent(id: agent.id, workspaceID: other.id) == nil)
                #expect(try await reader.customers(workspaceID: other.id, query: .init(), page: .init()).items.isEmpty)
                #expect(
                    try await reader.conversations(workspaceID: other.id, filter: .init(), page: .init()).items.isEmpty)
                #expect(
                    try await reader.messages(conversationID: conversation.id, workspaceID: other.id, page: .init())
                        .items.isEmpty)
            }
            // Writing into another workspace's conversation is refused.
            let intruder = Message(
                workspaceID: other.id, conversationID: conversation.id, author: .customer, body: "x", createdAt: Fixtures.now)
            await #expect(throws: HeedError.notFound("Conversation")) {
                try await store.write { _ = try await $0.append(intruder) }
            }
        }
    }

    @Test("Unique values conflict within a workspace but not across", arguments: TestStores.engines)
    func uniqueness(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let first = Fixtures.workspace()
            let second = Fixtures.workspace()
            try await store.write { writer in
                try await writer.insert(first)
                try await writer.insert(second)
                try await writer.insert(Agent(workspaceID: first.id, name: "A", email: "a@x.test", role: .agent, createdAt: Fixtures.now))
                try await writer.insert(Agent(workspaceID: second.id, name: "A", email: "a@x.test", role: .agent, createdAt: Fixtures.now))
            }
            await #expect {
                try await store.write { writer in
                    try await writer.insert(
                        Agent(workspaceID: first.id, name: "B", email: "A@X.test", role: .agent, createdAt: Fixtures.now))
                }
            } throws: { ($0 as? HeedError)?.kind == .conflict }
            await #expect {
                try await store.write { writer in
                    try await writer.insert(Fixtures.customer(first, externalID: "dup"))
                    try await writer.insert(Fixtures.customer(first, externalID: "dup"))
                }
            } throws: { ($0 as? HeedError)?.kind == .conflict }
        }
    }

    @Test("A failed transaction leaves nothing behind", arguments: TestStores.engines)
    func transactionRollback(engine: StoreEngineKind) async throws {
        struct Boom: Error {}
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            try await store.write { try await $0.insert(workspace) }
            let team = Team(workspaceID: workspace.id, name: "Billing", createdAt: Fixtures.now)
            await #expect(throws: Boom.self) {
                try await store.write { writer in
                    try await writer.insert(team)
                    throw Boom()
                }
            }
            // A conflict halfway through also rolls back the earlier insert.
            let customer = Fixtures.customer(workspace, externalID: "x")
            await #expect(throws: HeedError.self) {
                try await store.write { writer in
                    try await writer.insert(customer)
                    try await writer.insert(Fixtures.customer(workspace, externalID: "x"))
                }
            }
            try await store.read { (reader: any StoreReader) async throws in
                #expect(try await reader.team(id: team.id, workspaceID: workspace.id) == nil)
                #expect(try await reader.customer(id: customer.id, workspaceID: workspace.id) == nil)
            }
        }
    }

    @Test("Messages with the same client id are stored once", arguments: TestStores.engines)
    func idempotentIngestion(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let (workspace, _, conversation) = try await Fixtures.seedConversation(store)
            let first = try await store.write { try await $0.append(Fixtures.message(conversation, body: "hi", clientID: "m-1")) }
            let replay = try await store.write {
                try await $0.append(Fixtures.message(conversation, body: "hi again", clientID: "m-1"))
            }
            let second = try await store.write { try await $0.append(Fixtures.message(conversation, body: "next", clientID: "m-2")) }
            #expect(first.created)
            #expect(!replay.created)
            #expect(replay.message == first.message)
            #expect(second.message.sequence == 2)
            let listed = try await store.read {
                try await $0.messages(conversationID: conversation.id, workspaceID: workspace.id, page: .init())
            }
            #expect(listed.items.map(\.body) == ["hi", "next"])
            #expect(listed.items.map(\.clientMessageID) == ["m-1", "m-2"])
            let latest = try await store.read {
                try await $0.latestMessages(conversationID: conversation.id, workspaceID: workspace.id, limit: 1)
            }
            #expect(latest.map(\.body) == ["next"])
            let both = try await store.read {
                try await $0.latestMessages(conversationID: conversation.id, workspaceID: workspace.id, limit: 5)
            }
            #expect(both.map(\.body) == ["hi", "next"], "oldest first")
        }
    }

    @Test("Concurrent appends to one conversation get distinct, gapless sequence numbers", arguments: TestStores.engines)
    func concurrentAppends(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let (workspace, _, conversation) = try await Fixtures.seedConversation(store)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        _ = try await store.write {
                            try await $0.append(Fixtures.message(conversation, body: "m\(index)", clientID: "c\(index % 10)"))
                        }
                    }
                }
                try await group.waitForAll()
            }
            let listed = try await store.read {
                try await $0.messages(conversationID: conversation.id, workspaceID: workspace.id, page: .init(limit: 100))
            }
            #expect(listed.items.map(\.sequence) == Array(1...10))
            #expect(Set(listed.items.compactMap(\.clientMessageID)).count == 10)
        }
    }

    @Test("Lists page with cursors, filters apply, bad cursors are refused", arguments: TestStores.engines)
    func pagination(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let customer = Fixtures.customer(workspace)
            let conversations = (0..<5).map {
                Fixtures.conversation(workspace, customer: customer, at: Double($0), status: $0 % 2 == 0 ? .open : .pending)
            }
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
                for conversation in conversations { try await writer.insert(conversation, externalThreadID: nil) }
            }
            var seen: [UUID] = []
            var cursor: String?
            repeat {
                let current = cursor
                let page = try await store.read {
                    try await $0.conversations(
                        workspaceID: workspace.id, filter: .init(), page: PageRequest(cursor: current, limit: 2))
                }
                seen += page.items.map(\.id)
                cursor = page.nextCursor
            } while cursor != nil
            #expect(seen == conversations.reversed().map(\.id))
            let open = try await store.read {
                try await $0.conversations(workspaceID: workspace.id, filter: .init(status: .open), page: .init())
            }
            #expect(open.items.count == 3)
            #expect(open.items.allSatisfy { $0.status == .open })
            await #expect(throws: HeedError.self) {
                try await store.read {
                    try await $0.conversations(
                        workspaceID: workspace.id, filter: .init(), page: PageRequest(cursor: "not-a-cursor"))
                }
            }
        }
    }

    @Test("Deleting a customer erases their conversations and messages", arguments: TestStores.engines)
    func customerErasure(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let (workspace, customer, conversation) = try await Fixtures.seedConversation(store)
            _ = try await store.write { try await $0.append(Fixtures.message(conversation, body: "my card is 4111…")) }
            try await store.write { try await $0.deleteCustomer(id: customer.id, workspaceID: workspace.id) }
            let remaining = try await store.read { (reader: any StoreReader) async throws in
                try await reader.messages(conversationID: conversation.id, workspaceID: workspace.id, page: .init())
            }
            #expect(remaining.items.isEmpty)
            #expect(try await store.read { try await $0.conversation(id: conversation.id, workspaceID: workspace.id) } == nil)
            await #expect(throws: HeedError.notFound("Customer")) {
                try await store.write { try await $0.deleteCustomer(id: customer.id, workspaceID: workspace.id) }
            }
        }
    }

    @Test("Migrations apply once", arguments: TestStores.engines)
    func migrationsAreIdempotent(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let again = try await Migrator(engine: store.engine, logger: TestStores.logger).migrate()
            #expect(again.isEmpty)
        }
    }
}
