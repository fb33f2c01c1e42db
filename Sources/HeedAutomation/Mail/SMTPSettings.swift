import Foundation

/// Where outgoing e-mail goes: an SMTP server (submission port 587 with STARTTLS, or 25), an optional login
/// (AUTH PLAIN, else LOGIN, whichever the server offers) and the sender address.
public struct SMTPSettings: Sendable, Equatable {
    /// Whether the connection is upgraded with STARTTLS.
    public enum Security: String, Sendable, Equatable {
        /// Never: the whole dialogue is in the clear (a relay on the same host or network).
        case none
        /// When the server offers it.
        case startTLSIfOffered = "starttls"
        /// Always: a server that does not offer it is refused before any login or mail.
        case startTLSRequired = "starttls-required"
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// The sender address (`From` and the envelope sender).
    public var fromAddress: String
    /// The sender's display name.
    public var fromName: String?
    /// The name Heed greets the server with (EHLO).
    public var heloName: String
    /// PEM certificates trusted for STARTTLS besides the system's (a private CA, a test server); nil: the system's.
    public var trustedCertificatesFile: String?
    /// Longest wait for the connection and for each reply.
    public var timeout: Duration

    public init(
        host: String, port: Int = 587, security: Security = .startTLSIfOffered, username: String? = nil,
        password: String? = nil, fromAddress: String, fromName: String? = nil, heloName: String = "heed.localhost",
        trustedCertificatesFile: String? = nil, timeout: Duration = .seconds(30)
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.fromAddress = fromAddress
        self.fromName = fromName
        self.heloName = heloName
        self.trustedCertificatesFile = trustedCertificatesFile
        self.timeout = timeout
    }

    /// Settings from `smtp://user:password@host:port?security=starttls|starttls-required|none&from=…&from_name=…`
    /// (user and password percent-encoded); nil when the URL is not one.
    public init?(url text: String) {
        guard let components = URLComponents(string: text), components.scheme?.lowercased() == "smtp",
            let host = components.host, !host.isEmpty
        else { return nil }
        let query = Dictionary(
            (components.queryItems ?? []).compactMap { item in item.value.map { (item.name, $0) } },
            uniquingKeysWith: { _, last in last })
        guard let from = query["from"], from.contains("@") else { return nil }
        guard let security = Security(rawValue: query["security"] ?? Security.startTLSIfOffered.rawValue) else { return nil }
        self.init(
            host: host, port: components.port ?? 587, security: security, username: components.user?.removingPercentEncoding,
            password: components.password?.removingPercentEncoding, fromAddress: from, fromName: query["from_name"],
            trustedCertificatesFile: query["ca_file"])
    }
}
