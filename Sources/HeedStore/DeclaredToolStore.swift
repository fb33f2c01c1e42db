import Foundation
import HeedCore

/// Reads of a workspace's declared HTTP tools. Every lookup names the workspace.
public protocol DeclaredToolReader: Sendable {
    func declaredTool(id: UUID, workspaceID: UUID) async throws -> DeclaredTool?
    /// The workspace's declared tools, oldest first, a page at a time.
    func declaredTools(workspaceID: UUID, page: PageRequest) async throws -> Page<DeclaredTool>
}

/// Writes of declared tools, inside ``SupportStore/write(_:)``'s transaction; a name already taken is a conflict.
public protocol DeclaredToolWriter: DeclaredToolReader {
    func insert(_ tool: DeclaredTool) async throws
    func update(_ tool: DeclaredTool) async throws
    func deleteDeclaredTool(id: UUID, workspaceID: UUID) async throws
}
