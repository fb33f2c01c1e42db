import Foundation
import HeedConversation
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/policy/routing/examples`: the default routing learned from labelled examples (customer words → team).
/// Everyone reads what was learned; admins train it again or remove it.
struct RoutingExamplesController {
    let store: any SupportStore
    let learnedRouting: LearnedRouting
    /// Tells the other nodes the routing model changed.
    let cacheChanges: CacheChanges
    let clock: any WallClock
    let body: JSONBodyReader

    struct TrainRequest: Decodable {
        let examples: [RoutingExample]
    }

    /// What routing learned, as the API shows it.
    struct LearnedView: Encodable {
        struct TeamCount: Encodable {
            let name: String
            let examples: Int
        }

        let trained: Bool
        let exampleCount: Int
        let teams: [TeamCount]
        let examples: [RoutingExample]
        let trainedAt: Date?

        init(_ model: RoutingModel?) {
            trained = model != nil
            exampleCount = model?.examples.count ?? 0
            let counts = Dictionary(grouping: model?.examples ?? [], by: \.team).mapValues(\.count)
            teams = (model?.teams ?? []).map { TeamCount(name: $0, examples: counts[$0] ?? 0) }
            examples = model?.examples ?? []
            trainedAt = model?.updatedAt
        }

        enum CodingKeys: String, CodingKey {
            case trained, teams, examples
            case exampleCount = "example_count"
            case trainedAt = "trained_at"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(trained, forKey: .trained)
            try c.encode(exampleCount, forKey: .exampleCount)
            try c.encode(teams, forKey: .teams)
            try c.encode(examples, forKey: .examples)
            try c.encode(trainedAt, forKey: .trainedAt)
        }
    }

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("policy/routing/examples", use: show)
        return routes
    }

    /// The routes for admins.
    var adminEndpoints: RouteCollection<AdminContext> {
        let routes = RouteCollection(context: AdminContext.self)
        routes.post("policy/routing/examples", use: train)
        routes.delete("policy/routing/examples", use: forget)
        return routes
    }

    @Sendable func show(_ request: Request, context: SignedInContext) async throws -> Response {
        let model = try await store.read { try await $0.routingModel(workspaceID: context.principal.workspaceID) }
        return try JSONResponse.make(LearnedView(model))
    }

    @Sendable func train(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let input = try await body.decode(TrainRequest.self, from: request)
        let teams = try await store.read {
            try await $0.teams(workspaceID: principal.workspaceID, page: PageRequest(limit: PageRequest.maximumLimit)).items
        }
        let now = clock.now()
        let model = try LearnedRouting.train(input.examples, teams: teams, workspaceID: principal.workspaceID, now: now)
        let saved = try await store.write { writer in
            try await writer.save(model)
            try await writer.insert(
                principal.auditEvent(
                    "policy.routing_trained", subjectType: "workspace", subjectID: principal.workspaceID, at: now,
                    details: ["examples": .number(Double(model.examples.count)), "teams": .array(model.teams.map(JSONValue.string))]))
            return try await writer.routingModel(workspaceID: principal.workspaceID)
        }
        try learnedRouting.use(saved, for: principal.workspaceID)
        await cacheChanges.announce(.routingModel, workspaceID: principal.workspaceID)
        return try JSONResponse.make(LearnedView(saved))
    }

    @Sendable func forget(_ request: Request, context: AdminContext) async throws -> Response {
        let principal = context.principal
        let now = clock.now()
        try await store.write { writer in
            guard try await writer.deleteRoutingModel(workspaceID: principal.workspaceID) else { return }
            try await writer.insert(
                principal.auditEvent(
                    "policy.routing_forgotten", subjectType: "workspace", subjectID: principal.workspaceID, at: now))
        }
        try learnedRouting.use(nil, for: principal.workspaceID)
        await cacheChanges.announce(.routingModel, workspaceID: principal.workspaceID)
        return try JSONResponse.make(LearnedView(nil))
    }
}
