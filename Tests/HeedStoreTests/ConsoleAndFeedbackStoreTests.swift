import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// Console credentials and sessions, feedback, and the "unassigned" filter, on both engines.
@Suite("Store: console and feedback")
struct ConsoleAndFeedbackStoreTests {
    static func agent(_ workspace: Workspace, email: String) -> Agent {
        Agent(workspaceID: workspace.id, name: "Agent", email: email, role: .agent, createdAt: Fixtures.now)
    }

    @Test("Credentials are found by e-mail in any workspace and replaced on save", arguments: TestStores.engines)
    func credentials(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let first = Fixtures.workspace("One")
            let second = Fixtures.workspace("Two")
            let agentA = Self.agent(first, email: "Sam@Example.com")
            let agentB = Self.agent(second, email: "sam@example.com")
            try await store.write { writer in
                try await writer.insert(first)
                try await writer.insert(second)
                try await writer.insert(agentA)
                try await writer.insert(agentB)
                try await writer.save(
                    AgentCredential(
                        agentID: agentA.id, workspaceID: first.id, email: agentA.email, passwordHash: "h1",
                        createdAt: Fixtures.now))
                try await writer.save(
                    AgentCredential(
                        agentID: agentB.id, workspaceID: second.id, email: agentB.email, passwordHash: "h2",
                        createdAt: Fixtures.now))
            }
            let found = try await store.read { try await $0.agentCredentials(email: "SAM@example.com") }
            #expect(Set(found.map(\.id)) == [agentA.id, agentB.id])

            var draft = try #require(found.first { $0.id == agentA.id })
            draft.passwordHash = "h3"
            let changed = draft
            try await store.write { try await $0.save(changed) }
            let reread = try await store.read { try await $0.agentCredential(agentID: agentA.id, workspaceID: first.id) }
            #expect(reread?.passwordHash == "h3")
            // Another workspace's id does not find it.
            #expect(try await store.read { try await $0.agentCredential(agentID: agentA.id, workspaceID: second.id) } == nil)

            // Removing the agent removes the password with it.
            try await store.write { try await $0.deleteAgent(id: agentA.id, workspaceID: first.id) }
            #expect(try await store.read { try await $0.agentCredentials(email: "sam@example.com") }.map(\.id) == [agentB.id])
        }
    }

    @Test("Console sessions are found by token hash and deleted on sign-out", arguments: TestStores.engines)
    func sessions(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let agent = Self.agent(workspace, email: "kim@example.com")
            let session = ConsoleSession(
                workspaceID: workspace.id, agentID: agent.id, tokenHash: "hash-1", csrfToken: "csrf",
                createdAt: Fixtures.now, expiresAt: Fixtures.now.addingTimeInterval(3600))
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(agent)
                try await writer.insert(session)
            }
            #expect(try await store.read { try await $0.consoleSession(tokenHash: "hash-1") } == session)
            #expect(try await store.read { try await $0.consoleSession(tokenHash: "hash-2") } == nil)
            try await store.write { try await $0.deleteConsoleSession(id: session.id, workspaceID: workspace.id) }
            #expect(try await store.read { try await $0.consoleSession(tokenHash: "hash-1") } == nil)
        }
    }

    @Test("Feedback is listed per conversation, updated in place, and erased with the customer", arguments: TestStores.engines)
    func feedback(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let (workspace, customer, conversation) = try await Fixtures.seedConversation(store)
            let (message, _) = try await store.write { try await $0.append(Fixtures.message(conversation, body: "hi")) }
            var draft = Feedback(
                workspaceID: workspace.id, conversationID: conversation.id, messageID: message.id, kind: .aiRating,
                rating: 1, author: .customer, authorID: customer.id, createdAt: Fixtures.now)
            let first = draft
            let csat = Feedback(
                workspaceID: workspace.id, conversationID: conversation.id, kind: .csat, rating: 4, comment: "quick",
                author: .customer, createdAt: Fixtures.now.addingTimeInterval(1))
            try await store.write { writer in
                try await writer.insert(first)
                try await writer.insert(csat)
            }
            draft.rating = -1
            let rating = draft
            try await store.write { try await $0.update(rating) }
            let listed = try await store.read { try await $0.feedback(conversationID: conversation.id, workspaceID: workspace.id) }
            #expect(listed == [rating, csat])
            let otherWorkspace = Fixtures.workspace("Other")
            try await store.write { try await $0.insert(otherWorkspace) }
            #expect(try await store.read { try await $0.feedback(conversationID: conversation.id, workspaceID: otherWorkspace.id) }.isEmpty)

            try await store.write { try await $0.deleteCustomer(id: customer.id, workspaceID: workspace.id) }
            #expect(try await store.read { try await $0.feedback(conversationID: conversation.id, workspaceID: workspace.id) }.isEmpty)
        }
    }

    @Test("The unassigned filter lists only conversations nobody holds", arguments: TestStores.engines)
    func unassignedFilter(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let workspace = Fixtures.workspace()
            let customer = Fixtures.customer(workspace)
            let agent = Self.agent(workspace, email: "lee@example.com")
            var draftHeld = Fixtures.conversation(workspace, customer: customer, at: 1)
            draftHeld.assigneeID = agent.id
            let held = draftHeld
            let free = Fixtures.conversation(workspace, customer: customer, at: 2)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(customer)
                try await writer.insert(agent)
                try await writer.insert(held, externalThreadID: nil)
                try await writer.insert(free, externalThreadID: nil)
            }
            let unassigned = try await store.read {
                try await $0.conversations(workspaceID: workspace.id, filter: .init(unassigned: true), page: .init())
            }
            #expect(unassigned.items.map(\.id) == [free.id])
            let all = try await store.read {
                try await $0.conversations(workspaceID: workspace.id, filter: .init(), page: .init())
            }
            #expect(all.items.count == 2)
        }
    }
}
