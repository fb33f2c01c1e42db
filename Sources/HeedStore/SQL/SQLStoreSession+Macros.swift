import Foundation
import HeedCore

extension SQLStoreSession {
    func macro(id: UUID, workspaceID: UUID) async throws -> Macro? {
        try await documents.fetch(Macro.self, id: id, workspaceID: workspaceID)
    }

    func macros(workspaceID: UUID, page: PageRequest) async throws -> Page<Macro> {
        try await documents.list(Macro.self, workspaceID: workspaceID, where: [], page: page, newestFirst: false)
    }

    func insert(_ macro: Macro) async throws { try await documents.insert(macro) }

    func update(_ macro: Macro) async throws { try await documents.update(macro) }

    func deleteMacro(id: UUID, workspaceID: UUID) async throws {
        try await documents.delete(Macro.self, id: id, workspaceID: workspaceID)
    }
}
