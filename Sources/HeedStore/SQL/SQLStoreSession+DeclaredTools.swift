import Foundation
import HeedCore

extension SQLStoreSession {
    func declaredTool(id: UUID, workspaceID: UUID) async throws -> DeclaredTool? {
        try await documents.fetch(DeclaredTool.self, id: id, workspaceID: workspaceID)
    }

    func declaredTools(workspaceID: UUID, page: PageRequest) async throws -> Page<DeclaredTool> {
        try await documents.list(DeclaredTool.self, workspaceID: workspaceID, where: [], page: page, newestFirst: false)
    }

    func insert(_ tool: DeclaredTool) async throws { try await documents.insert(tool) }

    func update(_ tool: DeclaredTool) async throws { try await documents.update(tool) }

    func deleteDeclaredTool(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(DeclaredTool.self, id: id, workspaceID: workspaceID)
    }
}
