import Foundation
import HeedAutomation
import HeedCore
import Hummingbird

/// Churn risk, computed on request from the customers' conversations (never stored): one customer's score with
/// its evidence, and the workspace's customers at risk, riskiest first.
struct ChurnRiskController {
    let assessor: ChurnRiskAssessor

    /// A customer at risk, with the score and its evidence.
    struct AtRiskCustomer: Encodable, Sendable {
        let customer: Customer
        let churnRisk: ChurnRisk

        enum CodingKeys: String, CodingKey {
            case customer
            case churnRisk = "churn_risk"
        }
    }

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("customers/at-risk", use: atRisk)
        routes.get("customers/:id/churn-risk", use: risk)
        return routes
    }

    @Sendable func atRisk(_ request: Request, context: SignedInContext) async throws -> Response {
        let limit = try request.pageRequest().limit
        let found = try await assessor.atRisk(workspaceID: context.principal.workspaceID, limit: limit)
        return try JSONResponse.page(
            Page(items: found.map { AtRiskCustomer(customer: $0.0, churnRisk: $0.1) }, nextCursor: nil))
    }

    @Sendable func risk(_ request: Request, context: SignedInContext) async throws -> Response {
        let id = try context.uuidParameter(resource: "Customer")
        return try JSONResponse.make(try await assessor.risk(customerID: id, workspaceID: context.principal.workspaceID))
    }
}
