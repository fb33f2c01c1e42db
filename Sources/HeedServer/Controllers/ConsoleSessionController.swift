import Foundation
import HTTPTypes
import HeedCore
import HeedStore
import Hummingbird

/// `/api/v1/console/session(s)`: agents signing in to and out of the console. The session token travels only in an
/// HttpOnly, SameSite=Strict cookie; the answer carries the CSRF token the console sends with every change.
struct ConsoleSessionController {
    let sessions: ConsoleSessions
    let throttle: SignInThrottle
    let body: JSONBodyReader
    /// Always mark the cookie Secure (Heed is served over HTTPS); it is also marked Secure whenever the request came
    /// through a proxy that says it was HTTPS (`X-Forwarded-Proto: https`).
    let secureCookie: Bool

    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    struct SignInRequest: Decodable, Sendable {
        let email: String
        let password: String
    }

    /// The signed-in agent, their workspace, and the CSRF token.
    struct SessionView: Encodable, Sendable {
        let signedIn: ConsoleSessions.SignedIn

        enum Keys: String, CodingKey {
            case agent, workspace
            case csrfToken = "csrf_token"
            case expiresAt = "expires_at"
        }

        enum WorkspaceKeys: String, CodingKey {
            case id, name
            case publicKey = "public_key"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(signedIn.agent, forKey: .agent)
            var workspace = c.nestedContainer(keyedBy: WorkspaceKeys.self, forKey: .workspace)
            try workspace.encode(signedIn.workspace.id, forKey: .id)
            try workspace.encode(signedIn.workspace.name, forKey: .name)
            try workspace.encode(signedIn.workspace.publicKey, forKey: .publicKey)
            try c.encode(signedIn.session.csrfToken, forKey: .csrfToken)
            try c.encode(signedIn.session.expiresAt, forKey: .expiresAt)
        }
    }

    /// The routes without sign-in (all of them: they check the session cookie themselves).
    var publicEndpoints: RouteCollection<HeedRequestContext> {
        let routes = RouteCollection(context: HeedRequestContext.self)
        routes.post("console/sessions", use: signIn)
        routes.get("console/session", use: show)
        routes.delete("console/session", use: signOut)
        return routes
    }

    @Sendable func signIn(_ request: Request, context: HeedRequestContext) async throws -> Response {
        let input = try await body.decode(SignInRequest.self, from: request)
        let email = try Validate.text(input.email, field: "email", maxLength: 320)
        guard !input.password.isEmpty, input.password.utf8.count <= 1024 else {
            throw HeedError.invalidField("password", "is required")
        }
        try await throttle.check(account: email, address: context.remoteAddress)
        let signedIn: ConsoleSessions.SignedIn
        let token: String
        do {
            (signedIn, token) = try await sessions.signIn(email: email, password: input.password)
        } catch let error as HeedError where error.code == .invalidCredentials {
            await throttle.recordFailure(account: email, address: context.remoteAddress)
            throw error
        }
        await throttle.recordSuccess(account: email)
        var response = try JSONResponse.make(SessionView(signedIn: signedIn), status: .created)
        response.setCookie(cookie(token, maxAge: Int(ConsoleSessions.lifetime), request: request))
        return response
    }

    @Sendable func show(_ request: Request, context: HeedRequestContext) async throws -> Response {
        let signedIn = try await sessions.authenticate(request.cookies[ConsoleSessions.cookieName]?.value)
        return try JSONResponse.make(SessionView(signedIn: signedIn))
    }

    @Sendable func signOut(_ request: Request, context: HeedRequestContext) async throws -> Response {
        let signedIn = try await sessions.authenticate(request.cookies[ConsoleSessions.cookieName]?.value)
        try ConsoleSessions.requireCSRF(request.headers[RequestAuthenticator.csrfHeader], session: signedIn.session)
        try await sessions.signOut(signedIn.session)
        var response = Response(status: .noContent)
        response.setCookie(cookie("", maxAge: 0, request: request))
        return response
    }

    private func cookie(_ value: String, maxAge: Int, request: Request) -> Cookie {
        let viaHTTPS = request.headers[Self.forwardedProto]?.split(separator: ",").first?
            .trimmingCharacters(in: .whitespaces).lowercased() == "https"
        return Cookie(
            name: ConsoleSessions.cookieName, value: value, maxAge: maxAge, path: "/", secure: secureCookie || viaHTTPS,
            httpOnly: true, sameSite: .strict)
    }
}
