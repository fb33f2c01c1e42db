import Foundation
import HeedCore
import Hummingbird
import Logging
import NIOHTTP1

/// Turns every error a handler throws into Heed's JSON error shape: framework errors keep their status,
/// unexpected ones become a 500 with a generic message (the detail goes to the log, never to the client).
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HeedError {
            throw error
        } catch let error as HTTPError {
            throw Self.translate(error)
        } catch is HTTPParserError {
            throw HeedError(.badRequest, code: .badRequest, message: "The request is not valid HTTP (its body or headers could not be read).")
        } catch let error as any HTTPResponseError {
            throw HeedError(.badRequest, code: .badRequest, message: "The request was not accepted (\(error.status.code)).")
        } catch {
            context.logger.error(
                "Unhandled error", metadata: ["error.type": "\(type(of: error))", "error.detail": "\(error)"])
            throw HeedError(.internalFailure, code: .internalError, message: "Something went wrong on our side.")
        }
    }

    static func translate(_ error: HTTPError) -> HeedError {
        switch error.status {
        case .notFound:
            HeedError(.notFound, code: .notFound, message: "No such route.")
        case .methodNotAllowed:
            HeedError(.methodNotAllowed, code: .methodNotAllowed, message: "This method is not allowed on this route.")
        case .contentTooLarge:
            HeedError(.payloadTooLarge, code: .payloadTooLarge, message: "The request body is too large.")
        case .unauthorized:
            HeedError(.unauthorized, code: .unauthorized, message: error.body ?? "An API key is required.")
        default:
            HeedError(.badRequest, code: .badRequest, message: error.body ?? "The request is not valid.")
        }
    }
}
