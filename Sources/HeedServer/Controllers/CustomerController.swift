import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/customers`: CRUD, lookup by `?email=` or `?external_id=`, and the export of everything about one.
struct CustomerController: RecordsController {
    let store: any SupportStore
    let clock: any WallClock
    let body: JSONBodyReader

    /// The routes any signed-in caller may use (all of them).
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("customers", use: list)
        routes.post("customers", use: create)
        routes.get("customers/:id", use: show)
        routes.patch("customers/:id", use: update)
        routes.delete("customers/:id", use: delete)
        routes.get("customers/:id/export", use: export)
        return routes
    }

    @Sendable func list(_ request: Request, context: SignedInContext) async throws -> Response {
        let page = try request.pageRequest()
        let query = CustomerQuery(
            email: request.uri.queryParameters.get("email").flatMap { $0.isEmpty ? nil : $0 },
            externalID: request.uri.queryParameters.get("external_id").flatMap { $0.isEmpty ? nil : $0 })
        return try JSONResponse.page(
            try await store.read {
                try await $0.customers(workspaceID: context.principal.workspaceID, query: query, page: page)
            })
    }

    @Sendable func create(_ request: Request, context: SignedInContext) async throws -> Response {
        let principal = context.principal
        let input = try await body.decode(CustomerInput.self, from: request)
        let now = clock.now()
        let customer = try input.makeCustomer(workspaceID: principal.workspaceID, now: now)
        try await store.write { writer in
            try await writer.insert(customer)
            try await writer.insert(
                principal.auditEvent("customer.created", subjectType: "customer", subjectID: customer.id, at: now))
        }
        return try JSONResponse.make(customer, status: .created)
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        try await records.show("Customer", context: context) { try await $0.customer(id: $1, workspaceID: $2) }
    }

    @Sendable func update(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Customer")
        let input = try await body.decode(UpdateCustomerRequest.self, from: request)
        let updated = try await records.update(
            "Customer", id: id, by: context.principal, at: clock.now(), audit: "customer.updated", subjectType: "customer",
            load: { try await $0.customer(id: $1, workspaceID: $2) }, save: { try await $0.update($1) }
        ) { customer, _ in
            customer = try input.applied(to: customer)
        }
        return try JSONResponse.make(updated)
    }

    @Sendable func delete(_ request: Request, context: SignedInContext) async throws -> Response {
        try await records.delete("Customer", subjectType: "customer", action: "customer.deleted", context: context) {
            try await $0.deleteCustomer(id: $1, workspaceID: $2)
        }
        return JSONResponse.noContent()
    }

    /// The customer's data as a JSON download (`customer-<id>.json`).
    @Sendable func export(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Customer")
        let export = try await CustomerDataExporter(store: store, clock: clock).export(customerID: id, by: context.principal)
        var response = try JSONResponse.make(export)
        response.headers[.contentDisposition] = "attachment; filename=\"customer-\(id.uuidString.lowercased()).json\""
        return response
    }
}
