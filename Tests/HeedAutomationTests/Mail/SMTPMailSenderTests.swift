import Foundation
import HeedTestSupport
import Testing

@testable import HeedAutomation

/// Outgoing mail against a real SMTP server (aiosmtpd) started by the test; the server's record of each message
/// is read back and checked.
@Suite("SMTP mail sender", .serialized, .enabled(if: TestSMTPServer.enabled))
struct SMTPMailSenderTests {
    static let sent = Date(timeIntervalSince1970: 1_800_000_000)

    static func mail(_ text: String = "Cảm ơn bạn!\n.A line that starts with a dot\nBye") -> OutgoingMail {
        OutgoingMail(
            to: "minh.anh@example.com", toName: "Minh Anh", subject: "Bạn đánh giá thế nào?", text: text,
            messageID: "<csat.1@shop.example>", inReplyTo: "<first@mail.example>",
            references: ["<first@mail.example>", "<second@mail.example>"], date: sent)
    }

    static func settings(port: Int, security: SMTPSettings.Security = .startTLSIfOffered, password: String = "s3cret")
        -> SMTPSettings
    {
        SMTPSettings(
            host: "127.0.0.1", port: port, security: security, username: "heed", password: password,
            fromAddress: "support@shop.example", fromName: "Shop Support",
            // Generous: the whole suite starves a small machine, and the server is a Python process.
            timeout: .seconds(120))
    }

    @Test("The SMTP test server is there when the run requires it")
    func availableWhenRequired() {
        if TestSMTPServer.required {
            #expect(TestSMTPServer.python != nil, "HEED_REQUIRE_SMTP=1 or CI is set but aiosmtpd is not installed")
        }
    }

    @Test("A mail goes out with AUTH PLAIN: envelope, threading headers, UTF-8 subject and body, a line starting with a dot intact")
    func plainLogin() async throws {
        try await TestSMTPServer.serve(["--login", "heed:s3cret"]) { port, received in
            try await SMTPMailSender(settings: Self.settings(port: port)).send(Self.mail())
            let message = try #require(received().first)
            #expect(message.mailFrom == "support@shop.example")
            #expect(message.rcptTos == ["minh.anh@example.com"])
            #expect(message.login == "heed")
            #expect(!message.tls)
            #expect(message.header("Subject") == "Bạn đánh giá thế nào?")
            #expect(message.header("From") == "Shop Support <support@shop.example>")
            #expect(message.header("To") == "Minh Anh <minh.anh@example.com>")
            #expect(message.header("Message-ID") == "<csat.1@shop.example>")
            #expect(message.header("In-Reply-To") == "<first@mail.example>")
            #expect(message.header("References") == "<first@mail.example> <second@mail.example>")
            #expect(message.header("Date") == "Fri, 15 Jan 2027 08:00:00 +0000")
            #expect(message.body.replacingOccurrences(of: "\r\n", with: "\n") == "Cảm ơn bạn!\n.A line that starts with a dot\nBye")
        }
    }

    @Test("AUTH LOGIN when the server offers no PLAIN; a wrong password is refused with the server's code")
    func loginMechanism() async throws {
        try await TestSMTPServer.serve(["--login", "heed:s3cret", "--exclude-auth", "PLAIN"]) { port, received in
            try await SMTPMailSender(settings: Self.settings(port: port)).send(Self.mail())
            #expect(received().first?.login == "heed")
            await #expect(throws: SMTPError.self) {
                try await SMTPMailSender(settings: Self.settings(port: port, password: "wrong")).send(Self.mail())
            }
            #expect(received().count == 1)
        }
    }

    @Test("STARTTLS: the dialogue moves to TLS (certificate checked) before the login; required but not offered, nothing is sent")
    func startTLS() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("heed-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (certificate, key) = try TestSMTPServer.makeCertificate(in: folder)
        try await TestSMTPServer.serve(["--login", "heed:s3cret", "--tls", certificate, key, "--require-starttls"]) { port, received in
            var settings = Self.settings(port: port, security: .startTLSRequired)
            settings.host = "localhost"
            settings.trustedCertificatesFile = certificate
            try await SMTPMailSender(settings: settings).send(Self.mail())
            let message = try #require(received().first)
            #expect(message.tls)
            #expect(message.login == "heed")
            #expect(message.header("Subject") == "Bạn đánh giá thế nào?")
        }
        try await TestSMTPServer.serve(["--login", "heed:s3cret"]) { port, received in
            await #expect(throws: SMTPError.startTLSUnavailable) {
                try await SMTPMailSender(settings: Self.settings(port: port, security: .startTLSRequired)).send(Self.mail())
            }
            #expect(received().isEmpty)
        }
    }

    @Test("Settings are read from an smtp:// URL")
    func settingsFromURL() throws {
        let settings = try #require(SMTPSettings(
            url: "smtp://heed%40shop:p%3Ass@mail.shop.example:2525?security=starttls-required&from=support@shop.example&from_name=Shop"))
        #expect(settings.host == "mail.shop.example")
        #expect(settings.port == 2525)
        #expect(settings.username == "heed@shop")
        #expect(settings.password == "p:ss")
        #expect(settings.security == .startTLSRequired)
        #expect(settings.fromAddress == "support@shop.example")
        #expect(settings.fromName == "Shop")
        #expect(SMTPSettings(url: "smtp://mail.shop.example") == nil, "a sender address is required")
        #expect(SMTPSettings(url: "http://mail.shop.example?from=a@b.c") == nil)
    }
}
