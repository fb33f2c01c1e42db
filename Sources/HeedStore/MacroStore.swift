import Foundation
import HeedCore

/// Reads of a workspace's macros (canned replies). Every lookup names the workspace.
public protocol MacroReader: Sendable {
    func macro(id: UUID, workspaceID: UUID) async throws -> Macro?
    /// The workspace's macros by name, a page at a time.
    func macros(workspaceID: UUID, page: PageRequest) async throws -> Page<Macro>
}

/// Writes of macros, inside ``SupportStore/write(_:)``'s transaction; a name already taken is a conflict.
public protocol MacroWriter: MacroReader {
    func insert(_ macro: Macro) async throws
    func update(_ macro: Macro) async throws
    func deleteMacro(id: UUID, workspaceID: UUID) async throws
}
