import AsyncHTTPClient
import Foundation
import HeedCore
import HeedNetwork
import NIOCore
import NIOHTTP1

/// A workspace-declared tool calling the workspace's own backend over HTTP: the ``ToolSession`` has checked the
/// policy (verified customer, confirmation of a write); this checks where the call goes (``NetworkGuard``), sends
/// it with the credential, the conversation and the verified customer, within the tool's timeout, and keeps the
/// mapped fields of the answer.
struct DeclaredHTTPTool: ExternalTool {
    let tool: DeclaredTool
    let httpClient: HTTPClient
    let network: NetworkGuard

    /// The most bytes read from a backend's answer.
    static let maximumResponseBytes = 1 << 20

    var definition: ToolDefinition {
        ToolDefinition(
            name: tool.name, description: tool.description, parameters: tool.parameters,
            effect: tool.writes ? .write : .read, needsConfirmation: tool.needsConfirmation,
            access: tool.requiresVerifiedCustomer ? .verifiedCustomer : .anyone)
    }

    func summary(of arguments: ToolArguments) -> [String] {
        let shown = arguments.values.keys.sorted().map { key -> String in
            let value = arguments.values[key].map(Self.shortText) ?? ""
            return "\(key): \(value)"
        }
        return ["\(tool.description) (\(tool.name)" + (shown.isEmpty ? ")" : " with " + shown.joined(separator: ", ") + ")")]
    }

    func perform(_ arguments: ToolArguments, context: ExternalToolContext) async throws -> ExternalToolResult {
        let request = try HTTPToolRequest(tool, arguments: arguments, context: context)
        guard let url = URL(string: request.url), let host = url.host else {
            throw ToolFailure("the tool's URL cannot be built")
        }
        let addresses: [NetworkAddress]
        do {
            addresses = try await network.check(host: host, allowPrivate: tool.allowPrivateNetwork)
        } catch {
            throw ToolFailure(error.explained(subject: "the tool's host", allowedBy: "tools may not reach unless an admin allows it"))
        }
        let pinned = addresses.first.flatMap { NetworkGuard.pinned(request.url, to: $0) }
        var http = HTTPClientRequest(url: pinned?.url ?? request.url)
        http.method = HTTPMethod(rawValue: request.method)
        if let pinned { http.headers.add(name: "Host", value: pinned.host) }
        for (name, value) in request.headers { http.headers.add(name: name, value: value) }
        if let body = request.body { http.body = .bytes(ByteBuffer(bytes: body)) }
        let timeout = TimeAmount.nanoseconds(Int64(tool.timeoutSeconds * 1e9))
        let seconds = tool.timeoutSeconds.formatted(.number.precision(.fractionLength(0...1)))
        do {
            let response = try await httpClient.execute(http, timeout: timeout)
            let status = Int(response.status.code)
            let buffer = try await response.body.collect(upTo: Self.maximumResponseBytes)
            let data = Data(buffer.readableBytesView)
            if (300..<400).contains(status) { throw ToolFailure("the tool's backend redirected; redirects are not followed") }
            guard (200..<300).contains(status) else { throw ToolFailure("the tool's backend answered HTTP \(status)") }
            return ExternalToolResult(
                text: ResponseMapping.text(of: data, fields: tool.responseFields), status: status, bytes: data.count)
        } catch let failure as ToolFailure {
            throw failure
        } catch let error as HTTPClientError where [.deadlineExceeded, .readTimeout, .connectTimeout].contains(error) {
            throw ToolFailure("the tool's backend did not answer within \(seconds) s")
        } catch is NIOTooManyBytesError {
            throw ToolFailure("the tool's backend answered with more than 1 MB")
        } catch {
            throw ToolFailure("the tool's backend could not be reached")
        }
    }

    private static func shortText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .number(let number): return number == number.rounded() ? String(Int64(number)) : String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        default: return (try? JSONEncoder().encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }

    /// The HTTP client for declared tools: redirects are never followed (one could lead to an internal address),
    /// connections are not retried. The caller shuts it down.
    static func makeHTTPClient() -> HTTPClient {
        OutboundHTTPClient.make()
    }
}
