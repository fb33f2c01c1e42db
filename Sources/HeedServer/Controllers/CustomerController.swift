import Foundation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/customers`: CRUD and lookup by `?email=` or `?external_id=`.
struct CustomerController {
    let store: any SupportStore
    let clock: any WallClock
    let body: JSONBodyReader

    func addRoutes(to group: RouterGroup<HeedRequestContext>) {
        group.get("customers") { request, context in
            let principal = try context.requirePrincipal()
            let page = try request.pageRequest()
            let query = CustomerQuery(
                email: request.uri.queryParameters.get("email").flatMap { $0.isEmpty ? nil : $0 },
                externalID: request.uri.queryParameters.get("external_id").flatMap { $0.isEmpty ? nil : $0 })
            return try JSONResponse.page(
                try await store.read {
                    try await $0.customers(workspaceID: principal.workspaceID, query: query, page: page)
                })
        }
        group.post("customers") { request, context in
            let principal = try context.requirePrincipal()
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
        group.get("customers/:id") { _, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Customer")
            guard
                let customer = try await store.read({ try await $0.customer(id: id, workspaceID: principal.workspaceID) })
            else { throw HeedError.notFound("Customer") }
            return try JSONResponse.make(customer)
        }
        group.patch("customers/:id") { request, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Customer")
            let input = try await body.decode(UpdateCustomerRequest.self, from: request)
            let now = clock.now()
            let updated = try await store.write { writer in
                guard let customer = try await writer.customer(id: id, workspaceID: principal.workspaceID) else {
                    throw HeedError.notFound("Customer")
                }
                var changed = try input.applied(to: customer)
                changed.updatedAt = now
                try await writer.update(changed)
                try await writer.insert(principal.auditEvent("customer.updated", subjectType: "customer", subjectID: id, at: now))
                return changed
            }
            return try JSONResponse.make(updated)
        }
        group.delete("customers/:id") { _, context in
            let principal = try context.requirePrincipal()
            let id = try context.uuidParameter(resource: "Customer")
            let now = clock.now()
            try await store.write { writer in
                try await writer.deleteCustomer(id: id, workspaceID: principal.workspaceID)
                try await writer.insert(principal.auditEvent("customer.deleted", subjectType: "customer", subjectID: id, at: now))
            }
            return JSONResponse.noContent()
        }
    }
}
