/// Where outgoing e-mail is handed over (``SMTPMailSender`` in a server; tests pass their own).
public protocol MailSender: Sendable {
    /// The address mail goes out from.
    var fromAddress: String { get }
    /// Delivers `mail` to the server; throws when it did not take it (the caller may retry).
    func send(_ mail: OutgoingMail) async throws
}

/// Why an SMTP server did not take a mail.
public enum SMTPError: Error, Sendable, Equatable {
    /// The connection closed, or a reply did not come in time.
    case connectionLost
    /// The server answered `code` to `command` (the command's name only: never a credential).
    case refused(command: String, code: Int, text: String)
    /// STARTTLS was required and the server does not offer it.
    case startTLSUnavailable
    /// A login is configured and the server offers neither AUTH PLAIN nor LOGIN.
    case authenticationUnavailable
}
