import Foundation
import HeedCore
import HeedStore
import HeedTestSupport
import Testing

/// Workspace-declared HTTP tools, on SQLite and PostgreSQL.
@Suite("Declared tool store contract")
struct DeclaredToolStoreTests {
    static func tool(_ workspace: Workspace, _ name: String, at offset: Double) -> DeclaredTool {
        DeclaredTool(
            workspaceID: workspace.id, name: name, description: "Loyalty points", method: "GET",
            urlTemplate: "https://api.shop.example/loyalty/{member}",
            parameters: .object(["type": .string("object"), "properties": .object(["member": .object(["type": .string("string")])])]),
            auth: DeclaredToolAuth(kind: .header, header: "X-API-Key", secret: "k-123"), timeoutSeconds: 2.5,
            responseFields: ["/points"], createdAt: Fixtures.now.addingTimeInterval(offset))
    }

    @Test("Tools round-trip with their credential, are listed oldest first, and stay in their workspace", arguments: TestStores.engines)
    func roundTrip(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let (workspace, other) = (Fixtures.workspace(), Fixtures.workspace("Other"))
            let first = Self.tool(workspace, "points", at: 1)
            let second = Self.tool(workspace, "tier", at: 2)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(other)
                try await writer.insert(second)
                try await writer.insert(first)
            }
            #expect(try await store.read { try await $0.declaredTool(id: first.id, workspaceID: workspace.id) } == first)
            #expect(try await store.read { try await $0.declaredTool(id: first.id, workspaceID: other.id) } == nil)
            let listed = try await store.read { try await $0.declaredTools(workspaceID: workspace.id, page: PageRequest(limit: 10)) }
            #expect(listed.items.map(\.name) == ["points", "tier"])
            #expect(try await store.read { try await $0.declaredTools(workspaceID: other.id, page: PageRequest(limit: 10)) }.items.isEmpty)
        }
    }

    @Test("A name is unique per workspace, whatever its case; changes and removal work", arguments: TestStores.engines)
    func uniqueNames(engine: StoreEngineKind) async throws {
        try await TestStores.withStore(engine) { store in
            let (workspace, other) = (Fixtures.workspace(), Fixtures.workspace("Other"))
            let original = Self.tool(workspace, "points", at: 1)
            try await store.write { writer in
                try await writer.insert(workspace)
                try await writer.insert(other)
                try await writer.insert(original)
                try await writer.insert(Self.tool(other, "points", at: 1))
            }
            await #expect(throws: HeedError.self) {
                try await store.write { try await $0.insert(Self.tool(workspace, "POINTS", at: 2)) }
            }
            var tool = original
            tool.timeoutSeconds = 9
            tool.auth.secret = nil
            let updated = tool
            let id = tool.id
            try await store.write { try await $0.update(updated) }
            let changed = try await store.read { try await $0.declaredTool(id: id, workspaceID: workspace.id) }
            #expect(changed?.timeoutSeconds == 9)
            #expect(changed?.auth.secret == nil)
            try await store.write { try await $0.deleteDeclaredTool(id: id, workspaceID: workspace.id) }
            let removed = try await store.read { try await $0.declaredTool(id: id, workspaceID: workspace.id) }
            #expect(removed == nil)
        }
    }
}
