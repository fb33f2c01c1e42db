import HeedCore
import Hummingbird
import HTTPTypes
import NIOCore

/// The web surfaces: `/widget.js`, the demo shop at `/demo/`, and the agent console at `/console/`.
struct WebController {
    let assets: WebAssets

    func addRoutes(to router: Router<HeedRequestContext>) {
        router.get("/") { _, _ in Response.redirect(to: "/console/", type: .found) }
        router.get("widget.js") { _, _ in try serve("widget.js", isPage: false) }
        for section in ["demo", "console"] {
            // Pages use relative links, so `/console` is sent to `/console/`.
            router.get(RouterPath(section)) { request, _ in
                guard request.uri.path.hasSuffix("/") else { return Response.redirect(to: "/\(section)/", type: .found) }
                return try serve("\(section)/index.html", isPage: true)
            }
            router.get(RouterPath("\(section)/**")) { _, context in
                let rest = context.parameters.getCatchAll().joined(separator: "/")
                return try serve(rest.isEmpty ? "\(section)/index.html" : "\(section)/\(rest)", isPage: false)
            }
        }
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
