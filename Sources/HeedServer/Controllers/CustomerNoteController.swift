import Foundation
import HeedConversation
import HeedCore
import Hummingbird

/// `/api/v1/customers/{id}/notes`: the customer's memory — notes Heed wrote when their conversations were
/// resolved, and agents' own — to read, add, edit and erase.
struct CustomerNoteController {
    let memory: CustomerMemory
    let body: JSONBodyReader

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("customers/:id/notes", use: list)
        routes.post("customers/:id/notes", use: create)
        routes.patch("customers/:id/notes/:note_id", use: update)
        routes.delete("customers/:id/notes/:note_id", use: delete)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Customer")
        let notes = try await memory.notes(customerID: id, workspaceID: context.principal.workspaceID)
        return try JSONResponse.page(Page(items: notes, nextCursor: nil))
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Customer")
        let input = try await body.decode(CreateCustomerNoteRequest.self, from: request)
        let note = try await memory.add(kind: input.kind, text: input.text, customerID: id, by: context.principal)
        return try JSONResponse.make(note, status: .created)
    }

    @Sendable func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Customer")
        let noteID = try context.uuidParameter("note_id", resource: "Note")
        let input = try await body.decode(UpdateCustomerNoteRequest.self, from: request)
        let note = try await memory.edit(
            noteID: noteID, customerID: id, kind: input.kind, text: input.text, by: context.principal)
        return try JSONResponse.make(note)
    }

    @Sendable func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Customer")
        let noteID = try context.uuidParameter("note_id", resource: "Note")
        try await memory.delete(noteID: noteID, customerID: id, by: context.principal)
        return JSONResponse.noContent()
    }
}
