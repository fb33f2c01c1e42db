import Foundation

extension DeclaredTool {
    /// The tool with its fields checked and normalised; throws ``HeedError/invalidField(_:_:)`` naming the field.
    public func validated() throws -> DeclaredTool {
        var tool = self
        tool.name = try Validate.text(name, field: "name", maxLength: 64)
        guard tool.name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) else {
            throw HeedError.invalidField("name", "may hold only letters, digits, '_' and '-'")
        }
        tool.description = try Validate.text(description, field: "description", maxLength: 1000)
        tool.method = method.uppercased()
        guard Self.methods.contains(tool.method) else {
            throw HeedError.invalidField("method", "must be one of GET, POST, PUT, PATCH, DELETE")
        }
        tool.urlTemplate = try Self.validatedTemplate(urlTemplate)
        let properties = try Self.validatedProperties(parameters)
        for name in tool.placeholders where !properties.contains(name) {
            throw HeedError.invalidField("url_template", "uses {\(name)}, which is not one of the parameters")
        }
        if !writes { tool.needsConfirmation = false }
        tool.auth = try auth.validated()
        guard timeoutSeconds.isFinite, (0.1...60).contains(timeoutSeconds) else {
            throw HeedError.invalidField("timeout_seconds", "must be between 0.1 and 60")
        }
        guard responseFields.count <= 50,
            responseFields.allSatisfy({ $0.hasPrefix("/") && $0.count <= 200 })
        else {
            throw HeedError.invalidField("response_fields", "must be at most 50 JSON pointers such as '/order/status'")
        }
        return tool
    }

    /// An http(s) URL template whose host holds no placeholder.
    static func validatedTemplate(_ template: String) throws -> String {
        let trimmed = try Validate.text(template, field: "url_template", maxLength: 2000)
        let filled = placeholders(in: trimmed).reduce(trimmed) { $0.replacingOccurrences(of: "{\($1)}", with: "x") }
        guard let url = URL(string: filled), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty
        else { throw HeedError.invalidField("url_template", "must be an http:// or https:// URL") }
        let authority = trimmed.dropFirst(scheme.count + 3).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard !authority.contains("{"), !authority.contains("@") else {
            throw HeedError.invalidField("url_template", "may hold placeholders only after the host")
        }
        return trimmed
    }

    /// The property names of a JSON-schema object.
    static func validatedProperties(_ schema: JSONValue) throws -> Set<String> {
        guard case .object(let object) = schema, object["type"] == .string("object") else {
            throw HeedError.invalidField("parameters", "must be a JSON-schema object ({\"type\":\"object\",…})")
        }
        switch object["properties"] {
        case nil: return []
        case .object(let properties)?: return Set(properties.keys)
        default: throw HeedError.invalidField("parameters", "must have 'properties' as an object")
        }
    }
}

extension DeclaredToolAuth {
    /// The credential with its fields checked.
    func validated() throws -> DeclaredToolAuth {
        var auth = self
        switch kind {
        case .none:
            auth = DeclaredToolAuth()
        case .bearer:
            auth.username = nil
            auth.header = nil
        case .basic:
            auth.header = nil
            auth.username = try Validate.text(username ?? "", field: "auth.username", maxLength: 200)
        case .header:
            auth.username = nil
            let header = try Validate.text(header ?? "", field: "auth.header", maxLength: 100)
            guard header.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }),
                !["host", "content-length", "transfer-encoding", "connection"].contains(header.lowercased())
            else { throw HeedError.invalidField("auth.header", "must be a plain header name such as 'X-API-Key'") }
            auth.header = header
        }
        if kind != .none {
            guard let secret, !secret.isEmpty else {
                throw HeedError.invalidField("auth.secret", "is required for \(kind.rawValue) authentication")
            }
            guard secret.count <= 2000, !secret.contains(where: { $0 == "\r" || $0 == "\n" }) else {
                throw HeedError.invalidField("auth.secret", "must be one line of at most 2000 characters")
            }
        }
        return auth
    }
}
