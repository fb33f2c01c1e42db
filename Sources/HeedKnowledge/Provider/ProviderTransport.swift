import AsyncHTTPClient
import Foundation
import Logging

/// Sends JSON requests to an OpenAI-compatible provider with a timeout, and retries 429/5xx/connection failures
/// with exponential back-off, honouring `Retry-After` (seconds) up to the configured maximum.
struct ProviderTransport: Sendable {
    let configuration: LLMProviderConfiguration
    let httpClient: HTTPClient
    let logger: Logger

    /// One failed attempt, with the delay the provider asked for.
    private struct AttemptFailure: Error {
        var error: ProviderError
        var retryAfterSeconds: Double?
    }

    /// POSTs `body` and returns the whole response body of a 2xx answer.
    func post(_ endpoint: String, body: Data) async throws(ProviderError) -> Data {
        try await withRetries { () throws(AttemptFailure) in
            let response = try await send(endpoint, body: body)
            do {
                let buffer = try await response.body.collect(upTo: 32 * 1024 * 1024)
                return Data(buffer.readableBytesView)
            } catch {
                throw AttemptFailure(error: Self.classify(error))
            }
        }
    }

    /// POSTs `body` and returns the response once its status is 2xx, for the caller to stream.
    func open(_ endpoint: String, body: Data) async throws(ProviderError) -> HTTPClientResponse {
        try await withRetries { () throws(AttemptFailure) in try await send(endpoint, body: body) }
    }

    private func send(_ endpoint: String, body: Data) async throws(AttemptFailure) -> HTTPClientResponse {
        var request = HTTPClientRequest(url: configuration.url(endpoint))
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json, text/event-stream")
        if let apiKey = configuration.apiKey { request.headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        request.body = .bytes(body)
        let response: HTTPClientResponse
        do {
            response = try await httpClient.execute(request, timeout: .nanoseconds(Int64(Self.nanoseconds(configuration.requestTimeout))))
        } catch {
            throw AttemptFailure(error: Self.classify(error))
        }
        guard (200..<300).contains(Int(response.status.code)) else {
            let text = (try? await response.body.collect(upTo: 64 * 1024)).map { String(decoding: $0.readableBytesView, as: UTF8.self) } ?? ""
            throw AttemptFailure(
                error: .httpStatus(Int(response.status.code), message: Self.errorMessage(text)),
                retryAfterSeconds: response.headers.first(name: "retry-after").flatMap { Double($0.trimmingWhitespace()) })
        }
        return response
    }

    private func withRetries<T>(_ operation: () async throws(AttemptFailure) -> T) async throws(ProviderError) -> T {
        var attempt = 0
        while true {
            do {
                return try await operation()
            } catch {
                guard error.error.isRetryable, attempt < configuration.maximumRetries, !Task.isCancelled else { throw error.error }
                var delay = Self.nanoseconds(configuration.initialBackoff) * pow(2, Double(attempt))
                if let seconds = error.retryAfterSeconds {
                    delay = max(0, seconds) * 1e9
                    guard delay <= Self.nanoseconds(configuration.maximumRetryDelay) else { throw error.error }
                }
                logger.info("knowledge.provider.retry", metadata: [
                    "knowledge.provider.attempt": "\(attempt + 1)", "knowledge.provider.delay_ms": "\(Int(delay / 1e6))",
                    "knowledge.provider.error": "\(error.error)",
                ])
                try? await Task.sleep(nanoseconds: UInt64(delay))
                attempt += 1
            }
        }
    }

    static func nanoseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
    }

    static func classify(_ error: any Error) -> ProviderError {
        if let error = error as? ProviderError { return error }
        if let error = error as? HTTPClientError {
            if error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout { return .timedOut }
            return .connectionFailed(String(describing: error))
        }
        return .connectionFailed(String(describing: error))
    }

    /// The `error.message` of an OpenAI-style error body, or the start of the body.
    static func errorMessage(_ body: String) -> String {
        if let data = body.data(using: .utf8),
           let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let error = object["error"] as? [String: Any], let message = error["message"] as? String
        {
            return message
        }
        return String(body.prefix(200))
    }
}
