import HeedCore
import Hummingbird

/// `GET /openapi.json`: the OpenAPI document of the whole API, built once.
struct OpenAPIController {
    let document: JSONValue

    /// The routes without sign-in (all of them).
    var publicEndpoints: RouteCollection<HeedRequestContext> {
        let routes = RouteCollection(context: HeedRequestContext.self)
        routes.get("openapi.json", use: show)
        return routes
    }

    @Sendable func show(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try JSONResponse.make(document)
    }
}
