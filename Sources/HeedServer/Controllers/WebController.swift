import HeedCore
import Hummingbird
import HTTPTypes
import NIOCore

/// The web surfaces: `/widget.js`, the demo shop at `/demo/`, and the agent console at `/console/`.
struct WebController {
    let assets: WebAssets

    /// The routes without sign-in (all of them).
    var publicEndpoints: RouteCollection<HeedRequestContext> {
        let routes = RouteCollection(context: HeedRequestContext.self)
        routes.get("/", use: home)
        routes.get("widget.js", use: widgetScript)
        routes.get("demo", use: demoPage)
        routes.get("demo/**", use: demoFile)
        routes.get("console", use: consolePage)
        routes.get("console/**", use: consoleFile)
        return routes
    }

    @Sendable func home(_ request: Request, context: HeedRequestContext) async throws -> Response {
        Response.redirect(to: "/console/", type: .found)
    }

    @Sendable func widgetScript(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try serve("widget.js", isPage: false)
    }

    @Sendable func demoPage(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try page(of: "demo", request: request)
    }

    @Sendable func demoFile(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try file(of: "demo", context: context)
    }

    @Sendable func consolePage(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try page(of: "console", request: request)
    }

    @Sendable func consoleFile(_ request: Request, context: HeedRequestContext) async throws -> Response {
        try file(of: "console", context: context)
    }

    /// A section's page. Pages use relative links, so `/console` is sent to `/console/`.
    private func page(of section: String, request: Request) throws -> Response {
        guard request.uri.path.hasSuffix("/") else { return Response.redirect(to: "/\(section)/", type: .found) }
        return try serve("\(section)/index.html", isPage: true)
    }

    /// A file of a section, by the rest of the path (the section's page when there is none).
    private func file(of section: String, context: HeedRequestContext) throws -> Response {
        let rest = context.parameters.getCatchAll().joined(separator: "/")
        return try serve(rest.isEmpty ? "\(section)/index.html" : "\(section)/\(rest)", isPage: false)
    }

    private func serve(_ path: String, isPage: Bool) throws -> Response {
        guard let file = assets.file(path) else {
            throw HeedError(.notFound, code: .notFound, message: "There is no file at '/\(path)'.")
        }
        var headers = HTTPFields()
        headers[.contentType] = file.contentType
        headers[.cacheControl] = "no-cache"
        headers[.xContentTypeOptions] = "nosniff"
        if isPage || file.contentType.hasPrefix("text/html") {
            // Pages of the console and the demo are never framed by another site.
            headers[.contentSecurityPolicy] =
                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'"
            headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }
}
