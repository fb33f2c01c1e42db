import Foundation
import HeedCore
import HeedStore
import Hummingbird

/// A request context that knows its caller: ``SignedInContext`` and ``AdminContext``.
protocol PrincipalContext: RequestContext {
    /// The authenticated caller.
    var principal: Principal { get }
}

extension SignedInContext: PrincipalContext {}
extension AdminContext: PrincipalContext {}

/// A controller over the store, with a clock: its handlers share the steps of ``WorkspaceRecords``.
protocol RecordsController {
    var store: any SupportStore { get }
    var clock: any WallClock { get }
}

extension RecordsController {
    /// The shared steps, on this controller's store and clock.
    var records: WorkspaceRecords { WorkspaceRecords(store: store, clock: clock) }
}

/// The steps the record handlers of the signed-in controllers share: finding the record of the caller's workspace
/// that the path's `:id` names (a 404 when there is none), and changing or deleting a record, or the caller's
/// workspace, together with its audit event in one write.
struct WorkspaceRecords: Sendable {
    let store: any SupportStore
    let clock: any WallClock

    /// The record that `fetch` reads for the path's `:id` in the caller's workspace; 404 for `resource` when
    /// the id is malformed or names nothing. `fetch` gets the reader, the id and the workspace id.
    func find<Record: Sendable>(
        _ resource: String, context: some PrincipalContext,
        _ fetch: @escaping @Sendable (any StoreReader, UUID, UUID) async throws -> Record?
    ) async throws -> Record {
        let id = try context.uuidParameter(resource: resource)
        let workspaceID = context.principal.workspaceID
        guard let record = try await store.read({ try await fetch($0, id, workspaceID) }) else {
            throw HeedError.notFound(resource)
        }
        return record
    }

    /// ``find(_:context:_:)`` as a JSON answer.
    func show<Record: Sendable & Encodable>(
        _ resource: String, context: some PrincipalContext,
        _ fetch: @escaping @Sendable (any StoreReader, UUID, UUID) async throws -> Record?
    ) async throws -> Response {
        try JSONResponse.make(try await find(resource, context: context, fetch))
    }

    /// Deletes the record the path's `:id` names with `delete` (given the writer, the id and the workspace id) and
    /// records `action` on the audit log, in one write. Returns the id.
    @discardableResult
    func delete(
        _ resource: String, subjectType: String, action: String, context: some PrincipalContext,
        _ delete: @escaping @Sendable (any StoreWriter, UUID, UUID) async throws -> Void
    ) async throws -> UUID {
        let principal = context.principal
        let id = try context.uuidParameter(resource: resource)
        let now = clock.now()
        try await store.write { writer in
            try await delete(writer, id, principal.workspaceID)
            try await writer.insert(principal.auditEvent(action, subjectType: subjectType, subjectID: id, at: now))
        }
        return id
    }

    /// The caller's workspace; 404 when it is gone.
    func workspace(of principal: Principal) async throws -> Workspace {
        guard let workspace = try await store.read({ try await $0.workspace(id: principal.workspaceID) }) else {
            throw HeedError.notFound("Workspace")
        }
        return workspace
    }

    /// Loads the record `id` of the caller's workspace with `load` (404 for `resource` when there is none), lets
    /// `change` edit it (with the writer at hand), stamps it with `now`, stores it with `save` and records `action`
    /// on the audit log, in one write. Returns the stored record.
    func update<Record: ChangeStamped>(
        _ resource: String, id: UUID, by principal: Principal, at now: Date,
        audit action: String, subjectType: String, details: [String: JSONValue] = [:],
        load: @escaping @Sendable (any StoreReader, UUID, UUID) async throws -> Record?,
        save: @escaping @Sendable (any StoreWriter, Record) async throws -> Void,
        change: @escaping @Sendable (inout Record, any StoreWriter) async throws -> Void
    ) async throws -> Record {
        try await store.write { writer in
            guard var record = try await load(writer, id, principal.workspaceID) else { throw HeedError.notFound(resource) }
            try await change(&record, writer)
            record.updatedAt = now
            try await save(writer, record)
            try await writer.insert(
                principal.auditEvent(action, subjectType: subjectType, subjectID: id, at: now, details: details))
            return record
        }
    }

    /// ``update(_:id:by:at:audit:subjectType:details:load:save:change:)`` for the caller's workspace itself.
    @discardableResult
    func changeWorkspace(
        of principal: Principal, action: String, details: [String: JSONValue] = [:],
        _ change: @escaping @Sendable (inout Workspace, any StoreWriter) async throws -> Void
    ) async throws -> Workspace {
        try await update(
            "Workspace", id: principal.workspaceID, by: principal, at: clock.now(), audit: action,
            subjectType: "workspace", details: details, load: { reader, id, _ in try await reader.workspace(id: id) },
            save: { try await $0.update($1) }, change: change)
    }
}

/// A record that carries when it last changed.
protocol ChangeStamped: Sendable {
    var updatedAt: Date { get set }
}

extension Agent: ChangeStamped {}
extension Article: ChangeStamped {}
extension Customer: ChangeStamped {}
extension Workspace: ChangeStamped {}
