import Foundation
import HeedCore
import HeedStore

/// Declares, changes and removes a workspace's HTTP tools, each change audited with its admin. A declared tool may
/// not take the name of a built-in tool.
public struct DeclaredToolBook: Sendable {
    let store: any SupportStore
    let clock: any WallClock
    let builtIn: ToolRegistry

    /// A book over `store`; `builtIn` are the names a declared tool may not take.
    public init(store: any SupportStore, clock: any WallClock, builtIn: ToolRegistry = CommerceTools.registry) {
        self.store = store
        self.clock = clock
        self.builtIn = builtIn
    }

    /// Declares a tool (name, description, method, URL template and parameters are required).
    public func create(_ draft: DeclaredToolDraft, by principal: Principal) async throws -> DeclaredTool {
        for (field, present) in [
            ("name", draft.name != nil), ("description", draft.description != nil), ("method", draft.method != nil),
            ("url_template", draft.urlTemplate != nil), ("parameters", draft.parameters != nil),
        ] where !present {
            throw HeedError.invalidField(field, "is required")
        }
        let now = clock.now()
        let blank = DeclaredTool(
            workspaceID: principal.workspaceID, name: "", description: "", method: "GET", urlTemplate: "",
            parameters: .null, createdAt: now)
        let tool = try checked(try draft.applied(to: blank))
        try await store.write { writer in
            try await writer.insert(tool)
            try await writer.insert(principal.auditEvent("tool.declared", subjectType: "tool", subjectID: tool.id, at: now))
        }
        return tool
    }

    /// Changes a declared tool; fields not in `draft` stay as they are.
    public func update(id: UUID, with draft: DeclaredToolDraft, by principal: Principal) async throws -> DeclaredTool {
        let now = clock.now()
        return try await store.write { writer in
            guard let stored = try await writer.declaredTool(id: id, workspaceID: principal.workspaceID) else {
                throw HeedError.notFound("Tool")
            }
            var tool = try draft.applied(to: stored)
            tool.updatedAt = now
            tool = try checked(tool)
            try await writer.update(tool)
            try await writer.insert(principal.auditEvent("tool.updated", subjectType: "tool", subjectID: id, at: now))
            return tool
        }
    }

    /// Removes a declared tool; its calls stay audited.
    public func delete(id: UUID, by principal: Principal) async throws {
        let now = clock.now()
        try await store.write { writer in
            try await writer.deleteDeclaredTool(id: id, workspaceID: principal.workspaceID)
            try await writer.insert(principal.auditEvent("tool.removed", subjectType: "tool", subjectID: id, at: now))
        }
    }

    private func checked(_ tool: DeclaredTool) throws -> DeclaredTool {
        let valid = try tool.validated()
        if builtIn.tool(named: valid.name) != nil {
            throw HeedError.invalidField("name", "is the name of a built-in tool")
        }
        return valid
    }
}
