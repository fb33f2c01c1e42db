import Foundation

/// Sends mail to an SMTP server, one connection per mail: EHLO, STARTTLS when offered or required (then EHLO
/// again), AUTH PLAIN or LOGIN when a login is set, MAIL FROM, RCPT TO, DATA (dot-stuffed), QUIT.
public struct SMTPMailSender: MailSender {
    let settings: SMTPSettings

    public init(settings: SMTPSettings) {
        self.settings = settings
    }

    public var fromAddress: String { settings.fromAddress }

    public func send(_ mail: OutgoingMail) async throws {
        for address in [settings.fromAddress, mail.to] where !Self.isPlainAddress(address) {
            throw SMTPError.refused(command: "MAIL", code: 0, text: "not a plain e-mail address")
        }
        let connection = try await SMTPConnection.connect(host: settings.host, port: settings.port, timeout: settings.timeout)
        do {
            var replies = connection.lines.makeAsyncIterator()
            try Self.expect(try await connection.reply(&replies), 220, "CONNECT")
            let extensions = try await greet(connection, &replies)
            try await authenticate(connection, &replies, extensions: extensions)
            try await transfer(mail, connection, &replies)
            try await connection.write("QUIT")
            _ = try? await connection.reply(&replies)
        } catch {
            await connection.close()
            throw error
        }
        await connection.close()
    }

    /// EHLO, and STARTTLS with a second EHLO when it is offered (or required); returns the extensions offered.
    func greet(_ connection: SMTPConnection, _ replies: inout AsyncStream<String>.Iterator) async throws -> [String] {
        var extensions = try await hello(connection, &replies)
        let offersTLS = extensions.contains { $0.uppercased() == "STARTTLS" }
        switch settings.security {
        case .none: return extensions
        case .startTLSRequired where !offersTLS: throw SMTPError.startTLSUnavailable
        case .startTLSIfOffered where !offersTLS: return extensions
        case .startTLSRequired, .startTLSIfOffered: break
        }
        try await connection.write("STARTTLS")
        try Self.expect(try await connection.reply(&replies), 220, "STARTTLS")
        try await connection.startTLS(host: settings.host, trustedCertificatesFile: settings.trustedCertificatesFile)
        extensions = try await hello(connection, &replies)
        return extensions
    }

    private func hello(_ connection: SMTPConnection, _ replies: inout AsyncStream<String>.Iterator) async throws -> [String] {
        try await connection.write("EHLO \(settings.heloName)")
        let reply = try await connection.reply(&replies)
        try Self.expect(reply, 250, "EHLO")
        return Array(reply.lines.dropFirst())
    }

    /// AUTH PLAIN when offered, else AUTH LOGIN; nothing without a login.
    func authenticate(_ connection: SMTPConnection, _ replies: inout AsyncStream<String>.Iterator, extensions: [String])
        async throws
    {
        guard let username = settings.username else { return }
        let password = settings.password ?? ""
        let mechanisms = extensions.first { $0.uppercased().hasPrefix("AUTH") }?.uppercased().split(separator: " ").dropFirst()
            .map(String.init) ?? []
        if mechanisms.contains("PLAIN") {
            try await connection.write("AUTH PLAIN " + Data("\u{0}\(username)\u{0}\(password)".utf8).base64EncodedString())
        } else if mechanisms.contains("LOGIN") {
            try await connection.write("AUTH LOGIN")
            try Self.expect(try await connection.reply(&replies), 334, "AUTH")
            try await connection.write(Data(username.utf8).base64EncodedString())
            try Self.expect(try await connection.reply(&replies), 334, "AUTH")
            try await connection.write(Data(password.utf8).base64EncodedString())
        } else {
            throw SMTPError.authenticationUnavailable
        }
        try Self.expect(try await connection.reply(&replies), 235, "AUTH")
    }

    /// The envelope and the message, dot-stuffed, ended by a lone dot.
    func transfer(_ mail: OutgoingMail, _ connection: SMTPConnection, _ replies: inout AsyncStream<String>.Iterator)
        async throws
    {
        try await connection.write("MAIL FROM:<\(settings.fromAddress)>")
        try Self.expect(try await connection.reply(&replies), 250, "MAIL")
        try await connection.write("RCPT TO:<\(mail.to)>")
        let accepted = try await connection.reply(&replies)
        try Self.expect(accepted, accepted.code == 251 ? 251 : 250, "RCPT")
        try await connection.write("DATA")
        try Self.expect(try await connection.reply(&replies), 354, "DATA")
        let message = mail.rendered(from: settings.fromAddress, fromName: settings.fromName)
        let stuffed = message.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
        try await connection.writeRaw(stuffed + (stuffed.hasSuffix("\r\n") ? "" : "\r\n") + ".\r\n")
        try Self.expect(try await connection.reply(&replies), 250, "DATA")
    }

    static func expect(_ reply: SMTPConnection.Reply, _ code: Int, _ command: String) throws {
        guard reply.code == code else {
            throw SMTPError.refused(command: command, code: reply.code, text: reply.lines.joined(separator: " "))
        }
    }

    /// An address that cannot break out of a header or a command: one `@`, no spaces, brackets or line breaks.
    static func isPlainAddress(_ address: String) -> Bool {
        address.split(separator: "@", omittingEmptySubsequences: false).count == 2
            && !address.contains { $0.isWhitespace || "<>\r\n,;\"".contains($0) }
    }
}
